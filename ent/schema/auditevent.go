package schema

import (
	"kinerja/ent/privacy"
	"kinerja/internal/authz"

	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// AuditEvent is one entry of the append-only audit trail, written in the
// same transaction as the change it records.
type AuditEvent struct {
	ent.Schema
}

// Fields of the AuditEvent.
func (AuditEvent) Fields() []ent.Field {
	return []ent.Field{
		field.Time("at").
			Default(time.Now).
			Immutable().
			Annotations(entgql.OrderField("AT")),
		field.String("actor_name").
			Optional().
			Immutable().
			Comment("The actor's name at the time, kept when the account goes."),
		field.String("action").
			NotEmpty().
			Immutable().
			Annotations(entgql.OrderField("ACTION")),
		field.String("entity_type").
			NotEmpty().
			Immutable(),
		field.Int("entity_id").
			Immutable().
			Annotations(entgql.Type("ID")),
		field.JSON("before", map[string]any{}).
			Optional().
			Immutable().
			Annotations(entgql.Type("Map")),
		field.JSON("after", map[string]any{}).
			Optional().
			Immutable().
			Annotations(entgql.Type("Map")),
	}
}

// Edges of the AuditEvent.
func (AuditEvent) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("actor", Account.Type).
			Unique().
			Immutable(),
	}
}

// Indexes of the AuditEvent.
func (AuditEvent) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("at"),
		index.Fields("entity_type", "entity_id"),
	}
}

// Annotations of the AuditEvent.
func (AuditEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Policy of the AuditEvent: HR admins and auditors read the trail; nobody
// writes it except the audit hook (running with authz.System).
func (AuditEvent) Policy() ent.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{authz.DenyForbidden()},
		Query: privacy.QueryPolicy{
			authz.RequireViewer(),
			authz.AllowReadsAll(),
			authz.DenyForbidden(),
		},
	}
}
