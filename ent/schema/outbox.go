package schema

import (
	"time"

	"kinerja/ent/privacy"
	"kinerja/internal/authz"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// OutboxMail is an e-mail waiting to be sent (the outbox): queued by
// internal/notify in the transaction that writes its notification, sent by
// the background worker with retries, so a mail server that is down never
// fails or delays a step. Nobody reads it through the API.
type OutboxMail struct {
	ent.Schema
}

// Fields of the OutboxMail.
func (OutboxMail) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").
			Immutable().
			Default(time.Now),
		field.String("to").
			NotEmpty().
			MaxLen(254).
			Immutable(),
		field.String("subject").
			NotEmpty().
			MaxLen(300).
			Immutable(),
		field.Text("body").
			NotEmpty().
			Immutable(),
		field.String("message_id").
			NotEmpty().
			MaxLen(300).
			Unique().
			Immutable().
			Comment("The Message-ID header, the same on every attempt."),
		field.Int("notification_id").
			Optional().
			Immutable().
			Comment("The notification the mail tells of."),
		field.Int("attempts").
			Default(0).
			Min(0),
		field.Time("next_attempt_at").
			Default(time.Now).
			Comment("When the worker may try (again); a try in progress holds it a little ahead."),
		field.Text("last_error").
			Optional().
			Nillable(),
		field.Time("sent_at").
			Optional().
			Nillable(),
		field.Time("failed_at").
			Optional().
			Nillable().
			Comment("Set when the worker gave up: a permanent refusal or too many attempts."),
	}
}

// Indexes of the OutboxMail.
func (OutboxMail) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("sent_at", "failed_at", "next_attempt_at"),
	}
}

// Annotations of the OutboxMail: not part of the GraphQL schema.
func (OutboxMail) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of the OutboxMail: only trusted code (internal/notify with the
// system's rights) queues, reads and updates mail.
func (OutboxMail) Policy() ent.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{authz.DenyForbidden()},
		Query:    privacy.QueryPolicy{authz.DenyForbidden()},
	}
}
