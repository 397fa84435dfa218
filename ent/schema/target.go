package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"kinerja/ent/privacy"
	"kinerja/internal/authz"
)

// Target is a planned result (RHK, Rencana Hasil Kerja) of a plan. It may
// support a target of the supervisor's plan (the cascade, "intervensi").
type Target struct {
	ent.Schema
}

// Mixin of the Target.
func (Target) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, WorkflowMixin{}} }

// Fields of the Target.
func (Target) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").
			NamedValues("Main", "MAIN", "Additional", "ADDITIONAL").
			Default("MAIN"),
		field.String("title").
			NotEmpty().
			MaxLen(500),
		field.String("strategic_goal").
			Optional().
			MaxLen(500).
			Comment("The strategic-plan goal (Renstra / Perjanjian Kinerja) this result serves."),
		field.Float("weight").
			Optional().
			Nillable().
			Range(0, 100).
			Comment("Optional weight in percent for agencies that weigh results."),
		field.Int("position").
			Default(0).
			Comment("Order within the plan."),
	}
}

// Edges of the Target.
func (Target) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("plan", Plan.Type).
			Unique().
			Required().
			Immutable(),
		edge.To("children", Target.Type).
			From("parent").
			Unique().
			Comment("The supervisor's target this one supports."),
		edge.From("indicators", Indicator.Type).
			Ref("target"),
		edge.From("feedback", Feedback.Type).
			Ref("target"),
		edge.From("scores", Score.Type).
			Ref("target").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the Target.
func (Target) Indexes() []ent.Index {
	return []ent.Index{
		index.Edges("plan"),
		index.Edges("parent"),
	}
}

// Policy of the Target: callers read only their part (authz.ScopeTargets).
func (Target) Policy() ent.Policy {
	return privacy.Policy{Query: privacy.QueryPolicy{authz.ScopeTargets()}}
}
