package schema

import (
	"kinerja/internal/asn"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"kinerja/ent/privacy"
	"kinerja/internal/authz"
	"kinerja/internal/scoring"
)

// Plan is the SKP (Sasaran Kinerja Pegawai) of one employee for one period.
type Plan struct {
	ent.Schema
}

// Mixin of the Plan.
func (Plan) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, WorkflowMixin{}} }

// Fields of the Plan.
func (Plan) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("status").
			NamedValues(
				"Draft", "DRAFT",
				"Submitted", "SUBMITTED",
				"Agreed", "AGREED",
				"Returned", "RETURNED",
				"Escalated", "ESCALATED",
			).
			Default("DRAFT").
			Annotations(entgql.OrderField("STATUS")),
		field.Text("note").
			Optional().
			Comment("The appraiser's last comment (on return or agreement)."),
		field.Time("submitted_at").
			Optional().
			Nillable(),
		field.Time("agreed_at").
			Optional().
			Nillable(),
		field.Int("return_count").
			NonNegative().
			Default(0).
			Comment("How often the appraiser returned the plan since it was last settled: after two returns the employee may escalate it."),
		field.Text("escalation_reason").
			Optional().
			MaxLen(8000).
			Comment("Why the employee asked the appraiser's superior to settle the plan."),
		field.Time("escalated_at").
			Optional().
			Nillable(),
		field.Enum("appraiser_acting").
			GoType(asn.Acting("")).
			Annotations(entgql.Type("Acting")).
			Optional().
			Nillable().
			Comment("Set when the appraiser acted as Plt. or Plh. (an ActingAppraiser covered the day it started): the documents sign as such."),
		field.JSON("expectations", []scoring.Expectation{}).
			Optional().
			Comment("The appraiser's specific expectations per behaviour criterion (ekspektasi khusus pimpinan).").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the Plan.
func (Plan) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("period", Period.Type).
			Unique().
			Required().
			Immutable(),
		edge.To("employee", Employee.Type).
			Unique().
			Required().
			Immutable(),
		edge.To("appraiser", Employee.Type).
			Unique().
			Comment("The supervisor when the plan was made: a snapshot, not rewritten when the hierarchy changes."),
		edge.From("targets", Target.Type).
			Ref("plan"),
		edge.From("appraisals", Appraisal.Type).
			Ref("plan"),
		edge.From("feedback", Feedback.Type).
			Ref("plan").
			Comment("The plan's feedback thread (umpan balik), oldest first."),
	}
}

// Indexes of the Plan.
func (Plan) Indexes() []ent.Index {
	return []ent.Index{
		index.Edges("period", "employee").Unique(),
		index.Edges("employee"),
		index.Edges("appraiser"),
		index.Fields("status"),
	}
}

// Annotations of the Plan.
func (Plan) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Policy of the Plan: callers read only their part (authz.ScopePlans).
func (Plan) Policy() ent.Policy {
	return privacy.Policy{Query: privacy.QueryPolicy{authz.ScopePlans()}}
}
