package report

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"sort"
	"strconv"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/orgunit"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/predicate"

	entsql "entgo.io/ent/dialect/sql"
)

// The dashboards aggregate in SQL (GROUP BY) through ent queries, so the
// privacy rules narrow them exactly as they narrow lists: a supervisor's
// dashboard covers its chain of command, HR's the agency. Go only combines
// per-group sums (to roll units up their tree) and finishes the
// arithmetic.

// GroupBy is a dimension of scoreSummary.
type GroupBy string

// The dimensions.
const (
	ByUnit         GroupBy = "UNIT"
	ByCriterion    GroupBy = "CRITERION"
	ByRank         GroupBy = "RANK"
	ByPositionKind GroupBy = "POSITION_KIND"
	ByAppraiser    GroupBy = "APPRAISER"
)

// ScoreGroup is one group of scoreSummary.
type ScoreGroup struct {
	Key, Label                    string
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

func (g *ScoreGroup) add(r aggRow) {
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

func mean(sum float64, n int) *float64 {
	if n == 0 {
		return nil
	}
	v := math.Round(sum/float64(n)*100) / 100
	return &v
}

func (g *ScoreGroup) finish() {
	g.Average = mean(g.sum, g.n)
	g.Timeliness, g.Quality, g.Teamwork = mean(g.sT, g.nT), mean(g.sQ, g.nQ), mean(g.sW, g.nW)
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

// released is the status set counted by dashboards.
var released = []appraisal.Status{appraisal.StatusSubmitted, appraisal.StatusObjected, appraisal.StatusFinal}

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
		preds = append(preds, appraisal.HasPlanWith(plan.HasEmployeeWith(employee.HasUnitWith(orgunit.IDIn(ids...)))))
	}
	return in.client.Appraisal.Query().Where(preds...), nil
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

// ScoreSummary averages scores by the dimension. Units roll up their
// sub-units: with a unit given, each group is one of its child units with
// everything below it, plus the unit's own staff.
func (in *Insight) ScoreSummary(ctx context.Context, f Filter, by GroupBy) ([]*ScoreGroup, error) {
	if by == ByCriterion {
		return in.criterionSummary(ctx, f)
	}
	if by == ByUnit {
		var err error
		if f, err = in.defaultUnit(ctx, f); err != nil {
			return nil, err
		}
	}
	q, err := in.appraisals(ctx, f)
	if err != nil {
		return nil, err
	}
	rows, err := aggregate(ctx, q, func(s *entsql.Selector, _, e *entsql.SelectTable) string {
		switch by {
		case ByRank:
			return e.C(employee.FieldRank)
		case ByPositionKind:
			return e.C(employee.FieldPositionKind)
		case ByAppraiser:
			return s.C(appraisal.AppraiserColumn)
		default:
			return e.C(employee.UnitColumn)
		}
	})
	if err != nil {
		return nil, err
	}
	groups := map[string]*ScoreGroup{}
	keyOf := func(k string) string { return k }
	if by == ByUnit {
		roll, err := in.rollUp(ctx, f.UnitID)
		if err != nil {
			return nil, err
		}
		keyOf = func(k string) string { return roll[k] }
	}
	for _, r := range rows {
		k := keyOf(r.Key.String)
		g, ok := groups[k]
		if !ok {
			g = &ScoreGroup{Key: k}
			groups[k] = g
		}
		g.add(r)
	}
	out := make([]*ScoreGroup, 0, len(groups))
	for _, g := range groups {
		g.finish()
		out = append(out, g)
	}
	if err := in.label(ctx, by, out); err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Label < out[j].Label })
	return out, nil
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

// label names the groups.
func (in *Insight) label(ctx context.Context, by GroupBy, gs []*ScoreGroup) error {
	ids := func() []int {
		var out []int
		for _, g := range gs {
			if id, err := strconv.Atoi(g.Key); err == nil {
				out = append(out, id)
			}
		}
		return out
	}
	names := map[string]string{}
	switch by {
	case ByUnit:
		us, err := in.client.OrgUnit.Query().Where(orgunit.IDIn(ids()...)).All(ctx)
		if err != nil {
			return fmt.Errorf("label units: %w", err)
		}
		for _, u := range us {
			names[strconv.Itoa(u.ID)] = u.Name
		}
	case ByAppraiser:
		es, err := in.client.Employee.Query().Where(employee.IDIn(ids()...)).All(ctx)
		if err != nil {
			return fmt.Errorf("label appraisers: %w", err)
		}
		for _, e := range es {
			names[strconv.Itoa(e.ID)] = e.Name
		}
	}
	for _, g := range gs {
		g.Label = g.Key
		if n, ok := names[g.Key]; ok {
			g.Label = n
		}
		if g.Key == "" {
			g.Label = "—"
		}
	}
	return nil
}
