package schema

import (
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

// Objection is the employee's keberatan against a released appraisal,
// decided by the appraiser's own superior (PP 30/2019 art. 59) after the
// appraiser has been heard: it waits for the appraiser's explanation
// (AWAITING_EXPLANATION), then for the decision (OPEN), and ends UPHELD or
// REVISED.
type Objection struct {
	ent.Schema
}

// Mixin of the Objection.
func (Objection) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, WorkflowMixin{}} }

// Fields of the Objection.
func (Objection) Fields() []ent.Field {
	return []ent.Field{
		field.Text("reason").
			NotEmpty().
			MaxLen(8000),
		field.Enum("status").
			NamedValues("AwaitingExplanation", "AWAITING_EXPLANATION", "Open", "OPEN", "Upheld", "UPHELD", "Revised", "REVISED").
			Default("OPEN").
			Annotations(entgql.OrderField("STATUS")),
		field.Text("explanation").
			Optional().
			MaxLen(8000).
			Comment("The appraiser's explanation, heard before the decision."),
		field.Time("explanation_due").
			Optional().
			Nillable().
			Comment("The end of the appraiser's time to explain; afterwards the superior may decide without it."),
		field.Time("explained_at").
			Optional().
			Nillable(),
		field.Text("decision_note").
			Optional(),
		field.Time("decided_at").
			Optional().
			Nillable(),
		field.Enum("predikat_before").
			GoType(scoring.Predikat("")).
			Optional().
			Nillable().
			Annotations(entgql.Type("Predikat")),
		field.Enum("predikat_after").
			GoType(scoring.Predikat("")).
			Optional().
			Nillable().
			Annotations(entgql.Type("Predikat")),
	}
}

// Edges of the Objection.
func (Objection) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("appraisal", Appraisal.Type).
			Unique().
			Required().
			Immutable(),
		edge.To("filed_by", Employee.Type).
			Unique().
			Required().
			Immutable(),
		edge.To("decided_by", Employee.Type).
			Unique(),
		// decider is who decides, fixed when the objection is filed: the
		// appraiser's own superior; none means HR decides.
		edge.To("decider", Employee.Type).
			Unique(),
	}
}

// Indexes of the Objection.
func (Objection) Indexes() []ent.Index {
	return []ent.Index{
		index.Edges("appraisal"),
		index.Fields("status"),
	}
}

// Annotations of the Objection.
func (Objection) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Policy of the Objection: callers read only their part (authz.ScopeObjections).
func (Objection) Policy() ent.Policy {
	return privacy.Policy{Query: privacy.QueryPolicy{authz.ScopeObjections()}}
}
