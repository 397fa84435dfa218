package scoring

import (
	"math"
	"strconv"
	"strings"
)

// efficiencyTolerance absorbs float noise in the efficiency of the time and
// cost formulas, so that a realisation of exactly 0.76·T (efficiency 24%)
// keeps the first formula even when R/T·100 comes out as 75.99999999999999.
const efficiencyTolerance = 1e-9

// AspectScore scores one indicator by the formulas of PP 46/2011 with
// Perka BKN 1/2013, given its target T and its realisation R:
//
//   - quantity and quality: R/T·100, with no upper cap (120% realised
//     scores 120);
//   - time and cost: with the efficiency e = 100 − R/T·100,
//     if e ≤ 24 the score is (1.76·T − R)/T·100,
//     if e > 24 it is 76 − ((1.76·T − R)/T·100 − 100).
//     R = T scores 76, R = 0.76·T (e exactly 24, first formula) scores 100,
//     R = 0.75·T (e = 25, second formula) scores 75.
//
// A score is never below 0 (R = 2·T for time would give −24 and scores 0).
// A target T <= 0, or an unknown aspect, scores 0.
func AspectScore(a Aspect, target, realization float64) float64 {
	if !(target > 0) {
		return 0
	}
	pct := realization / target * 100
	var score float64
	switch a {
	case AspectQuantity, AspectQuality:
		score = pct
	case AspectTime, AspectCost:
		efficiency := 100 - pct
		base := (1.76*target - realization) / target * 100
		if efficiency <= 24+efficiencyTolerance {
			score = base
		} else {
			score = 76 - (base - 100)
		}
	default:
		return 0
	}
	if !(score > 0) { // also turns NaN into 0
		return 0
	}
	return score
}

// YearTotal aggregates the quarterly realisations of one indicator into the
// year's realisation, as the Kinerja contract fixes it: QUANTITY sums the
// quarters, QUALITY averages them, TIME and COST sum them. ok is false when
// values is empty or a is not a known aspect.
func YearTotal(a Aspect, values []float64) (total float64, ok bool) {
	if len(values) == 0 || !a.Valid() {
		return 0, false
	}
	for _, v := range values {
		total += v
	}
	if a == AspectQuality {
		total /= float64(len(values))
	}
	return total, true
}

// Indicator is one indicator (IKI) of a target as the numeric method sees it:
// its aspect, its target value and the quarterly realisations recorded so far
// (possibly none).
type Indicator struct {
	Aspect Aspect
	Target float64
	Values []float64
}

// Target is one target (RHK) of an SKP as the numeric method sees it.
type Target struct {
	Indicators []Indicator
}

// Done reports whether a target was done (realised something): the total
// realised over its QUANTITY indicators is above 0. A target without a
// QUANTITY indicator is done when any of its realisations is above 0.
func (t Target) Done() bool {
	hasQuantity, quantity, positive := false, 0.0, false
	for _, ind := range t.Indicators {
		for _, v := range ind.Values {
			if v > 0 {
				positive = true
			}
			if ind.Aspect == AspectQuantity {
				quantity += v
			}
		}
		if ind.Aspect == AspectQuantity {
			hasQuantity = true
		}
	}
	if hasQuantity {
		return quantity > 0
	}
	return positive
}

// notDone reports whether the zero rule of Perka BKN 1/2013 applies to t: it
// has QUANTITY indicators and realised nothing on them.
func (t Target) notDone() bool {
	for _, ind := range t.Indicators {
		if ind.Aspect == AspectQuantity {
			return !t.Done()
		}
	}
	return false
}

// indicatorScore is the AspectScore of indicator i of t on its YearTotal,
// 0 for every indicator of a target not done (see TargetScore). ok is false
// when the indicator has no realisation (or an unknown aspect).
func (t Target) indicatorScore(i int) (score float64, ok bool) {
	ind := t.Indicators[i]
	total, ok := YearTotal(ind.Aspect, ind.Values)
	if !ok {
		return 0, false
	}
	if t.notDone() {
		return 0, true
	}
	return AspectScore(ind.Aspect, ind.Target, total), true
}

