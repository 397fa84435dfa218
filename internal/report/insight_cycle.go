package report

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/orgunit"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/internal/authz"
	"kinerja/internal/scoring"

	entsql "entgo.io/ent/dialect/sql"
)

// Level is a third of the talent grid's axes.
type Level string

// The levels of performance and potential.
const (
	Low    Level = "LOW"
	Medium Level = "MEDIUM"
	High   Level = "HIGH"
)

// performanceLevel places a predikat on the performance axis.
func performanceLevel(p scoring.Predikat) Level {
	switch p {
	case scoring.SangatBaik:
		return High
	case scoring.Baik:
		return Medium
	}
	return Low
}

// TalentCell is one box of the 9-box grid.
type TalentCell struct {
	Performance, Potential Level
	EmployeeIDs            []int
}

// TalentGrid places the employees with a final annual predikat in the
// period on performance (predikat) × potential (recorded by HR; unrecorded
// counts as MEDIUM). All nine cells are returned, empty ones included.
func (in *Insight) TalentGrid(ctx context.Context, f Filter) ([]*TalentCell, error) {
	if err := authz.RequireReadsAll(ctx); err != nil {
		return nil, err // potential is HR's record
	}
	q, err := in.appraisals(ctx, f)
	if err != nil {
		return nil, err
	}
	var rows []struct {
		Employee  int            `sql:"employee"`
		Predikat  sql.NullString `sql:"predikat"`
		Potential sql.NullString `sql:"potential"`
	}
	err = q.Where(appraisal.StatusEQ(appraisal.StatusFinal)).Modify(func(s *entsql.Selector) {
		p := entsql.Table(plan.Table)
		e := entsql.Table(employee.Table)
		s.Join(p).On(s.C(appraisal.PlanColumn), p.C(plan.FieldID)).Join(e).On(p.C(plan.EmployeeColumn), e.C(employee.FieldID))
		s.Select(entsql.As(e.C(employee.FieldID), "employee"), entsql.As(s.C(appraisal.FieldPredikat), "predikat"),
			entsql.As(e.C(employee.FieldPotential), "potential"))
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("talent grid: %w", err)
	}
	cells := map[[2]Level]*TalentCell{}
	var out []*TalentCell
	for _, perf := range []Level{High, Medium, Low} {
		for _, pot := range []Level{Low, Medium, High} {
			c := &TalentCell{Performance: perf, Potential: pot, EmployeeIDs: []int{}}
			cells[[2]Level{perf, pot}] = c
			out = append(out, c)
		}
	}
	for _, r := range rows {
		pot := Medium
		if r.Potential.Valid {
			pot = Level(r.Potential.String)
		}
		c := cells[[2]Level{performanceLevel(scoring.Predikat(r.Predikat.String)), pot}]
		c.EmployeeIDs = append(c.EmployeeIDs, r.Employee)
	}
	return out, nil
}

// UnitCompletion is the progress of one unit (with its sub-units) through
// the period.
type UnitCompletion struct {
	UnitID                                  int
	Employees, NoPlan                       int
	PlansDraft, PlansSubmitted, PlansAgreed int
	PlansReturned                           int
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
	eq := in.client.Employee.Query().Where(employee.Active(true))
	pq := in.client.Plan.Query().Where(plan.HasPeriodWith(period.ID(f.PeriodID)))
	aq := in.client.Appraisal.Query().Where(appraisal.KindEQ(appraisal.KindAnnual), appraisal.HasPlanWith(plan.HasPeriodWith(period.ID(f.PeriodID))))
	if units != nil {
		eq.Where(employee.HasUnitWith(orgunit.IDIn(units...)))
		pq.Where(plan.HasEmployeeWith(employee.HasUnitWith(orgunit.IDIn(units...))))
		aq.Where(appraisal.HasPlanWith(plan.HasEmployeeWith(employee.HasUnitWith(orgunit.IDIn(units...)))))
	}
	var plans, apprs []unitStatus
	var emps []struct {
		Unit int `sql:"unit"`
		N    int `sql:"n"`
	}
	err = eq.Modify(func(s *entsql.Selector) {
		s.Select(entsql.As(s.C(employee.UnitColumn), "unit"), entsql.As(entsql.Count("*"), "n")).
			GroupBy(s.C(employee.UnitColumn))
	}).Scan(ctx, &emps)
	if err != nil {
		return nil, fmt.Errorf("completion: employees: %w", err)
	}
	err = pq.Modify(func(s *entsql.Selector) {
		e := entsql.Table(employee.Table)
		s.Join(e).On(s.C(plan.EmployeeColumn), e.C(employee.FieldID))
		s.Select(entsql.As(e.C(employee.UnitColumn), "unit"), entsql.As(s.C(plan.FieldStatus), "status"), entsql.As(entsql.Count("*"), "n")).
			GroupBy(e.C(employee.UnitColumn), s.C(plan.FieldStatus))
	}).Scan(ctx, &plans)
	if err != nil {
		return nil, fmt.Errorf("completion: plans: %w", err)
	}
	err = aq.Modify(func(s *entsql.Selector) {
		p := entsql.Table(plan.Table)
		e := entsql.Table(employee.Table)
		s.Join(p).On(s.C(appraisal.PlanColumn), p.C(plan.FieldID)).Join(e).On(p.C(plan.EmployeeColumn), e.C(employee.FieldID))
		s.Select(entsql.As(e.C(employee.UnitColumn), "unit"), entsql.As(s.C(appraisal.FieldStatus), "status"), entsql.As(entsql.Count("*"), "n")).
			GroupBy(e.C(employee.UnitColumn), s.C(appraisal.FieldStatus))
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
		g.NoPlan = max(0, g.Employees-(g.PlansDraft+g.PlansSubmitted+g.PlansAgreed+g.PlansReturned))
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].UnitID < out[j].UnitID })
	return out, nil
}

// TrendPoint is one period of a trend.
type TrendPoint struct {
	PeriodID int
	Year     int
	Group    *ScoreGroup
}

// Trend runs the same summary over every period, oldest first, for a unit
// (with its sub-units) or one employee.
func (in *Insight) Trend(ctx context.Context, unitID, employeeID *int) ([]*TrendPoint, error) {
	periods, err := in.client.Period.Query().Order(ent.Asc(period.FieldYear), ent.Asc(period.FieldID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("read periods: %w", err)
	}
	ids := make([]int, len(periods))
	for i, p := range periods {
		ids[i] = p.ID
	}
	if len(ids) == 0 {
		return []*TrendPoint{}, nil
	}
	q, err := in.appraisals(ctx, Filter{UnitID: unitID}, ids...)
	if err != nil {
		return nil, err
	}
	if employeeID != nil {
		q.Where(appraisal.HasPlanWith(plan.HasEmployeeWith(employee.ID(*employeeID))))
	}
	rows, err := aggregate(ctx, q, func(_ *entsql.Selector, p, _ *entsql.SelectTable) string { return p.C(plan.PeriodColumn) })
	if err != nil {
		return nil, err
	}
	byPeriod := map[string]aggRow{}
	for _, r := range rows {
		byPeriod[r.Key.String] = r
	}
	out := []*TrendPoint{}
	for _, p := range periods {
		g := &ScoreGroup{Key: strconv.Itoa(p.ID), Label: p.Name}
		if r, ok := byPeriod[strconv.Itoa(p.ID)]; ok {
			g.add(r)
		}
		g.finish()
		out = append(out, &TrendPoint{PeriodID: p.ID, Year: p.Year, Group: g})
	}
	return out, nil
}
