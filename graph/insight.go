package graph

import (
	"context"
	"errors"
	"fmt"

	"kinerja/ent"
	"kinerja/ent/criterion"
	"kinerja/ent/employee"
	"kinerja/ent/orgunit"
	"kinerja/ent/period"
	"kinerja/ent/trainingprogram"
	"kinerja/graph/model"
	"kinerja/internal/importer"
	"kinerja/internal/report"
)

// The dashboards of internal/report answer with IDs. Their resolvers load
// the entities those IDs name, one query per kind, under the caller's
// privacy rules, and join them to the figures: a line whose entity the
// viewer may not read is left out, as the entity itself is.

// lister is an ent query that reads its entities: *ent.EmployeeQuery,
// *ent.PeriodQuery, …
type lister[E any] interface {
	All(ctx context.Context) ([]E, error)
}

// byID runs q, the query of the entities with the given IDs, and keys what
// it returns by ID. With no IDs it reads nothing. what names the entities
// in an error.
func byID[E any](ctx context.Context, what string, ids []int, q lister[E], id func(E) int) (map[int]E, error) {
	out := make(map[int]E, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	es, err := q.All(ctx)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", what, err)
	}
	for _, e := range es {
		out[id(e)] = e
	}
	return out, nil
}

// join pairs each item with the entity that key names, loaded for all the
// items at once by load, and returns what build makes of each pair, in the
// order of the items. An item whose entity is missing is left out.
func join[I, E, O any](ctx context.Context, items []I, key func(I) int,
	load func(context.Context, []int) (map[int]E, error), build func(I, E) O) ([]O, error) {
	ids := make([]int, len(items))
	for i, it := range items {
		ids[i] = key(it)
	}
	es, err := load(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]O, 0, len(items))
	for _, it := range items {
		if e, ok := es[key(it)]; ok {
			out = append(out, build(it, e))
		}
	}
	return out, nil
}

// pick returns the entities of m with the given IDs, in their order,
// leaving out the missing ones; never nil.
func pick[E any](m map[int]E, ids []int) []E {
	out := make([]E, 0, len(ids))
	for _, id := range ids {
		if e, ok := m[id]; ok {
			out = append(out, e)
		}
	}
	return out
}

// employees loads employees, with their units, by ID.
func (r *Resolver) employees(ctx context.Context, ids []int) (map[int]*ent.Employee, error) {
	return byID(ctx, "employees", ids, r.client.Employee.Query().Where(employee.IDIn(ids...)).WithUnit(),
		func(e *ent.Employee) int { return e.ID })
}

// units loads organisation units by ID.
func (r *Resolver) units(ctx context.Context, ids []int) (map[int]*ent.OrgUnit, error) {
	return byID(ctx, "units", ids, r.client.OrgUnit.Query().Where(orgunit.IDIn(ids...)),
		func(u *ent.OrgUnit) int { return u.ID })
}

// periods loads periods by ID.
func (r *Resolver) periods(ctx context.Context, ids []int) (map[int]*ent.Period, error) {
	return byID(ctx, "periods", ids, r.client.Period.Query().Where(period.IDIn(ids...)),
		func(p *ent.Period) int { return p.ID })
}

// criteria loads criteria by ID.
func (r *Resolver) criteria(ctx context.Context, ids []int) (map[int]*ent.Criterion, error) {
	return byID(ctx, "criteria", ids, r.client.Criterion.Query().Where(criterion.IDIn(ids...)),
		func(c *ent.Criterion) int { return c.ID })
}

// programs loads training programs by ID.
func (r *Resolver) programs(ctx context.Context, ids []int) (map[int]*ent.TrainingProgram, error) {
	return byID(ctx, "training programs", ids, r.client.TrainingProgram.Query().Where(trainingprogram.IDIn(ids...)),
		func(p *ent.TrainingProgram) int { return p.ID })
}

func scoreGroup(g *report.ScoreGroup) *model.ScoreGroup {
	return &model.ScoreGroup{Key: g.Key, Label: g.Label, Code: g.Code, Count: g.Count, Average: g.Average, Min: g.Min, Max: g.Max,
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
