package schema

import (
	"time"

	"kinerja/ent/privacy"
	"kinerja/internal/authz"
	"kinerja/internal/notify"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Notification tells one employee that something in the cycle happened to
// it or awaits it: a plan submitted, returned or agreed, an appraisal
// released, an objection filed or decided, a deadline three days away. It
// is written by internal/notify in the transaction of the step that causes
// it; its message is rendered from the kind and the parameters in the
// reader's language.
type Notification struct {
	ent.Schema
}

// Fields of the Notification.
func (Notification) Fields() []ent.Field {
	return []ent.Field{
		field.Int("recipient_id").
			Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("kind").
			NamedValues(
				"PlanSubmitted", "PLAN_SUBMITTED",
				"PlanReturned", "PLAN_RETURNED",
				"PlanAgreed", "PLAN_AGREED",
				"AppraisalReleased", "APPRAISAL_RELEASED",
				"ObjectionFiled", "OBJECTION_FILED",
				"ObjectionDecided", "OBJECTION_DECIDED",
				"PlanDeadline", "PLAN_DEADLINE",
				"AppraisalDeadline", "APPRAISAL_DEADLINE",
				"ObjectionDeadline", "OBJECTION_DEADLINE",
			).
			Immutable(),
		field.Time("created_at").
			Immutable().
			Default(time.Now),
		field.Time("read_at").
			Optional().
			Nillable(),
		field.JSON("params", map[string]string{}).
			Optional().
			Immutable().
			Comment("What the message names (people, period, deadline), rendered per language.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("dedup_key").
			Optional().
			Nillable().
			Immutable().
			MaxLen(200).
			Comment("Set by the deadline sweep: one notification per recipient, subject and deadline.").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the Notification.
func (Notification) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("recipient", Employee.Type).
			Field("recipient_id").
			Unique().
			Required().
			Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("plan", Plan.Type).
			Unique().
			Immutable(),
		edge.To("appraisal", Appraisal.Type).
			Unique().
			Immutable(),
		edge.To("objection", Objection.Type).
			Unique().
			Immutable(),
	}
}

// Indexes of the Notification.
func (Notification) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("recipient_id", "read_at"),
		index.Fields("recipient_id", "dedup_key").Unique(),
	}
}

// Annotations of the Notification: a Relay connection without a where
// input or an ordering (the list is the caller's own, newest first).
func (Notification) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipWhereInput | entgql.SkipOrderField | entgql.SkipMutationCreateInput | entgql.SkipMutationUpdateInput),
	}
}

// Policy of the Notification: each caller reads only its own, HR admins
// and auditors too (notify.OwnOnly); only internal/notify writes them,
// inside a workflow step or with the system's rights, and a caller marks
// its own as read (notify.WritesThroughNotify).
func (Notification) Policy() ent.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{authz.RequireViewer(), notify.WritesThroughNotify(), authz.DenyForbidden()},
		Query:    privacy.QueryPolicy{notify.OwnOnly()},
	}
}
