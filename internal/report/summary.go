package report

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"

	entsql "entgo.io/ent/dialect/sql"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/orgunit"
	"kinerja/ent/score"
	"kinerja/internal/scoring"
)

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
			return employeeHome(e)
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
	for i := range rows {
		r := &rows[i]
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
	codes := map[string]string{}
	switch by {
	case ByUnit:
		us, err := in.client.OrgUnit.Query().Where(orgunit.IDIn(ids()...)).All(ctx)
		if err != nil {
			return fmt.Errorf("label units: %w", err)
		}
		for _, u := range us {
			names[strconv.Itoa(u.ID)] = u.Name
			codes[strconv.Itoa(u.ID)] = u.Code
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
		if c, ok := codes[g.Key]; ok {
			g.Code = &c
		}
		if g.Key == "" {
			g.Label = "—"
		}
	}
	return nil
}

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
		g.add(&aggRow{Key: r.Key, N: r.N, NS: r.NS, Sum: r.Sum, Min: r.Min, Max: r.Max, SumSq: r.SumSq})
		g.finish()
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}
