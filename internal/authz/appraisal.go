package authz

import (
	"context"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/plan"
	"kinerja/ent/predicate"
	"kinerja/ent/privacy"
	"kinerja/ent/score"
	"kinerja/internal/viewer"
)

// unreleasedOwn matches the viewer's own appraisals that the appraiser has
// not released yet: the employee may not read them.
func unreleasedOwn(v *viewer.Viewer) *predicate.Appraisal {
	p := appraisal.And(
		appraisal.StatusEQ(appraisal.StatusDraft),
		appraisal.HasPlanWith(plan.HasEmployeeWith(employee.ID(v.EmployeeID))),
	)
	return &p
}

// seesEverything is true for the roles that read every appraisal.
func seesEverything(v *viewer.Viewer) bool { return v.IsHRAdmin() || v.IsAuditor() }

// HideUnreleasedAppraisals filters appraisals so an employee never reads
// its own appraisal before the appraiser releases it.
func HideUnreleasedAppraisals() privacy.QueryRule {
	return privacy.AppraisalQueryRuleFunc(func(ctx context.Context, q *ent.AppraisalQuery) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.EmployeeID == 0 || seesEverything(v) {
			return privacy.Skip
		}
		q.Where(appraisal.Not(*unreleasedOwn(v)))
		return privacy.Skip
	})
}

// HideUnreleasedScores applies the same rule to the scores inside such an
// appraisal.
func HideUnreleasedScores() privacy.QueryRule {
	return privacy.ScoreQueryRuleFunc(func(ctx context.Context, q *ent.ScoreQuery) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.EmployeeID == 0 || seesEverything(v) {
			return privacy.Skip
		}
		q.Where(score.Not(score.HasAppraisalWith(*unreleasedOwn(v))))
		return privacy.Skip
	})
}
