package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"kinerja/ent/privacy"
	"kinerja/internal/authz"
)

// Session is a signed-in browser. Only a hash of the cookie's secret is
// stored, so a copy of the database does not let anyone sign in.
type Session struct {
	ent.Schema
}

// Mixin of the Session.
func (Session) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the Session.
func (Session) Fields() []ent.Field {
	return []ent.Field{
		field.Bytes("token_hash").
			Sensitive().
			Unique().
			NotEmpty(),
		field.Time("expires_at"),
		field.Time("last_seen_at"),
		field.String("user_agent").
			Optional().
			MaxLen(512),
		field.String("ip").
			Optional().
			MaxLen(64),
	}
}

// Edges of the Session.
func (Session) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).
			Ref("sessions").
			Unique().
			Required(),
	}
}

// Indexes of the Session.
func (Session) Indexes() []ent.Index {
	return []ent.Index{index.Fields("expires_at")}
}

// Annotations of the Session.
func (Session) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the Session: only the sign-in code (authz.System) reads or
// writes sessions.
func (Session) Policy() ent.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{authz.DenyForbidden()},
		Query:    privacy.QueryPolicy{authz.DenyForbidden()},
	}
}
