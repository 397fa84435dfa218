package schema

import (
	"kinerja/ent/privacy"
	"kinerja/internal/authz"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Feedback is continuous feedback (umpan balik, PermenPANRB 6/2022) on a
// plan through the year: a dated remark by the employee or the appraiser,
// on one target or on the period as a whole, read as a thread and printed in
// the evaluation document.
type Feedback struct {
	ent.Schema
}

// Mixin of the Feedback.
func (Feedback) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, WorkflowMixin{}} }

// Fields of the Feedback.
func (Feedback) Fields() []ent.Field {
	return []ent.Field{
		field.Text("text").
			NotEmpty().
			MaxLen(4 * 4000). // bytes: 4000 characters of up to four bytes (the workflow counts characters)
			Immutable(),
	}
}

// Edges of the Feedback.
func (Feedback) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("plan", Plan.Type).
			Unique().
			Required().
			Immutable(),
		edge.To("target", Target.Type).
			Unique().
			Immutable().
			Comment("The target it is about; none for feedback on the period as a whole."),
		edge.To("author", Employee.Type).
			Unique().
			Required().
			Immutable(),
	}
}

// Indexes of the Feedback.
func (Feedback) Indexes() []ent.Index {
	return []ent.Index{index.Edges("plan"), index.Edges("target")}
}

// Annotations of the Feedback.
func (Feedback) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy of the Feedback: callers read the feedback of the plans they read
// (authz.ScopeFeedback); it is written through the workflow only.
func (Feedback) Policy() ent.Policy {
	return privacy.Policy{Query: privacy.QueryPolicy{authz.ScopeFeedback()}}
}
