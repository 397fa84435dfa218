package authz

import (
	"context"
	"fmt"

	"kinerja/ent"
	"kinerja/ent/account"
	"kinerja/ent/apitoken"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/feedback"
	"kinerja/ent/indicator"
	"kinerja/ent/notification"
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
//     its direct and indirect subordinates (the chain of command) except
//     their recommendations, and the appraisals it writes;
//   - HR admins and auditors: everything, except their own appraisals
//     before release (like everyone else).
//
// Each rule is a predicate built here once (the scopes below) and used by
// both the privacy rules and the where-input guard (where.go), so lists,
// node(id), nested edges, filters, counts, aggregates and exports obey the
// same rule.

// unscoped reports whether the viewer reads everything (or is the system,
// or anonymous, which earlier rules handle).
func unscoped(v *viewer.Viewer) bool {
	return v == nil || ReadsAll(v)
}

// maxChainDepth bounds the walk down the supervisor edge, so a cycle in the
// data can never make a query loop. No chain of command in a civil service
// is deeper than a few dozen levels.
const maxChainDepth = 64

// inChain is an SQL predicate on an employee-ID column: the column is the
// viewer's own employee or one of its direct or indirect subordinates. A
// recursive CTE walks the supervisor edge in the database, on SQLite and
// PostgreSQL alike; UNION (not UNION ALL) and the depth bound stop it on a
// cycle.
func inChain(col string, me int) *sql.Predicate {
	return sql.P(func(b *sql.Builder) {
		b.Ident(col).WriteString(" IN (WITH RECURSIVE chain(id, depth) AS (SELECT CAST(")
		b.Arg(me)
		b.WriteString(" AS BIGINT), 0 UNION SELECT e.").Ident(employee.FieldID).
			WriteString(", chain.depth + 1 FROM ").Ident(employee.Table).WriteString(" AS e JOIN chain ON e.").
			Ident(employee.SupervisorColumn).WriteString(" = chain.id WHERE chain.depth < ")
		b.WriteString(fmt.Sprint(maxChainDepth))
		b.WriteString(") SELECT id FROM chain)")
	})
}

// chainEmployee matches employees in the viewer's chain of command.
func chainEmployee(me int) predicate.Employee {
	return func(s *sql.Selector) { s.Where(inChain(s.C(employee.FieldID), me)) }
}

// employeeID returns the viewer's employee, or -1 (no row) for a service
// account.
func employeeID(v *viewer.Viewer) int {
	if v.EmployeeID == 0 {
		return -1
	}
	return v.EmployeeID
}

// visiblePlan matches the plans the viewer may read: those of its chain of
// command, and those it appraises.
func visiblePlan(me int) predicate.Plan {
	return plan.Or(
		plan.HasEmployeeWith(chainEmployee(me)),
		plan.HasAppraiserWith(employee.ID(me)),
	)
}

// ownDraft matches the viewer's own appraisals that are not released yet.
func ownDraft(me int) predicate.Appraisal {
	return appraisal.And(
		appraisal.StatusEQ(appraisal.StatusDraft),
		appraisal.HasPlanWith(plan.HasEmployeeWith(employee.ID(me))),
	)
}

// The scopes: each returns the predicate that narrows an entity to what v
// may read, or nil when v reads every row.

func planScope(v *viewer.Viewer) predicate.Plan {
	if unscoped(v) {
		return nil
	}
	return visiblePlan(employeeID(v))
}

// targetScope: visible plans, plus the targets of the viewer's direct
// supervisor's plans, which its own targets may support (the cascade).
func targetScope(v *viewer.Viewer) predicate.Target {
	if unscoped(v) {
		return nil
	}
	me := employeeID(v)
	return target.Or(
		target.HasPlanWith(visiblePlan(me)),
		target.HasPlanWith(plan.HasEmployeeWith(employee.HasSubordinatesWith(employee.ID(me)))),
	)
}

func indicatorScope(v *viewer.Viewer) predicate.Indicator {
	if t := targetScope(v); t != nil {
		return indicator.HasTargetWith(t)
	}
	return nil
}

func realizationScope(v *viewer.Viewer) predicate.Realization {
	if unscoped(v) {
		return nil
	}
	return realization.HasIndicatorWith(indicator.HasTargetWith(target.HasPlanWith(visiblePlan(employeeID(v)))))
}

// appraisalScope: appraisals of visible plans except the viewer's own
// before release, and those it writes. HR admins and auditors read every
// appraisal but their own before release.
func appraisalScope(v *viewer.Viewer) predicate.Appraisal {
	if v == nil {
		return nil
	}
	if unscoped(v) {
		if v.EmployeeID == 0 {
			return nil
		}
		return appraisal.Not(ownDraft(v.EmployeeID))
	}
	me := employeeID(v)
	return appraisal.Or(
		appraisal.And(appraisal.HasPlanWith(visiblePlan(me)), appraisal.Not(ownDraft(me))),
		appraisal.HasAppraiserWith(employee.ID(me)),
	)
}

func scoreScope(v *viewer.Viewer) predicate.Score {
	if a := appraisalScope(v); a != nil {
		return score.HasAppraisalWith(a)
	}
	return nil
}

// feedbackScope: the feedback on plans the viewer may read.
func feedbackScope(v *viewer.Viewer) predicate.Feedback {
	if p := planScope(v); p != nil {
		return feedback.HasPlanWith(p)
	}
	return nil
}

func objectionScope(v *viewer.Viewer) predicate.Objection {
	if a := appraisalScope(v); a != nil {
		return objection.HasAppraisalWith(a)
	}
	return nil
}

// recommendationScope: development recommendations are the employee's own
// and HR's business.
func recommendationScope(v *viewer.Viewer) predicate.Recommendation {
	if unscoped(v) {
		return nil
	}
	return recommendation.HasEmployeeWith(employee.ID(employeeID(v)))
}

// accountScope: each caller reads its own account; HR admins and auditors
// all.
func accountScope(v *viewer.Viewer) predicate.Account {
	if unscoped(v) {
		return nil
	}
	return account.ID(v.AccountID)
}

// notificationScope: notifications are only ever their recipient's, HR
// admins' and auditors' included (internal/notify's policy says the same).
func notificationScope(v *viewer.Viewer) predicate.Notification {
	return notification.RecipientID(employeeID(v))
}

// tokenScope: API tokens are only ever their owner's.
func tokenScope(v *viewer.Viewer) predicate.APIToken {
	return apitoken.HasAccountWith(account.ID(v.AccountID))
}

// scoped narrows q with the scope of the viewer in ctx.
func scoped[P ~func(*sql.Selector)](ctx context.Context, scope func(*viewer.Viewer) P, where func(...P)) error {
	v := viewer.FromContext(ctx)
	if v == nil {
		return privacy.Skip
	}
	if p := scope(v); p != nil {
		where(p)
	}
	return privacy.Skip
}

// ScopePlans narrows plans to the viewer's part.
func ScopePlans() privacy.QueryRule {
	return privacy.PlanQueryRuleFunc(func(ctx context.Context, q *ent.PlanQuery) error {
		return scoped(ctx, planScope, func(p ...predicate.Plan) { q.Where(p...) })
	})
}

// ScopeTargets narrows targets to visible plans and the supervisor's
// targets the viewer's own may support.
func ScopeTargets() privacy.QueryRule {
	return privacy.TargetQueryRuleFunc(func(ctx context.Context, q *ent.TargetQuery) error {
		return scoped(ctx, targetScope, func(p ...predicate.Target) { q.Where(p...) })
	})
}

// ScopeIndicators narrows indicators like targets.
func ScopeIndicators() privacy.QueryRule {
	return privacy.IndicatorQueryRuleFunc(func(ctx context.Context, q *ent.IndicatorQuery) error {
		return scoped(ctx, indicatorScope, func(p ...predicate.Indicator) { q.Where(p...) })
	})
}

// ScopeRealizations narrows realisations to visible plans.
func ScopeRealizations() privacy.QueryRule {
	return privacy.RealizationQueryRuleFunc(func(ctx context.Context, q *ent.RealizationQuery) error {
		return scoped(ctx, realizationScope, func(p ...predicate.Realization) { q.Where(p...) })
	})
}

// ScopeAppraisals narrows appraisals to the viewer's part; nobody reads its
// own appraisal before release.
func ScopeAppraisals() privacy.QueryRule {
	return privacy.AppraisalQueryRuleFunc(func(ctx context.Context, q *ent.AppraisalQuery) error {
		return scoped(ctx, appraisalScope, func(p ...predicate.Appraisal) { q.Where(p...) })
	})
}

// ScopeScores narrows scores to visible appraisals.
func ScopeScores() privacy.QueryRule {
	return privacy.ScoreQueryRuleFunc(func(ctx context.Context, q *ent.ScoreQuery) error {
		return scoped(ctx, scoreScope, func(p ...predicate.Score) { q.Where(p...) })
	})
}

// ScopeFeedback narrows feedback to visible plans.
func ScopeFeedback() privacy.QueryRule {
	return privacy.FeedbackQueryRuleFunc(func(ctx context.Context, q *ent.FeedbackQuery) error {
		return scoped(ctx, feedbackScope, func(p ...predicate.Feedback) { q.Where(p...) })
	})
}

// ScopeObjections narrows objections to visible appraisals.
func ScopeObjections() privacy.QueryRule {
	return privacy.ObjectionQueryRuleFunc(func(ctx context.Context, q *ent.ObjectionQuery) error {
		return scoped(ctx, objectionScope, func(p ...predicate.Objection) { q.Where(p...) })
	})
}

// ScopeRecommendations narrows recommendations to the viewer's own (HR
// admins and auditors read all).
func ScopeRecommendations() privacy.QueryRule {
	return privacy.RecommendationQueryRuleFunc(func(ctx context.Context, q *ent.RecommendationQuery) error {
		return scoped(ctx, recommendationScope, func(p ...predicate.Recommendation) { q.Where(p...) })
	})
}

// RedactEmployees is the directory rule: every signed-in caller reads the
// names and units of colleagues, but the personal fields (NIP, e-mail,
// rank, position, functional level) of employees outside its chain of
// command come back empty, and the fields only HR keeps (potential) are
// empty for everyone but HR admins and auditors. It runs after every
// employee query, eager loads included; client reads the chain of command.
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
				e.Potential = nil
				if !chain[e.ID] {
					redact(e)
				}
			}
			return v, nil
		})
	})
}

// redact blanks the directory fields (fieldRules' ruleDirectory).
func redact(e *ent.Employee) {
	e.NIP = ""
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
