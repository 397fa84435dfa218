package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// UnitRating is a unit's own performance rating for a period (Predikat
// Kinerja Organisasi, PermenPANRB 6/2022), which sets the distribution
// curve its employees' predikat should follow.
type UnitRating struct {
	ent.Schema
}

// Mixin of the UnitRating.
func (UnitRating) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, MasterDataMixin{}} }

// Fields of the UnitRating.
func (UnitRating) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("rating").
			NamedValues(
				"Istimewa", "ISTIMEWA",
				"Baik", "BAIK",
				"ButuhPerbaikan", "BUTUH_PERBAIKAN",
				"Kurang", "KURANG",
				"SangatKurang", "SANGAT_KURANG",
			),
	}
}

// Edges of the UnitRating.
func (UnitRating) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("period", Period.Type).Unique().Required().Immutable(),
		edge.To("unit", OrgUnit.Type).Unique().Required().Immutable(),
	}
}

// Indexes of the UnitRating.
func (UnitRating) Indexes() []ent.Index {
	return []ent.Index{index.Edges("period", "unit").Unique()}
}

// Annotations of the UnitRating.
func (UnitRating) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
