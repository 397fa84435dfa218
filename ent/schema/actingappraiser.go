package schema

import (
	"kinerja/internal/asn"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// ActingAppraiser names an acting official (Plt., pelaksana tugas, or
// Plh., pelaksana harian) as an employee's appraiser for a date range, while
// the post of the direct supervisor is vacant or its holder away. Plans and
// appraisals started in the range record the acting appraiser and the kind
// of acting; what was started before keeps its appraiser. HR records it, as
// the appointment letter (surat perintah) says; every signed-in caller may
// read it, as the letter is no secret.
type ActingAppraiser struct {
	ent.Schema
}

// Mixin of the ActingAppraiser.
func (ActingAppraiser) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, MasterDataMixin{}} }

// Fields of the ActingAppraiser.
func (ActingAppraiser) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").
			GoType(asn.Acting("")).
			Annotations(entgql.Type("Acting")).
			Comment("PLT: pelaksana tugas, for a vacant post; PLH: pelaksana harian, while the holder is away."),
		field.Time("starts_on").
			Comment("The first day the acting official appraises (in the agency's zone).").
			Annotations(entgql.OrderField("STARTS_ON")),
		field.Time("ends_on").
			Comment("The last day, included."),
		field.String("letter").
			Optional().
			MaxLen(200).
			Comment("The number of the appointment letter (nomor surat perintah)."),
	}
}

// Edges of the ActingAppraiser.
func (ActingAppraiser) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("employee", Employee.Type).
			Unique().
			Required().
			Comment("The employee the acting official appraises."),
		edge.To("acting", Employee.Type).
			Unique().
			Required().
			Comment("The acting official."),
	}
}

// Indexes of the ActingAppraiser.
func (ActingAppraiser) Indexes() []ent.Index {
	return []ent.Index{index.Edges("employee"), index.Edges("acting")}
}

// Annotations of the ActingAppraiser.
func (ActingAppraiser) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate()),
	}
}
