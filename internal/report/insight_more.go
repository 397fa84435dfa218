package report

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"sort"
	"strconv"
	"time"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/criterion"
	"kinerja/ent/employee"
	"kinerja/ent/objection"
	"kinerja/ent/orgunit"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/predicate"
	"kinerja/ent/recommendation"
	"kinerja/ent/score"
	"kinerja/ent/trainingprogram"
	"kinerja/ent/unitrating"
	"kinerja/internal/scoring"

	entsql "entgo.io/ent/dialect/sql"
)

// criterionSummary averages the detail scores per criterion: a value where
// the appraiser gave one, the advisory equivalent of the rating otherwise.
func (in *Insight) criterionSummary(ctx context.Context, f Filter) ([]*ScoreGroup, error) {
	aq, err := in.appraisals(ctx, f)
	if err != nil {
		return nil, err
	}
	ids, err := aq.IDs(ctx)
	if err != nil {
		return nil, fmt.Errorf("criterion summary: %w", err)
	}
	if len(ids) == 0 {
		return []*ScoreGroup{}, nil
	}
	var rows []struct {
		Key   sql.NullString  `sql:"key"`
		N     int             `sql:"n"`
		NS    int             `sql:"ns"`
		Sum   sql.NullFloat64 `sql:"total"`
		Min   sql.NullFloat64 `sql:"lo"`
		Max   sql.NullFloat64 `sql:"hi"`
		SumSq sql.NullFloat64 `sql:"sq"`
	}
	err = in.client.Score.Query().
		Where(score.HasAppraisalWith(appraisal.IDIn(ids...)), score.HasCriterion()).
		Modify(func(s *entsql.Selector) {
			v := fmt.Sprintf("COALESCE(%s, CASE %s WHEN 'ABOVE' THEN %g WHEN 'MEETS' THEN %g WHEN 'BELOW' THEN %g END)",
				s.C(score.FieldValue), s.C(score.FieldRating),
				scoring.RatingValue(scoring.Above), scoring.RatingValue(scoring.Meets), scoring.RatingValue(scoring.Below))
			k := s.C(score.CriterionColumn)
			s.Select(valueColumns(k, v)...).GroupBy(k)
		}).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("criterion summary: %w", err)
	}
	crit, err := in.client.Criterion.Query().All(ctx)
	if err != nil {
		return nil, err
	}
	names := map[string]*ent.Criterion{}
	for _, c := range crit {
		names[strconv.Itoa(c.ID)] = c
	}
	out := []*ScoreGroup{}
	for _, r := range rows {
		g := &ScoreGroup{Key: r.Key.String}
		if c, ok := names[g.Key]; ok {
			g.Key, g.Label = c.Code, c.Name
		}
		g.add(aggRow{Key: r.Key, N: r.N, NS: r.NS, Sum: r.Sum, Min: r.Min, Max: r.Max, SumSq: r.SumSq})
		g.finish()
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}

// PredikatBucket is the count of one predikat.
type PredikatBucket struct {
	Predikat scoring.Predikat
	Count    int
	Share    float64
}

// Distribution is the spread of predikat beside the unit's curve.
type Distribution struct {
	Total      int
	Buckets    []*PredikatBucket
	UnitRating *string
	Guideline  *string
	Deviates   bool
	Deviations []string
}

