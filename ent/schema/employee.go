package schema

import (
	"regexp"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Employee is an ASN: a civil servant (PNS) or a government employee with a
// work agreement (PPPK).
type Employee struct {
	ent.Schema
}

// Mixin of the Employee.
func (Employee) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, MasterDataMixin{}} }

// Fields of the Employee.
func (Employee) Fields() []ent.Field {
	return []ent.Field{
		field.String("nip").
			Match(regexp.MustCompile(`^[0-9]{18}$`)).
			Unique().
			Comment("NIP: 18 digits; for PNS birth date, first appointment, gender and sequence (checked by a hook).").
			Annotations(entgql.OrderField("NIP")),
		field.String("name").
			NotEmpty().
			MaxLen(200).
			Annotations(entgql.OrderField("NAME")),
		field.Enum("type").
			NamedValues("PNS", "PNS", "PPPK", "PPPK").
			Default("PNS").
			Annotations(entgql.OrderField("TYPE")),
		field.String("rank").
			NotEmpty().
			MaxLen(8).
			Comment("Golongan/ruang such as III/a for PNS, a grade I–XVII for PPPK (checked by a hook)."),
		field.Time("rank_since").
			Optional().
			Nillable().
			Comment("TMT of the current rank: the start of the years in rank."),
		field.String("position").
			NotEmpty().
			MaxLen(200).
			Comment("The position title (jabatan)."),
		field.Enum("position_kind").
			NamedValues(
				"JPTUtama", "JPT_UTAMA",
				"JPTMadya", "JPT_MADYA",
				"JPTPratama", "JPT_PRATAMA",
				"Administrator", "ADMINISTRATOR",
				"Pengawas", "PENGAWAS",
				"Pelaksana", "PELAKSANA",
				"Fungsional", "FUNGSIONAL",
			).
			Annotations(entgql.OrderField("POSITION_KIND")),
		field.Enum("functional_level").
			NamedValues(
				"AhliPertama", "AHLI_PERTAMA",
				"AhliMuda", "AHLI_MUDA",
				"AhliMadya", "AHLI_MADYA",
				"AhliUtama", "AHLI_UTAMA",
				"Pemula", "PEMULA",
				"Terampil", "TERAMPIL",
				"Mahir", "MAHIR",
				"Penyelia", "PENYELIA",
			).
			Optional().
			Nillable().
			Comment("The level of a functional position (jenjang jabatan fungsional), which sets its credit-point coefficient."),
		field.String("email").
			Optional().
			MaxLen(254).
			Match(regexp.MustCompile(`^$|^[^@\s]+@[^@\s]+\.[^@\s]+$`)),
		field.Bool("active").
			Default(true),
		field.Bool("external").
			Default(false).
			Comment("An official outside the agency's own tree, such as the Sekretaris Daerah recorded as the superior of the head of the agency: appraises and decides objections through its own account, but has no plan here and counts in no report of the agency."),
		field.Enum("potential").
			NamedValues("Low", "LOW", "Medium", "MEDIUM", "High", "HIGH").
			Optional().
			Nillable().
			Comment("The employee's potential as HR records it, for the talent view (9-box)."),
	}
}

// Edges of the Employee.
func (Employee) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("unit", OrgUnit.Type).
			Unique().
			Required().
			Comment("The unit kerja the employee works in."),
		edge.To("subordinates", Employee.Type).
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			From("supervisor").
			Unique().
			Comment("The direct supervisor (atasan langsung), who appraises."),
		edge.From("heads", OrgUnit.Type).
			Ref("head").
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.From("account", Account.Type).
			Ref("employee").
			Unique().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("plans", Plan.Type).
			Ref("employee").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("appraised_plans", Plan.Type).
			Ref("appraiser").
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.From("recommendations", Recommendation.Type).
			Ref("employee").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of the Employee.
func (Employee) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("name"),
		index.Edges("unit"),
		index.Edges("supervisor"),
	}
}

// Annotations of the Employee.
func (Employee) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
