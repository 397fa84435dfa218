package scoring

import (
	"fmt"
	"slices"
	"testing"
)

func TestCurveDeviations(t *testing.T) {
	tests := []struct {
		rating UnitRating
		counts map[Predikat]int
		want   int // number of deviations
	}{
		// Istimewa: more than half and at most 70 % Sangat Baik.
		{UnitIstimewa, map[Predikat]int{SangatBaik: 7, Baik: 3}, 0},
		{UnitIstimewa, map[Predikat]int{SangatBaik: 6, Baik: 2, Kurang: 2}, 0},
		{UnitIstimewa, map[Predikat]int{SangatBaik: 2, Baik: 1}, 0}, // 66.7 %
		{UnitIstimewa, map[Predikat]int{SangatBaik: 8, Baik: 2}, 1},
		{UnitIstimewa, map[Predikat]int{SangatBaik: 10}, 1},
		{UnitIstimewa, map[Predikat]int{SangatBaik: 5, Baik: 5}, 1}, // half is not most
		{UnitIstimewa, map[Predikat]int{Baik: 10}, 1},               // no Sangat Baik
		// Baik: more than half and at most 70 % Baik, and some Butuh Perbaikan and/or Kurang.
		{UnitBaik, map[Predikat]int{Baik: 7, SangatBaik: 2, ButuhPerbaikan: 1}, 0},
		{UnitBaik, map[Predikat]int{Baik: 6, SangatBaik: 3, Kurang: 1}, 0},
		{UnitBaik, map[Predikat]int{Baik: 8, ButuhPerbaikan: 2}, 1},
		{UnitBaik, map[Predikat]int{Baik: 6, SangatBaik: 4}, 1}, // no BP or Kurang
		{UnitBaik, map[Predikat]int{Baik: 9, SangatBaik: 1}, 2}, // both
		{UnitBaik, map[Predikat]int{Baik: 5, SangatBaik: 3, ButuhPerbaikan: 2}, 1},
		{UnitBaik, map[Predikat]int{SangatBaik: 5, Kurang: 5}, 1},
		{UnitBaik, map[Predikat]int{Baik: 5, SangatBaik: 5}, 2},
		// Butuh Perbaikan: at least 60 % Butuh Perbaikan; at most 10 % Sangat Baik.
		{UnitButuhPerbaikan, map[Predikat]int{ButuhPerbaikan: 6, Baik: 3, SangatBaik: 1}, 0},
		{UnitButuhPerbaikan, map[Predikat]int{ButuhPerbaikan: 5, Baik: 3, SangatBaik: 2}, 2},
		// Kurang: at least 60 % Kurang; at least 10 % Butuh Perbaikan; at most 10 % Sangat Baik.
		{UnitKurang, map[Predikat]int{Kurang: 6, ButuhPerbaikan: 1, Baik: 2, SangatBaik: 1}, 0},
		{UnitKurang, map[Predikat]int{Kurang: 6, Baik: 4}, 1},
		{UnitKurang, map[Predikat]int{Kurang: 5, Baik: 3, SangatBaik: 2}, 3},
		// Sangat Kurang: at least 60 % Sangat Kurang; at least 10 % Kurang and/or BP; no Sangat Baik.
		{UnitSangatKurang, map[Predikat]int{SangatKurang: 6, Kurang: 1, Baik: 3}, 0},
		{UnitSangatKurang, map[Predikat]int{SangatKurang: 6, ButuhPerbaikan: 1, Baik: 3}, 0},
		{UnitSangatKurang, map[Predikat]int{SangatKurang: 6, Kurang: 1, Baik: 2, SangatBaik: 1}, 1},
		{UnitSangatKurang, map[Predikat]int{SangatKurang: 5, Baik: 5}, 2},
		// An empty distribution follows every curve.
		{UnitIstimewa, map[Predikat]int{}, 0},
		{UnitBaik, nil, 0},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s %v", tt.rating, tt.counts), func(t *testing.T) {
			c, ok := CurveFor(tt.rating)
			if !ok || c.ID == "" || c.EN == "" {
				t.Fatalf("CurveFor(%s) missing", tt.rating)
			}
			got := c.Deviations(tt.counts)
			if len(got) != tt.want {
				t.Errorf("Deviations(%v) = %v, want %d", tt.counts, got, tt.want)
			}
			for _, d := range got {
				if d.ID == "" || d.EN == "" || d.ID == d.EN {
					t.Errorf("Deviations(%v): %+v is not told in both languages", tt.counts, d)
				}
			}
		})
	}
}

