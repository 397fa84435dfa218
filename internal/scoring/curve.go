package scoring

import (
	"slices"
	"strconv"
	"strings"
)

// UnitRating is a unit's own performance rating for a period (Predikat
// Kinerja Organisasi, PermenPANRB 6/2022).
type UnitRating string

// The five organisation ratings.
const (
	UnitIstimewa       UnitRating = "ISTIMEWA"
	UnitBaik           UnitRating = "BAIK"
	UnitButuhPerbaikan UnitRating = "BUTUH_PERBAIKAN"
	UnitKurang         UnitRating = "KURANG"
	UnitSangatKurang   UnitRating = "SANGAT_KURANG"
)

// Values lists the organisation ratings from best to worst.
func (UnitRating) Values() []string {
	return []string{string(UnitIstimewa), string(UnitBaik), string(UnitButuhPerbaikan), string(UnitKurang), string(UnitSangatKurang)}
}

// Valid reports whether r is a known organisation rating.
func (r UnitRating) Valid() bool { return slices.Contains(r.Values(), string(r)) }

// Deviation is one way a distribution of predikat departs from its curve,
// told in Indonesian (ID) and English (EN).
type Deviation struct {
	ID, EN string
}

// Text is the deviation in the language lang: English for "en", Indonesian
// otherwise.
func (d Deviation) Text(lang string) string {
	if lang == "en" {
		return d.EN
	}
	return d.ID
}

// DeviationTexts is the Text of each deviation in the language lang, in
// order; nil for none.
func DeviationTexts(ds []Deviation, lang string) []string {
	if len(ds) == 0 {
		return nil
	}
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.Text(lang)
	}
	return out
}

// Curve is the distribution guideline (kurva distribusi) that a unit's
// rating sets for its employees' predikat (PermenPANRB 6/2022, lampiran):
// a guideline the appraiser must consider, not a hard block.
type Curve struct {
	// ID and EN state the guideline in Indonesian and English.
	ID, EN string
	// check reports the ways a distribution departs from the guideline.
	check func(d dist) []Deviation
}

// Text is the guideline in the language lang: English for "en", Indonesian
// otherwise.
func (c Curve) Text(lang string) string {
	if lang == "en" {
		return c.EN
	}
	return c.ID
}

// dist is a distribution of predikat being checked against a curve.
type dist struct {
	counts map[Predikat]int
	total  int
}

func (d dist) count(ps ...Predikat) int {
	n := 0
	for _, p := range ps {
		n += d.counts[p]
	}
	return n
}

func (d dist) share(ps ...Predikat) float64 { return float64(d.count(ps...)) / float64(d.total) }

// shareTolerance absorbs float noise when a share sits exactly on a limit.
const shareTolerance = 1e-9

// pct formats a share as a percentage with at most one decimal: 0.7 → "70",
// 2/3 → "66.7".
func pct(share float64) string {
	return strings.TrimSuffix(strconv.FormatFloat(share*100, 'f', 1, 64), ".0")
}

// most is the rule "most, and at most 70 %": more than half and at most
// limit of the distribution hold one of ps, named what.
func most(d dist, limit float64, what string, ps ...Predikat) []Deviation {
	s := d.share(ps...)
	if 2*d.count(ps...) <= d.total {
		return []Deviation{{
			ID: what + " " + pct(s) + "%, tidak lebih dari separuh",
			EN: what + " " + pct(s) + "%, not more than half",
		}}
	}
	return atMost(d, limit, what, ps...)
}

// atMost is the rule "at most limit" for ps, named what.
func atMost(d dist, limit float64, what string, ps ...Predikat) []Deviation {
	s := d.share(ps...)
	if s > limit+shareTolerance {
		return []Deviation{{
			ID: what + " " + pct(s) + "%, melebihi batas " + pct(limit) + "%",
			EN: what + " " + pct(s) + "%, above the limit of " + pct(limit) + "%",
		}}
	}
	return nil
}

// atLeast is the rule "at least limit" for ps, named what in Indonesian
// (whatID) and English (whatEN).
func atLeast(d dist, limit float64, whatID, whatEN string, ps ...Predikat) []Deviation {
	s := d.share(ps...)
	if s < limit-shareTolerance {
		return []Deviation{{
			ID: whatID + " " + pct(s) + "%, kurang dari " + pct(limit) + "%",
			EN: whatEN + " " + pct(s) + "%, below " + pct(limit) + "%",
		}}
	}
	return nil
}