// PredikatDistribution counts predikat and compares them with the curve
// the unit's own rating sets (unitID, or the agency's top unit).
func (in *Insight) PredikatDistribution(ctx context.Context, f Filter, lang string) (*Distribution, error) {
	f, err := in.defaultUnit(ctx, f)
	if err != nil {
		return nil, err
	}
	q, err := in.appraisals(ctx, f)
	if err != nil {
		return nil, err
	}
	var rows []struct {
		Predikat sql.NullString `sql:"predikat"`
		N        int            `sql:"n"`
	}
	err = q.Modify(func(s *entsql.Selector) {
		s.Select(entsql.As(s.C(appraisal.FieldPredikat), "predikat"), entsql.As(entsql.Count("*"), "n")).
			GroupBy(s.C(appraisal.FieldPredikat))
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("predikat distribution: %w", err)
	}
	counts := map[scoring.Predikat]int{}
	d := &Distribution{Buckets: []*PredikatBucket{}}
	for _, r := range rows {
		if r.Predikat.Valid {
			counts[scoring.Predikat(r.Predikat.String)] += r.N
			d.Total += r.N
		}
	}
	for _, p := range scoring.Predikat("").Values() {
		pk := scoring.Predikat(p)
		if counts[pk] == 0 && !pk.Is2022() {
			continue
		}
		b := &PredikatBucket{Predikat: pk, Count: counts[pk]}
		if d.Total > 0 {
			b.Share = math.Round(float64(b.Count)/float64(d.Total)*10000) / 10000
		}
		d.Buckets = append(d.Buckets, b)
	}
	if f.UnitID != nil {
		ur, err := in.client.UnitRating.Query().
			Where(unitrating.HasPeriodWith(period.ID(f.PeriodID)), unitrating.HasUnitWith(orgunit.ID(*f.UnitID))).Only(ctx)
		switch {
		case ent.IsNotFound(err):
		case err != nil:
			return nil, fmt.Errorf("unit rating: %w", err)
		default:
			r := string(ur.Rating)
			d.UnitRating = &r
			if c, ok := scoring.CurveFor(scoring.UnitRating(r)); ok {
				g := c.ID
				if lang == "en" {
					g = c.EN
				}
				d.Guideline = &g
				d.Deviations = c.Deviations(counts)
				d.Deviates = len(d.Deviations) > 0
			}
		}
	}
	return d, nil
}

// AppraiserStats is one appraiser's calibration line.
type AppraiserStats struct {
	AppraiserID                 int
	Appraised                   int
	Mean, Stddev, GapToUnitMean *float64
	Objections, Upheld          int
	Revised                     int
	MeanPredikatRank            *float64
}

// AppraiserCalibration compares each appraiser's scores with the unit's:
// leniency shows as a positive gap, severity as a negative one; objections
// filed against its appraisals, and how they were decided, sit beside.
func (in *Insight) AppraiserCalibration(ctx context.Context, f Filter) ([]*AppraiserStats, error) {
	q, err := in.appraisals(ctx, f)
	if err != nil {
		return nil, err
	}
	rows, err := aggregate(ctx, q.Clone(), func(s *entsql.Selector, _, _ *entsql.SelectTable) string { return s.C(appraisal.AppraiserColumn) })
	if err != nil {
		return nil, err
	}
	all := &ScoreGroup{}
	out := []*AppraiserStats{}
	for _, r := range rows {
		all.add(r)
		if !r.Key.Valid {
			continue
		}
		id, err := strconv.Atoi(r.Key.String)
		if err != nil {
			continue
		}
		g := &ScoreGroup{}
		g.add(r)
		g.finish()
		out = append(out, &AppraiserStats{AppraiserID: id, Appraised: g.Count, Mean: g.Average, Stddev: g.stddev()})
	}
	unitMean := mean(all.sum, all.n)
	for _, s := range out {
		if s.Mean != nil && unitMean != nil {
			gap := math.Round((*s.Mean-*unitMean)*100) / 100
			s.GapToUnitMean = &gap
		}
	}
	ids, err := q.Clone().IDs(ctx)
	if err != nil {
		return nil, err
	}
	var objs []struct {
		Appraiser sql.NullString `sql:"appraiser"`
		Status    string         `sql:"status"`
		N         int            `sql:"n"`
	}
	if len(ids) > 0 {
		err = in.client.Objection.Query().Where(objection.HasAppraisalWith(appraisal.IDIn(ids...))).
			Modify(func(s *entsql.Selector) {
				a := entsql.Table(appraisal.Table)
				s.Join(a).On(s.C(objection.AppraisalColumn), a.C(appraisal.FieldID))
				s.Select(entsql.As(a.C(appraisal.AppraiserColumn), "appraiser"), entsql.As(s.C(objection.FieldStatus), "status"), entsql.As(entsql.Count("*"), "n")).
					GroupBy(a.C(appraisal.AppraiserColumn), s.C(objection.FieldStatus))
			}).Scan(ctx, &objs)
		if err != nil {
			return nil, fmt.Errorf("objections per appraiser: %w", err)
		}
	}
	byID := map[string]*AppraiserStats{}
	for _, s := range out {
		byID[strconv.Itoa(s.AppraiserID)] = s
	}
	for _, o := range objs {
		s, ok := byID[o.Appraiser.String]
		if !ok {
			continue
		}
		s.Objections += o.N
		switch objection.Status(o.Status) {
		case objection.StatusUpheld:
			s.Upheld += o.N
		case objection.StatusRevised:
			s.Revised += o.N
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].AppraiserID < out[j].AppraiserID })
	return out, nil
}

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
