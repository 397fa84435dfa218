package main

import (
	"context"

	"kinerja/internal/authz"
)

// ctxSystem gives the command line the rights of the system: it is run by
// the operator of the machine, who has the database file anyway.
func ctxSystem(ctx context.Context) context.Context { return authz.System(ctx) }
