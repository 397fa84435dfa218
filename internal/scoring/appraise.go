package scoring

import "fmt"

// Creativity is the level that acknowledged an employee's creativity
// (kreativitas), which earns a bonus under NUMERIC_2011.
type Creativity string

// The creativity levels.
const (
	CreativityNone     Creativity = ""
	CreativityUnit     Creativity = "UNIT"
	CreativityAgency   Creativity = "AGENCY"
	CreativityNational Creativity = "NATIONAL"
)

// Valid reports whether c is CreativityNone or one of the three levels.
func (c Creativity) Valid() bool {
	switch c {
	case CreativityNone, CreativityUnit, CreativityAgency, CreativityNational:
		return true
	}
	return false
}

// Bonus holds the bonus points added to the SKP value under NUMERIC_2011, a
// period setting: Additional for additional tasks (tugas tambahan) by their
// count, 1–3, 4–6 and 7 or more; Unit, Agency and National for creativity
// by the level that acknowledged it.
type Bonus struct {
	Additional             [3]float64
	Unit, Agency, National float64
}

// DefaultBonus is the bonus as commonly applied under Perka BKN 1/2013:
// additional tasks 1–3 +1, 4–6 +2, 7 or more +3; creativity acknowledged by
// the unit +3, the agency +6, nationally +12.
func DefaultBonus() Bonus {
	return Bonus{Additional: [3]float64{1, 2, 3}, Unit: 3, Agency: 6, National: 12}
}

// AdditionalBonus is the bonus for n additional tasks done: Additional[0]
// for 1–3, Additional[1] for 4–6, Additional[2] for 7 or more, 0 for none.
func (b Bonus) AdditionalBonus(n int) float64 {
	switch {
	case n >= 7:
		return b.Additional[2]
	case n >= 4:
		return b.Additional[1]
	case n >= 1:
		return b.Additional[0]
	}
	return 0
}

// CreativityBonus is the bonus for creativity acknowledged at level c; 0 for
// none or an unknown level.
func (b Bonus) CreativityBonus(c Creativity) float64 {
	switch c {
	case CreativityUnit:
		return b.Unit
	case CreativityAgency:
		return b.Agency
	case CreativityNational:
		return b.National
	}
	return 0
}

// AppraiseInput is everything an appraisal's computed values depend on.
type AppraiseInput struct {
	// Method is the period's scoring method.
	Method Method
	// Matrix is the period's predikat matrix; nil means DefaultMatrix.
	Matrix Matrix
	// Targets are the plan's targets (RHK), main and additional.
	Targets []TargetInput
	// Behaviour holds the appraiser's detail scores on criteria.
	Behaviour []BehaviourInput
	// ResultRating and BehaviourRating are the appraiser's overall
	// ratings, if given.
	ResultRating, BehaviourRating *Rating
	// Creativity is the level that acknowledged the employee's creativity
	// (NUMERIC_2011 bonus); CreativityNone for none.
	Creativity Creativity
	// Bonus is the period's bonus setting; nil means DefaultBonus.
	Bonus *Bonus
}

// TargetInput is one target (RHK) of the plan.
type TargetInput struct {
	// ID identifies the target in AppraiseResult.TargetScores.
	ID int
	// Main is true for a MAIN target (utama), false for an additional task
	// (tugas tambahan).
	Main bool
	// Indicators hold, per indicator, its aspect, the goal of the
	// appraised part of the year (see PeriodGoal) and the realisations
	// recorded up to it.
	Indicators []Indicator
	// Rating is the appraiser's rating of the target, if given.
	Rating *Rating
}

// BehaviourInput is the appraiser's score on one criterion: a value
// (0–100, NUMERIC_2011) and/or a rating (PERMENPAN_2022).
type BehaviourInput struct {
	Code      CriterionCode
	Framework Framework
	Value     *float64
	Rating    *Rating
}

// AppraiseResult is what Appraise computes. Scores are rounded with Round2;
// a nil pointer means the value cannot be computed yet.
type AppraiseResult struct {
	// TargetScores is the TargetScore of every target by ID, filled only
	// when Realised (otherwise empty).
	TargetScores map[int]float64
	// Realised is true when some indicator has a realisation.
	Realised bool
	// SKPScore is the SKP value with Bonus included, BehaviourScore the
	// behaviour value, and Score the final score (FinalScore, 60/40).
	SKPScore, BehaviourScore, Score *float64
	// Bonus is the NUMERIC_2011 bonus included in SKPScore (0 under
	// PERMENPAN_2022).
	Bonus float64
	// Predikat is the band of Score (NUMERIC_2011) or the matrix cell of
	// the overall ratings (PERMENPAN_2022).
	Predikat *Predikat
	// Timeliness, Quality and Teamwork are the mean TIME and QUALITY
	// indicator scores and the teamwork criterion's value.
	Timeliness, Quality, Teamwork *float64
	// SuggestedResult and SuggestedBehaviour are the suggested overall
	// ratings.
	SuggestedResult, SuggestedBehaviour *Rating
}

