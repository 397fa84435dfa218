// Package audit writes the append-only audit trail. A global ent hook
// records every change to an audited entity in the same transaction as the
// change itself (GraphQL mutations run inside entgql's Transactioner), with
// the actor, the action and the changed fields before and after.
package audit

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"kinerja/ent"
	"kinerja/internal/authz"
	"kinerja/internal/viewer"
)

// skipped entities are not audited: the trail itself, sign-in bookkeeping
// and the mail outbox's delivery bookkeeping (each mail's content is in the
// audited notification it came from).
var skipped = []string{"AuditEvent", "Session", "OutboxMail"}

// bookkeeping fields record use, not a change of what an entity is: an
// update that changes only these leaves no event (an API token's last use
// would otherwise add an event per reporting call).
var bookkeeping = map[string][]string{"APIToken": {"last_used_at"}}

// onlyBookkeeping tells whether an update changes bookkeeping fields only.
func onlyBookkeeping(m ent.Mutation) bool {
	fields := bookkeeping[m.Type()]
	if fields == nil || !m.Op().Is(ent.OpUpdate|ent.OpUpdateOne) || len(m.Fields()) == 0 ||
		len(m.ClearedFields()) > 0 || len(m.AddedFields()) > 0 || len(m.AddedEdges()) > 0 || len(m.ClearedEdges()) > 0 {
		return false
	}
	use := false
	for _, f := range m.Fields() {
		switch {
		case slices.Contains(fields, f):
			use = true
		case f != "updated_at": // set on every update by the time mixin
			return false
		}
	}
	return use
}

// secret fields never appear in the trail.
var secret = []string{"password_hash", "token_hash"}

type actionKey struct{}

// WithAction names the action of the changes made with ctx (for example
// "plan.submit"); without it the action is "<Entity>.<op>".
func WithAction(ctx context.Context, action string) context.Context {
	return context.WithValue(ctx, actionKey{}, action)
}

// Hook returns the ent hook that writes an AuditEvent for every row an
// audited entity's mutation changes: each create, update-one and
// delete-one, and each row of a bulk update or delete.
func Hook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if slices.Contains(skipped, m.Type()) || onlyBookkeeping(m) {
				return next.Mutate(ctx, m)
			}
			if m.Op().Is(ent.OpUpdate | ent.OpDelete) {
				return bulk(ctx, m, next)
			}
			before, err := snapshotOld(ctx, m)
			if err != nil {
				return nil, err
			}
			after := snapshotNew(m)
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return nil, err
			}
			id, err := entityID(m, v)
			if err != nil {
				return nil, err
			}
			if err := write(ctx, m, []int{id}, before, after); err != nil {
				return nil, err
			}
			return v, nil
		})
	}
}

type idMutation interface {
	ID() (int, bool)
}

// idsMutation is a generated mutation that can list the rows its
// predicates select.
type idsMutation interface {
	IDs(ctx context.Context) ([]int, error)
}

// bulk runs a bulk update or delete and writes one event per row it
// changed: the rows are listed (with system rights: the mutation's own
// privacy rules have already decided whether it may run) in the same
// transaction, before the change.
func bulk(ctx context.Context, m ent.Mutation, next ent.Mutator) (ent.Value, error) {
	im, ok := m.(idsMutation)
	if !ok {
		return nil, fmt.Errorf("audit: bulk mutation %T cannot list its rows", m)
	}
	ids, err := im.IDs(authz.System(ctx))
	if err != nil {
		return nil, fmt.Errorf("audit: rows of a bulk %s: %w", m.Type(), err)
	}
	after := snapshotNew(m)
	var before map[string]any
	if m.Op().Is(ent.OpDelete) {
		before, after = map[string]any{}, map[string]any{}
	}
	v, err := next.Mutate(ctx, m)
	if err != nil || len(ids) == 0 {
		return v, err
	}
	if err := write(ctx, m, ids, before, after); err != nil {
		return nil, err
	}
	return v, nil
}

