package scoring

import (
	"fmt"
	"testing"
)

func TestCurveDeviations(t *testing.T) {
	tests := []struct {
		rating UnitRating
		counts map[Predikat]int
		want   int // number of deviations
	}{
		{UnitIstimewa, map[Predikat]int{SangatBaik: 7, Baik: 3}, 0},
		{UnitIstimewa, map[Predikat]int{SangatBaik: 8, Baik: 2}, 1},
		{UnitBaik, map[Predikat]int{Baik: 7, SangatBaik: 2, ButuhPerbaikan: 1}, 0},
		{UnitBaik, map[Predikat]int{Baik: 8, ButuhPerbaikan: 2}, 1},
		{UnitBaik, map[Predikat]int{Baik: 6, SangatBaik: 4}, 1}, // no BP or Kurang
		{UnitBaik, map[Predikat]int{Baik: 9, SangatBaik: 1}, 2}, // both
		{UnitButuhPerbaikan, map[Predikat]int{ButuhPerbaikan: 6, Baik: 3, SangatBaik: 1}, 0},
		{UnitButuhPerbaikan, map[Predikat]int{ButuhPerbaikan: 5, Baik: 3, SangatBaik: 2}, 2},
		{UnitKurang, map[Predikat]int{Kurang: 6, ButuhPerbaikan: 1, Baik: 2, SangatBaik: 1}, 0},
		{UnitKurang, map[Predikat]int{Kurang: 6, Baik: 4}, 1},
		{UnitSangatKurang, map[Predikat]int{SangatKurang: 6, Kurang: 1, Baik: 3}, 0},
		{UnitSangatKurang, map[Predikat]int{SangatKurang: 6, Kurang: 1, Baik: 2, SangatBaik: 1}, 1},
		{UnitSangatKurang, map[Predikat]int{SangatKurang: 5, Baik: 5}, 2},
		{UnitBaik, map[Predikat]int{}, 0},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s %v", tt.rating, tt.counts), func(t *testing.T) {
			c, ok := CurveFor(tt.rating)
			if !ok || c.ID == "" || c.EN == "" {
				t.Fatalf("CurveFor(%s) missing", tt.rating)
			}
			if got := c.Deviations(tt.counts); len(got) != tt.want {
				t.Errorf("Deviations(%v) = %v, want %d", tt.counts, got, tt.want)
			}
		})
	}
}
