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
	"kinerja/internal/viewer"
)

// APIToken is a credential for a reporting tool, used as
// "Authorization: Bearer <token>". It acts for the account that created
// it and reads what that account may read; only a hash of the secret is
// stored, and the secret is shown once.
type APIToken struct {
	ent.Schema
}

// Mixin of the APIToken.
func (APIToken) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the APIToken.
func (APIToken) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").
			NotEmpty().
			MaxLen(100),
		field.Bytes("token_hash").
			Sensitive().
			Unique().
			NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("prefix").
			MaxLen(16).
			Comment("The first characters of the secret, to recognise a token in a list."),
		field.JSON("scopes", []viewer.TokenScope{}).
			Annotations(entgql.Type("[APITokenScope!]")),
		field.Time("expires_at").
			Optional().
			Nillable(),
		field.Time("last_used_at").
			Optional().
			Nillable(),
		field.Time("revoked_at").
			Optional().
			Nillable(),
	}
}

// Edges of the APIToken.
func (APIToken) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).
			Ref("api_tokens").
			Unique().
			Required().
			Immutable(),
	}
}

// Indexes of the APIToken.
func (APIToken) Indexes() []ent.Index {
	return []ent.Index{index.Edges("account")}
}

// Annotations of the APIToken.
func (APIToken) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
	}
}

// Policy of the APIToken: a signed-in person creates and revokes its own
// tokens (never with a token); each caller reads its own.
func (APIToken) Policy() ent.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{authz.RequireViewer(), authz.AllowOwnToken(), authz.DenyForbidden()},
		Query:    privacy.QueryPolicy{authz.RequireViewer(), authz.OwnTokens()},
	}
}
