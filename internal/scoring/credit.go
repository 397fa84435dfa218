package scoring

import (
	"cmp"
	"slices"
)

// The functional levels (jenjang jabatan fungsional), as the employee's
// functional_level spells them.
const (
	LevelAhliPertama = "AHLI_PERTAMA"
	LevelAhliMuda    = "AHLI_MUDA"
	LevelAhliMadya   = "AHLI_MADYA"
	LevelAhliUtama   = "AHLI_UTAMA"
	LevelPemula      = "PEMULA"
	LevelTerampil    = "TERAMPIL"
	LevelMahir       = "MAHIR"
	LevelPenyelia    = "PENYELIA"
)

// CreditPercent is the share of the annual coefficient a functional employee
// earns in a year with the predikat (PermenPANRB 1/2023), as a fraction
// (1.5 is 150 %): Sangat Baik 1.5, Baik 1, Cukup and Butuh Perbaikan 0.75,
// Kurang 0.5, Sangat Kurang and Buruk 0.25. ok is false for an unknown
// predikat.
func CreditPercent(p Predikat) (float64, bool) {
	switch p {
	case SangatBaik:
		return 1.5, true
	case Baik:
		return 1, true
	case Cukup, ButuhPerbaikan:
		return 0.75, true
	case Kurang:
		return 0.5, true
	case SangatKurang, Buruk:
		return 0.25, true
	}
	return 0, false
}

// Coefficient is the annual credit-point coefficient of a functional level
// (PermenPANRB 1/2023): Ahli Pertama 12.5, Ahli Muda 25, Ahli Madya 37.5,
// Ahli Utama 50; Pemula 3.75, Terampil 5, Mahir 12.5, Penyelia 25. ok is
// false for an unknown level.
func Coefficient(level string) (float64, bool) {
	switch level {
	case LevelAhliPertama:
		return 12.5, true
	case LevelAhliMuda:
		return 25, true
	case LevelAhliMadya:
		return 37.5, true
	case LevelAhliUtama:
		return 50, true
	case LevelPemula:
		return 3.75, true
	case LevelTerampil:
		return 5, true
	case LevelMahir:
		return 12.5, true
	case LevelPenyelia:
		return 25, true
	}
	return 0, false
}

// CreditPoints is the credit points (angka kredit, PermenPANRB 1/2023) a
// functional employee of the level earns with the predikat over months of
// the year: months/12 × CreditPercent × Coefficient, with months held within
// 0..12, rounded with Round2. Two months Baik as Ahli Pertama earn
// 2/12 × 100 % × 12.5 = 2.08. ok is false for an unknown level or predikat.
func CreditPoints(level string, p Predikat, months int) (float64, bool) {
	share, ok := CreditPercent(p)
	if !ok {
		return 0, false
	}
	coef, ok := Coefficient(level)
	if !ok {
		return 0, false
	}
	months = min(max(months, 0), 12)
	return Round2(float64(months) / 12 * share * coef), true
}

// CreditYear is one year of a functional employee's credit points: the
// year's predikat and the months in the post that year, and the points
// earned (Points) and the total up to and including that year (Cumulative).
type CreditYear struct {
	Year       int
	Predikat   Predikat
	Months     int
	Points     float64
	Cumulative float64
}

// CreditHistory fills Points (CreditPoints of the level, the year's predikat
// and months; 0 when either is unknown) and Cumulative (the running total,
// rounded with Round2) of each year, in year order. It returns a new slice
// sorted by Year (years given twice keep their order) and leaves years alone.
func CreditHistory(level string, years []CreditYear) []CreditYear {
	out := slices.Clone(years)
	slices.SortStableFunc(out, func(a, b CreditYear) int { return cmp.Compare(a.Year, b.Year) })
	var total float64
	for i := range out {
		pts, _ := CreditPoints(level, out[i].Predikat, out[i].Months)
		total = Round2(total + pts)
		out[i].Points, out[i].Cumulative = pts, total
	}
	return out
}