func entityID(m ent.Mutation, v ent.Value) (int, error) {
	if im, ok := m.(idMutation); ok {
		if id, ok := im.ID(); ok {
			return id, nil
		}
	}
	// Generated entities have an exported ID field; read it through JSON
	// rather than a type switch over every entity.
	b, err := json.Marshal(v)
	if err != nil {
		return 0, fmt.Errorf("audit: entity id: %w", err)
	}
	var x struct {
		ID int `json:"id"`
	}
	if err := json.Unmarshal(b, &x); err != nil {
		return 0, fmt.Errorf("audit: entity id: %w", err)
	}
	return x.ID, nil
}

func snapshotOld(ctx context.Context, m ent.Mutation) (map[string]any, error) {
	if !m.Op().Is(ent.OpUpdateOne | ent.OpDeleteOne) {
		return nil, nil
	}
	out := map[string]any{}
	if m.Op().Is(ent.OpDeleteOne) {
		return out, nil // a deletion records only that the row went
	}
	for _, f := range m.Fields() {
		if slices.Contains(secret, f) {
			continue
		}
		old, err := m.OldField(ctx, f)
		if err != nil {
			return nil, fmt.Errorf("audit: old %s: %w", f, err)
		}
		out[f] = old
	}
	return out, nil
}

func snapshotNew(m ent.Mutation) map[string]any {
	out := map[string]any{}
	for _, f := range m.Fields() {
		if slices.Contains(secret, f) {
			out[f] = "(changed)"
			continue
		}
		v, _ := m.Field(f)
		out[f] = v
	}
	for _, e := range m.AddedEdges() {
		ids := m.AddedIDs(e)
		switch len(ids) {
		case 0:
		case 1:
			out[e+"_id"] = ids[0]
		default:
			out[e+"_ids"] = ids
		}
	}
	for _, e := range m.ClearedEdges() {
		out[e+"_id"] = nil
	}
	return out
}

type clientMutation interface {
	Client() *ent.Client
}

// write records the events of one mutation, one per changed row (ids),
// in one statement.
func write(ctx context.Context, m ent.Mutation, ids []int, before, after map[string]any) error {
	action, _ := ctx.Value(actionKey{}).(string)
	if action == "" {
		action = m.Type() + "." + opName(m.Op())
	}
	cm, ok := m.(clientMutation)
	if !ok {
		return fmt.Errorf("audit: mutation %T has no client", m)
	}
	at, afterJSON := time.Now(), jsonable(after)
	var beforeJSON map[string]any
	if before != nil {
		beforeJSON = jsonable(before)
	}
	v := viewer.FromContext(ctx)
	events := make([]*ent.AuditEventCreate, len(ids))
	for i, id := range ids {
		c := cm.Client().AuditEvent.Create().
			SetAt(at).
			SetAction(action).
			SetEntityType(m.Type()).
			SetEntityID(id).
			SetAfter(afterJSON)
		if beforeJSON != nil {
			c.SetBefore(beforeJSON)
		}
		if v != nil {
			c.SetActorName(v.Name)
			if v.AccountID != 0 {
				c.SetActorID(v.AccountID)
			}
		}
		events[i] = c
	}
	// In batches, within the SQL variable limits of both databases.
	for batch := range slices.Chunk(events, 500) {
		if err := cm.Client().AuditEvent.CreateBulk(batch...).Exec(authz.System(ctx)); err != nil {
			return fmt.Errorf("audit: write %s: %w", action, err)
		}
	}
	return nil
}

// jsonable turns values such as time.Time and enums into their JSON form so
// the stored snapshot reads the same as the API.
func jsonable(m map[string]any) map[string]any {
	b, err := json.Marshal(m)
	if err != nil {
		return map[string]any{"error": "unserialisable snapshot"}
	}
	var out map[string]any
	_ = json.Unmarshal(b, &out)
	return out
}

func opName(op ent.Op) string {
	switch {
	case op.Is(ent.OpCreate):
		return "create"
	case op.Is(ent.OpDeleteOne | ent.OpDelete):
		return "delete"
	default:
		return "update"
	}
}
