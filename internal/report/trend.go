package report

import (
	"context"
	"fmt"
	"strconv"

	entsql "entgo.io/ent/dialect/sql"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/period"
	"kinerja/ent/plan"
)

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
	byPeriod := map[string]*aggRow{}
	for i := range rows {
		byPeriod[rows[i].Key.String] = &rows[i]
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
