// Package authz decides who may see and do what. Its rules run inside ent's
// privacy layer (see ent/schema), so every path to the data — a connection,
// node(id), a nested edge, an export — obeys the same rule. Resolvers never
// check roles by hand.
package authz

import (
	"context"

	"kinerja/ent/privacy"
	"kinerja/internal/apperr"
	"kinerja/internal/viewer"
)

// ErrUnauthenticated is returned when there is no signed-in viewer.
var ErrUnauthenticated = apperr.New(apperr.Unauthenticated,
	"silakan masuk terlebih dahulu", "sign in first")

// ErrForbidden is returned when the viewer lacks the right.
var ErrForbidden = apperr.New(apperr.Forbidden,
	"Anda tidak berhak melakukan ini", "you are not allowed to do this")

// ErrReadOnly is returned when a read-only credential tries to write.
var ErrReadOnly = apperr.New(apperr.Forbidden,
	"token ini hanya boleh membaca", "this credential may only read")

// isSystem reports whether ctx was made by System.
func isSystem(ctx context.Context) bool {
	d, set := privacy.DecisionFromContext(ctx)
	return set && d == nil
}

// System returns a context that passes every privacy rule: for the seeder,
// the sign-in code and the audit trail, never for a request's own work.
func System(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}

// deny wraps a safe error as a privacy denial, so errors.Is(err,
// privacy.Deny) still holds and the presenter shows the safe message.
func deny(e *apperr.Error) error { return privacy.Denyf("%w", e) }

// RequireViewer denies anonymous callers and lets the others on to the next
// rule.
func RequireViewer() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx) == nil {
			return deny(ErrUnauthenticated)
		}
		return privacy.Skip
	})
}

// AllowViewers allows any signed-in caller to read.
func AllowViewers() privacy.QueryRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx) == nil {
			return deny(ErrUnauthenticated)
		}
		return privacy.Allow
	})
}

// DenyReadOnly denies writes by read-only credentials (API tokens without
// the WRITE scope).
func DenyReadOnly() privacy.MutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if v := viewer.FromContext(ctx); v != nil && v.ReadOnly {
			return deny(ErrReadOnly) // the meaning of ReadOnly: ReadOnlyCredential
		}
		return privacy.Skip
	})
}

// DenyForbidden ends a policy: whoever got this far is not allowed.
func DenyForbidden() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx) == nil {
			return deny(ErrUnauthenticated)
		}
		return deny(ErrForbidden)
	})
}

type workflowKey struct{}

// Workflow marks ctx as running inside internal/workflow, whose state
// machines check who may make each transition. Only changes so marked may
// write the entities of the yearly cycle.
func Workflow(ctx context.Context) context.Context {
	return context.WithValue(ctx, workflowKey{}, true)
}

// AllowWorkflow allows writes made through internal/workflow.
func AllowWorkflow() privacy.MutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if on, _ := ctx.Value(workflowKey{}).(bool); on {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// ErrHROnly refuses data only HR admins and auditors may read.
var ErrHROnly = apperr.New(apperr.Forbidden,
	"hanya admin SDM dan auditor yang boleh melihat ini", "only HR admins and auditors may see this")

// RequireReadsAll allows HR admins, auditors and trusted code, and refuses
// everyone else: for aggregates over data only HR keeps (the potential of
// the talent grid).
func RequireReadsAll(ctx context.Context) error {
	return require(ctx, ReadsAll, ErrHROnly)
}