// Appraise computes an appraisal's derived values from its targets, detail
// scores and overall ratings:
//
//   - per target, TargetScore of its indicators (a target not done, whose
//     QUANTITY realisations total 0, scores 0 on every aspect); the scores
//     are given once anything has been realised (Realised);
//   - the SKP value: the mean TargetScore of the MAIN targets, once anything
//     is realised. Under NUMERIC_2011 it includes the bonus for additional
//     tasks, counting the additional targets done (Target.Done: their
//     QUANTITY realisations total more than 0, or, without a QUANTITY
//     indicator, some realisation is more than 0) by Bonus.AdditionalBonus,
//     and for creativity by Bonus.CreativityBonus. Under PERMENPAN_2022 the
//     score is advice beside the ratings and takes no bonus;
//   - the behaviour value: under NUMERIC_2011 the mean of the values of the
//     PP46 criteria; under PERMENPAN_2022 the mean over the BerAKHLAK
//     criteria of their value, or else the RatingValue of their rating, or,
//     with neither, the RatingValue of the overall behaviour rating;
//   - the final score: FinalScore (60 % SKP, 40 % behaviour) when both
//     exist;
//   - the predikat: under NUMERIC_2011 the Band of the final score; under
//     PERMENPAN_2022 the matrix cell of the two overall ratings when both
//     are given;
//   - timeliness and quality: the mean score of the TIME and of the QUALITY
//     indicators that have realisations; teamwork: the TeamworkCriterion's
//     value, or else the RatingValue of its rating;
//   - the suggested result rating by SuggestResultRating over the ratings of
//     all targets, and the suggested behaviour rating by SuggestRating over
//     the ratings of the BerAKHLAK criteria.
//
// It fails for an unknown method or creativity level, and for a matrix cell
// that cannot be looked up (see Matrix.Predikat).
func Appraise(in AppraiseInput) (AppraiseResult, error) {
	res := AppraiseResult{TargetScores: map[int]float64{}}
	if !in.Method.Valid() {
		return res, fmt.Errorf("appraise: %q is not a scoring method", in.Method)
	}
	if !in.Creativity.Valid() {
		return res, fmt.Errorf("appraise: %q is not a creativity level", in.Creativity)
	}
	bonus := DefaultBonus()
	if in.Bonus != nil {
		bonus = *in.Bonus
	}

	var (
		mainScores          []float64
		additionalDone      int
		timeliness, quality []float64
		resultRatings       []TargetRating
		scores              = map[int]float64{}
	)
	for _, ti := range in.Targets {
		t := Target{Indicators: ti.Indicators}
		for i, ind := range t.Indicators {
			v, ok := t.indicatorScore(i)
			if !ok {
				continue
			}
			res.Realised = true
			switch ind.Aspect {
			case AspectTime:
				timeliness = append(timeliness, v)
			case AspectQuality:
				quality = append(quality, v)
			}
		}
		score := TargetScore(t)
		scores[ti.ID] = Round2(score)
		if ti.Main {
			mainScores = append(mainScores, score)
		} else if t.Done() {
			additionalDone++
		}
		if ti.Rating != nil {
			resultRatings = append(resultRatings, TargetRating{Rating: *ti.Rating, Main: ti.Main})
		}
	}
	if res.Realised {
		res.TargetScores = scores
	}

	skp, skpOK := BehaviourScore(mainScores) // the plain mean
	skpOK = skpOK && res.Realised
	if skpOK && in.Method == Method2011 {
		res.Bonus = bonus.AdditionalBonus(additionalDone) + bonus.CreativityBonus(in.Creativity)
		skp += res.Bonus
	}
	if skpOK {
		res.SKPScore = ptr(Round2(skp))
	}

	var (
		behaviourValues  []float64
		behaviourRatings []Rating
		teamworkCode     = TeamworkCriterion(in.Method)
	)
	for _, b := range in.Behaviour {
		if b.Code == teamworkCode && res.Teamwork == nil {
			if v, ok := valueOf(b); ok {
				res.Teamwork = ptr(Round2(v))
			}
		}
		if b.Framework == FrameworkBerakhlak && b.Rating != nil {
			behaviourRatings = append(behaviourRatings, *b.Rating)
		}
		if !CountsAsBehaviour(in.Method, b.Framework) {
			continue
		}
		if in.Method == Method2011 {
			// The numeric method values behaviour; a rating alone is no value.
			if b.Value != nil {
				behaviourValues = append(behaviourValues, *b.Value)
			}
		} else if v, ok := valueOf(b); ok {
			behaviourValues = append(behaviourValues, v)
		}
	}
	if len(behaviourValues) == 0 && in.Method == Method2022 && in.BehaviourRating != nil {
		behaviourValues = []float64{RatingValue(*in.BehaviourRating)}
	}
	beh, behOK := BehaviourScore(behaviourValues)
	if behOK {
		res.BehaviourScore = ptr(Round2(beh))
	}

	if skpOK && behOK {
		final := FinalScore(skp, beh)
		res.Score = &final
		if in.Method == Method2011 {
			res.Predikat = ptr(Band(final))
		}
	}
	if in.Method == Method2022 && in.ResultRating != nil && in.BehaviourRating != nil {
		m := in.Matrix
		if m == nil {
			m = DefaultMatrix()
		}
		p, err := m.Predikat(*in.ResultRating, *in.BehaviourRating)
		if err != nil {
			return res, fmt.Errorf("appraise: %w", err)
		}
		res.Predikat = &p
	}

	if v, ok := BehaviourScore(timeliness); ok {
		res.Timeliness = ptr(Round2(v))
	}
	if v, ok := BehaviourScore(quality); ok {
		res.Quality = ptr(Round2(v))
	}
	if r, ok := SuggestResultRating(resultRatings); ok {
		res.SuggestedResult = &r
	}
	if r, ok := SuggestRating(behaviourRatings); ok {
		res.SuggestedBehaviour = &r
	}
	return res, nil
}

// valueOf is a detail score as a number: its value, or else the RatingValue
// of its rating.
func valueOf(b BehaviourInput) (float64, bool) {
	switch {
	case b.Value != nil:
		return *b.Value, true
	case b.Rating != nil:
		return RatingValue(*b.Rating), true
	}
	return 0, false
}

func ptr[T any](v T) *T { return &v }
