package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"kinerja/ent/privacy"
	"kinerja/internal/authz"
)

// Indicator is a performance indicator (IKI) of a target: one aspect and the
// value to reach.
type Indicator struct {
	ent.Schema
}

// Mixin of the Indicator.
func (Indicator) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, WorkflowMixin{}} }

// Fields of the Indicator.
func (Indicator) Fields() []ent.Field {
	return []ent.Field{
		field.String("description").
			NotEmpty().
			MaxLen(500),
		field.Enum("aspect").
			NamedValues(
				"Quantity", "QUANTITY",
				"Quality", "QUALITY",
				"Time", "TIME",
				"Cost", "COST",
			),
		field.Float("target_value").
			Positive(),
		field.String("unit").
			NotEmpty().
			MaxLen(50).
			Comment("The unit of the value: dokumen, %, bulan, rupiah…"),
	}
}

// Edges of the Indicator.
func (Indicator) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("target", Target.Type).
			Unique().
			Required().
			Immutable(),
		edge.From("realizations", Realization.Type).
			Ref("indicator"),
	}
}

// Indexes of the Indicator.
func (Indicator) Indexes() []ent.Index {
	return []ent.Index{index.Edges("target")}
}

// Policy of the Indicator: callers read only their part (authz.ScopeIndicators).
func (Indicator) Policy() ent.Policy {
	return privacy.Policy{Query: privacy.QueryPolicy{authz.ScopeIndicators()}}
}
