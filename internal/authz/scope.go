package authz

import (
	"context"
	"fmt"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/indicator"
	"kinerja/ent/objection"
	"kinerja/ent/plan"
	"kinerja/ent/predicate"
	"kinerja/ent/privacy"
	"kinerja/ent/realization"
	"kinerja/ent/recommendation"
	"kinerja/ent/score"
	"kinerja/ent/target"
	"kinerja/internal/viewer"

	"entgo.io/ent/dialect/sql"
)

// Who sees what (docs/architecture.md, "Authorization"):
//
//   - an employee: its own record, plans, targets, realisations, released
//     appraisals, objections and recommendations, and the names and units
//     of colleagues (the directory);
//   - a supervisor, derived from the hierarchy: additionally everything of
//     its direct and indirect subordinates (the chain of command), and the
//     appraisals it writes;
//   - HR admins and auditors: everything.
//
// The rules below narrow queries with SQL predicates, so lists, node(id),
// nested edges, aggregates and exports obey the same rule.

// unscoped reports whether the viewer reads everything (or is the system,
// or anonymous, which earlier rules handle).
func unscoped(v *viewer.Viewer) bool {
	return v == nil || v.IsHRAdmin() || v.IsAuditor()
}

// inChain is an SQL predicate on an employee-ID column: the column is the
// viewer's own employee or one of its direct or indirect subordinates. A
// recursive CTE walks the supervisor edge in the database, on SQLite and
// PostgreSQL alike.
func inChain(col string, me int) *sql.Predicate {
	return sql.P(func(b *sql.Builder) {
		b.Ident(col).WriteString(" IN (WITH RECURSIVE chain(id) AS (SELECT CAST(")
		b.Arg(me)
		b.WriteString(" AS BIGINT) UNION ALL SELECT e.").Ident(employee.FieldID).
			WriteString(" FROM ").Ident(employee.Table).WriteString(" AS e JOIN chain ON e.").
			Ident(employee.SupervisorColumn).WriteString(" = chain.id) SELECT id FROM chain)")
	})
}

// chainEmployee matches employees in the viewer's chain of command.
func chainEmployee(me int) predicate.Employee {
	return func(s *sql.Selector) { s.Where(inChain(s.C(employee.FieldID), me)) }
}

// visiblePlan matches the plans the viewer may read: those of its chain of
// command, and those it appraises.
func visiblePlan(me int) predicate.Plan {
	return plan.Or(
		plan.HasEmployeeWith(chainEmployee(me)),
		plan.HasAppraiserWith(employee.ID(me)),
	)
}

// visibleAppraisal matches the appraisals the viewer may read: of visible
// plans except its own before release, and those it writes.
func visibleAppraisal(me int) predicate.Appraisal {
	return appraisal.Or(
		appraisal.And(
			appraisal.HasPlanWith(visiblePlan(me)),
			appraisal.Not(appraisal.And(
				appraisal.StatusEQ(appraisal.StatusDraft),
				appraisal.HasPlanWith(plan.HasEmployeeWith(employee.ID(me))),
			)),
		),
		appraisal.HasAppraiserWith(employee.ID(me)),
	)
}

// scoped runs narrow for a viewer who does not read everything. A viewer
// without an employee record (a service account) reads nothing scoped.
func scoped(ctx context.Context, narrow func(me int)) error {
	v := viewer.FromContext(ctx)
	if unscoped(v) {
		return privacy.Skip
	}
	me := v.EmployeeID
	if me == 0 {
		me = -1
	}
	narrow(me)
	return privacy.Skip
}

// ScopePlans narrows plans to the viewer's part.
func ScopePlans() privacy.QueryRule {
	return privacy.PlanQueryRuleFunc(func(ctx context.Context, q *ent.PlanQuery) error {
		return scoped(ctx, func(me int) { q.Where(visiblePlan(me)) })
	})
}

// ScopeTargets narrows targets to visible plans, plus the targets of the
// viewer's direct supervisor's plans, which its own targets may support
// (the cascade).
func ScopeTargets() privacy.QueryRule {
	return privacy.TargetQueryRuleFunc(func(ctx context.Context, q *ent.TargetQuery) error {
		return scoped(ctx, func(me int) {
			q.Where(target.Or(
				target.HasPlanWith(visiblePlan(me)),
				target.HasPlanWith(plan.HasEmployeeWith(employee.HasSubordinatesWith(employee.ID(me)))),
			))
		})
	})
}

