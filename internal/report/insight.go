package report

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strconv"

	entsql "entgo.io/ent/dialect/sql"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/orgunit"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/predicate"
	"kinerja/internal/scoring"
)

// The dashboards aggregate in SQL (GROUP BY) through ent queries, so the
// privacy rules narrow them exactly as they narrow lists: a supervisor's
// dashboard covers its chain of command, HR's the agency. Go only combines
// per-group sums (to roll units up their tree) and finishes the
// arithmetic.

// Filter selects the appraisals a dashboard covers: the released annual
// appraisals of a period, optionally of one unit and its sub-units.
type Filter struct {
	PeriodID int
	UnitID   *int
}

// Insight computes dashboards over a database.
type Insight struct {
	client *ent.Client
}

// New returns an Insight over client.
func New(client *ent.Client) *Insight { return &Insight{client: client} }

// released is the status set counted by dashboards: the statuses of an
// appraisal released to the employee (scoring.ReleasedStatuses).
var released = releasedStatuses()

// releasedStatuses converts scoring.ReleasedStatuses, the one list of the
// statuses released to the employee, to the appraisal's status type.
func releasedStatuses() []appraisal.Status {
	ss := scoring.ReleasedStatuses()
	out := make([]appraisal.Status, len(ss))
	for i, s := range ss {
		out[i] = appraisal.Status(s)
	}
	return out
}

// subtree returns the unit and all units below it.
func (in *Insight) subtree(ctx context.Context, root int) ([]int, error) {
	return UnitSubtree(ctx, in.client, root)
}

// appraisals returns the filtered appraisal query.
func (in *Insight) appraisals(ctx context.Context, f Filter, periods ...int) (*ent.AppraisalQuery, error) {
	if len(periods) == 0 {
		periods = []int{f.PeriodID}
	}
	preds := []predicate.Appraisal{
		appraisal.KindEQ(appraisal.KindAnnual),
		appraisal.StatusIn(released...),
		appraisal.HasPlanWith(plan.HasPeriodWith(period.IDIn(periods...))),
	}
	if f.UnitID != nil {
		ids, err := in.subtree(ctx, *f.UnitID)
		if err != nil {
			return nil, err
		}
		preds = append(preds, appraisal.HasPlanWith(plan.HasEmployeeWith(homeIn(ids))))
	}
	return in.client.Appraisal.Query().Where(preds...), nil
}

// defaultUnit is the agency's single top unit when the caller names none.
func (in *Insight) defaultUnit(ctx context.Context, f Filter) (Filter, error) {
	if f.UnitID != nil {
		return f, nil
	}
	roots, err := in.client.OrgUnit.Query().Where(orgunit.Not(orgunit.HasParent())).IDs(ctx)
	if err != nil {
		return f, fmt.Errorf("read top units: %w", err)
	}
	if len(roots) == 1 {
		f.UnitID = &roots[0]
	}
	return f, nil
}

// rollUp maps every unit ID (as a string) to the group it rolls up to:
// the child of parent it sits under, or parent itself; without a parent,
// the top unit it sits under.
func (in *Insight) rollUp(ctx context.Context, parent *int) (map[string]string, error) {
	units, err := in.client.OrgUnit.Query().WithParent(func(q *ent.OrgUnitQuery) { q.Select(orgunit.FieldID) }).
		Select(orgunit.FieldID).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("read units: %w", err)
	}
	up := map[int]int{}
	for _, u := range units {
		if u.Edges.Parent != nil {
			up[u.ID] = u.Edges.Parent.ID
		}
	}
	out := map[string]string{}
	for _, u := range units {
		cur := u.ID
		// A chain longer than the tree may be deep is a cycle in bad data:
		// the walk stops there rather than loop.
		for range maxTreeDepth {
			p, has := up[cur]
			if !has || parent != nil && (cur == *parent || p == *parent) {
				break
			}
			cur = p
		}
		out[strconv.Itoa(u.ID)] = strconv.Itoa(cur)
	}
	return out, nil
}

// maxTreeDepth bounds every walk of the unit tree here. The schema refuses
// a tree deeper than this (ent/schema/orgunit_hooks.go), so only a cycle
// planted past the hooks reaches it, and then the walk ends instead of
// looping.
const maxTreeDepth = 64

