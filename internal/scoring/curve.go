package scoring

import "fmt"

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

// Curve is the distribution guideline (kurva distribusi) that a unit's
// rating sets for its employees' predikat (PermenPANRB 6/2022, lampiran):
// a guideline the appraiser must consider, not a hard block.
type Curve struct {
	// ID and EN describe the guideline.
	ID, EN string
	// check reports the ways a distribution departs from the guideline.
	check func(share func(...Predikat) float64, count func(...Predikat) int) []string
}

var curves = map[UnitRating]Curve{
	UnitIstimewa: {
		ID: "Paling banyak 70% Sangat Baik", EN: "At most 70% Sangat Baik",
		check: func(share func(...Predikat) float64, _ func(...Predikat) int) []string {
			return over(share(SangatBaik), 0.70, "Sangat Baik")
		},
	},
	UnitBaik: {
		ID: "Paling banyak 70% Baik, dan ada Butuh Perbaikan dan/atau Kurang", EN: "At most 70% Baik, and some Butuh Perbaikan and/or Kurang",
		check: func(share func(...Predikat) float64, count func(...Predikat) int) []string {
			out := over(share(Baik), 0.70, "Baik")
			if count(ButuhPerbaikan, Kurang) == 0 {
				out = append(out, "no Butuh Perbaikan or Kurang")
			}
			return out
		},
	},
	UnitButuhPerbaikan: {
		ID: "Paling sedikit 60% Butuh Perbaikan; paling banyak 10% Sangat Baik", EN: "At least 60% Butuh Perbaikan; at most 10% Sangat Baik",
		check: func(share func(...Predikat) float64, _ func(...Predikat) int) []string {
			return append(under(share(ButuhPerbaikan), 0.60, "Butuh Perbaikan"), over(share(SangatBaik), 0.10, "Sangat Baik")...)
		},
	},
	UnitKurang: {
		ID: "Paling sedikit 60% Kurang/Misconduct; paling sedikit 10% Butuh Perbaikan; paling banyak 10% Sangat Baik",
		EN: "At least 60% Kurang/Misconduct; at least 10% Butuh Perbaikan; at most 10% Sangat Baik",
		check: func(share func(...Predikat) float64, _ func(...Predikat) int) []string {
			out := under(share(Kurang), 0.60, "Kurang")
			out = append(out, under(share(ButuhPerbaikan), 0.10, "Butuh Perbaikan")...)
			return append(out, over(share(SangatBaik), 0.10, "Sangat Baik")...)
		},
	},
	UnitSangatKurang: {
		ID: "Paling sedikit 60% Sangat Kurang; paling sedikit 10% Kurang dan/atau Butuh Perbaikan; tanpa Sangat Baik",
		EN: "At least 60% Sangat Kurang; at least 10% Kurang and/or Butuh Perbaikan; no Sangat Baik",
		check: func(share func(...Predikat) float64, count func(...Predikat) int) []string {
			out := under(share(SangatKurang), 0.60, "Sangat Kurang")
			out = append(out, under(share(Kurang, ButuhPerbaikan), 0.10, "Kurang and Butuh Perbaikan")...)
			if count(SangatBaik) > 0 {
				out = append(out, "Sangat Baik present")
			}
			return out
		},
	},
}

func over(share, limit float64, what string) []string {
	if share > limit+1e-9 {
		return []string{fmt.Sprintf("%s %.0f%% > %.0f%%", what, share*100, limit*100)}
	}
	return nil
}

func under(share, limit float64, what string) []string {
	if share < limit-1e-9 {
		return []string{fmt.Sprintf("%s %.0f%% < %.0f%%", what, share*100, limit*100)}
	}
	return nil
}

// CurveFor returns the guideline of a unit rating.
func CurveFor(r UnitRating) (Curve, bool) {
	c, ok := curves[r]
	return c, ok
}

// Deviations returns how the counts per predikat depart from the curve;
// none means the distribution follows it. An empty distribution follows
// every curve.
func (c Curve) Deviations(counts map[Predikat]int) []string {
	total := 0
	for _, n := range counts {
		total += n
	}
	if total == 0 {
		return nil
	}
	count := func(ps ...Predikat) int {
		n := 0
		for _, p := range ps {
			n += counts[p]
		}
		return n
	}
	share := func(ps ...Predikat) float64 { return float64(count(ps...)) / float64(total) }
	return c.check(share, count)
}