// TargetScore scores a target by PP 46/2011 with Perka BKN 1/2013: the mean,
// over its indicators, of AspectScore on the indicator's YearTotal. A target
// not done, one whose QUANTITY realisations total 0, scores 0 on every
// aspect, so 0 in all (the worked example of a target done is
// (100 + 90 + 76 + 76) / 4 = 85.50). An indicator with no realisation scores
// 0 and still counts in the mean; a target without indicators scores 0.
func TargetScore(t Target) float64 {
	if len(t.Indicators) == 0 {
		return 0
	}
	var sum float64
	for i := range t.Indicators {
		if v, ok := t.indicatorScore(i); ok {
			sum += v
		}
	}
	return sum / float64(len(t.Indicators))
}

// SKPScore is the SKP value of PP 46/2011 with Perka BKN 1/2013 before any
// bonus: the mean of the TargetScore of every target given, which should be
// the MAIN targets (kegiatan tugas jabatan) only; Appraise adds the bonus for
// additional tasks and creativity. It may exceed 100. ok is false when there
// are no targets.
func SKPScore(ts []Target) (float64, bool) {
	if len(ts) == 0 {
		return 0, false
	}
	var sum float64
	for _, t := range ts {
		sum += TargetScore(t)
	}
	return sum / float64(len(ts)), true
}

// BehaviourScore is the behaviour value of PP 46/2011 with Perka BKN 1/2013:
// the mean of the behaviour criteria's values, each expected in 0..100 (the
// caller validates them). ok is false when values is empty.
func BehaviourScore(values []float64) (float64, bool) {
	if len(values) == 0 {
		return 0, false
	}
	var sum float64
	for _, v := range values {
		sum += v
	}
	return sum / float64(len(values)), true
}

// FinalScore is the final score of PP 46/2011 art. 20: 60% of the SKP value
// plus 40% of the behaviour value, rounded with Round2.
func FinalScore(skp, behaviour float64) float64 {
	return Round2(0.6*skp + 0.4*behaviour)
}

// Round2 rounds x half away from zero to two decimals, the precision at which
// scores are shown and banded. It rounds the shortest decimal form of x (the
// number as written, such as 90.995), not its binary approximation
// (90.99499999…), so 90.995 gives 91.00, −90.995 gives −91.00, and float
// noise such as 90.99999999 gives 91.00. NaN and infinities are returned
// unchanged.
func Round2(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	s := strconv.FormatFloat(math.Abs(x), 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) <= 2 {
		return x
	}
	kept, err := strconv.ParseFloat(whole+"."+frac[:2], 64)
	if err != nil { // cannot happen: both parts are plain digits
		return x
	}
	if frac[2] >= '5' {
		kept += 0.01
	}
	// Print and parse again to drop the noise of the addition.
	r, err := strconv.ParseFloat(strconv.FormatFloat(kept, 'f', 2, 64), 64)
	if err != nil {
		return x
	}
	if r == 0 {
		return 0 // no negative zero
	}
	return math.Copysign(r, x)
}

// Band maps a numeric score to its 2011 predikat after Round2, by the bands
// of PP 46/2011 with Perka BKN 1/2013: "91 ke atas" Sangat Baik, 76–90 Baik,
// 61–75 Cukup, 51–60 Kurang, "50 ke bawah" Buruk.
//
// The regulation's bands are written in whole numbers and leave gaps between
// them. A score in such a gap belongs to the lower band: a band is reached
// only at its lower bound, so the rule applied is ≥ 91 SangatBaik, ≥ 76 Baik,
// ≥ 61 Cukup, ≥ 51 Kurang, otherwise Buruk. Thus 90.5 and 90.99 are Baik,
// 91 is SangatBaik, 60.5 is Kurang and 50.99 is Buruk. Scores above 100 are
// SangatBaik.
func Band(score float64) Predikat {
	s := Round2(score)
	switch {
	case s >= 91:
		return SangatBaik
	case s >= 76:
		return Baik
	case s >= 61:
		return Cukup
	case s >= 51:
		return Kurang
	default:
		return Buruk
	}
}
