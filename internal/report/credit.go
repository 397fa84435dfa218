package report

import (
	"context"
	"fmt"
	"sort"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/internal/scoring"
)

// The credit points (angka kredit) of functional employees follow
// PermenPANRB 1/2023 through scoring.CreditHistory: a year's points are its
// FINAL annual predikat's share (scoring.CreditPercent) of the level's
// coefficient (scoring.Coefficient), over the months in the post that year.
//
// The employee record has no date of appointment to the functional post,
// so every year of the history counts whole (12 months). The points a
// promotion looks at are those earned in the current rank: from the year
// of the rank's TMT (rank_since), that year by the months from the TMT's
// month on, and every year on record when HR has not recorded the TMT.

// monthsInYear is a whole year in the post: the employee record has no
// functional appointment date to count a part year from.
const monthsInYear = 12

// CreditHistory is a functional employee's credit points per year, with the
// cumulative total.
type CreditHistory struct {
	EmployeeID int
	// Level is the employee's functional level (functional_level).
	Level employee.FunctionalLevel
	// Years holds one entry per year with a FINAL annual predikat, up to
	// the period's year, oldest first (scoring.CreditHistory).
	Years []scoring.CreditYear
	// Total is the cumulative credit points of the last year; 0 without any.
	Total float64
}

// CreditHistory computes the credit history of every active functional
// employee (one with a functional level) in scope, up to the period's
// year, ordered by employee ID. The scope is the caller's: the employees
// come through the directory rule, which blanks the functional level of
// those outside the caller's chain of command (so they drop out), and the
// predikat through the appraisals' privacy rule.
func (in *Insight) CreditHistory(ctx context.Context, f Filter) ([]*CreditHistory, error) {
	per, err := in.client.Period.Get(ctx, f.PeriodID)
	if err != nil {
		return nil, fmt.Errorf("read period: %w", err)
	}
	eq := in.client.Employee.Query().Where(employee.Active(true), employee.External(false), employee.FunctionalLevelNotNil())
	if f.UnitID != nil {
		units, err := in.subtree(ctx, *f.UnitID)
		if err != nil {
			return nil, err
		}
		eq.Where(homeIn(units))
	}
	emps, err := eq.Select(employee.FieldID, employee.FieldFunctionalLevel).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("read functional employees: %w", err)
	}
	var ids []int
	for _, e := range emps {
		if e.FunctionalLevel != nil {
			ids = append(ids, e.ID)
		}
	}
	preds, err := in.finalPredikats(ctx, ids, per.Year)
	if err != nil {
		return nil, err
	}
	out := []*CreditHistory{}
	for _, e := range emps {
		if e.FunctionalLevel == nil {
			continue
		}
		h := &CreditHistory{EmployeeID: e.ID, Level: *e.FunctionalLevel}
		h.Years = scoring.CreditHistory(string(h.Level), creditYears(preds[e.ID], nil))
		if n := len(h.Years); n > 0 {
			h.Total = h.Years[n-1].Cumulative
		}
		out = append(out, h)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].EmployeeID < out[j].EmployeeID })
	return out, nil
}

// creditYears makes the years of a credit history from the FINAL predikat
// by year: whole years, or, with since (the current rank's TMT), only the
// years from since's on, since's own by the months from its month.
func creditYears(byYear map[int]scoring.Predikat, since *time.Time) []scoring.CreditYear {
	out := make([]scoring.CreditYear, 0, len(byYear))
	for y, p := range byYear {
		months := monthsInYear
		if since != nil {
			switch {
			case y < since.Year():
				continue
			case y == since.Year():
				months = monthsInYear - int(since.Month()) + 1
			}
		}
		out = append(out, scoring.CreditYear{Year: y, Predikat: p, Months: months})
	}
	return out
}

// finalPredikats reads, in one statement, the FINAL annual predikat of the
// employees in every period up to the year: employee → year → predikat.
// Of two FINAL annual appraisals in one year the newer counts. The
// appraisals are those the caller may read.
func (in *Insight) finalPredikats(ctx context.Context, employees []int, upTo int) (map[int]map[int]scoring.Predikat, error) {
	out := map[int]map[int]scoring.Predikat{}
	if len(employees) == 0 {
		return out, nil
	}
	var rows []struct {
		ID       int              `sql:"id"`
		Employee int              `sql:"employee"`
		Year     int              `sql:"year"`
		Predikat scoring.Predikat `sql:"predikat"`
	}
	err := in.client.Appraisal.Query().Where(
		appraisal.KindEQ(appraisal.KindAnnual),
		appraisal.StatusEQ(appraisal.Status(scoring.StatusFinal)),
		appraisal.PredikatNotNil(),
		appraisal.HasPlanWith(plan.HasEmployeeWith(employee.IDIn(employees...)), plan.HasPeriodWith(period.YearLTE(upTo))),
	).Modify(func(s *entsql.Selector) {
		p := entsql.Table(plan.Table)
		pe := entsql.Table(period.Table)
		s.Join(p).On(s.C(appraisal.PlanColumn), p.C(plan.FieldID)).
			Join(pe).On(p.C(plan.PeriodColumn), pe.C(period.FieldID))
		s.Select(entsql.As(s.C(appraisal.FieldID), "id"), entsql.As(p.C(plan.EmployeeColumn), "employee"),
			entsql.As(pe.C(period.FieldYear), "year"), entsql.As(s.C(appraisal.FieldPredikat), "predikat")).
			OrderBy(s.C(appraisal.FieldID))
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("final annual predikat: %w", err)
	}
	for _, r := range rows { // by ID: the newer of a year overwrites
		if out[r.Employee] == nil {
			out[r.Employee] = map[int]scoring.Predikat{}
		}
		out[r.Employee][r.Year] = r.Predikat
	}
	return out, nil
}