var curves = map[UnitRating]Curve{
	UnitIstimewa: {
		ID: "Sebagian besar, dan paling banyak 70%, Sangat Baik (lebih dari separuh dan paling banyak 70%); sisanya predikat apa pun",
		EN: "Most, and at most 70%, Sangat Baik (more than half and at most 70%); the rest any predikat",
		check: func(d dist) []Deviation {
			return most(d, 0.70, "Sangat Baik", SangatBaik)
		},
	},
	UnitBaik: {
		ID: "Sebagian besar, dan paling banyak 70%, Baik (lebih dari separuh dan paling banyak 70%), dan ada Butuh Perbaikan dan/atau Kurang",
		EN: "Most, and at most 70%, Baik (more than half and at most 70%), and some Butuh Perbaikan and/or Kurang",
		check: func(d dist) []Deviation {
			out := most(d, 0.70, "Baik", Baik)
			if d.count(ButuhPerbaikan, Kurang) == 0 {
				out = append(out, Deviation{ID: "tidak ada Butuh Perbaikan atau Kurang", EN: "no Butuh Perbaikan or Kurang"})
			}
			return out
		},
	},
	UnitButuhPerbaikan: {
		ID: "Paling sedikit 60% Butuh Perbaikan; paling banyak 10% Sangat Baik",
		EN: "At least 60% Butuh Perbaikan; at most 10% Sangat Baik",
		check: func(d dist) []Deviation {
			out := atLeast(d, 0.60, "Butuh Perbaikan", "Butuh Perbaikan", ButuhPerbaikan)
			return append(out, atMost(d, 0.10, "Sangat Baik", SangatBaik)...)
		},
	},
	UnitKurang: {
		ID: "Paling sedikit 60% Kurang/Misconduct; paling sedikit 10% Butuh Perbaikan; paling banyak 10% Sangat Baik",
		EN: "At least 60% Kurang/Misconduct; at least 10% Butuh Perbaikan; at most 10% Sangat Baik",
		check: func(d dist) []Deviation {
			out := atLeast(d, 0.60, "Kurang/Misconduct", "Kurang/Misconduct", Kurang)
			out = append(out, atLeast(d, 0.10, "Butuh Perbaikan", "Butuh Perbaikan", ButuhPerbaikan)...)
			return append(out, atMost(d, 0.10, "Sangat Baik", SangatBaik)...)
		},
	},
	UnitSangatKurang: {
		ID: "Paling sedikit 60% Sangat Kurang; paling sedikit 10% Kurang dan/atau Butuh Perbaikan; tanpa Sangat Baik",
		EN: "At least 60% Sangat Kurang; at least 10% Kurang and/or Butuh Perbaikan; no Sangat Baik",
		check: func(d dist) []Deviation {
			out := atLeast(d, 0.60, "Sangat Kurang", "Sangat Kurang", SangatKurang)
			out = append(out, atLeast(d, 0.10, "Kurang dan/atau Butuh Perbaikan", "Kurang and/or Butuh Perbaikan", Kurang, ButuhPerbaikan)...)
			if n := d.count(SangatBaik); n > 0 {
				out = append(out, Deviation{
					ID: "ada Sangat Baik (" + strconv.Itoa(n) + ")",
					EN: "Sangat Baik present (" + strconv.Itoa(n) + ")",
				})
			}
			return out
		},
	},
}

// CurveFor returns the guideline of a unit rating.
func CurveFor(r UnitRating) (Curve, bool) {
	c, ok := curves[r]
	return c, ok
}

// Deviations returns how the counts per predikat depart from the curve, each
// in Indonesian and English; none means the distribution follows it. An
// empty distribution follows every curve. Under ISTIMEWA and BAIK "most, and
// at most 70 %" means more than half and at most 70 %, so a unit rated
// ISTIMEWA with no Sangat Baik deviates.
func (c Curve) Deviations(counts map[Predikat]int) []Deviation {
	d := dist{counts: counts}
	for _, n := range counts {
		d.total += n
	}
	if d.total == 0 || c.check == nil {
		return nil
	}
	return c.check(d)
}
