package workflow

import (
	"context"
	"fmt"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/criterion"
	"kinerja/ent/indicator"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/target"
	"kinerja/internal/authz"
	"kinerja/internal/scoring"
)

// teamworkCriterion is the criterion that stands for teamwork under each
// method: KOLABORATIF among the BerAKHLAK values, KERJA_SAMA in PP 46/2011.
func teamworkCriterion(m period.ScoringMethod) string {
	if m == period.ScoringMethodNumeric2011 {
		return "KERJA_SAMA"
	}
	return "KOLABORATIF"
}

// scoreValue is a detail score as a number: its value, or the advisory
// equivalent of its rating.
func scoreValue(s *ent.Score) (float64, bool) {
	switch {
	case s.Value != nil:
		return *s.Value, true
	case s.Rating != nil:
		return scoring.RatingValue(*s.Rating), true
	}
	return 0, false
}

// matrixOf returns the predikat matrix the period keeps, or the
// regulation's when it keeps none.
func matrixOf(per *ent.Period) (scoring.Matrix, error) {
	if len(per.PredikatMatrix) == 0 {
		return scoring.DefaultMatrix(), nil
	}
	return scoring.MatrixFromCells(per.PredikatMatrix)
}

// recompute derives everything computed on an appraisal from its ratings,
// its detail scores and the plan's realisations:
//   - per target, the numeric score of PP 46/2011 from realisations (quarters
//     up to the appraised one, against targets prorated to that quarter for
//     quantity, time and cost), stored as the target's score value;
//   - the SKP value, the behaviour value and the final score (60/40): the
//     result under NUMERIC_2011, advice under PERMENPAN_2022;
//   - the predikat: the band of the score (2011) or the matrix cell of the
//     two ratings (2022);
//   - timeliness, quality and teamwork, and suggested overall ratings.
func (s *Service) recompute(ctx context.Context, c *ent.Client, id int) error {
	// A derived computation over everything the appraisal depends on; the
	// caller has been authorised already.
	ctx = authz.System(ctx)
	a, err := c.Appraisal.Query().Where(appraisal.ID(id)).
		WithPlan(func(q *ent.PlanQuery) { q.WithPeriod() }).
		WithScores(func(q *ent.ScoreQuery) { q.WithCriterion().WithTarget() }).
		Only(ctx)
	if err != nil {
		return fmt.Errorf("read appraisal: %w", err)
	}
	per := a.Edges.Plan.Edges.Period
	method := per.ScoringMethod
	targets, err := c.Target.Query().Where(target.HasPlanWith(plan.ID(a.Edges.Plan.ID))).
		WithIndicators(func(q *ent.IndicatorQuery) { q.WithRealizations() }).
		Order(ent.Asc(target.FieldPosition), ent.Asc(target.FieldID)).
		All(ctx)
	if err != nil {
		return fmt.Errorf("read targets: %w", err)
	}
	upTo := 4
	if a.Kind == appraisal.KindQuarterly && a.Quarter != nil {
		upTo = *a.Quarter
	}

	var (
		planned      []scoring.Target
		timeliness   []float64
		quality      []float64
		realised     bool
		targetScores = map[int]float64{}
	)
	for _, t := range targets {
		var st scoring.Target
		for _, ind := range t.Edges.Indicators {
			aspect := scoring.Aspect(ind.Aspect)
			goal := ind.TargetValue
			if ind.Aspect != indicator.AspectQuality {
				goal *= float64(upTo) / 4
			}
			var values []float64
			for _, r := range ind.Edges.Realizations {
				if r.Quarter <= upTo {
					values = append(values, r.Value)
				}
			}
			st.Indicators = append(st.Indicators, scoring.Indicator{Aspect: aspect, Target: goal, Values: values})
			if total, ok := scoring.YearTotal(aspect, values); ok {
				realised = true
				v := scoring.AspectScore(aspect, goal, total)
				switch ind.Aspect {
				case indicator.AspectTime:
					timeliness = append(timeliness, v)
				case indicator.AspectQuality:
					quality = append(quality, v)
				}
			}
		}
		planned = append(planned, st)
		targetScores[t.ID] = scoring.Round2(scoring.TargetScore(st))
	}

	// Detail scores by criterion framework.
	var (
		behaviourValues  []float64
		behaviourRatings []scoring.Rating
		resultRatings    []scoring.Rating
		teamwork         *float64
		haveTarget       = map[int]*ent.Score{}
	)
	for _, sc := range a.Edges.Scores {
		if sc.Edges.Target != nil {
			haveTarget[sc.Edges.Target.ID] = sc
			if sc.Rating != nil {
				resultRatings = append(resultRatings, *sc.Rating)
			}
			continue
		}
		cr := sc.Edges.Criterion
		if cr == nil {
			continue
		}
		if cr.Code == teamworkCriterion(method) {
			if v, ok := scoreValue(sc); ok {
				teamwork = &v
			}
		}
		counts := (method == period.ScoringMethodNumeric2011 && cr.Framework == criterion.FrameworkPp46) ||
			(method == period.ScoringMethodPermenpan2022 && cr.Framework == criterion.FrameworkBerakhlak)
		if !counts {
			continue
		}
		if method == period.ScoringMethodNumeric2011 {
			if sc.Value != nil {
				behaviourValues = append(behaviourValues, *sc.Value)
			}
			continue
		}
		if v, ok := scoreValue(sc); ok {
			behaviourValues = append(behaviourValues, v)
		}
		if sc.Rating != nil {
			behaviourRatings = append(behaviourRatings, *sc.Rating)
		}
	}
	if len(behaviourValues) == 0 && method == period.ScoringMethodPermenpan2022 && a.BehaviourRating != nil {
		behaviourValues = []float64{scoring.RatingValue(*a.BehaviourRating)}
	}

	// Store each target's computed value beside the appraiser's rating.
	for _, t := range targets {
		v := targetScores[t.ID]
		if !realised {
			continue
		}
		if sc, ok := haveTarget[t.ID]; ok {
			if sc.Value == nil || *sc.Value != v {
				if err := c.Score.UpdateOne(sc).SetValue(v).Exec(ctx); err != nil {
					return fmt.Errorf("store target score: %w", err)
				}
			}
			continue
		}
		if err := c.Score.Create().SetAppraisalID(a.ID).SetTargetID(t.ID).SetValue(v).Exec(ctx); err != nil {
			return fmt.Errorf("store target score: %w", err)
		}
	}

	u := c.Appraisal.UpdateOneID(a.ID).
		ClearScore().ClearSKPScore().ClearBehaviourScore().ClearPredikat().
		ClearTimeliness().ClearQuality().ClearTeamwork().
		ClearSuggestedResultRating().ClearSuggestedBehaviourRating()
	skp, skpOK := scoring.SKPScore(planned)
	skpOK = skpOK && realised
	if skpOK {
		u.SetSKPScore(scoring.Round2(skp))
	}
	beh, behOK := scoring.BehaviourScore(behaviourValues)
	if behOK {
		u.SetBehaviourScore(scoring.Round2(beh))
	}
	if skpOK && behOK {
		final := scoring.FinalScore(skp, beh)
		u.SetScore(final)
		if method == period.ScoringMethodNumeric2011 {
			u.SetPredikat(scoring.Band(final))
		}
	}
	if method == period.ScoringMethodPermenpan2022 && a.ResultRating != nil && a.BehaviourRating != nil {
		m, err := matrixOf(per)
		if err != nil {
			return fmt.Errorf("period %d matrix: %w", per.ID, err)
		}
		p, err := m.Predikat(*a.ResultRating, *a.BehaviourRating)
		if err != nil {
			return fmt.Errorf("period %d matrix: %w", per.ID, err)
		}
		u.SetPredikat(p)
	}
	if v, ok := scoring.BehaviourScore(timeliness); ok {
		u.SetTimeliness(scoring.Round2(v))
	}
	if v, ok := scoring.BehaviourScore(quality); ok {
		u.SetQuality(scoring.Round2(v))
	}
	if teamwork != nil {
		u.SetTeamwork(*teamwork)
	}
	if r, ok := scoring.SuggestRating(resultRatings); ok {
		u.SetSuggestedResultRating(r)
	}
	if r, ok := scoring.SuggestRating(behaviourRatings); ok {
		u.SetSuggestedBehaviourRating(r)
	}
	if err := u.Exec(ctx); err != nil {
		return fmt.Errorf("store computed values: %w", err)
	}
	return nil
}
