package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// TrainingProgram is an entry of the development catalogue, tied to the
// competency (criterion) it develops.
type TrainingProgram struct {
	ent.Schema
}

// Mixin of the TrainingProgram.
func (TrainingProgram) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, MasterDataMixin{}} }

// Fields of the TrainingProgram.
func (TrainingProgram) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").
			NotEmpty().
			MaxLen(200).
			Annotations(entgql.OrderField("NAME")),
		field.Text("description").
			Optional(),
		field.Int("hours").
			Positive().
			Max(1000).
			Comment("Length in JP (jam pelajaran).").
			Annotations(entgql.OrderField("HOURS")),
		field.String("provider").
			Optional().
			MaxLen(200),
		field.Bool("active").
			Default(true),
	}
}

// Edges of the TrainingProgram.
func (TrainingProgram) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("criterion", Criterion.Type).
			Unique().
			Comment("The competency the programme develops."),
	}
}

// Annotations of the TrainingProgram.
func (TrainingProgram) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
