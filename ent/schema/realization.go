package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"kinerja/ent/privacy"
	"kinerja/internal/authz"
)

// Realization is the progress (realisasi) on an indicator in one quarter,
// with its evidence (bukti dukung).
type Realization struct {
	ent.Schema
}

// Mixin of the Realization.
func (Realization) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, WorkflowMixin{}} }

// Fields of the Realization.
func (Realization) Fields() []ent.Field {
	return []ent.Field{
		field.Int("quarter").
			Range(1, 4),
		field.Float("value").
			Min(0),
		field.Text("evidence").
			NotEmpty().
			MaxLen(4000).
			Comment("A description of or a link to the evidence."),
	}
}

// Edges of the Realization.
func (Realization) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("indicator", Indicator.Type).
			Unique().
			Required().
			Immutable(),
	}
}

// Indexes of the Realization.
func (Realization) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("quarter").Edges("indicator").Unique(),
	}
}

// Policy of the Realization: callers read only their part (authz.ScopeRealizations).
func (Realization) Policy() ent.Policy {
	return privacy.Policy{Query: privacy.QueryPolicy{authz.ScopeRealizations()}}
}
