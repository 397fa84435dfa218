package workflow

import (
	"context"
	"fmt"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/orgunit"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/target"
	"kinerja/ent/unitrating"
	"kinerja/internal/authz"
	"kinerja/internal/scoring"
)

// methodOf is the period's scoring method as the scoring package names it.
func methodOf(per *ent.Period) scoring.Method { return scoring.Method(per.ScoringMethod) }

// matrixOf returns the predikat matrix the period keeps, or the
// regulation's when it keeps none.
func matrixOf(per *ent.Period) (scoring.Matrix, error) {
	if len(per.PredikatMatrix) == 0 {
		return scoring.DefaultMatrix(), nil
	}
	return scoring.MatrixFromCells(per.PredikatMatrix)
}

// recompute derives everything computed on an appraisal: it loads the
// appraisal, its plan's targets with their realisations and the detail
// scores, lets scoring.Appraise compute, and stores the result. The goal of
// each indicator is scoring.PeriodGoal, so a quarterly appraisal measures
// what is recorded up to its quarter against the target, never a target
// scaled down to the quarter.
func (s *Service) recompute(ctx context.Context, c *ent.Client, id int) error {
	// A derived computation over everything the appraisal depends on; the
	// caller has been authorised already.
	ctx = authz.System(ctx)
	a, err := c.Appraisal.Query().Where(appraisal.ID(id)).
		WithPlan(func(q *ent.PlanQuery) { q.WithPeriod().WithEmployee() }).
		WithScores(func(q *ent.ScoreQuery) { q.WithCriterion().WithTarget() }).
		Only(ctx)
	if err != nil {
		return fmt.Errorf("read appraisal: %w", err)
	}
	p := a.Edges.Plan
	per := p.Edges.Period
	targets, err := c.Target.Query().Where(target.HasPlanWith(plan.ID(p.ID))).
		WithIndicators(func(q *ent.IndicatorQuery) { q.WithRealizations() }).
		Order(ent.Asc(target.FieldPosition), ent.Asc(target.FieldID)).
		All(ctx)
	if err != nil {
		return fmt.Errorf("read targets: %w", err)
	}
	m, err := matrixOf(per)
	if err != nil {
		return fmt.Errorf("period %d matrix: %w", per.ID, err)
	}
	in := appraiseInput(a, per, targets, m)
	res, err := scoring.Appraise(in)
	if err != nil {
		return fmt.Errorf("appraisal %d: %w", a.ID, err)
	}
	if err := storeTargetScores(ctx, c, a, targets, res); err != nil {
		return err
	}
	suggested := res.SuggestedResult
	if r, ok, err := headResultRating(ctx, c, p); err != nil {
		return err
	} else if ok {
		suggested = &r
	}

	u := c.Appraisal.UpdateOneID(a.ID)
	setOrClear(res.SKPScore, u.SetSKPScore, u.ClearSKPScore)
	var bonus *float64
	if res.SKPScore != nil && in.Method == scoring.Method2011 {
		bonus = &res.Bonus
	}
	setOrClear(bonus, u.SetBonus, u.ClearBonus)
	setOrClear(res.BehaviourScore, u.SetBehaviourScore, u.ClearBehaviourScore)
	setOrClear(res.Score, u.SetScore, u.ClearScore)
	setOrClear(res.Predikat, u.SetPredikat, u.ClearPredikat)
	setOrClear(res.Timeliness, u.SetTimeliness, u.ClearTimeliness)
	setOrClear(res.Quality, u.SetQuality, u.ClearQuality)
	setOrClear(res.Teamwork, u.SetTeamwork, u.ClearTeamwork)
	setOrClear(suggested, u.SetSuggestedResultRating, u.ClearSuggestedResultRating)
	setOrClear(res.SuggestedBehaviour, u.SetSuggestedBehaviourRating, u.ClearSuggestedBehaviourRating)
	if err := u.Exec(ctx); err != nil {
		return fmt.Errorf("store computed values: %w", err)
	}
	return nil
}

