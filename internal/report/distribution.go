package report

import (
	"context"
	"database/sql"
	"fmt"
	"math"

	entsql "entgo.io/ent/dialect/sql"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/orgunit"
	"kinerja/ent/period"
	"kinerja/ent/unitrating"
	"kinerja/internal/scoring"
)

// PredikatBucket is the count of one predikat.
type PredikatBucket struct {
	Predikat scoring.Predikat
	Count    int
	Share    float64
}

// Distribution is the spread of predikat beside the unit's curve.
type Distribution struct {
	Total      int
	FinalCount int
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
	finals, err := q.Clone().Where(appraisal.StatusEQ(appraisal.StatusFinal)).Count(ctx)
	if err != nil {
		return nil, fmt.Errorf("predikat distribution: final appraisals: %w", err)
	}
	err = q.Modify(func(s *entsql.Selector) {
		s.Select(entsql.As(s.C(appraisal.FieldPredikat), "predikat"), entsql.As(entsql.Count("*"), "n")).
			GroupBy(s.C(appraisal.FieldPredikat))
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("predikat distribution: %w", err)
	}
	counts := map[scoring.Predikat]int{}
	d := &Distribution{Buckets: []*PredikatBucket{}, FinalCount: finals}
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
				g := c.Text(lang)
				d.Guideline = &g
				d.Deviations = scoring.DeviationTexts(c.Deviations(counts), lang)
				d.Deviates = len(d.Deviations) > 0
			}
		}
	}
	return d, nil
}
