package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// OrgUnit is a unit kerja: a node of the agency's organisation tree.
type OrgUnit struct {
	ent.Schema
}

// Mixin of the OrgUnit.
func (OrgUnit) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, MasterDataMixin{}} }

// Fields of the OrgUnit.
func (OrgUnit) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").
			NotEmpty().
			MaxLen(32).
			Match(codePattern).
			Unique().
			Annotations(entgql.OrderField("CODE")),
		field.String("name").
			NotEmpty().
			MaxLen(200).
			Annotations(entgql.OrderField("NAME")),
	}
}

// Edges of the OrgUnit.
func (OrgUnit) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("children", OrgUnit.Type).
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			From("parent").
			Unique(),
		edge.To("head", Employee.Type).
			Unique().
			Comment("The employee who leads the unit (kepala unit)."),
		edge.From("employees", Employee.Type).
			Ref("unit").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of the OrgUnit.
func (OrgUnit) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("name"),
	}
}

// Annotations of the OrgUnit.
func (OrgUnit) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
