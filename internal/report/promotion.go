package report

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/plan"
	"kinerja/internal/scoring"
)

// Candidate is an employee whose FINAL annual predikat in the period is at
// least Baik, with the conditions of its next promotion
// (scoring.PromotionConditions) and whether each holds. The list keeps the
// near misses: an employee is listed for its last year alone, and
// Conditions says what else holds and what is still missing.
type Candidate struct {
	EmployeeID int
	// Predikats are the FINAL annual predikat of the period's year and of
	// the year before, newest first; the year before is left out when it
	// has none.
	Predikats []scoring.Predikat
	// Functional is true for a functional post: the conditions are those
	// of PP 99/2000 art. 13 (years in rank, credit points, predikat), else
	// those of a regular rank promotion (years in rank, predikat, the
	// direct superior's rank).
	Functional bool
	// CreditPoints are the credit points earned in the period's year, a
	// whole year at its predikat (scoring.CreditPoints); nil for an
	// employee without a functional level.
	CreditPoints *float64
	// CreditPointsInRank are the credit points earned in the current rank,
	// which the condition CREDIT_POINTS compares with CreditPointsNeeded;
	// nil but for functional posts with a level.
	CreditPointsInRank *float64
	// CreditPointsNeeded are those the next rank needs
	// (scoring.CreditPointsNeeded); nil when unknown or not functional.
	CreditPointsNeeded *float64
	// YearsInRank is the time from the current rank's TMT to now, in years
	// rounded down to one decimal; nil when HR has not recorded the TMT.
	YearsInRank *float64
	// Eligible is true when every condition holds.
	Eligible   bool
	Conditions []scoring.Condition
}

// atLeastBaik lists the predikat for which scoring.AtLeastBaik holds, for
// SQL.
func atLeastBaik() []scoring.Predikat {
	var out []scoring.Predikat
	for _, v := range scoring.Predikat("").Values() {
		if p := scoring.Predikat(v); scoring.AtLeastBaik(p) {
			out = append(out, p)
		}
	}
	return out
}

// PromotionCandidates lists the employees in scope whose FINAL annual
// predikat in the period is at least Baik, ordered by employee ID, each
// with the promotion conditions as of now: its own and its direct
// superior's rank as the directory rule lets the caller read them (a
// superior's rank the caller may not read counts as unknown), its
// predikat and credit points from the appraisals the caller may read.
func (in *Insight) PromotionCandidates(ctx context.Context, f Filter, now time.Time) ([]*Candidate, error) {
	per, err := in.client.Period.Get(ctx, f.PeriodID)
	if err != nil {
		return nil, fmt.Errorf("read period: %w", err)
	}
	q, err := in.appraisals(ctx, f)
	if err != nil {
		return nil, err
	}
	var ids []int
	err = q.Where(appraisal.StatusEQ(appraisal.Status(scoring.StatusFinal)), appraisal.PredikatIn(atLeastBaik()...)).
		Modify(func(s *entsql.Selector) {
			p := entsql.Table(plan.Table)
			s.Join(p).On(s.C(appraisal.PlanColumn), p.C(plan.FieldID))
			s.Select(p.C(plan.EmployeeColumn)).Distinct()
		}).Scan(ctx, &ids)
	if err != nil {
		return nil, fmt.Errorf("employees at least Baik in the period: %w", err)
	}
	if len(ids) == 0 {
		return []*Candidate{}, nil
	}
	emps, err := in.client.Employee.Query().Where(employee.IDIn(ids...)).WithSupervisor().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("read candidates: %w", err)
	}
	preds, err := in.finalPredikats(ctx, ids, per.Year)
	if err != nil {
		return nil, err
	}
	out := make([]*Candidate, 0, len(emps))
	for _, e := range emps {
		out = append(out, candidate(e, preds[e.ID], per.Year, now))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].EmployeeID < out[j].EmployeeID })
	return out, nil
}

// candidate applies the promotion conditions to one employee with its
// FINAL predikat by year, for the period's year.
func candidate(e *ent.Employee, byYear map[int]scoring.Predikat, year int, now time.Time) *Candidate {
	c := &Candidate{EmployeeID: e.ID, Functional: e.PositionKind == employee.PositionKindFungsional}
	for _, y := range []int{year, year - 1} {
		if p, ok := byYear[y]; ok {
			c.Predikats = append(c.Predikats, p)
		}
	}
	pns := e.Type == employee.TypePNS
	in := scoring.PromotionInput{
		Functional:        c.Functional,
		RankIndex:         scoring.RankIndex(e.Rank, pns),
		SuperiorRankIndex: -1,
	}
	if _, ok := byYear[year]; ok {
		in.LastTwo = slices.Clone(c.Predikats) // newest first, the year before when known
	}
	if s := e.Edges.Supervisor; s != nil {
		in.SuperiorRankIndex = scoring.RankIndex(s.Rank, s.Type == employee.TypePNS)
	}
	if e.RankSince != nil {
		y := yearsBetween(*e.RankSince, now)
		in.YearsInRank = math.Floor(y*100) / 100 // never rounded up to the minimum
		shown := math.Floor(y*10) / 10
		c.YearsInRank = &shown
	}
	if e.FunctionalLevel != nil {
		level := string(*e.FunctionalLevel)
		if pts, ok := scoring.CreditPoints(level, byYear[year], monthsInYear); ok {
			c.CreditPoints = &pts
		}
		if c.Functional {
			hist := scoring.CreditHistory(level, creditYears(byYear, e.RankSince))
			var total float64
			if n := len(hist); n > 0 {
				total = hist[n-1].Cumulative
			}
			c.CreditPointsInRank, in.CreditPoints = &total, total
			if need, ok := scoring.CreditPointsNeeded(level, in.RankIndex); ok && pns {
				c.CreditPointsNeeded, in.CreditPointsNeeded = &need, need
			}
		}
	}
	c.Eligible, c.Conditions = scoring.PromotionConditions(in)
	if e.RankSince == nil {
		for i := range c.Conditions {
			if c.Conditions[i].Code == scoring.CondYearsInRank {
				c.Conditions[i] = unknownYearsInRank(c.Functional)
			}
		}
	}
	return c
}

// unknownYearsInRank is the condition YEARS_IN_RANK of an employee whose
// rank's TMT HR has not recorded: it cannot hold.
func unknownYearsInRank(functional bool) scoring.Condition {
	minYears := scoring.RegularYearsInRank
	if functional {
		minYears = scoring.FunctionalYearsInRank
	}
	n := strconv.Itoa(minYears)
	return scoring.Condition{
		Code: scoring.CondYearsInRank,
		ID:   "Masa dalam pangkat tidak diketahui: TMT pangkat belum dicatat (paling sedikit " + n + " tahun)",
		EN:   "Years in rank unknown: the rank's TMT is not recorded (at least " + n + ")",
	}
}

// yearsBetween is the time from since to now in years: the whole years by
// the calendar, and the part of the year after the last anniversary. It is
// 0 when now is before since.
func yearsBetween(since, now time.Time) float64 {
	if now.Before(since) {
		return 0
	}
	n := now.Year() - since.Year()
	if since.AddDate(n, 0, 0).After(now) {
		n--
	}
	from, to := since.AddDate(n, 0, 0), since.AddDate(n+1, 0, 0)
	return float64(n) + now.Sub(from).Hours()/to.Sub(from).Hours()
}
