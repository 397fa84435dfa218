package notify

import (
	"context"
	"fmt"
	"time"

	"kinerja/ent"
	"kinerja/ent/notification"
	"kinerja/internal/apperr"
	"kinerja/internal/audit"
	"kinerja/internal/authz"
	"kinerja/internal/viewer"

	"entgo.io/contrib/entgql"
)

// MaxMarkIDs caps the notifications one call of MarkRead names.
const MaxMarkIDs = 100

// MarkRead marks those of ids that are the caller's own unread
// notifications as read at at and returns how many changed; IDs of others'
// notifications, of read ones and unknown IDs change nothing. It runs in
// one transaction (the GraphQL mutation's when there is one) with an audit
// event per notification ("notification.read"). A READ token may not; an
// auditor, read-only for the cycle, may mark its own.
func MarkRead(ctx context.Context, c *ent.Client, ids []int, at time.Time) (int, error) {
	if err := authz.RequireOwnStateWriter(ctx); err != nil {
		return 0, err
	}
	v := viewer.FromContext(ctx)
	switch {
	case len(ids) > MaxMarkIDs:
		return 0, apperr.Invalidf("ids", "paling banyak %d pemberitahuan sekaligus", "at most %d notifications at once", MaxMarkIDs)
	case len(ids) == 0:
		return 0, nil
	}
	n := 0
	err := inTx(withMode(audit.WithAction(ctx, "notification.read"), modeRead), c, func(ctx context.Context, c *ent.Client) error {
		own, err := c.Notification.Query().Where(notification.IDIn(ids...), notification.ReadAtIsNil(), Own(v)).IDs(ctx)
		if err != nil {
			return fmt.Errorf("notification.read: %w", err)
		}
		for _, id := range own {
			if err := c.Notification.UpdateOneID(id).SetReadAt(at).Exec(ctx); err != nil {
				return fmt.Errorf("notification.read: %w", err)
			}
		}
		n = len(own)
		return nil
	})
	return n, err
}

// Unread counts the caller's unread notifications.
func Unread(ctx context.Context, c *ent.Client) (int, error) {
	n, err := c.Notification.Query().Where(notification.ReadAtIsNil(), Own(viewer.FromContext(ctx))).Count(ctx)
	if err != nil {
		return 0, fmt.Errorf("unread notifications: %w", err)
	}
	return n, nil
}

// NewestFirst orders a page of notifications, the newest first.
var NewestFirst = ent.WithNotificationOrder(&ent.NotificationOrder{Direction: entgql.OrderDirectionDesc})

// inTx runs fn in the transaction of ctx, or in a new one on c.
func inTx(ctx context.Context, c *ent.Client, fn func(ctx context.Context, c *ent.Client) error) error {
	if ent.TxFromContext(ctx) != nil {
		return fn(ctx, c)
	}
	tx, err := c.Tx(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	ctx = ent.NewTxContext(ent.NewContext(ctx, tx.Client()), tx)
	if err := fn(ctx, tx.Client()); err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			return fmt.Errorf("%w (rollback: %w)", err, rerr)
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}
