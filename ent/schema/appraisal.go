package schema

import (
	"kinerja/internal/asn"

	"kinerja/ent/privacy"
	"kinerja/internal/authz"
	"kinerja/internal/scoring"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Appraisal is the appraiser's assessment of a plan: quarterly or annual.
type Appraisal struct {
	ent.Schema
}

// Mixin of the Appraisal.
func (Appraisal) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, WorkflowMixin{}} }

// Fields of the Appraisal.
func (Appraisal) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").
			NamedValues("Quarterly", "QUARTERLY", "Annual", "ANNUAL"),
		field.Int("quarter").
			Optional().
			Nillable().
			Range(1, 4),
		field.Enum("status").
			NamedValues(
				"Draft", "DRAFT",
				"Submitted", "SUBMITTED",
				"Objected", "OBJECTED",
				"Final", "FINAL",
			).
			Default("DRAFT").
			Annotations(entgql.OrderField("STATUS")),
		field.Enum("result_rating").
			GoType(scoring.Rating("")).
			Optional().
			Nillable().
			Annotations(entgql.Type("Rating")),
		field.Enum("behaviour_rating").
			GoType(scoring.Rating("")).
			Optional().
			Nillable().
			Annotations(entgql.Type("Rating")),
		field.Enum("predikat").
			GoType(scoring.Predikat("")).
			Optional().
			Nillable().
			Annotations(entgql.Type("Predikat"), entgql.OrderField("PREDIKAT")),
		field.Float("score").
			Optional().
			Nillable().
			Comment("The final numeric score: the result under NUMERIC_2011, advice under PERMENPAN_2022.").
			Annotations(entgql.OrderField("SCORE")),
		field.Float("skp_score").
			Optional().
			Nillable().
			Comment("The numeric SKP value (mean of the targets)."),
		field.Float("behaviour_score").
			Optional().
			Nillable().
			Comment("The numeric behaviour value (mean of the behaviour criteria)."),
		field.Enum("creativity").
			NamedValues("Unit", "UNIT", "Agency", "AGENCY", "National", "NATIONAL").
			Optional().
			Nillable().
			Comment("NUMERIC_2011: the level that acknowledged the employee's creativity (kreativitas), which earns a bonus.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Float("bonus").
			Optional().
			Nillable().
			Comment("NUMERIC_2011: the bonus for additional tasks and creativity included in the SKP value (Perka BKN 1/2013).").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Float("timeliness").
			Optional().
			Nillable().
			Comment("Ketepatan waktu: the mean score of the plan's TIME indicators."),
		field.Float("quality").
			Optional().
			Nillable().
			Comment("Kualitas: the mean score of the plan's QUALITY indicators."),
		field.Float("teamwork").
			Optional().
			Nillable().
			Comment("Kerja sama: the KOLABORATIF (2022) or KERJA_SAMA (2011) criterion, as a value."),
		field.Enum("suggested_result_rating").
			GoType(scoring.Rating("")).
			Optional().
			Nillable().
			Comment("A rating suggested from the per-target detail; never forced.").
			Annotations(entgql.Type("Rating"), entgql.Skip(entgql.SkipWhereInput)),
		field.Enum("suggested_behaviour_rating").
			GoType(scoring.Rating("")).
			Optional().
			Nillable().
			Comment("A rating suggested from the BerAKHLAK detail; never forced.").
			Annotations(entgql.Type("Rating"), entgql.Skip(entgql.SkipWhereInput)),
		field.Enum("appraiser_acting").
			GoType(asn.Acting("")).
			Annotations(entgql.Type("Acting")).
			Optional().
			Nillable().
			Comment("Set when the appraiser acted as Plt. or Plh. (an ActingAppraiser covered the day it started): the documents sign as such."),
		field.Text("note").
			Optional(),
		field.Time("released_at").
			Optional().
			Nillable().
			Comment("When the appraiser released it to the employee; the objection window starts here."),
		field.Time("acknowledged_at").
			Optional().
			Nillable(),
		field.Time("finalized_at").
			Optional().
			Nillable(),
	}
}

// Edges of the Appraisal.
func (Appraisal) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("plan", Plan.Type).
			Unique().
			Required().
			Immutable(),
		edge.To("appraiser", Employee.Type).
			Unique(),
		edge.From("scores", Score.Type).
			Ref("appraisal"),
		edge.From("objections", Objection.Type).
			Ref("appraisal"),
	}
}

// Indexes of the Appraisal.
func (Appraisal) Indexes() []ent.Index {
	return []ent.Index{
		index.Edges("plan"),
		index.Edges("appraiser"),
		index.Fields("status"),
	}
}

// Annotations of the Appraisal.
func (Appraisal) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Policy of the Appraisal: callers read only their part (authz.ScopeAppraisals).
func (Appraisal) Policy() ent.Policy {
	return privacy.Policy{Query: privacy.QueryPolicy{authz.ScopeAppraisals()}}
}
