package report_test

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/recommendation"
	"kinerja/internal/authz"
	"kinerja/internal/report"
	"kinerja/internal/scoring"
	"kinerja/internal/seed"
	"kinerja/internal/store"
	"kinerja/internal/viewer"
)

// shared is the demo organisation, loaded once for the aggregate tests
// (they only read): two years of appraisals with a spread of predikat,
// objections and appraisers of different leniency.
var shared struct {
	once       sync.Once
	client     *ent.Client
	last, this *ent.Period
	err        error
}

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "kinerja-report-")
	if err != nil {
		fmt.Fprintf(os.Stderr, "report tests: temporary folder: %v\n", err)
		os.Exit(1)
	}
	code := func() int {
		defer os.RemoveAll(dir)
		shared.once.Do(func() {
			ctx := context.Background()
			st, err := store.Open(ctx, filepath.Join(dir, "demo.db"))
			if err != nil {
				shared.err = err
				return
			}
			if err := st.Migrate(ctx); err != nil {
				shared.err = err
				return
			}
			if err := seed.Demo(ctx, st.Client, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)); err != nil {
				shared.err = err
				return
			}
			ps := st.Client.Period.Query().Order(ent.Asc(period.FieldYear)).AllX(authz.System(ctx))
			shared.client, shared.last, shared.this = st.Client, ps[len(ps)-2], ps[len(ps)-1]
		})
		return m.Run()
	}()
	os.Exit(code)
}

func demo(t *testing.T) (*ent.Client, *ent.Period, *ent.Period) {
	t.Helper()
	if shared.err != nil {
		t.Fatalf("load the demo: %v", shared.err)
	}
	return shared.client, shared.last, shared.this
}

func hrCtx(c *ent.Client) context.Context {
	hr := c.Employee.Query().Where(employee.NIP(seed.DemoHRAdmin.NIP)).OnlyX(authz.System(context.Background()))
	return viewer.NewContext(context.Background(), &viewer.Viewer{EmployeeID: hr.ID, Roles: []viewer.Role{viewer.HRAdmin}})
}

// loaded is the brute-force side: every released annual appraisal of the
// period with what the groups need, read row by row.
type loaded struct {
	a    *ent.Appraisal
	emp  *ent.Employee
	unit int
}

func released(t *testing.T, c *ent.Client, per *ent.Period) []loaded {
	t.Helper()
	ctx := authz.System(context.Background())
	as := c.Appraisal.Query().Where(
		appraisal.KindEQ(appraisal.KindAnnual),
		appraisal.StatusIn(appraisal.StatusSubmitted, appraisal.StatusObjected, appraisal.StatusFinal),
		appraisal.HasPlanWith(plan.HasPeriodWith(period.ID(per.ID))),
	).WithAppraiser().WithObjections().WithScores(func(q *ent.ScoreQuery) { q.WithCriterion() }).
		WithPlan(func(q *ent.PlanQuery) { q.WithEmployee(func(q *ent.EmployeeQuery) { q.WithUnit() }) }).AllX(ctx)
	out := make([]loaded, len(as))
	for i, a := range as {
		e := a.Edges.Plan.Edges.Employee
		out[i] = loaded{a: a, emp: e, unit: e.Edges.Unit.ID}
	}
	return out
}

type brute struct {
	n, ns       int
	sum, lo, hi float64
	nt, nq, nw  int
	st, sq, sw  float64
}

func (b *brute) add(a *ent.Appraisal) {
	b.n++
	if a.Score != nil {
		if b.ns == 0 || *a.Score < b.lo {
			b.lo = *a.Score
		}
		if b.ns == 0 || *a.Score > b.hi {
			b.hi = *a.Score
		}
		b.ns++
		b.sum += *a.Score
	}
	if a.Timeliness != nil {
		b.nt++
		b.st += *a.Timeliness
	}
	if a.Quality != nil {
		b.nq++
		b.sq += *a.Quality
	}
	if a.Teamwork != nil {
		b.nw++
		b.sw += *a.Teamwork
	}
}

