package notify

import (
	"context"
	"errors"

	"kinerja/ent"
	"kinerja/ent/notification"
	"kinerja/ent/predicate"
	"kinerja/ent/privacy"
	"kinerja/internal/apperr"
	"kinerja/internal/authz"
	"kinerja/internal/viewer"
)

// Own matches the notifications of v: those it is the recipient of (none
// for a service account, which is no employee).
func Own(v *viewer.Viewer) predicate.Notification {
	id := -1
	if v != nil && v.EmployeeID != 0 {
		id = v.EmployeeID
	}
	return notification.RecipientID(id)
}

// OwnOnly is the query rule of notifications: every caller, HR admins and
// auditors included, reads only its own. Trusted code (authz.System)
// reads all.
func OwnOnly() privacy.QueryRule {
	return privacy.NotificationQueryRuleFunc(func(ctx context.Context, q *ent.NotificationQuery) error {
		v := viewer.FromContext(ctx)
		if v == nil {
			return privacy.Denyf("%w", authz.ErrUnauthenticated)
		}
		q.Where(Own(v))
		return privacy.Allow
	})
}

var errNotYours = apperr.New(apperr.Forbidden,
	"pemberitahuan hanya dapat diubah oleh penerimanya", "only its recipient may change a notification")

// WritesThroughNotify is the mutation rule of notifications: this package
// creates them inside a workflow step (the system's rights cover the
// sweep), and a caller marks its own as read; nothing else, not even an HR
// admin, writes them.
func WritesThroughNotify() privacy.MutationRule {
	return privacy.NotificationMutationRuleFunc(func(ctx context.Context, m *ent.NotificationMutation) error {
		mode, _ := ctx.Value(writeKey{}).(writeMode)
		switch {
		case mode == modeCreate && m.Op().Is(ent.OpCreate):
			if errors.Is(authz.AllowWorkflow().EvalMutation(ctx, m), privacy.Allow) {
				return privacy.Allow
			}
		case mode == modeRead && m.Op().Is(ent.OpUpdate|ent.OpUpdateOne):
			for _, f := range m.Fields() {
				if f != notification.FieldReadAt {
					return privacy.Denyf("%w", errNotYours)
				}
			}
			if len(m.ClearedFields()) > 0 {
				return privacy.Denyf("%w", errNotYours)
			}
			m.Where(Own(viewer.FromContext(ctx)))
			return privacy.Allow
		}
		return privacy.Skip
	})
}
