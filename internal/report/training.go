package report

import (
	"context"
	"fmt"
	"sort"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"kinerja/ent/criterion"
	"kinerja/ent/employee"
	"kinerja/ent/orgunit"
	"kinerja/ent/period"
	"kinerja/ent/predicate"
	"kinerja/ent/recommendation"
	"kinerja/ent/trainingprogram"
	"kinerja/internal/authz"
	"kinerja/internal/scoring"
	"kinerja/internal/viewer"
)

// TrainingNeed is one competency the employees of a period need.
type TrainingNeed struct {
	CriterionID int
	Employees   int
	ProgramIDs  []int
}

// TrainingNeeds counts, per competency, the employees with an open or
// completed recommendation from the period's appraisals.
func (in *Insight) TrainingNeeds(ctx context.Context, f Filter) ([]*TrainingNeed, error) {
	preds := []predicate.Recommendation{
		recommendation.HasPeriodWith(period.ID(f.PeriodID)),
		recommendation.StatusNEQ(recommendation.StatusCancelled),
		recommendation.HasCriterion(),
	}
	if f.UnitID != nil {
		units, err := in.subtree(ctx, *f.UnitID)
		if err != nil {
			return nil, err
		}
		preds = append(preds, recommendation.HasEmployeeWith(employee.HasUnitWith(orgunit.IDIn(units...))))
	}
	var rows []struct {
		Criterion int `sql:"criterion"`
		N         int `sql:"n"`
	}
	err := in.client.Recommendation.Query().Where(preds...).Modify(func(s *entsql.Selector) {
		s.Select(entsql.As(s.C(recommendation.CriterionColumn), "criterion"),
			entsql.As(entsql.Count("DISTINCT "+s.C(recommendation.EmployeeColumn)), "n")).
			GroupBy(s.C(recommendation.CriterionColumn))
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("training needs: %w", err)
	}
	crits := make([]int, len(rows))
	for i, r := range rows {
		crits[i] = r.Criterion
	}
	progs, err := in.activePrograms(ctx, crits)
	if err != nil {
		return nil, err
	}
	out := []*TrainingNeed{}
	for _, r := range rows {
		ids := progs[r.Criterion]
		if ids == nil {
			ids = []int{}
		}
		out = append(out, &TrainingNeed{CriterionID: r.Criterion, Employees: r.N, ProgramIDs: ids})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Employees != out[j].Employees {
			return out[i].Employees > out[j].Employees
		}
		return out[i].CriterionID < out[j].CriterionID
	})
	return out, nil
}

// activePrograms returns the IDs of the active programmes of the training
// catalogue per criterion, for the criteria given, in one statement.
func (in *Insight) activePrograms(ctx context.Context, criteria []int) (map[int][]int, error) {
	out := map[int][]int{}
	if len(criteria) == 0 {
		return out, nil
	}
	var rows []struct {
		ID        int `sql:"id"`
		Criterion int `sql:"criterion"`
	}
	err := in.client.TrainingProgram.Query().
		Where(trainingprogram.Active(true), trainingprogram.HasCriterionWith(criterion.IDIn(criteria...))).
		Modify(func(s *entsql.Selector) {
			s.Select(entsql.As(s.C(trainingprogram.FieldID), "id"), entsql.As(s.C(trainingprogram.CriterionColumn), "criterion")).
				OrderBy(s.C(trainingprogram.FieldID))
		}).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("training programmes of the needs: %w", err)
	}
	for _, r := range rows {
		out[r.Criterion] = append(out[r.Criterion], r.ID)
	}
	return out, nil
}

// EmployeeHours is one employee's completed development in a year, and
// what HR is to look at (scoring.DevelopmentFlag): a PNS below
// scoring.MinimumJP, a PPPK employee above scoring.PPPKCapJP.
type EmployeeHours struct {
	EmployeeID int
	PNS        bool
	Hours      int
	Flag       scoring.HoursFlag
}

// DevelopmentHours sums the JP of completed recommendations in the
// period's year per employee (everyone in scope, with 0 for none) and flags
// each by scoring.DevelopmentFlag.
func (in *Insight) DevelopmentHours(ctx context.Context, f Filter) ([]*EmployeeHours, error) {
	per, err := in.client.Period.Get(ctx, f.PeriodID)
	if err != nil {
		return nil, fmt.Errorf("read period: %w", err)
	}
	start := time.Date(per.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	eq := in.client.Employee.Query().Where(employee.Active(true), employee.External(false))
	// Development is the employee's own and HR's business (the
	// recommendations' privacy): anyone else is counted for themselves
	// alone, not shown colleagues at 0 JP whose hours they cannot read.
	if v := viewer.FromContext(ctx); v != nil && !authz.ReadsAll(v) {
		eq.Where(employee.ID(v.EmployeeID))
	}
	if f.UnitID != nil {
		units, err := in.subtree(ctx, *f.UnitID)
		if err != nil {
			return nil, err
		}
		eq.Where(employee.HasUnitWith(orgunit.IDIn(units...)))
	}
	emps, err := eq.Select(employee.FieldID, employee.FieldType).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("read employees: %w", err)
	}
	ids := make([]int, len(emps))
	for i, e := range emps {
		ids[i] = e.ID
	}
	var rows []struct {
		Employee int `sql:"employee"`
		Hours    int `sql:"hours"`
	}
	if len(ids) > 0 {
		err = in.client.Recommendation.Query().Where(
			recommendation.StatusEQ(recommendation.StatusCompleted),
			recommendation.CompletedAtGTE(start), recommendation.CompletedAtLT(start.AddDate(1, 0, 0)),
			recommendation.HasEmployeeWith(employee.IDIn(ids...)),
		).Modify(func(s *entsql.Selector) {
			s.Select(entsql.As(s.C(recommendation.EmployeeColumn), "employee"), entsql.As(entsql.Sum(s.C(recommendation.FieldHours)), "hours")).
				GroupBy(s.C(recommendation.EmployeeColumn))
		}).Scan(ctx, &rows)
		if err != nil {
			return nil, fmt.Errorf("development hours: %w", err)
		}
	}
	hours := map[int]int{}
	for _, r := range rows {
		hours[r.Employee] = r.Hours
	}
	out := make([]*EmployeeHours, 0, len(emps))
	for _, e := range emps {
		pns := e.Type == employee.TypePNS
		h := hours[e.ID]
		out = append(out, &EmployeeHours{EmployeeID: e.ID, PNS: pns, Hours: h, Flag: scoring.DevelopmentFlag(pns, float64(h))})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Hours != out[j].Hours {
			return out[i].Hours < out[j].Hours
		}
		return out[i].EmployeeID < out[j].EmployeeID
	})
	return out, nil
}
