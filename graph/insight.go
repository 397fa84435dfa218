package graph

import (
	"context"
	"errors"
	"fmt"
	"kinerja/internal/importer"

	"kinerja/ent"
	"kinerja/ent/employee"
	"kinerja/graph/model"
	"kinerja/internal/report"
)

// employees loads employees by ID in one query, under the caller's rules.
func (r *Resolver) employees(ctx context.Context, ids []int) (map[int]*ent.Employee, error) {
	out := map[int]*ent.Employee{}
	if len(ids) == 0 {
		return out, nil
	}
	es, err := r.client.Employee.Query().Where(employee.IDIn(ids...)).WithUnit().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("load employees: %w", err)
	}
	for _, e := range es {
		out[e.ID] = e
	}
	return out, nil
}

func scoreGroup(g *report.ScoreGroup) *model.ScoreGroup {
	return &model.ScoreGroup{Key: g.Key, Label: g.Label, Count: g.Count, Average: g.Average, Min: g.Min, Max: g.Max,
		Timeliness: g.Timeliness, Quality: g.Quality, Teamwork: g.Teamwork}
}

// importReport returns a report with problems as data, not as an error:
// the file was checked and nothing was written, which the caller shows
// line by line.
func importReport(rep *importer.Report, err error) (*importer.Report, error) {
	if errors.Is(err, importer.ErrInvalid) {
		return rep, nil
	}
	if err != nil {
		return nil, err
	}
	if rep.Problems == nil {
		rep.Problems = []importer.Problem{}
	}
	return rep, nil
}
