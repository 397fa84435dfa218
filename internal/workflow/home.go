package workflow

import (
	"context"
	"fmt"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/target"
)

// CurrentPeriod is the period being worked on: the newest one that is not
// closed, else the newest; nil when there is none.
func CurrentPeriod(ctx context.Context, c *ent.Client) (*ent.Period, error) {
	p, err := c.Period.Query().Where(period.PhaseNEQ(period.PhaseClosed)).
		Order(ent.Desc(period.FieldYear), ent.Desc(period.FieldID)).First(ctx)
	if ent.IsNotFound(err) {
		p, err = c.Period.Query().Order(ent.Desc(period.FieldYear), ent.Desc(period.FieldID)).First(ctx)
	}
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("current period: %w", err)
	}
	return p, nil
}

// CurrentPlan is the plan of employee in the current period, or nil.
func CurrentPlan(ctx context.Context, c *ent.Client, employeeID int) (*ent.Plan, error) {
	per, err := CurrentPeriod(ctx, c)
	if err != nil || per == nil || employeeID == 0 {
		return nil, err
	}
	p, err := c.Plan.Query().Where(plan.HasEmployeeWith(employee.ID(employeeID)), plan.HasPeriodWith(period.ID(per.ID))).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("current plan: %w", err)
	}
	return p, nil
}

// SupportableTargets lists the targets a target of p may support: those of
// the appraiser's own plan in the same period, once submitted or agreed,
// read under the caller's rights.
func SupportableTargets(ctx context.Context, c *ent.Client, p *ent.Plan) ([]*ent.Target, error) {
	appraiser, err := p.QueryAppraiser().OnlyID(ctx)
	if ent.IsNotFound(err) {
		return []*ent.Target{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("supportable targets: appraiser: %w", err)
	}
	per, err := p.QueryPeriod().OnlyID(ctx)
	if err != nil {
		return nil, fmt.Errorf("supportable targets: period: %w", err)
	}
	ts, err := c.Target.Query().Where(target.HasPlanWith(
		plan.HasEmployeeWith(employee.ID(appraiser)), plan.HasPeriodWith(period.ID(per)),
		plan.StatusIn(plan.StatusSubmitted, plan.StatusAgreed),
	)).Order(ent.Asc(target.FieldID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("supportable targets: %w", err)
	}
	return ts, nil
}

// LatestAppraisals returns, per employee, the newest FINAL annual
// appraisal the caller may read (by period year), in one query.
func LatestAppraisals(ctx context.Context, c *ent.Client, employeeIDs []int) (map[int]*ent.Appraisal, error) {
	as, err := c.Appraisal.Query().Where(
		appraisal.KindEQ(appraisal.KindAnnual), appraisal.StatusEQ(appraisal.StatusFinal),
		appraisal.HasPlanWith(plan.HasEmployeeWith(employee.IDIn(employeeIDs...))),
	).WithPlan(func(q *ent.PlanQuery) { q.WithPeriod().WithEmployee() }).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("latest appraisals: %w", err)
	}
	out := map[int]*ent.Appraisal{}
	for _, a := range as {
		p := a.Edges.Plan
		if p == nil || p.Edges.Period == nil || p.Edges.Employee == nil {
			continue
		}
		eid := p.Edges.Employee.ID
		if cur, ok := out[eid]; !ok || cur.Edges.Plan.Edges.Period.Year < p.Edges.Period.Year {
			out[eid] = a
		}
	}
	return out, nil
}

// Capabilities says which journeys a person has: appraise (has
// subordinates) and decide objections (a superior of appraisers).
func Capabilities(ctx context.Context, c *ent.Client) (appraise, decide bool, err error) {
	w := caller(ctx)
	if w.v == nil || w.v.EmployeeID == 0 {
		return false, false, nil
	}
	me := w.v.EmployeeID
	appraise, err = c.Employee.Query().Where(employee.HasSupervisorWith(employee.ID(me))).Exist(ctx)
	if err != nil {
		return false, false, fmt.Errorf("capabilities: %w", err)
	}
	decide, err = c.Employee.Query().Where(employee.HasSupervisorWith(employee.ID(me)), employee.HasSubordinates()).Exist(ctx)
	if err != nil {
		return false, false, fmt.Errorf("capabilities: %w", err)
	}
	return appraise, decide, nil
}

// Preview is what a rating would give.
type Preview struct {
	Appraisal *ent.Appraisal
	// Extra is what the also callback of PreviewAppraisal computed.
	Extra any
}

// PreviewAppraisal computes what rating the appraisal with in would give,
// without saving: RateAppraisal runs, with all its rules and checks, in a
// transaction that is then rolled back. also runs inside that transaction
// before the rollback (for figures that depend on the rated appraisal,
// such as the unit's distribution).
func (s *Service) PreviewAppraisal(ctx context.Context, id int, in RateAppraisalInput, also func(ctx context.Context, c *ent.Client, a *ent.Appraisal) (any, error)) (*Preview, error) {
	tx, err := s.client.Tx(ctx)
	if err != nil {
		return nil, fmt.Errorf("appraisal preview: begin: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	tctx := ent.NewTxContext(ent.NewContext(ctx, tx.Client()), tx)
	a, err := s.RateAppraisal(tctx, id, in)
	if err != nil {
		return nil, err
	}
	out := &Preview{Appraisal: a}
	if also != nil {
		if out.Extra, err = also(tctx, tx.Client(), a); err != nil {
			return nil, fmt.Errorf("appraisal preview: %w", err)
		}
	}
	return out, nil
}