// setOrClear sets a computed column to v, or clears it when v is nil; never
// both in one statement (PostgreSQL refuses two assignments to one column).
func setOrClear[T any, U any](v *T, set func(T) U, unset func() U) {
	if v != nil {
		set(*v)
		return
	}
	unset()
}

// appraiseInput gathers what scoring.Appraise needs from the loaded rows.
func appraiseInput(a *ent.Appraisal, per *ent.Period, targets []*ent.Target, m scoring.Matrix) scoring.AppraiseInput {
	upTo := scoring.UpToQuarter(a.Kind == appraisal.KindQuarterly, a.Quarter)
	ratings := map[int]*scoring.Rating{}
	in := scoring.AppraiseInput{
		Method:          methodOf(per),
		Matrix:          m,
		ResultRating:    a.ResultRating,
		BehaviourRating: a.BehaviourRating,
	}
	if a.Creativity != nil {
		in.Creativity = scoring.Creativity(*a.Creativity)
	}
	for _, sc := range a.Edges.Scores {
		if sc.Edges.Target != nil {
			ratings[sc.Edges.Target.ID] = sc.Rating
			continue
		}
		if cr := sc.Edges.Criterion; cr != nil {
			in.Behaviour = append(in.Behaviour, scoring.BehaviourInput{
				Code:      scoring.CriterionCode(cr.Code),
				Framework: scoring.Framework(cr.Framework),
				Value:     sc.Value,
				Rating:    sc.Rating,
			})
		}
	}
	for _, t := range targets {
		ti := scoring.TargetInput{ID: t.ID, Main: t.Kind == target.KindMain, Rating: ratings[t.ID]}
		for _, ind := range t.Edges.Indicators {
			aspect := scoring.Aspect(ind.Aspect)
			var values []float64
			for _, r := range ind.Edges.Realizations {
				if r.Quarter <= upTo {
					values = append(values, r.Value)
				}
			}
			ti.Indicators = append(ti.Indicators, scoring.Indicator{
				Aspect: aspect,
				Target: scoring.PeriodGoal(aspect, ind.TargetValue, nil, upTo),
				Values: values,
			})
		}
		in.Targets = append(in.Targets, ti)
	}
	return in
}

// storeTargetScores keeps each target's computed value beside the
// appraiser's rating of it, once anything has been realised.
func storeTargetScores(ctx context.Context, c *ent.Client, a *ent.Appraisal, targets []*ent.Target, res scoring.AppraiseResult) error {
	if !res.Realised {
		return nil
	}
	have := map[int]*ent.Score{}
	for _, sc := range a.Edges.Scores {
		if sc.Edges.Target != nil {
			have[sc.Edges.Target.ID] = sc
		}
	}
	for _, t := range targets {
		v := res.TargetScores[t.ID]
		if sc, ok := have[t.ID]; ok {
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
	return nil
}

// headResultRating is the result rating of an employee who heads a unit:
// under PERMENPAN_2022 it follows the unit's own rating for the period
// (scoring.ResultRatingOfUnit). ok is false for anyone else, under the
// numeric method, or while the unit has no rating.
func headResultRating(ctx context.Context, c *ent.Client, p *ent.Plan) (scoring.Rating, bool, error) {
	per, emp := p.Edges.Period, p.Edges.Employee
	if per == nil || emp == nil || per.ScoringMethod != period.ScoringMethodPermenpan2022 {
		return "", false, nil
	}
	ur, err := c.UnitRating.Query().Where(
		unitrating.HasPeriodWith(period.ID(per.ID)),
		unitrating.HasUnitWith(orgunit.HasHeadWith(employee.ID(emp.ID))),
	).First(ctx)
	switch {
	case ent.IsNotFound(err):
		return "", false, nil
	case err != nil:
		return "", false, fmt.Errorf("read unit rating: %w", err)
	}
	r, ok := scoring.ResultRatingOfUnit(scoring.UnitRating(ur.Rating))
	return r, ok, nil
}
