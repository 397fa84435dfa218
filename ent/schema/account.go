package schema

import (
	"kinerja/ent/privacy"
	"kinerja/internal/authz"
	"kinerja/internal/viewer"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// Account is a login. A person's account is linked to their employee
// record; a service account (for a reporting tool) may have none.
type Account struct {
	ent.Schema
}

// Mixin of the Account.
func (Account) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the Account.
func (Account) Fields() []ent.Field {
	return []ent.Field{
		field.String("nip").
			NotEmpty().
			MaxLen(64).
			Unique().
			Comment("The login name: the employee's NIP, or a name for a service account."),
		field.String("name").
			NotEmpty().
			MaxLen(200),
		field.JSON("roles", []viewer.Role{}).
			Optional().
			Annotations(entgql.Type("[Role!]")),
		field.String("password_hash").
			Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Bool("disabled").
			Default(false),
		field.Time("last_login_at").
			Optional().
			Nillable(),
		field.Time("password_changed_at").
			Optional().
			Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the Account.
func (Account) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("employee", Employee.Type).
			Unique(),
		edge.To("sessions", Session.Type).
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("api_tokens", APIToken.Type).
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.From("audit_events", AuditEvent.Type).
			Ref("actor").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Policy of the Account: each caller reads its own account (HR admins and
// auditors read all); only the sign-in code and the command line, running
// with authz.System, change accounts.
func (Account) Policy() ent.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{authz.DenyForbidden()},
		Query:    privacy.QueryPolicy{authz.RequireViewer(), authz.AllowReadsAll(), authz.OwnAccount()},
	}
}
