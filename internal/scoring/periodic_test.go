package scoring_test

import (
	"fmt"
	"slices"
	"testing"

	"kinerja/internal/scoring"
)

func TestCycle(t *testing.T) {
	tests := []struct {
		c     scoring.Cycle
		parts int
		ends  []int // EndMonth of parts 1..parts
	}{
		{scoring.Monthly, 12, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}},
		{scoring.Quarterly, 4, []int{3, 6, 9, 12}},
		{scoring.Semester, 2, []int{6, 12}},
		{"YEARLY", 0, nil},
	}
	for _, tt := range tests {
		t.Run(string(tt.c), func(t *testing.T) {
			if got := tt.c.Parts(); got != tt.parts {
				t.Errorf("Parts() = %d, want %d", got, tt.parts)
			}
			if got := tt.c.Valid(); got != (tt.parts > 0) {
				t.Errorf("Valid() = %v", got)
			}
			var ends []int
			for p := 1; p <= tt.parts; p++ {
				m, ok := tt.c.EndMonth(p)
				if !ok {
					t.Errorf("EndMonth(%d) not ok", p)
				}
				ends = append(ends, m)
			}
			if !slices.Equal(ends, tt.ends) {
				t.Errorf("EndMonth = %v, want %v", ends, tt.ends)
			}
			for _, p := range []int{0, -1, tt.parts + 1} {
				if m, ok := tt.c.EndMonth(p); ok {
					t.Errorf("EndMonth(%d) = %d, true, want false", p, m)
				}
			}
		})
	}
}

func TestQuarterOfMonth(t *testing.T) {
	want := map[int]int{0: 0, 1: 1, 2: 1, 3: 1, 4: 2, 6: 2, 7: 3, 9: 3, 10: 4, 12: 4, 13: 0, -3: 0}
	for m, q := range want {
		if got := scoring.QuarterOfMonth(m); got != q {
			t.Errorf("QuarterOfMonth(%d) = %d, want %d", m, got, q)
		}
	}
}

func TestPeriodGoal(t *testing.T) {
	q4 := []float64{10, 10, 10, 10}
	tests := []struct {
		name    string
		aspect  scoring.Aspect
		annual  float64
		parts   []float64
		upTo    int
		want    float64
		realise float64 // realisation so far, for the score
		score   float64
	}{
		// A five-day task done in four days in the first quarter: 4 against 5.
		{"one-off time target in Q1", scoring.AspectTime, 5, nil, 1, 5, 4, 96},
		{"one-off time target, annual", scoring.AspectTime, 12, nil, 4, 12, 12, 76},
		{"one-off quantity in Q2, not prorated", scoring.AspectQuantity, 40, nil, 2, 40, 20, 50},
		{"quantity with part targets at Q2", scoring.AspectQuantity, 40, q4, 2, 20, 20, 100},
		{"quantity with part targets, annual", scoring.AspectQuantity, 40, q4, 4, 40, 40, 100},
		{"time with part targets at Q3", scoring.AspectTime, 12, []float64{3, 3, 3, 3}, 3, 9, 9, 76},
		{"cost with semester targets at S1", scoring.AspectCost, 5_000_000, []float64{2_000_000, 3_000_000}, 1, 2_000_000, 1_520_000, 100},
		{"quality takes the part's own target", scoring.AspectQuality, 90, []float64{80, 85, 90, 95}, 2, 85, 85, 100},
		{"quality annual takes the last part", scoring.AspectQuality, 90, []float64{80, 85, 90, 95}, 4, 95, 76, 80},
		{"monthly targets at month 3", scoring.AspectQuantity, 12, []float64{1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 0, 1}, 3, 4, 4, 100},
		{"part beyond the last holds at the last", scoring.AspectQuantity, 40, q4, 9, 40, 40, 100},
		{"part below the first holds at the first", scoring.AspectQuantity, 40, q4, 0, 10, 10, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := scoring.PeriodGoal(tt.aspect, tt.annual, tt.parts, tt.upTo)
			if !near(got, tt.want) {
				t.Fatalf("PeriodGoal(%s, %g, %v, %d) = %g, want %g", tt.aspect, tt.annual, tt.parts, tt.upTo, got, tt.want)
			}
			if s := scoring.AspectScore(tt.aspect, got, tt.realise); !near(s, tt.score) {
				t.Errorf("AspectScore(%s, %g, %g) = %g, want %g", tt.aspect, got, tt.realise, s, tt.score)
			}
		})
	}
}

func ExamplePeriodGoal() {
	goal := scoring.PeriodGoal(scoring.AspectTime, 5, nil, 1)
	fmt.Printf("goal %g days, score %.2f\n", goal, scoring.AspectScore(scoring.AspectTime, goal, 4))
	// Output: goal 5 days, score 96.00
}

func TestUpToQuarter(t *testing.T) {
	q := func(n int) *int { return &n }
	for _, c := range []struct {
		quarterly bool
		quarter   *int
		want      int
	}{
		{true, q(1), 1}, {true, q(3), 3}, {false, nil, 4}, {false, q(2), 4}, {true, nil, 4}, {true, q(5), 4}, {true, q(0), 4},
	} {
		if got := scoring.UpToQuarter(c.quarterly, c.quarter); got != c.want {
			t.Errorf("UpToQuarter(%v, %v) = %d, want %d", c.quarterly, c.quarter, got, c.want)
		}
	}
}
