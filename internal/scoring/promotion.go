package scoring

import (
	"slices"
	"strconv"
	"strings"

	"kinerja/internal/asn"
)

// The minimum years in the current rank for a promotion.
const (
	// RegularYearsInRank is the minimum for a regular rank promotion
	// (kenaikan pangkat reguler).
	RegularYearsInRank = 4
	// FunctionalYearsInRank is the minimum for the promotion of a
	// functional post (PP 99/2000 art. 13).
	FunctionalYearsInRank = 2
)

// The codes of the promotion conditions.
const (
	CondYearsInRank  = "YEARS_IN_RANK"
	CondPredikat     = "PREDIKAT"
	CondSuperiorRank = "SUPERIOR_RANK"
	CondCreditPoints = "CREDIT_POINTS"
)

// PromotionInput is what the promotion rules look at for one employee.
type PromotionInput struct {
	// Functional is true for a functional post (jabatan fungsional).
	Functional bool
	// YearsInRank is the time since the TMT of the current rank, in years.
	YearsInRank float64
	// RankIndex is the employee's rank (see RankIndex), SuperiorRankIndex
	// the direct superior's; -1 when unknown.
	RankIndex, SuperiorRankIndex int
	// LastTwo holds the annual predikat of the last two years, newest first.
	LastTwo []Predikat
	// CreditPoints is the functional employee's credit points, and
	// CreditPointsNeeded those the next rank needs (see CreditPointsNeeded);
	// a CreditPointsNeeded of 0 or less means unknown.
	CreditPoints, CreditPointsNeeded float64
}

// Condition is one condition of a promotion, whether it holds, and what it
// says in Indonesian (ID) and English (EN) with the employee's figures.
type Condition struct {
	Code  string
	Holds bool
	ID    string
	EN    string
}

// AtLeastBaik is the rule "at least Baik" of the promotion conditions: the
// predikat is SANGAT_BAIK or BAIK, under either method.
func AtLeastBaik(p Predikat) bool { return p == SangatBaik || p == Baik }

// PromotionConditions says which promotion conditions hold for an employee
// and whether all of them do (eligible).
//
// A regular rank promotion (kenaikan pangkat reguler) needs at least
// RegularYearsInRank years in the current rank (YEARS_IN_RANK), a predikat
// at least Baik in each of the last two years, both known (PREDIKAT), and no
// rank above the direct superior's (SUPERIOR_RANK: the rank after promotion,
// RankIndex+1, is at most SuperiorRankIndex; it holds when the superior's rank
// is unknown and fails when the employee's own is).
//
// A functional post (PP 99/2000 art. 13) needs at least FunctionalYearsInRank
// years in rank (YEARS_IN_RANK), the credit points the next rank needs
// (CREDIT_POINTS: CreditPoints >= CreditPointsNeeded, which must be known),
// and a predikat at least Baik in each of the last two years (PREDIKAT).
func PromotionConditions(in PromotionInput) (eligible bool, conds []Condition) {
	minYears := RegularYearsInRank
	if in.Functional {
		minYears = FunctionalYearsInRank
	}
	years := Round2(in.YearsInRank)
	conds = append(conds, Condition{
		Code:  CondYearsInRank,
		Holds: in.YearsInRank >= float64(minYears)-1e-9,
		ID:    "Masa dalam pangkat " + numID(years) + " tahun (paling sedikit " + strconv.Itoa(minYears) + " tahun)",
		EN:    numEN(years) + " years in rank (at least " + strconv.Itoa(minYears) + ")",
	})
	if in.Functional {
		need := in.CreditPointsNeeded
		c := Condition{Code: CondCreditPoints, Holds: need > 0 && in.CreditPoints >= need-1e-9}
		if need > 0 {
			c.ID = "Angka kredit " + numID(Round2(in.CreditPoints)) + " dari " + numID(Round2(need)) + " yang dibutuhkan"
			c.EN = "Credit points " + numEN(Round2(in.CreditPoints)) + " of the " + numEN(Round2(need)) + " needed"
		} else {
			c.ID = "Angka kredit " + numID(Round2(in.CreditPoints)) + "; kebutuhan untuk pangkat berikutnya tidak diketahui"
			c.EN = "Credit points " + numEN(Round2(in.CreditPoints)) + "; those the next rank needs are unknown"
		}
		conds = append(conds, c)
	}
	conds = append(conds, predikatCondition(in.LastTwo))
	if !in.Functional {
		c := Condition{Code: CondSuperiorRank}
		switch {
		case in.SuperiorRankIndex < 0:
			c.Holds = true
			c.ID = "Tidak melebihi pangkat atasan langsung (pangkat atasan tidak diketahui)"
			c.EN = "Not above the direct superior's rank (the superior's rank is unknown)"
		case in.RankIndex < 0:
			c.ID = "Tidak melebihi pangkat atasan langsung (pangkat pegawai tidak diketahui)"
			c.EN = "Not above the direct superior's rank (the employee's rank is unknown)"
		default:
			c.Holds = in.RankIndex < in.SuperiorRankIndex // RankIndex+1 <= SuperiorRankIndex
			c.ID = "Tidak melebihi pangkat atasan langsung"
			c.EN = "Not above the direct superior's rank"
		}
		conds = append(conds, c)
	}
	eligible = true
	for _, c := range conds {
		eligible = eligible && c.Holds
	}
	return eligible, conds
}

