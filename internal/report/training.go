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
	out := []*TrainingNeed{}
	for _, r := range rows {
		progs, err := in.client.TrainingProgram.Query().
			Where(trainingprogram.Active(true), trainingprogram.HasCriterionWith(criterion.ID(r.Criterion))).IDs(ctx)
		if err != nil {
			return nil, err
		}
		out = append(out, &TrainingNeed{CriterionID: r.Criterion, Employees: r.N, ProgramIDs: progs})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Employees != out[j].Employees {
			return out[i].Employees > out[j].Employees
		}
		return out[i].CriterionID < out[j].CriterionID
	})
	return out, nil
}

// MinimumHours is the competency development every ASN is entitled to in
// a year (PP 17/2020: at least 20 JP).
const MinimumHours = 20

// EmployeeHours is one employee's completed development in a year.
type EmployeeHours struct {
	EmployeeID int
	Hours      int
	Below      bool
}

// DevelopmentHours sums the JP of completed recommendations in the
// period's year per employee (everyone in scope, with 0 for none) and flags
// those below the minimum.
func (in *Insight) DevelopmentHours(ctx context.Context, f Filter) ([]*EmployeeHours, error) {
	per, err := in.client.Period.Get(ctx, f.PeriodID)
	if err != nil {
		return nil, fmt.Errorf("read period: %w", err)
	}
	start := time.Date(per.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	eq := in.client.Employee.Query().Where(employee.Active(true))
	if f.UnitID != nil {
		units, err := in.subtree(ctx, *f.UnitID)
		if err != nil {
			return nil, err
		}
		eq.Where(employee.HasUnitWith(orgunit.IDIn(units...)))
	}
	ids, err := eq.Clone().IDs(ctx)
	if err != nil {
		return nil, err
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
	out := make([]*EmployeeHours, 0, len(ids))
	for _, id := range ids {
		out = append(out, &EmployeeHours{EmployeeID: id, Hours: hours[id], Below: hours[id] < MinimumHours})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Hours != out[j].Hours {
			return out[i].Hours < out[j].Hours
		}
		return out[i].EmployeeID < out[j].EmployeeID
	})
	return out, nil
}
