package report

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	entsql "entgo.io/ent/dialect/sql"

	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/period"
	"kinerja/ent/plan"
)

// UnitCompletion is the progress of one unit (with its sub-units) through
// the period.
type UnitCompletion struct {
	UnitID                                  int
	Employees, NoPlan                       int
	PlansDraft, PlansSubmitted, PlansAgreed int
	PlansReturned, PlansEscalated           int
	AppraisalsDraft, AppraisalsReleased     int
	AppraisalsFinal                         int
}

type unitStatus struct {
	Unit   int    `sql:"unit"`
	Status string `sql:"status"`
	N      int    `sql:"n"`
}

// Completion counts, per unit (rolled up like scoreSummary), employees,
// plans by status and annual appraisals by status.
func (in *Insight) Completion(ctx context.Context, f Filter) ([]*UnitCompletion, error) {
	f, err := in.defaultUnit(ctx, f)
	if err != nil {
		return nil, err
	}
	roll, err := in.rollUp(ctx, f.UnitID)
	if err != nil {
		return nil, err
	}
	var units []int
	if f.UnitID != nil {
		if units, err = in.subtree(ctx, *f.UnitID); err != nil {
			return nil, err
		}
	}
	eq := in.client.Employee.Query().Where(employee.Active(true), employee.External(false))
	pq := in.client.Plan.Query().Where(plan.HasPeriodWith(period.ID(f.PeriodID)))
	aq := in.client.Appraisal.Query().Where(appraisal.KindEQ(appraisal.KindAnnual), appraisal.HasPlanWith(plan.HasPeriodWith(period.ID(f.PeriodID))))
	if units != nil {
		eq.Where(homeIn(units))
		pq.Where(plan.HasEmployeeWith(homeIn(units)))
		aq.Where(appraisal.HasPlanWith(plan.HasEmployeeWith(homeIn(units))))
	}
	var plans, apprs []unitStatus
	var emps []struct {
		Unit int `sql:"unit"`
		N    int `sql:"n"`
	}
	err = eq.Modify(func(s *entsql.Selector) {
		home := employeeHome(s)
		s.Select(entsql.As(home, "unit"), entsql.As(entsql.Count("*"), "n")).GroupBy(home)
	}).Scan(ctx, &emps)
	if err != nil {
		return nil, fmt.Errorf("completion: employees: %w", err)
	}
	err = pq.Modify(func(s *entsql.Selector) {
		e := entsql.Table(employee.Table)
		s.Join(e).On(s.C(plan.EmployeeColumn), e.C(employee.FieldID))
		home := employeeHome(e)
		s.Select(entsql.As(home, "unit"), entsql.As(s.C(plan.FieldStatus), "status"), entsql.As(entsql.Count("*"), "n")).
			GroupBy(home, s.C(plan.FieldStatus))
	}).Scan(ctx, &plans)
	if err != nil {
		return nil, fmt.Errorf("completion: plans: %w", err)
	}
	err = aq.Modify(func(s *entsql.Selector) {
		p := entsql.Table(plan.Table)
		e := entsql.Table(employee.Table)
		s.Join(p).On(s.C(appraisal.PlanColumn), p.C(plan.FieldID)).Join(e).On(p.C(plan.EmployeeColumn), e.C(employee.FieldID))
		home := employeeHome(e)
		s.Select(entsql.As(home, "unit"), entsql.As(s.C(appraisal.FieldStatus), "status"), entsql.As(entsql.Count("*"), "n")).
			GroupBy(home, s.C(appraisal.FieldStatus))
	}).Scan(ctx, &apprs)
	if err != nil {
		return nil, fmt.Errorf("completion: appraisals: %w", err)
	}
	groups := map[int]*UnitCompletion{}
	group := func(unit int) *UnitCompletion {
		root, _ := strconv.Atoi(roll[strconv.Itoa(unit)])
		g, ok := groups[root]
		if !ok {
			g = &UnitCompletion{UnitID: root}
			groups[root] = g
		}
		return g
	}
	for _, r := range emps {
		group(r.Unit).Employees += r.N
	}
	for _, r := range plans {
		g := group(r.Unit)
		switch plan.Status(r.Status) {
		case plan.StatusDraft:
			g.PlansDraft += r.N
		case plan.StatusSubmitted:
			g.PlansSubmitted += r.N
		case plan.StatusAgreed:
			g.PlansAgreed += r.N
		case plan.StatusReturned:
			g.PlansReturned += r.N
		case plan.StatusEscalated:
			g.PlansEscalated += r.N
		}
	}
	for _, r := range apprs {
		g := group(r.Unit)
		switch appraisal.Status(r.Status) {
		case appraisal.StatusDraft:
			g.AppraisalsDraft += r.N
		case appraisal.StatusFinal:
			g.AppraisalsFinal += r.N
		default:
			g.AppraisalsReleased += r.N
		}
	}
	out := make([]*UnitCompletion, 0, len(groups))
	for _, g := range groups {
		g.NoPlan = max(0, g.Employees-(g.PlansDraft+g.PlansSubmitted+g.PlansAgreed+g.PlansReturned+g.PlansEscalated))
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].UnitID < out[j].UnitID })
	return out, nil
}
