package authz

import (
	"context"
	"reflect"
	"strings"

	"kinerja/ent"
	"kinerja/internal/apperr"
	"kinerja/internal/viewer"

	"entgo.io/ent/dialect/sql"
)

// Filters (where inputs) and orderings are questions about data, so they
// obey the rule of reading: a filter, an ordering, a count or an edge
// predicate that touches a row or field the caller may not read behaves as
// if that row did not exist and that field matched nothing.
//
//   - Rows: every hasX / hasXWith edge predicate of a where input narrows the
//     rows it reaches with the target entity's scope (the same predicate the
//     privacy rule of that entity uses), through ent.WhereScope, which the
//     generated where inputs call (ent/template/where_input.tmpl).
//   - Fields: a predicate on a field that fieldRules guards matches only
//     rows where the caller may read that field.
//   - Orderings: ordering by a guarded field is refused (FORBIDDEN) to a
//     caller who cannot read it on every row (OrderAllowed).
//
// The viewer is read from the SQL selector's context (ent sets it on every
// query and sub-query; SelectorContext covers the aggregate paths).

// fieldRule says who may read a field.
type fieldRule int

const (
	// ruleDirectory: the personal fields of the directory, readable by HR
	// admins, auditors and the chain of command of the employee.
	ruleDirectory fieldRule = iota + 1
	// ruleHR: fields only HR admins and auditors read.
	ruleHR
)

// fieldRules lists, per entity, the fields not every caller who reads the
// row may read. RedactEmployees blanks the same fields.
var fieldRules = map[string]map[string]fieldRule{
	"Employee": {
		"nip":              ruleDirectory,
		"email":            ruleDirectory,
		"rank":             ruleDirectory,
		"rank_since":       ruleDirectory,
		"position":         ruleDirectory,
		"functional_level": ruleDirectory,
		"potential":        ruleHR,
	},
}

// GuardedFields returns, per entity, the fields a where input may match
// only where the caller may read them (for tests and documentation).
func GuardedFields() map[string][]string {
	out := map[string][]string{}
	for typ, fs := range fieldRules {
		for f := range fs {
			out[typ] = append(out[typ], f)
		}
	}
	return out
}

// rowScope returns the predicate that narrows rows of typ to what v may
// read; nil means every row, deny means none.
func rowScope(v *viewer.Viewer, typ string) (p func(*sql.Selector), deny bool) {
	switch typ {
	case "Plan":
		return planScope(v), false
	case "Target":
		return targetScope(v), false
	case "Indicator":
		return indicatorScope(v), false
	case "Realization":
		return realizationScope(v), false
	case "Appraisal":
		return appraisalScope(v), false
	case "Score":
		return scoreScope(v), false
	case "Objection":
		return objectionScope(v), false
	case "Feedback":
		return feedbackScope(v), false
	case "Recommendation":
		return recommendationScope(v), false
	case "Account":
		return accountScope(v), false
	case "APIToken":
		return tokenScope(v), false
	case "Notification":
		return notificationScope(v), false
	case "AuditEvent":
		return nil, !unscoped(v)
	case "Session":
		return nil, true
	case "OrgUnit", "Employee", "Period", "Criterion", "TrainingProgram", "UnitRating":
		return nil, false // master data: every signed-in caller reads every row
	}
	return nil, true // an entity without a rule here reaches nothing
}

// whereScopes implements ent.WhereScopes.
type whereScopes struct{}

// caller returns the viewer of s's context; system is set for trusted
// code, ok is false when nobody may read anything.
func caller(s *sql.Selector) (v *viewer.Viewer, system, ok bool) {
	ctx := s.Context()
	if isSystem(ctx) {
		return nil, true, true
	}
	v = viewer.FromContext(ctx)
	return v, false, v != nil
}

// Rows narrows s to the rows of typ the caller may read.
func (whereScopes) Rows(s *sql.Selector, typ string) {
	v, system, ok := caller(s)
	switch {
	case system:
		return
	case !ok:
		s.Where(sql.False())
		return
	}
	p, deny := rowScope(v, typ)
	switch {
	case deny:
		s.Where(sql.False())
	case p != nil:
		p(s)
	}
}

// Field applies p so that it matches only rows whose field the caller may
// read.
func (whereScopes) Field(s *sql.Selector, typ, field string, p func(*sql.Selector)) {
	rule := fieldRules[typ][field]
	if rule == 0 {
		p(s)
		return
	}
	v, system, ok := caller(s)
	switch {
	case system || (ok && unscoped(v)):
		p(s)
	case !ok || rule == ruleHR:
		s.Where(sql.False())
	default: // ruleDirectory, for an employee in the caller's chain
		me := employeeID(v)
		sql.AndPredicates(p, func(s *sql.Selector) { s.Where(inChain(s.C("id"), me)) })(s)
	}
}

func init() { ent.WhereScope = whereScopes{} }

// ErrOrderForbidden refuses an ordering by a field the caller cannot read
// on every row.
var ErrOrderForbidden = &apperr.Error{Code: apperr.Forbidden, Field: "orderBy",
	ID: "Anda tidak berhak mengurutkan menurut kolom ini", EN: "you may not order by this field"}

// OrderAllowed reports whether the viewer of ctx may order rows of typ by
// the named order field (its GraphQL enum spelling, such as NIP): only a
// caller who reads the field on every row may, since an order over hidden
// values reveals them.
func OrderAllowed(ctx context.Context, typ, field string) error {
	rule := fieldRules[typ][strings.ToLower(field)]
	if rule == 0 {
		return nil
	}
	if isSystem(ctx) {
		return nil
	}
	if v := viewer.FromContext(ctx); v != nil && unscoped(v) {
		return nil
	}
	return ErrOrderForbidden
}

// SelectorContext is a query interceptor that hands the query's context to
// its SQL selector on every path, aggregates included (ent sets it only
// when it loads or counts nodes), so the where-input guard always knows
// the caller.
func SelectorContext() ent.Interceptor {
	return ent.TraverseFunc(func(ctx context.Context, q ent.Query) error {
		m := reflect.ValueOf(q).MethodByName("Modify")
		if !m.IsValid() {
			return nil
		}
		m.Call([]reflect.Value{reflect.ValueOf(func(s *sql.Selector) { s.WithContext(ctx) })})
		return nil
	})
}
