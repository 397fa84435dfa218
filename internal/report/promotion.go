package report

import (
	"context"
	"fmt"
	"math"
	"sort"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/internal/scoring"
)

// Candidate is an employee eligible for regular promotion.
type Candidate struct {
	EmployeeID   int
	Predikats    []scoring.Predikat // newest period first
	CreditPoints *float64
	YearsInRank  *float64
}

// creditShare is the share of a functional post's coefficient earned per
// year by predikat (PermenPANRB 1/2023).
var creditShare = map[scoring.Predikat]float64{
	scoring.SangatBaik: 1.5, scoring.Baik: 1, scoring.ButuhPerbaikan: 0.75, scoring.Kurang: 0.5, scoring.SangatKurang: 0.25,
}

// coefficient is the yearly credit-point coefficient of a functional level.
var coefficient = map[employee.FunctionalLevel]float64{
	employee.FunctionalLevelAhliPertama: 12.5, employee.FunctionalLevelAhliMuda: 25,
	employee.FunctionalLevelAhliMadya: 37.5, employee.FunctionalLevelAhliUtama: 50,
	employee.FunctionalLevelPemula: 3.75, employee.FunctionalLevelTerampil: 5,
	employee.FunctionalLevelMahir: 12.5, employee.FunctionalLevelPenyelia: 25,
}

// CreditPoints returns the credit points (angka kredit) a functional
// level earns in a year with a predikat, or false for non-functional posts.
func CreditPoints(level *employee.FunctionalLevel, p scoring.Predikat) (float64, bool) {
	if level == nil {
		return 0, false
	}
	c, ok := coefficient[*level]
	if !ok {
		return 0, false
	}
	return c * creditShare[p], true
}

// PromotionCandidates lists the employees whose annual predikat was at least
// Baik in the period and in the previous year's period (the condition for a
// regular rank promotion), with their credit points for the period.
func (in *Insight) PromotionCandidates(ctx context.Context, f Filter, now time.Time) ([]*Candidate, error) {
	per, err := in.client.Period.Get(ctx, f.PeriodID)
	if err != nil {
		return nil, fmt.Errorf("read period: %w", err)
	}
	prev, err := in.client.Period.Query().Where(period.Year(per.Year - 1)).IDs(ctx)
	if err != nil {
		return nil, err
	}
	if len(prev) == 0 {
		return []*Candidate{}, nil
	}
	q, err := in.appraisals(ctx, f, append(prev, per.ID)...)
	if err != nil {
		return nil, err
	}
	q.Where(appraisal.StatusEQ(appraisal.StatusFinal), appraisal.PredikatIn(scoring.SangatBaik, scoring.Baik))
	var rows []struct {
		Employee int `sql:"employee"`
		Years    int `sql:"years"`
	}
	err = q.Modify(func(s *entsql.Selector) {
		p := entsql.Table(plan.Table)
		s.Join(p).On(s.C(appraisal.PlanColumn), p.C(plan.FieldID))
		pe := entsql.Table(period.Table)
		s.Join(pe).On(p.C(plan.PeriodColumn), pe.C(period.FieldID))
		s.Select(entsql.As(p.C(plan.EmployeeColumn), "employee"), entsql.As(entsql.Count("DISTINCT "+pe.C(period.FieldYear)), "years")).
			GroupBy(p.C(plan.EmployeeColumn)).
			Having(entsql.EQ(entsql.Count("DISTINCT "+pe.C(period.FieldYear)), 2))
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("promotion candidates: %w", err)
	}
	ids := make([]int, len(rows))
	for i, r := range rows {
		ids[i] = r.Employee
	}
	if len(ids) == 0 {
		return []*Candidate{}, nil
	}
	emps, err := in.client.Employee.Query().Where(employee.IDIn(ids...)).
		WithPlans(func(pq *ent.PlanQuery) {
			pq.Where(plan.HasPeriodWith(period.IDIn(append(prev, per.ID)...))).WithPeriod().
				WithAppraisals(func(aq *ent.AppraisalQuery) {
					aq.Where(appraisal.KindEQ(appraisal.KindAnnual), appraisal.StatusEQ(appraisal.StatusFinal))
				})
		}).All(ctx)
	if err != nil {
		return nil, err
	}
	out := []*Candidate{}
	for _, e := range emps {
		c := &Candidate{EmployeeID: e.ID}
		sort.Slice(e.Edges.Plans, func(i, j int) bool { return e.Edges.Plans[i].Edges.Period.Year > e.Edges.Plans[j].Edges.Period.Year })
		for _, p := range e.Edges.Plans {
			for _, a := range p.Edges.Appraisals {
				if a.Predikat != nil {
					c.Predikats = append(c.Predikats, *a.Predikat)
				}
			}
		}
		if len(c.Predikats) > 0 {
			if pts, ok := CreditPoints(e.FunctionalLevel, c.Predikats[0]); ok {
				c.CreditPoints = &pts
			}
		}
		if e.RankSince != nil {
			y := math.Round(now.Sub(*e.RankSince).Hours()/24/365.25*10) / 10
			c.YearsInRank = &y
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].EmployeeID < out[j].EmployeeID })
	return out, nil
}
