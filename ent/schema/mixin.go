// Package schema is the hand-written data model of Kinerja: one file per
// entity. Everything under ent/ except this folder is generated from it.
package schema

import (
	"time"

	"kinerja/ent/privacy"
	"kinerja/internal/authz"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"
)

// TimeMixin adds created_at and updated_at to an entity. created_at is an
// order field (CREATED_AT) so lists can sort by age.
type TimeMixin struct {
	mixin.Schema
}

// Fields of the TimeMixin.
func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").
			Immutable().
			Default(time.Now).
			Annotations(entgql.OrderField("CREATED_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("updated_at").
			Default(time.Now).
			UpdateDefault(time.Now).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// MasterDataMixin guards reference data that HR admins manage (units,
// employees, periods, the training catalogue, criteria): every signed-in
// caller reads it, only HR admins change it.
type MasterDataMixin struct {
	mixin.Schema
}

// Policy of the MasterDataMixin.
func (MasterDataMixin) Policy() ent.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{
			authz.RequireViewer(),
			authz.DenyReadOnly(),
			authz.AllowMasterDataManagers(),
			authz.DenyForbidden(),
		},
		Query: privacy.QueryPolicy{
			authz.AllowViewers(),
		},
	}
}

// WorkflowMixin guards the entities of the yearly cycle (plans, targets,
// appraisals, objections…). Reading needs a signed-in caller; writing goes
// through internal/workflow only, whose state machines decide who may make
// each transition.
type WorkflowMixin struct {
	mixin.Schema
}

// Policy of the WorkflowMixin.
func (WorkflowMixin) Policy() ent.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{
			authz.RequireViewer(),
			authz.DenyReadOnly(),
			authz.AllowWorkflow(),
			authz.DenyForbidden(),
		},
		// Signed-in callers read; entity policies may narrow with filters.
		Query: privacy.QueryPolicy{
			authz.RequireViewer(),
		},
	}
}
