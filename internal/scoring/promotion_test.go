package scoring_test

import (
	"fmt"
	"testing"

	"kinerja/internal/scoring"
)

func TestAtLeastBaik(t *testing.T) {
	want := map[scoring.Predikat]bool{
		scoring.SangatBaik: true, scoring.Baik: true, scoring.Cukup: false, scoring.ButuhPerbaikan: false,
		scoring.Kurang: false, scoring.SangatKurang: false, scoring.Buruk: false, "": false, "BAGUS": false,
	}
	for p, w := range want {
		if got := scoring.AtLeastBaik(p); got != w {
			t.Errorf("AtLeastBaik(%q) = %v, want %v", p, got, w)
		}
	}
}

func TestPromotionConditions(t *testing.T) {
	baik2 := []scoring.Predikat{scoring.Baik, scoring.SangatBaik}
	type holds map[string]bool
	tests := []struct {
		name     string
		in       scoring.PromotionInput
		eligible bool
		want     holds
	}{
		{"regular: all hold", scoring.PromotionInput{YearsInRank: 4, RankIndex: 9, SuperiorRankIndex: 11, LastTwo: baik2},
			true, holds{"YEARS_IN_RANK": true, "PREDIKAT": true, "SUPERIOR_RANK": true}},
		{"regular: 3.9 years", scoring.PromotionInput{YearsInRank: 3.9, RankIndex: 9, SuperiorRankIndex: 11, LastTwo: baik2},
			false, holds{"YEARS_IN_RANK": false, "PREDIKAT": true, "SUPERIOR_RANK": true}},
		{"regular: Cukup last year", scoring.PromotionInput{YearsInRank: 5, RankIndex: 9, SuperiorRankIndex: 11, LastTwo: []scoring.Predikat{scoring.Cukup, scoring.Baik}},
			false, holds{"YEARS_IN_RANK": true, "PREDIKAT": false, "SUPERIOR_RANK": true}},
		{"regular: Butuh Perbaikan the year before", scoring.PromotionInput{YearsInRank: 5, RankIndex: 9, SuperiorRankIndex: 11, LastTwo: []scoring.Predikat{scoring.SangatBaik, scoring.ButuhPerbaikan}},
			false, holds{"YEARS_IN_RANK": true, "PREDIKAT": false, "SUPERIOR_RANK": true}},
		{"regular: one year known", scoring.PromotionInput{YearsInRank: 5, RankIndex: 9, SuperiorRankIndex: 11, LastTwo: []scoring.Predikat{scoring.SangatBaik}},
			false, holds{"YEARS_IN_RANK": true, "PREDIKAT": false, "SUPERIOR_RANK": true}},
		{"regular: only the newest two count", scoring.PromotionInput{YearsInRank: 5, RankIndex: 9, SuperiorRankIndex: 11, LastTwo: []scoring.Predikat{scoring.Baik, scoring.Baik, scoring.Buruk}},
			true, holds{"YEARS_IN_RANK": true, "PREDIKAT": true, "SUPERIOR_RANK": true}},
		{"regular: promotion reaches the superior's rank", scoring.PromotionInput{YearsInRank: 5, RankIndex: 10, SuperiorRankIndex: 11, LastTwo: baik2},
			true, holds{"YEARS_IN_RANK": true, "PREDIKAT": true, "SUPERIOR_RANK": true}},
		{"regular: same rank as the superior", scoring.PromotionInput{YearsInRank: 5, RankIndex: 11, SuperiorRankIndex: 11, LastTwo: baik2},
			false, holds{"YEARS_IN_RANK": true, "PREDIKAT": true, "SUPERIOR_RANK": false}},
		{"regular: superior unknown", scoring.PromotionInput{YearsInRank: 5, RankIndex: 11, SuperiorRankIndex: -1, LastTwo: baik2},
			true, holds{"YEARS_IN_RANK": true, "PREDIKAT": true, "SUPERIOR_RANK": true}},
		{"regular: own rank unknown", scoring.PromotionInput{YearsInRank: 5, RankIndex: -1, SuperiorRankIndex: 11, LastTwo: baik2},
			false, holds{"YEARS_IN_RANK": true, "PREDIKAT": true, "SUPERIOR_RANK": false}},
		{"functional: all hold", scoring.PromotionInput{Functional: true, YearsInRank: 2, LastTwo: baik2, CreditPoints: 50, CreditPointsNeeded: 50, RankIndex: 11, SuperiorRankIndex: 11},
			true, holds{"YEARS_IN_RANK": true, "CREDIT_POINTS": true, "PREDIKAT": true}},
		{"functional: 1.9 years", scoring.PromotionInput{Functional: true, YearsInRank: 1.9, LastTwo: baik2, CreditPoints: 60, CreditPointsNeeded: 50},
			false, holds{"YEARS_IN_RANK": false, "CREDIT_POINTS": true, "PREDIKAT": true}},
		{"functional: credit points short", scoring.PromotionInput{Functional: true, YearsInRank: 3, LastTwo: baik2, CreditPoints: 49.99, CreditPointsNeeded: 50},
			false, holds{"YEARS_IN_RANK": true, "CREDIT_POINTS": false, "PREDIKAT": true}},
		{"functional: credit points needed unknown", scoring.PromotionInput{Functional: true, YearsInRank: 3, LastTwo: baik2, CreditPoints: 200},
			false, holds{"YEARS_IN_RANK": true, "CREDIT_POINTS": false, "PREDIKAT": true}},
		{"functional: Kurang last year", scoring.PromotionInput{Functional: true, YearsInRank: 3, LastTwo: []scoring.Predikat{scoring.Kurang, scoring.Baik}, CreditPoints: 100, CreditPointsNeeded: 50},
			false, holds{"YEARS_IN_RANK": true, "CREDIT_POINTS": true, "PREDIKAT": false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			eligible, conds := scoring.PromotionConditions(tt.in)
			if eligible != tt.eligible {
				t.Errorf("eligible = %v, want %v (%+v)", eligible, tt.eligible, conds)
			}
			if len(conds) != len(tt.want) {
				t.Fatalf("conditions %+v, want %v", conds, tt.want)
			}
			for _, c := range conds {
				w, ok := tt.want[c.Code]
				if !ok || c.Holds != w {
					t.Errorf("%s holds = %v, want %v (present %v)", c.Code, c.Holds, w, ok)
				}
				if c.ID == "" || c.EN == "" || c.ID == c.EN {
					t.Errorf("%s is not told in both languages: %q / %q", c.Code, c.ID, c.EN)
				}
			}
		})
	}
}

