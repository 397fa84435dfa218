// Package graph is Kinerja's GraphQL layer: the schema files, the gqlgen
// output and thin resolvers that parse, call ent or the domain packages, and
// return. Authorization is not here: it runs in ent's privacy layer.
package graph

import (
	"kinerja/ent"
	"kinerja/internal/agency"
	"kinerja/internal/apperr"
	"kinerja/internal/auth"
	"kinerja/internal/report"
	"kinerja/internal/workflow"
)

// Resolver is the root resolver. Its client is the root ent client; inside
// a mutation, use ent.FromContext(ctx) to get the transaction's client.
type Resolver struct {
	client  *ent.Client
	wf      *workflow.Service
	auth    *auth.Service
	insight *report.Insight
	agency  agency.Settings
}

// maxPageSize caps first/last on every connection.
const maxPageSize = 100

// defaultPageSize is used when a connection is queried without first/last,
// so a list never loads every row by accident.
const defaultPageSize = 50

// pageSize applies the default page size and refuses pages over the cap.
func pageSize(first, last *int) (*int, *int, error) {
	for name, n := range map[string]*int{"first": first, "last": last} {
		if n == nil {
			continue
		}
		if *n < 0 || *n > maxPageSize {
			return nil, nil, apperr.Invalidf(name,
				"ukuran halaman harus 0–%d", "page size must be 0–%d", maxPageSize)
		}
	}
	if first == nil && last == nil {
		n := defaultPageSize
		first = &n
	}
	return first, last, nil
}
