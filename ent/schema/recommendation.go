package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"kinerja/ent/privacy"
	"kinerja/internal/authz"
)

// Recommendation is a development step proposed for an employee, usually
// from a weak criterion of a final appraisal.
type Recommendation struct {
	ent.Schema
}

// Mixin of the Recommendation.
func (Recommendation) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, WorkflowMixin{}} }

// Fields of the Recommendation.
func (Recommendation) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").
			NamedValues("Training", "TRAINING", "Coaching", "COACHING", "Mentoring", "MENTORING").
			Default("TRAINING"),
		field.Enum("status").
			NamedValues(
				"Proposed", "PROPOSED",
				"Planned", "PLANNED",
				"Completed", "COMPLETED",
				"Cancelled", "CANCELLED",
			).
			Default("PROPOSED").
			Annotations(entgql.OrderField("STATUS")),
		field.Int("hours").
			Default(0).
			Min(0).
			Comment("JP credited when completed."),
		field.Text("note").
			Optional(),
		field.Time("planned_on").
			Optional().
			Nillable(),
		field.Time("completed_at").
			Optional().
			Nillable(),
	}
}

// Edges of the Recommendation.
func (Recommendation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("employee", Employee.Type).
			Unique().
			Required().
			Immutable(),
		edge.To("appraisal", Appraisal.Type).
			Unique().
			Immutable().
			Comment("The appraisal that gave rise to it."),
		edge.To("criterion", Criterion.Type).
			Unique().
			Immutable(),
		edge.To("program", TrainingProgram.Type).
			Unique(),
		edge.To("period", Period.Type).
			Unique().
			Immutable().
			Comment("The performance year it follows from."),
	}
}

// Indexes of the Recommendation.
func (Recommendation) Indexes() []ent.Index {
	return []ent.Index{
		index.Edges("employee"),
		index.Edges("appraisal", "criterion").Unique(),
		index.Fields("status"),
	}
}

// Annotations of the Recommendation.
func (Recommendation) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Policy of the Recommendation: callers read only their part (authz.ScopeRecommendations).
func (Recommendation) Policy() ent.Policy {
	return privacy.Policy{Query: privacy.QueryPolicy{authz.ScopeRecommendations()}}
}
