package report

import (
	"context"
	"database/sql"
	"fmt"

	entsql "entgo.io/ent/dialect/sql"

	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/plan"
	"kinerja/internal/authz"
	"kinerja/internal/scoring"
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
