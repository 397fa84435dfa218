package authz

import (
	"context"

	"kinerja/ent/privacy"
	"kinerja/internal/viewer"
)

// The vocabulary of roles and credentials. Every check of who someone is —
// in a privacy policy, a scope, the importer, the workflow, a resolver's
// "what may I do" answer — is one of these, so a rule changes here only.

// ReadsAll reports whether v reads every row of the agency: HR admins and
// auditors.
func ReadsAll(v *viewer.Viewer) bool { return v.IsHRAdmin() || v.IsAuditor() }

// ReadsAuditTrail reports whether v may read the audit trail: those who
// read everything.
func ReadsAuditTrail(v *viewer.Viewer) bool { return ReadsAll(v) }

// ManagesMasterData reports whether v may change the master data (units,
// employees, periods, the training catalogue) and import it: an HR admin
// with a credential that writes.
func ManagesMasterData(v *viewer.Viewer) bool { return v.IsHRAdmin() && !v.ReadOnly }

// ReadOnlyCredential is what "read-only" means: an auditor who is not also
// an HR admin reads everything and writes nothing, and an API token without
// the WRITE scope only reads, whoever made it.
func ReadOnlyCredential(roles []viewer.Role, token bool, scopes []viewer.TokenScope) bool {
	v := &viewer.Viewer{Roles: roles}
	if v.IsAuditor() && !v.IsHRAdmin() {
		return true
	}
	if !token {
		return false
	}
	for _, s := range scopes {
		if s == viewer.ScopeWrite {
			return false
		}
	}
	return true
}

// RequireWriter returns nil when the caller may write: signed in, with a
// credential that is not read-only.
func RequireWriter(ctx context.Context) error {
	switch v := viewer.FromContext(ctx); {
	case v == nil:
		return ErrUnauthenticated
	case v.ReadOnly:
		return ErrReadOnly
	}
	return nil
}

// RequireOwnStateWriter returns nil when the caller may change its own
// state (mark its notifications read): an auditor's session may, a READ
// token may not.
func RequireOwnStateWriter(ctx context.Context) error {
	switch v := viewer.FromContext(ctx); {
	case v == nil:
		return ErrUnauthenticated
	case v.ReadOnly && v.TokenID != 0:
		return ErrReadOnly
	}
	return nil
}

// RequireMasterDataManager returns nil for trusted code (the command line)
// and for callers who manage master data; ErrForbidden for the others.
func RequireMasterDataManager(ctx context.Context) error {
	return require(ctx, ManagesMasterData, ErrForbidden)
}

// require returns nil for trusted code and for a viewer for whom ok holds,
// ErrUnauthenticated without a viewer and refusal for the others.
func require(ctx context.Context, ok func(*viewer.Viewer) bool, refusal error) error {
	if isSystem(ctx) {
		return nil
	}
	switch v := viewer.FromContext(ctx); {
	case v == nil:
		return ErrUnauthenticated
	case !ok(v):
		return refusal
	}
	return nil
}

// AllowReadsAll allows those who read everything (ReadsAll).
func AllowReadsAll() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if ReadsAll(viewer.FromContext(ctx)) {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// AllowMasterDataManagers allows those who manage master data
// (ManagesMasterData). Read-only credentials are denied before it by
// DenyReadOnly, with the clearer message.
func AllowMasterDataManagers() privacy.MutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if ManagesMasterData(viewer.FromContext(ctx)) {
			return privacy.Allow
		}
		return privacy.Skip
	})
}