func TestCurveDeviationTexts(t *testing.T) {
	tests := []struct {
		rating UnitRating
		counts map[Predikat]int
		want   []Deviation
	}{
		{UnitIstimewa, map[Predikat]int{SangatBaik: 8, Baik: 2}, []Deviation{
			{ID: "Sangat Baik 80%, melebihi batas 70%", EN: "Sangat Baik 80%, above the limit of 70%"},
		}},
		{UnitIstimewa, map[Predikat]int{Baik: 3}, []Deviation{
			{ID: "Sangat Baik 0%, tidak lebih dari separuh", EN: "Sangat Baik 0%, not more than half"},
		}},
		{UnitBaik, map[Predikat]int{Baik: 1, SangatBaik: 2}, []Deviation{
			{ID: "Baik 33.3%, tidak lebih dari separuh", EN: "Baik 33.3%, not more than half"},
			{ID: "tidak ada Butuh Perbaikan atau Kurang", EN: "no Butuh Perbaikan or Kurang"},
		}},
		{UnitKurang, map[Predikat]int{Kurang: 5, Baik: 3, SangatBaik: 2}, []Deviation{
			{ID: "Kurang/Misconduct 50%, kurang dari 60%", EN: "Kurang/Misconduct 50%, below 60%"},
			{ID: "Butuh Perbaikan 0%, kurang dari 10%", EN: "Butuh Perbaikan 0%, below 10%"},
			{ID: "Sangat Baik 20%, melebihi batas 10%", EN: "Sangat Baik 20%, above the limit of 10%"},
		}},
		{UnitSangatKurang, map[Predikat]int{SangatKurang: 9, SangatBaik: 1}, []Deviation{
			{ID: "Kurang dan/atau Butuh Perbaikan 0%, kurang dari 10%", EN: "Kurang and/or Butuh Perbaikan 0%, below 10%"},
			{ID: "ada Sangat Baik (1)", EN: "Sangat Baik present (1)"},
		}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s %v", tt.rating, tt.counts), func(t *testing.T) {
			c, _ := CurveFor(tt.rating)
			got := c.Deviations(tt.counts)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Deviations(%v) = %q, want %q", tt.counts, got, tt.want)
			}
			ids, ens := DeviationTexts(got, "id"), DeviationTexts(got, "en")
			for i, d := range tt.want {
				if ids[i] != d.ID || ens[i] != d.EN || got[i].Text("") != d.ID {
					t.Errorf("DeviationTexts[%d] = %q / %q, want %q / %q", i, ids[i], ens[i], d.ID, d.EN)
				}
			}
		})
	}
	if got := DeviationTexts(nil, "en"); got != nil {
		t.Errorf("DeviationTexts(nil) = %q, want nil", got)
	}
}

func TestCurveText(t *testing.T) {
	for _, r := range UnitRating("").Values() {
		c, ok := CurveFor(UnitRating(r))
		if !ok || !UnitRating(r).Valid() {
			t.Fatalf("CurveFor(%s) missing", r)
		}
		if c.Text("en") != c.EN || c.Text("id") != c.ID || c.Text("") != c.ID || c.ID == c.EN {
			t.Errorf("CurveFor(%s).Text: %q / %q", r, c.Text("id"), c.Text("en"))
		}
	}
	if _, ok := CurveFor("EXCELLENT"); ok {
		t.Error("CurveFor(EXCELLENT) found a curve")
	}
	if UnitRating("EXCELLENT").Valid() {
		t.Error(`UnitRating("EXCELLENT").Valid() = true`)
	}
	if got := (Curve{}).Deviations(map[Predikat]int{Baik: 1}); got != nil {
		t.Errorf("Curve{}.Deviations = %v, want nil", got)
	}
}