// predikatCondition is the condition PREDIKAT on the last two predikat.
func predikatCondition(lastTwo []Predikat) Condition {
	c := Condition{Code: CondPredikat}
	if len(lastTwo) < 2 {
		c.ID = "Predikat paling rendah Baik dalam dua tahun terakhir: belum ada dua tahun"
		c.EN = "Predikat at least Baik in each of the last two years: fewer than two years known"
		return c
	}
	two := lastTwo[:2]
	c.Holds = AtLeastBaik(two[0]) && AtLeastBaik(two[1])
	names := string(two[0]) + ", " + string(two[1])
	c.ID = "Predikat paling rendah Baik dalam dua tahun terakhir: " + names
	c.EN = "Predikat at least Baik in each of the last two years: " + names
	return c
}

func numEN(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

func numID(x float64) string { return strings.Replace(numEN(x), ".", ",", 1) }

// RankIndex places a rank on the scale from 0 (lowest) to 16 (highest): the
// PNS golongan I/a = 0 … IV/e = 16 when pns, the PPPK grades I = 0 … XVII = 16
// otherwise (the order of asn.Ranks). It is -1 for an unknown rank.
func RankIndex(rank string, pns bool) int {
	kind := asn.PPPK
	if pns {
		kind = asn.PNS
	}
	return slices.Index(asn.Ranks(kind), rank)
}

// creditStep is the credit points a functional level needs per rank step,
// and the PNS ranks (by RankIndex) from which the level promotes.
type creditStep struct {
	points   float64
	from, to int // rank indices from..to, inclusive
}

// creditSteps is the table applied by CreditPointsNeeded.
var creditSteps = map[string]creditStep{
	LevelPemula:      {15, 4, 4},    // II/a → II/b
	LevelTerampil:    {20, 5, 7},    // II/b → II/c … II/d → III/a
	LevelMahir:       {50, 8, 9},    // III/a → III/b, III/b → III/c
	LevelPenyelia:    {100, 10, 10}, // III/c → III/d
	LevelAhliPertama: {50, 8, 9},    // III/a → III/b, III/b → III/c
	LevelAhliMuda:    {100, 10, 11}, // III/c → III/d, III/d → IV/a
	LevelAhliMadya:   {150, 12, 14}, // IV/a → IV/b … IV/c → IV/d
	LevelAhliUtama:   {200, 15, 15}, // IV/d → IV/e
}

// CreditPointsNeeded is the credit points a functional employee of the
// level (the employee's functional_level) at the PNS rank rankIndex (see
// RankIndex) needs for the next rank, by the table applied from the
// kebutuhan angka kredit kenaikan pangkat of PermenPANRB 1/2023 (Lampiran):
// per rank step, Pemula 15, Terampil 20, Mahir 50, Penyelia 100,
// Ahli Pertama 50, Ahli Muda 100, Ahli Madya 150, Ahli Utama 200. The level's
// ranks are Pemula II/a; Terampil II/b–II/d; Mahir III/a–III/b; Penyelia
// III/c–III/d; Ahli Pertama III/a–III/b; Ahli Muda III/c–III/d; Ahli Madya
// IV/a–IV/c (to IV/d); Ahli Utama IV/d–IV/e. The step out of a level's top
// rank into the next level takes the level's figure. ok is false for an
// unknown level, a rank outside the level's, or a rank with no next one at
// that level (Penyelia III/d, Ahli Utama IV/e).
func CreditPointsNeeded(level string, rankIndex int) (float64, bool) {
	s, ok := creditSteps[level]
	if !ok || rankIndex < s.from || rankIndex > s.to {
		return 0, false
	}
	return s.points, true
}
