package authz

import (
	"context"

	"kinerja/ent"
	"kinerja/ent/account"
	"kinerja/ent/apitoken"
	"kinerja/ent/privacy"
	"kinerja/internal/viewer"
)

// OwnAccount narrows account reads to the caller's own account.
func OwnAccount() privacy.QueryRule {
	return privacy.AccountQueryRuleFunc(func(ctx context.Context, q *ent.AccountQuery) error {
		q.Where(account.ID(viewer.FromContext(ctx).AccountID))
		return privacy.Allow
	})
}

// OwnTokens narrows API token reads to the caller's own tokens.
func OwnTokens() privacy.QueryRule {
	return privacy.APITokenQueryRuleFunc(func(ctx context.Context, q *ent.APITokenQuery) error {
		q.Where(apitoken.HasAccountWith(account.ID(viewer.FromContext(ctx).AccountID)))
		return privacy.Allow
	})
}

// AllowOwnToken lets a person signed in with a session create tokens for
// its own account and change (revoke) only its own.
func AllowOwnToken() privacy.MutationRule {
	return privacy.APITokenMutationRuleFunc(func(ctx context.Context, m *ent.APITokenMutation) error {
		v := viewer.FromContext(ctx)
		if v.TokenID != 0 || v.AccountID == 0 {
			return deny(ErrForbidden) // tokens are managed with a session, never with a token
		}
		switch {
		case m.Op().Is(ent.OpCreate):
			if id, ok := m.AccountID(); !ok || id != v.AccountID {
				return deny(ErrForbidden)
			}
		default:
			m.Where(apitoken.HasAccountWith(account.ID(v.AccountID)))
		}
		return privacy.Allow
	})
}
