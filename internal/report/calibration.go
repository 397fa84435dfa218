package report

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"sort"
	"strconv"

	entsql "entgo.io/ent/dialect/sql"

	"kinerja/ent/appraisal"
	"kinerja/ent/objection"
)

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
	for i := range rows {
		r := &rows[i]
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
