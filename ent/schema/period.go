package schema

import (
	"kinerja/internal/scoring"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Period is a performance year and the phase of its cycle.
type Period struct {
	ent.Schema
}

// Mixin of the Period.
func (Period) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, MasterDataMixin{}} }

// Fields of the Period.
func (Period) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").
			NotEmpty().
			MaxLen(100).
			Annotations(entgql.OrderField("NAME")),
		field.Int("year").
			Range(2000, 2100).
			Annotations(entgql.OrderField("YEAR")),
		field.Time("starts_on").
			Annotations(entgql.OrderField("STARTS_ON")),
		field.Time("ends_on"),
		field.Enum("phase").
			NamedValues(
				"Planning", "PLANNING",
				"Execution", "EXECUTION",
				"Assessment", "ASSESSMENT",
				"Closed", "CLOSED",
			).
			Default("PLANNING"),
		field.Enum("scoring_method").
			NamedValues(
				"Permenpan2022", "PERMENPAN_2022",
				"Numeric2011", "NUMERIC_2011",
			).
			Default("PERMENPAN_2022").
			Comment("PERMENPAN_2022: ratings into the predikat matrix; NUMERIC_2011: scores into bands."),
		field.Int("objection_window_days").
			Default(14).
			Range(1, 90).
			Comment("Days after release in which the employee may object (PP 30/2019 art. 59: 14)."),
		field.Time("plan_deadline").
			Optional().
			Nillable().
			Comment("When every SKP should be agreed."),
		field.Time("appraisal_deadline").
			Optional().
			Nillable().
			Comment("When every annual appraisal should be released."),
		field.JSON("predikat_matrix", []scoring.Cell{}).
			Optional().
			Comment("The predikat matrix of the period as its nine cells; empty means the regulation's (PermenPANRB 6/2022).").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Float("numeric_threshold").
			Default(76).
			Range(0, 100).
			Comment("A numeric criterion score under this counts as weak (development follow-up)."),
	}
}

// Edges of the Period.
func (Period) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("plans", Plan.Type).
			Ref("period").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of the Period.
func (Period) Indexes() []ent.Index {
	// One period per year: HR cannot open a second appraisal year by mistake.
	return []ent.Index{index.Fields("year").Unique().StorageKey("period_year_unique")}
}

// Annotations of the Period.
func (Period) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
