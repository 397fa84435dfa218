package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// Criterion is something an appraiser rates: a result aspect or a behaviour
// (the BerAKHLAK core values of 2022, the behaviour aspects of 2011, or a
// competency such as communication).
type Criterion struct {
	ent.Schema
}

// Mixin of the Criterion.
func (Criterion) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, MasterDataMixin{}} }

// Fields of the Criterion.
func (Criterion) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").
			NotEmpty().
			MaxLen(64).
			Match(codePattern).
			Unique().
			Annotations(entgql.OrderField("CODE")),
		field.String("name").
			NotEmpty().
			MaxLen(200).
			Comment("The Indonesian name.").
			Annotations(entgql.OrderField("NAME")),
		field.String("name_en").
			Optional().
			MaxLen(200).
			Comment("The English name."),
		field.Text("description").
			Optional(),
		field.Enum("kind").
			NamedValues("Result", "RESULT", "Behaviour", "BEHAVIOUR"),
		field.Enum("framework").
			NamedValues(
				"Berakhlak", "BERAKHLAK",
				"Pp46", "PP46",
				"Aspect", "ASPECT",
				"Competency", "COMPETENCY",
			).
			Comment("BERAKHLAK: the 2022 core values; PP46: the 2011 behaviour aspects; ASPECT: result aspects; COMPETENCY: other competencies."),
		field.Int("position").
			Default(0).
			Annotations(entgql.OrderField("POSITION")),
		field.Bool("active").
			Default(true),
	}
}

// Edges of the Criterion.
func (Criterion) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("programs", TrainingProgram.Type).
			Ref("criterion").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Annotations of the Criterion.
func (Criterion) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField("criteria"),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}