// ScopeIndicators narrows indicators like targets.
func ScopeIndicators() privacy.QueryRule {
	return privacy.IndicatorQueryRuleFunc(func(ctx context.Context, q *ent.IndicatorQuery) error {
		return scoped(ctx, func(me int) {
			q.Where(indicator.HasTargetWith(target.Or(
				target.HasPlanWith(visiblePlan(me)),
				target.HasPlanWith(plan.HasEmployeeWith(employee.HasSubordinatesWith(employee.ID(me)))),
			)))
		})
	})
}

// ScopeRealizations narrows realisations to visible plans.
func ScopeRealizations() privacy.QueryRule {
	return privacy.RealizationQueryRuleFunc(func(ctx context.Context, q *ent.RealizationQuery) error {
		return scoped(ctx, func(me int) {
			q.Where(realization.HasIndicatorWith(indicator.HasTargetWith(target.HasPlanWith(visiblePlan(me)))))
		})
	})
}

// ScopeAppraisals narrows appraisals to the viewer's part; an employee
// never reads its own appraisal before release.
func ScopeAppraisals() privacy.QueryRule {
	return privacy.AppraisalQueryRuleFunc(func(ctx context.Context, q *ent.AppraisalQuery) error {
		return scoped(ctx, func(me int) { q.Where(visibleAppraisal(me)) })
	})
}

// ScopeScores narrows scores to visible appraisals.
func ScopeScores() privacy.QueryRule {
	return privacy.ScoreQueryRuleFunc(func(ctx context.Context, q *ent.ScoreQuery) error {
		return scoped(ctx, func(me int) { q.Where(score.HasAppraisalWith(visibleAppraisal(me))) })
	})
}

// ScopeObjections narrows objections to visible appraisals.
func ScopeObjections() privacy.QueryRule {
	return privacy.ObjectionQueryRuleFunc(func(ctx context.Context, q *ent.ObjectionQuery) error {
		return scoped(ctx, func(me int) { q.Where(objection.HasAppraisalWith(visibleAppraisal(me))) })
	})
}

// ScopeRecommendations narrows recommendations to the chain of command.
func ScopeRecommendations() privacy.QueryRule {
	return privacy.RecommendationQueryRuleFunc(func(ctx context.Context, q *ent.RecommendationQuery) error {
		return scoped(ctx, func(me int) { q.Where(recommendation.HasEmployeeWith(chainEmployee(me))) })
	})
}

// RedactEmployees is the directory rule: every signed-in caller reads the
// names and units of colleagues, but the personal fields (NIP, e-mail,
// rank, position, functional level) of employees outside its chain of
// command come back empty. It runs after every employee query, eager
// loads included; client reads the chain of command.
func RedactEmployees(client *ent.Client) ent.Interceptor {
	return ent.InterceptFunc(func(next ent.Querier) ent.Querier {
		return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
			v, err := next.Query(ctx, q)
			if err != nil {
				return nil, err
			}
			es, ok := v.([]*ent.Employee)
			if !ok || len(es) == 0 {
				return v, nil
			}
			vw := viewer.FromContext(ctx)
			if unscoped(vw) {
				return v, nil
			}
			chain, err := vw.Chain(func() (map[int]bool, error) { return loadChain(ctx, client, vw.EmployeeID) })
			if err != nil {
				return nil, err
			}
			for _, e := range es {
				if !chain[e.ID] {
					redact(e)
				}
			}
			return v, nil
		})
	})
}

func redact(e *ent.Employee) {
	e.Nip = ""
	e.Email = ""
	e.Rank = ""
	e.RankSince = nil
	e.Position = ""
	e.FunctionalLevel = nil
}

// loadChain reads the IDs of the viewer's chain of command once.
func loadChain(ctx context.Context, client *ent.Client, me int) (map[int]bool, error) {
	out := map[int]bool{}
	if me == 0 {
		return out, nil
	}
	ids, err := client.Employee.Query().Where(chainEmployee(me)).IDs(ctx)
	if err != nil {
		return nil, fmt.Errorf("load chain of command: %w", err)
	}
	for _, id := range ids {
		out[id] = true
	}
	return out, nil
}