// ScoreGroup is one group of scoreSummary.
type ScoreGroup struct {
	Key, Label string
	// Code is the unit's code when grouped by UNIT, nil otherwise.
	Code                          *string
	Count                         int
	Average, Min, Max             *float64
	Timeliness, Quality, Teamwork *float64
	// sums for rolling up and for spread
	n, nT, nQ, nW          int
	sum, sumSq, sT, sQ, sW float64
}

// aggRow is what the GROUP BY query returns per key.
type aggRow struct {
	Key   sql.NullString  `sql:"key"`
	N     int             `sql:"n"`
	NS    int             `sql:"ns"`
	Sum   sql.NullFloat64 `sql:"total"`
	Min   sql.NullFloat64 `sql:"lo"`
	Max   sql.NullFloat64 `sql:"hi"`
	SumSq sql.NullFloat64 `sql:"sq"`
	NT    int             `sql:"nt"`
	ST    sql.NullFloat64 `sql:"st"`
	NQ    int             `sql:"nq"`
	SQ    sql.NullFloat64 `sql:"sqq"`
	NW    int             `sql:"nw"`
	SW    sql.NullFloat64 `sql:"sw"`
}

// add counts one aggregate row into the group.
func (g *ScoreGroup) add(r *aggRow) {
	g.Count += r.N
	g.n += r.NS
	g.sum += r.Sum.Float64
	g.sumSq += r.SumSq.Float64
	if r.Min.Valid && (g.Min == nil || r.Min.Float64 < *g.Min) {
		v := r.Min.Float64
		g.Min = &v
	}
	if r.Max.Valid && (g.Max == nil || r.Max.Float64 > *g.Max) {
		v := r.Max.Float64
		g.Max = &v
	}
	g.nT += r.NT
	g.sT += r.ST.Float64
	g.nQ += r.NQ
	g.sQ += r.SQ.Float64
	g.nW += r.NW
	g.sW += r.SW.Float64
}

func (g *ScoreGroup) finish() {
	g.Average = mean(g.sum, g.n)
	g.Timeliness, g.Quality, g.Teamwork = mean(g.sT, g.nT), mean(g.sQ, g.nQ), mean(g.sW, g.nW)
}

func mean(sum float64, n int) *float64 {
	if n == 0 {
		return nil
	}
	v := math.Round(sum/float64(n)*100) / 100
	return &v
}

// stddev is the population standard deviation of the group's scores.
func (g *ScoreGroup) stddev() *float64 {
	if g.n == 0 {
		return nil
	}
	m := g.sum / float64(g.n)
	v := math.Sqrt(math.Max(0, g.sumSq/float64(g.n)-m*m))
	v = math.Round(v*100) / 100
	return &v
}

// aggregate runs the GROUP BY over q with key as the grouping expression
// (it receives the selector and the joined plans and employees tables).
func aggregate(ctx context.Context, q *ent.AppraisalQuery, key func(s *entsql.Selector, p, e *entsql.SelectTable) string) ([]aggRow, error) {
	var rows []aggRow
	err := q.Modify(func(s *entsql.Selector) {
		p := entsql.Table(plan.Table)
		e := entsql.Table(employee.Table)
		s.Join(p).On(s.C(appraisal.PlanColumn), p.C(plan.FieldID)).
			Join(e).On(p.C(plan.EmployeeColumn), e.C(employee.FieldID))
		k := key(s, p, e)
		t, ql, w := s.C(appraisal.FieldTimeliness), s.C(appraisal.FieldQuality), s.C(appraisal.FieldTeamwork)
		s.Select(append(valueColumns(k, s.C(appraisal.FieldScore)),
			entsql.As(entsql.Count(t), "nt"),
			entsql.As(entsql.Sum(t), "st"),
			entsql.As(entsql.Count(ql), "nq"),
			entsql.As(entsql.Sum(ql), "sqq"),
			entsql.As(entsql.Count(w), "nw"),
			entsql.As(entsql.Sum(w), "sw"),
		)...).GroupBy(k)
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("aggregate appraisals: %w", err)
	}
	return rows, nil
}

// valueColumns are the aggregate columns of one value expression v grouped
// by k: count of rows and of values, sum, min, max and sum of squares.
func valueColumns(k, v string) []string {
	return []string{
		entsql.As(k, "key"),
		entsql.As(entsql.Count("*"), "n"),
		entsql.As(entsql.Count(v), "ns"),
		entsql.As(entsql.Sum(v), "total"),
		entsql.As(entsql.Min(v), "lo"),
		entsql.As(entsql.Max(v), "hi"),
		entsql.As(entsql.Sum(v+" * "+v), "sq"),
	}
}