func TestPromotionConditionTexts(t *testing.T) {
	_, conds := scoring.PromotionConditions(scoring.PromotionInput{Functional: true, YearsInRank: 2.5, CreditPoints: 37.5, CreditPointsNeeded: 50,
		LastTwo: []scoring.Predikat{scoring.Baik, scoring.SangatBaik}})
	want := []scoring.Condition{
		{Code: "YEARS_IN_RANK", Holds: true, ID: "Masa dalam pangkat 2,5 tahun (paling sedikit 2 tahun)", EN: "2.5 years in rank (at least 2)"},
		{Code: "CREDIT_POINTS", Holds: false, ID: "Angka kredit 37,5 dari 50 yang dibutuhkan", EN: "Credit points 37.5 of the 50 needed"},
		{Code: "PREDIKAT", Holds: true, ID: "Predikat paling rendah Baik dalam dua tahun terakhir: BAIK, SANGAT_BAIK", EN: "Predikat at least Baik in each of the last two years: BAIK, SANGAT_BAIK"},
	}
	if fmt.Sprint(conds) != fmt.Sprint(want) {
		t.Errorf("conditions\n%+v\nwant\n%+v", conds, want)
	}
}

func TestRankIndex(t *testing.T) {
	tests := []struct {
		rank string
		pns  bool
		want int
	}{
		{"I/a", true, 0}, {"I/d", true, 3}, {"II/a", true, 4}, {"III/a", true, 8}, {"III/d", true, 11},
		{"IV/a", true, 12}, {"IV/e", true, 16},
		{"I", false, 0}, {"IX", false, 8}, {"XVII", false, 16},
		{"III/a", false, -1}, {"IX", true, -1}, {"IV/f", true, -1}, {"", true, -1},
	}
	for _, tt := range tests {
		if got := scoring.RankIndex(tt.rank, tt.pns); got != tt.want {
			t.Errorf("RankIndex(%q, %v) = %d, want %d", tt.rank, tt.pns, got, tt.want)
		}
	}
}

func TestCreditPointsNeeded(t *testing.T) {
	idx := func(r string) int { return scoring.RankIndex(r, true) }
	tests := []struct {
		level string
		rank  string
		want  float64
		ok    bool
	}{
		{"AHLI_PERTAMA", "III/a", 50, true},
		{"AHLI_PERTAMA", "III/b", 50, true},
		{"AHLI_PERTAMA", "III/c", 0, false},
		{"AHLI_MUDA", "III/c", 100, true},
		{"AHLI_MUDA", "III/d", 100, true},
		{"AHLI_MADYA", "IV/a", 150, true},
		{"AHLI_MADYA", "IV/b", 150, true},
		{"AHLI_MADYA", "IV/c", 150, true},
		{"AHLI_MADYA", "IV/d", 0, false},
		{"AHLI_UTAMA", "IV/d", 200, true},
		{"AHLI_UTAMA", "IV/e", 0, false},
		{"PEMULA", "II/a", 15, true},
		{"PEMULA", "II/b", 0, false},
		{"TERAMPIL", "II/b", 20, true},
		{"TERAMPIL", "II/c", 20, true},
		{"TERAMPIL", "II/d", 20, true},
		{"MAHIR", "III/a", 50, true},
		{"MAHIR", "III/b", 50, true},
		{"PENYELIA", "III/c", 100, true},
		{"PENYELIA", "III/d", 0, false},
		{"AHLI_PERTAMA", "", 0, false},
		{"Ahli Pertama", "III/a", 0, false},
	}
	for _, tt := range tests {
		got, ok := scoring.CreditPointsNeeded(tt.level, idx(tt.rank))
		if got != tt.want || ok != tt.ok {
			t.Errorf("CreditPointsNeeded(%s, %s) = %v, %v, want %v, %v", tt.level, tt.rank, got, ok, tt.want, tt.ok)
		}
	}
}
