package graph

import (
	"context"
	"fmt"
	"sync"
	"time"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/internal/authz"
	"kinerja/internal/report"
	"kinerja/internal/workflow"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vikstrous/dataloadgen"
)

// loaders batch the per-row lookups of one request (no N+1): each loader
// gathers the keys asked for within a millisecond into one query.
type loaders struct {
	client          *ent.Client
	latestAppraisal *dataloadgen.Loader[int, *ent.Appraisal]
	// primed lists, by their identity: a list of employees is loaded in
	// one query the first time one of its rows asks, whatever the timing.
	mu     sync.Mutex
	primed map[any]*sync.Once
}

type loadersKey struct{}

// withLoaders gives each operation its own loaders, so nothing read under
// one caller's rights is served to another.
func withLoaders(client *ent.Client) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(context.WithValue(ctx, loadersKey{}, newLoaders(client)))
	}
}

func newLoaders(client *ent.Client) *loaders {
	return &loaders{
		client: client,
		primed: map[any]*sync.Once{},
		latestAppraisal: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []int) (map[int]*ent.Appraisal, error) {
			m, err := workflow.LatestAppraisals(ctx, client, ids)
			for _, id := range ids {
				if _, ok := m[id]; !ok && err == nil {
					m[id] = nil // none: not an error
				}
			}
			return m, err
		}, dataloadgen.WithWait(time.Millisecond)),
	}
}

// loadersFrom returns the operation's loaders (fresh ones outside an
// operation).
func loadersFrom(ctx context.Context, client *ent.Client) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(client)
}

// curveCheck is the distribution the preview would give.
type curveCheck struct {
	deviates bool
	warning  *string
}

// previewDistribution computes, inside the preview's transaction, whether
// the unit's predikat distribution would deviate from its curve with an
// annual appraisal released as rated.
func previewDistribution(lang string) func(ctx context.Context, c *ent.Client, a *ent.Appraisal) (any, error) {
	return func(ctx context.Context, c *ent.Client, a *ent.Appraisal) (any, error) {
		if a.Kind != appraisal.KindAnnual || a.Predikat == nil {
			return &curveCheck{}, nil
		}
		sys := authz.Workflow(authz.System(ctx))
		// As if released: the transaction is rolled back afterwards.
		if err := c.Appraisal.UpdateOneID(a.ID).SetStatus(appraisal.StatusSubmitted).Exec(sys); err != nil {
			return nil, fmt.Errorf("release for the curve: %w", err)
		}
		p, err := c.Appraisal.QueryPlan(a).WithPeriod().WithEmployee(func(q *ent.EmployeeQuery) { q.WithUnit() }).Only(sys)
		if err != nil {
			return nil, fmt.Errorf("plan for the curve: %w", err)
		}
		unit := p.Edges.Employee.Edges.Unit.ID
		d, err := report.New(c).PredikatDistribution(ctx, report.Filter{PeriodID: p.Edges.Period.ID, UnitID: &unit}, lang)
		if err != nil {
			return nil, err
		}
		return &curveCheck{deviates: d.Deviates, warning: d.Guideline}, nil
	}
}

// latest returns the newest final annual appraisal of employee e. When e
// is a row of a list (a connection's edges, a plain list), the whole list
// is read at once in one query and primed into the loader, so the number
// of statements never depends on the number of rows or on timing.
func (l *loaders) latest(ctx context.Context, e *ent.Employee) (*ent.Appraisal, error) {
	if list, ids := siblings(ctx); list != nil {
		l.mu.Lock()
		once, ok := l.primed[list]
		if !ok {
			once = &sync.Once{}
			l.primed[list] = once
		}
		l.mu.Unlock()
		var err error
		once.Do(func() {
			var m map[int]*ent.Appraisal
			if m, err = workflow.LatestAppraisals(ctx, l.client, ids); err == nil {
				for _, id := range ids {
					l.latestAppraisal.Prime(id, m[id])
				}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return l.latestAppraisal.Load(ctx, e.ID)
}

// siblings finds the list the current employee row belongs to, from the
// results of the enclosing fields, and the IDs of its rows.
func siblings(ctx context.Context) (list any, ids []int) {
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		switch r := fc.Result.(type) {
		case *ent.EmployeeConnection:
			for _, e := range r.Edges {
				ids = append(ids, e.Node.ID)
			}
			return r, ids
		case []*ent.EmployeeEdge:
			if len(r) == 0 {
				return nil, nil
			}
			for _, e := range r {
				ids = append(ids, e.Node.ID)
			}
			return &r[0], ids
		case []*ent.Employee:
			for _, e := range r {
				ids = append(ids, e.ID)
			}
			if len(r) == 0 {
				return nil, nil
			}
			return &r[0], ids
		}
	}
	return nil, nil
}

// latestPeriod is the period of a latest appraisal, which the loader reads
// with it (workflow.LatestAppraisals loads the plan and its period).
func latestPeriod(a *ent.Appraisal) *ent.Period {
	if a.Edges.Plan == nil {
		return nil
	}
	return a.Edges.Plan.Edges.Period
}
