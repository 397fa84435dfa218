package schema

import (
	"kinerja/ent/privacy"
	"kinerja/internal/authz"
	"kinerja/internal/scoring"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Score is one rating inside an appraisal: of a target (result) or of a
// criterion (behaviour, competency).
type Score struct {
	ent.Schema
}

// Mixin of the Score.
func (Score) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, WorkflowMixin{}} }

// Fields of the Score.
func (Score) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("rating").
			GoType(scoring.Rating("")).
			Optional().
			Nillable().
			Annotations(entgql.Type("Rating")),
		field.Float("value").
			Optional().
			Nillable().
			Min(0).
			Comment("A numeric value: 0–100 for a behaviour criterion under NUMERIC_2011, computed for a target."),
		field.Text("note").
			Optional(),
	}
}

// Edges of the Score.
func (Score) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("appraisal", Appraisal.Type).
			Unique().
			Required().
			Immutable(),
		edge.To("target", Target.Type).
			Unique().
			Immutable(),
		edge.To("criterion", Criterion.Type).
			Unique().
			Immutable(),
	}
}

// Indexes of the Score.
func (Score) Indexes() []ent.Index {
	return []ent.Index{
		index.Edges("appraisal", "criterion").Unique(),
		index.Edges("appraisal", "target").Unique(),
		index.Edges("criterion"),
	}
}

// Policy of the Score: callers read only their part (authz.ScopeScores).
func (Score) Policy() ent.Policy {
	return privacy.Policy{Query: privacy.QueryPolicy{authz.ScopeScores()}}
}
