// Package viewer carries the identity of whoever is making a request: the
// signed-in account, its employee record and its roles. It is a leaf package
// (no ent, no HTTP) so that the data model, the privacy rules and the server
// can all share it without import cycles.
package viewer

import (
	"context"
	"fmt"
	"slices"
	"sync"
)

// Role is a stored role of an account. Supervisors are not a role: a
// supervisor is whoever the hierarchy says it is.
type Role string

// The stored roles.
const (
	// HRAdmin runs the yearly cycle and manages master data.
	HRAdmin Role = "HR_ADMIN"
	// Auditor reads everything, including the audit trail, and writes nothing.
	Auditor Role = "AUDITOR"
)

// Roles lists every role in a stable order.
func Roles() []Role { return []Role{HRAdmin, Auditor} }

// Valid reports whether r is a known role.
func (r Role) Valid() bool { return slices.Contains(Roles(), r) }

// ParseRole reads a role in either its GraphQL spelling (HR_ADMIN) or its
// command-line spelling (hr-admin).
func ParseRole(s string) (Role, error) {
	switch s {
	case "HR_ADMIN", "hr-admin", "hr_admin":
		return HRAdmin, nil
	case "AUDITOR", "auditor":
		return Auditor, nil
	}
	return "", fmt.Errorf("unknown role %q (want hr-admin or auditor)", s)
}

// Viewer is the signed-in caller.
type Viewer struct {
	// AccountID is the signed-in account.
	AccountID int
	// EmployeeID is the account's employee record, or 0 for a service account.
	EmployeeID int
	// Name is shown in audit trails and logs.
	Name string
	// Roles are the account's stored roles.
	Roles []Role
	// TokenID is set when the request authenticated with an API token.
	TokenID int
	// ReadOnly is set for API tokens without the WRITE scope and for
	// auditors.
	ReadOnly bool

	mu    sync.Mutex
	chain map[int]bool
}

// Chain returns the employees in the viewer's chain of command (itself and
// its direct and indirect subordinates), loading them once per viewer.
func (v *Viewer) Chain(load func() (map[int]bool, error)) (map[int]bool, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.chain != nil {
		return v.chain, nil
	}
	c, err := load()
	if err != nil {
		return nil, err
	}
	v.chain = c
	return c, nil
}

// Has reports whether the viewer holds the role.
func (v *Viewer) Has(r Role) bool { return v != nil && slices.Contains(v.Roles, r) }

// IsHRAdmin reports whether the viewer is an HR admin.
func (v *Viewer) IsHRAdmin() bool { return v.Has(HRAdmin) }

// IsAuditor reports whether the viewer is an auditor.
func (v *Viewer) IsAuditor() bool { return v.Has(Auditor) }

type ctxKey struct{}

// NewContext returns a context that carries v.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, ctxKey{}, v)
}

// FromContext returns the viewer of ctx, or nil when the caller is anonymous.
func FromContext(ctx context.Context) *Viewer {
	v, _ := ctx.Value(ctxKey{}).(*Viewer)
	return v
}

// TokenScope is what an API token may do.
type TokenScope string

// The token scopes.
const (
	// ScopeRead reads what the creating account may read.
	ScopeRead TokenScope = "READ"
	// ScopeWrite also writes what the creating account may write.
	ScopeWrite TokenScope = "WRITE"
)