func near(got *float64, sum float64, n int) bool {
	if n == 0 {
		return got == nil
	}
	return got != nil && math.Abs(*got-sum/float64(n)) < 0.006
}

func check(t *testing.T, name string, g *report.ScoreGroup, b *brute) {
	t.Helper()
	if g.Count != b.n || !near(g.Average, b.sum, b.ns) || !near(g.Timeliness, b.st, b.nt) || !near(g.Quality, b.sq, b.nq) || !near(g.Teamwork, b.sw, b.nw) {
		t.Errorf("%s: SQL %d/%v/%v/%v/%v, brute force %d/%.2f/%.2f/%.2f/%.2f", name, g.Count, deref(g.Average), deref(g.Timeliness), deref(g.Quality), deref(g.Teamwork),
			b.n, b.sum/float64(max(1, b.ns)), b.st/float64(max(1, b.nt)), b.sq/float64(max(1, b.nq)), b.sw/float64(max(1, b.nw)))
	}
	if b.ns > 0 && (g.Min == nil || *g.Min != b.lo || g.Max == nil || *g.Max != b.hi) {
		t.Errorf("%s: min/max %v/%v, want %v/%v", name, deref(g.Min), deref(g.Max), b.lo, b.hi)
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestScoreSummaryMatchesBruteForce(t *testing.T) {
	c, last, _ := demo(t)
	ctx := hrCtx(c)
	in := report.New(c)
	rows := released(t, c, last)
	if len(rows) < 80 {
		t.Fatalf("demo has %d released annual appraisals last year", len(rows))
	}

	// UNIT: the top unit's children, each with its sub-units, plus the
	// top unit's own staff.
	sys := authz.System(context.Background())
	units := c.OrgUnit.Query().WithParent().AllX(sys)
	parent := map[int]int{}
	var top int
	for _, u := range units {
		if u.Edges.Parent != nil {
			parent[u.ID] = u.Edges.Parent.ID
		} else {
			top = u.ID
		}
	}
	groupOf := func(u int) int {
		for u != top && parent[u] != top {
			u = parent[u]
		}
		return u
	}
	want := map[string]*brute{}
	for _, r := range rows {
		k := strconv.Itoa(groupOf(r.unit))
		if want[k] == nil {
			want[k] = &brute{}
		}
		want[k].add(r.a)
	}
	gs, err := in.ScoreSummary(ctx, report.Filter{PeriodID: last.ID}, report.ByUnit)
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != len(want) || len(gs) < 5 {
		t.Errorf("UNIT groups = %d, want %d (at least 5)", len(gs), len(want))
	}
	for _, g := range gs {
		check(t, "UNIT "+g.Label, g, want[g.Key])
	}

	// RANK, POSITION_KIND, APPRAISER.
	for _, by := range []report.GroupBy{report.ByRank, report.ByPositionKind, report.ByAppraiser} {
		want := map[string]*brute{}
		for _, r := range rows {
			var k string
			switch by {
			case report.ByRank:
				k = r.emp.Rank
			case report.ByPositionKind:
				k = string(r.emp.PositionKind)
			case report.ByAppraiser:
				if r.a.Edges.Appraiser != nil {
					k = strconv.Itoa(r.a.Edges.Appraiser.ID)
				}
			}
			if want[k] == nil {
				want[k] = &brute{}
			}
			want[k].add(r.a)
		}
		gs, err := in.ScoreSummary(ctx, report.Filter{PeriodID: last.ID}, by)
		if err != nil {
			t.Fatal(err)
		}
		if len(gs) != len(want) {
			t.Errorf("%s groups = %d, want %d", by, len(gs), len(want))
		}
		for _, g := range gs {
			if want[g.Key] == nil {
				t.Errorf("%s group %q not in the brute force", by, g.Key)
				continue
			}
			check(t, string(by)+" "+g.Label, g, want[g.Key])
		}
	}

	// CRITERION: values, or the advisory equivalent of ratings.
	crit := map[string]*brute{}
	for _, r := range rows {
		for _, s := range r.a.Edges.Scores {
			if s.Edges.Criterion == nil {
				continue
			}
			k := s.Edges.Criterion.Code
			if crit[k] == nil {
				crit[k] = &brute{}
			}
			v := 0.0
			switch {
			case s.Value != nil:
				v = *s.Value
			case s.Rating != nil:
				v = scoring.RatingValue(*s.Rating)
			}
			crit[k].add(&ent.Appraisal{Score: &v})
		}
	}
	cs, err := in.ScoreSummary(ctx, report.Filter{PeriodID: last.ID}, report.ByCriterion)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != len(crit) || len(cs) < 7 {
		t.Errorf("CRITERION groups = %d, want %d", len(cs), len(crit))
	}
	for _, g := range cs {
		b := crit[g.Key]
		if b == nil || g.Count != b.n || !near(g.Average, b.sum, b.ns) {
			t.Errorf("CRITERION %s: %d %v, brute force %+v", g.Key, g.Count, deref(g.Average), b)
		}
	}
}

func TestDistributionCalibrationAndNeeds(t *testing.T) {
	c, last, this := demo(t)
	ctx := hrCtx(c)
	in := report.New(c)
	rows := released(t, c, last)

	d, err := in.PredikatDistribution(ctx, report.Filter{PeriodID: last.ID}, "id")
	if err != nil {
		t.Fatal(err)
	}
	counts := map[scoring.Predikat]int{}
	for _, r := range rows {
		counts[*r.a.Predikat]++
	}
	if d.Total != len(rows) {
		t.Errorf("distribution total = %d, want %d", d.Total, len(rows))
	}
	for _, b := range d.Buckets {
		if b.Count != counts[b.Predikat] {
			t.Errorf("bucket %s = %d, want %d", b.Predikat, b.Count, counts[b.Predikat])
		}
	}
	if d.UnitRating == nil || d.Guideline == nil {
		t.Errorf("no unit rating or guideline for the top unit: %+v", d)
	}

	// Calibration: mean, spread, gap to the unit mean, objections.
	stats, err := in.AppraiserCalibration(ctx, report.Filter{PeriodID: last.ID})
	if err != nil {
		t.Fatal(err)
	}
	type acc struct {
		xs                          []float64
		objections, upheld, revised int
	}
	by := map[int]*acc{}
	var all []float64
	for _, r := range rows {
		if r.a.Edges.Appraiser == nil {
			all = append(all, *r.a.Score) // appraised by HR for the head: in the unit mean only
			continue
		}
		id := r.a.Edges.Appraiser.ID
		if by[id] == nil {
			by[id] = &acc{}
		}
		by[id].xs = append(by[id].xs, *r.a.Score)
		all = append(all, *r.a.Score)
		for _, o := range r.a.Edges.Objections {
			by[id].objections++
			switch o.Status {
			case "UPHELD":
				by[id].upheld++
			case "REVISED":
				by[id].revised++
			}
		}
	}
	unitMean := meanOf(all)
	if len(stats) != len(by) || len(stats) < 5 {
		t.Errorf("appraisers = %d, want %d", len(stats), len(by))
	}
	var lenient, severe, objected bool
	for _, s := range stats {
		a := by[s.AppraiserID]
		m := meanOf(a.xs)
		var sd float64
		for _, x := range a.xs {
			sd += (x - m) * (x - m)
		}
		sd = math.Sqrt(sd / float64(len(a.xs)))
		if s.Appraised != len(a.xs) || math.Abs(*s.Mean-m) > 0.006 || math.Abs(*s.Stddev-sd) > 0.01 || math.Abs(*s.GapToUnitMean-(m-unitMean)) > 0.011 {
			t.Errorf("appraiser %d: %d %.2f±%.2f gap %.2f, brute force %d %.2f±%.2f gap %.2f", s.AppraiserID, s.Appraised, *s.Mean, *s.Stddev, *s.GapToUnitMean, len(a.xs), m, sd, m-unitMean)
		}
		if s.Objections != a.objections || s.Upheld != a.upheld || s.Revised != a.revised {
			t.Errorf("appraiser %d objections %d/%d/%d, want %d/%d/%d", s.AppraiserID, s.Objections, s.Upheld, s.Revised, a.objections, a.upheld, a.revised)
		}
		lenient = lenient || *s.GapToUnitMean > 1
		severe = severe || *s.GapToUnitMean < -1
		objected = objected || s.Objections > 0
	}
	if !lenient || !severe || !objected {
		t.Errorf("the demo lacks a lenient (%v) or severe (%v) appraiser, or objections (%v)", lenient, severe, objected)
	}

	// Training needs: distinct employees per criterion.
	needs, err := in.TrainingNeeds(ctx, report.Filter{PeriodID: last.ID})
	if err != nil {
		t.Fatal(err)
	}
	sys := authz.System(context.Background())
	recs := c.Recommendation.Query().Where(recommendation.HasPeriodWith(period.ID(last.ID)), recommendation.StatusNEQ(recommendation.StatusCancelled)).
		WithCriterion().WithEmployee().AllX(sys)
	people := map[int]map[int]bool{}
	for _, r := range recs {
		if people[r.Edges.Criterion.ID] == nil {
			people[r.Edges.Criterion.ID] = map[int]bool{}
		}
		people[r.Edges.Criterion.ID][r.Edges.Employee.ID] = true
	}
	if len(needs) == 0 || len(needs) != len(people) {
		t.Errorf("training needs = %d criteria, want %d (non-zero)", len(needs), len(people))
	}
	for _, n := range needs {
		if n.Employees != len(people[n.CriterionID]) || len(n.ProgramIDs) == 0 {
			t.Errorf("need %d: %d employees, %d programmes; want %d", n.CriterionID, n.Employees, len(n.ProgramIDs), len(people[n.CriterionID]))
		}
	}

	// Development hours this year: some completed, many below 20 JP.
	hours, err := in.DevelopmentHours(ctx, report.Filter{PeriodID: this.ID})
	if err != nil {
		t.Fatal(err)
	}
	var some, below int
	for _, h := range hours {
		if h.Hours > 0 {
			some++
		}
		if h.Flag == scoring.HoursBelowMinimum {
			below++
		}
	}
	if some == 0 || below == 0 || len(hours) < 80 {
		t.Errorf("development hours: %d employees, %d with hours, %d below 20 JP", len(hours), some, below)
	}
}

func meanOf(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func TestPromotionTalentCompletionTrend(t *testing.T) {
	c, last, this := demo(t)
	ctx := hrCtx(c)
	in := report.New(c)
	sys := authz.System(context.Background())

	// Promotion: everyone with a final annual predikat of at least Baik in
	// the period is listed; eligible only with the other conditions too.
	cands, err := in.PromotionCandidates(ctx, report.Filter{PeriodID: last.ID}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	good := map[int]map[int]bool{} // employee → year
	for _, a := range c.Appraisal.Query().Where(appraisal.KindEQ(appraisal.KindAnnual), appraisal.StatusEQ(appraisal.StatusFinal),
		appraisal.PredikatIn(scoring.SangatBaik, scoring.Baik),
		appraisal.HasPlanWith(plan.HasPeriodWith(period.YearIn(last.Year, last.Year-1)))).
		WithPlan(func(q *ent.PlanQuery) { q.WithEmployee().WithPeriod() }).AllX(sys) {
		e := a.Edges.Plan.Edges.Employee.ID
		if good[e] == nil {
			good[e] = map[int]bool{}
		}
		good[e][a.Edges.Plan.Edges.Period.Year] = true
	}
	want := 0
	for _, ys := range good {
		if ys[last.Year] {
			want++
		}
	}
	if len(cands) != want || want == 0 {
		t.Errorf("promotion candidates = %d, want %d (non-zero)", len(cands), want)
	}
	for _, cd := range cands {
		var predikat *scoring.Condition
		for i := range cd.Conditions {
			if cd.Conditions[i].Code == scoring.CondPredikat {
				predikat = &cd.Conditions[i]
			}
		}
		both := good[cd.EmployeeID][last.Year] && good[cd.EmployeeID][last.Year-1]
		if predikat == nil || predikat.Holds != both || (cd.Eligible && !both) {
			t.Errorf("candidate %d: %v, conditions %+v; two good years %v", cd.EmployeeID, cd.Predikats, cd.Conditions, both)
		}
	}

	// Talent grid: nine cells holding every final appraisal once.
	cells, err := in.TalentGrid(ctx, report.Filter{PeriodID: last.ID})
	if err != nil {
		t.Fatal(err)
	}
	n, filled := 0, 0
	for _, cell := range cells {
		n += len(cell.EmployeeIDs)
		if len(cell.EmployeeIDs) > 0 {
			filled++
		}
	}
	finals := c.Appraisal.Query().Where(appraisal.KindEQ(appraisal.KindAnnual), appraisal.StatusEQ(appraisal.StatusFinal),
		appraisal.HasPlanWith(plan.HasPeriodWith(period.ID(last.ID)))).CountX(sys)
	if len(cells) != 9 || n != finals || filled < 4 {
		t.Errorf("talent grid: %d cells, %d placed (want %d), %d filled", len(cells), n, finals, filled)
	}

	// Completion this year: plans by status add up to the brute force.
	comp, err := in.Completion(ctx, report.Filter{PeriodID: this.ID})
	if err != nil {
		t.Fatal(err)
	}
	var emps, plans, agreed int
	for _, u := range comp {
		emps += u.Employees
		plans += u.PlansDraft + u.PlansSubmitted + u.PlansAgreed + u.PlansReturned + u.PlansEscalated
		agreed += u.PlansAgreed
	}
	wantPlans := c.Plan.Query().Where(plan.HasPeriodWith(period.ID(this.ID))).CountX(sys)
	wantAgreed := c.Plan.Query().Where(plan.HasPeriodWith(period.ID(this.ID)), plan.StatusEQ(plan.StatusAgreed)).CountX(sys)
	if emps != c.Employee.Query().Where(employee.External(false)).CountX(sys) || plans != wantPlans || agreed != wantAgreed || len(comp) < 5 {
		t.Errorf("completion: %d employees, %d plans, %d agreed over %d units; want %d plans, %d agreed", emps, plans, agreed, len(comp), wantPlans, wantAgreed)
	}

	// Trend: one point per period; last year's equals its summary.
	tr, err := in.Trend(ctx, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	rows := released(t, c, last)
	if len(tr) != 3 || tr[1].Group.Count != len(rows) || tr[0].Group.Count == 0 {
		t.Errorf("trend = %d points, last year's count %d; want 3 and %d", len(tr), tr[1].Group.Count, len(rows))
	}
}

func TestDashboardsFollowTheChainOfCommand(t *testing.T) {
	c, last, _ := demo(t)
	sys := authz.System(context.Background())
	sup := c.Employee.Query().Where(employee.NIP(seed.DemoSupervisor.NIP)).OnlyX(sys)
	ctx := viewer.NewContext(context.Background(), &viewer.Viewer{EmployeeID: sup.ID})
	// The chain: the supervisor and everyone below.
	chain := map[int]bool{sup.ID: true}
	for changed := true; changed; {
		changed = false
		for _, e := range c.Employee.Query().WithSupervisor().AllX(sys) {
			if e.Edges.Supervisor != nil && chain[e.Edges.Supervisor.ID] && !chain[e.ID] {
				chain[e.ID] = true
				changed = true
			}
		}
	}
	want := 0
	var ids []int
	for _, r := range released(t, c, last) {
		if chain[r.emp.ID] || (r.a.Edges.Appraiser != nil && r.a.Edges.Appraiser.ID == sup.ID) {
			want++
			ids = append(ids, r.a.ID)
		}
	}
	gs, err := report.New(c).ScoreSummary(ctx, report.Filter{PeriodID: last.ID}, report.ByPositionKind)
	if err != nil {
		t.Fatal(err)
	}
	got := 0
	for _, g := range gs {
		got += g.Count
	}
	sort.Ints(ids)
	if got != want || want == 0 || want > 30 {
		t.Errorf("the supervisor's summary covers %d appraisals, want its chain's %d", got, want)
	}
}
