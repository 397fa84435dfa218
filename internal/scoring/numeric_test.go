package scoring_test

import (
	"fmt"
	"math"
	"testing"

	"kinerja/internal/scoring"
)

// near reports whether got and want agree to well within display precision.
func near(got, want float64) bool { return math.Abs(got-want) < 1e-9 }

func TestAspectScore(t *testing.T) {
	tests := []struct {
		aspect      scoring.Aspect
		target, got float64 // got: the realisation
		want        float64
	}{
		// Quantity and quality: R/T·100, no upper cap.
		{scoring.AspectQuantity, 10, 10, 100},
		{scoring.AspectQuantity, 10, 12, 120},
		{scoring.AspectQuantity, 10, 5, 50},
		{scoring.AspectQuantity, 10, 0, 0},
		{scoring.AspectQuality, 100, 85, 85},
		{scoring.AspectQuality, 80, 100, 125},
		// Time: e = 24 exactly (R = 0.76·T) takes the first formula.
		{scoring.AspectTime, 100, 76, 100},
		{scoring.AspectTime, 12, 0.76 * 12, 100},
		{scoring.AspectTime, 0.7, 0.76 * 0.7, 100}, // R/T·100 = 75.99999999999999: float noise
		{scoring.AspectTime, 0.7, 0.532, 100},
		{scoring.AspectTime, 25, 19, 100},
		// Around the threshold.
		{scoring.AspectTime, 100, 77, 99},
		{scoring.AspectTime, 100, 80, 96},
		{scoring.AspectTime, 100, 75, 75}, // e = 25: 76 − ((1.76−0.75)·100 − 100)
		{scoring.AspectTime, 12, 9, 75},
		{scoring.AspectTime, 100, 75.9, 75.9},
		// R = T gives 76; slower is worse.
		{scoring.AspectTime, 12, 12, 76},
		{scoring.AspectTime, 12, 6, 50},
		{scoring.AspectTime, 100, 50, 50},
		{scoring.AspectTime, 100, 150, 26},
		{scoring.AspectTime, 100, 176, 0},
		{scoring.AspectTime, 12, 0, 0},
		{scoring.AspectTime, 100, 200, 0}, // −24, clamped
		{scoring.AspectTime, 100, 1000, 0},
		// Cost: the same formulas on the budget.
		{scoring.AspectCost, 1_000_000, 760_000, 100},
		{scoring.AspectCost, 1_000_000, 1_000_000, 76},
		{scoring.AspectCost, 1_000_000, 750_000, 75},
		{scoring.AspectCost, 1_000_000, 500_000, 50},
		{scoring.AspectCost, 1_000_000, 900_000, 86},
		{scoring.AspectCost, 1_000_000, 0, 0},
		{scoring.AspectCost, 1_000_000, 2_000_000, 0},
		// No usable target, unknown aspect, negative realisation.
		{scoring.AspectQuantity, 0, 5, 0},
		{scoring.AspectTime, 0, 0, 0},
		{scoring.AspectTime, -12, 6, 0},
		{scoring.AspectQuantity, math.NaN(), 5, 0},
		{scoring.AspectQuantity, 10, -5, 0},
		{scoring.AspectTime, 10, -5, 0},
		{"SPEED", 10, 10, 0},
		{"", 10, 10, 0},
	}
	for _, tt := range tests {
		name := fmt.Sprintf("%s/T=%g/R=%g", tt.aspect, tt.target, tt.got)
		t.Run(name, func(t *testing.T) {
			if got := scoring.AspectScore(tt.aspect, tt.target, tt.got); !near(got, tt.want) {
				t.Errorf("AspectScore(%s, %g, %g) = %g, want %g", tt.aspect, tt.target, tt.got, got, tt.want)
			}
		})
	}
}

// TestAspectScoreThresholdAcrossTargets checks that R = 0.76·T scores 100 for
// many targets, whatever float noise the multiplication leaves.
func TestAspectScoreThresholdAcrossTargets(t *testing.T) {
	for _, a := range []scoring.Aspect{scoring.AspectTime, scoring.AspectCost} {
		for target := 0.1; target < 400; target += 0.1 {
			if got := scoring.AspectScore(a, target, 0.76*target); !near(got, 100) {
				t.Fatalf("AspectScore(%s, %g, 0.76·%g) = %g, want 100", a, target, target, got)
			}
			if got := scoring.AspectScore(a, target, target); !near(got, 76) {
				t.Fatalf("AspectScore(%s, %g, %g) = %g, want 76", a, target, target, got)
			}
		}
	}
}

func TestYearTotal(t *testing.T) {
	tests := []struct {
		aspect scoring.Aspect
		values []float64
		want   float64
		wantOK bool
	}{
		{scoring.AspectQuantity, []float64{3, 2, 4, 1}, 10, true},
		{scoring.AspectQuantity, []float64{5}, 5, true},
		{scoring.AspectQuality, []float64{80, 90, 100, 70}, 85, true},
		{scoring.AspectQuality, []float64{80, 90}, 85, true},
		{scoring.AspectTime, []float64{3, 3, 3, 3}, 12, true},
		{scoring.AspectCost, []float64{100, 250, 0, 50}, 400, true},
		{scoring.AspectQuantity, nil, 0, false},
		{scoring.AspectQuality, []float64{}, 0, false},
		{scoring.AspectTime, nil, 0, false},
		{scoring.AspectCost, nil, 0, false},
		{"SPEED", []float64{1, 2}, 0, false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%v", tt.aspect, tt.values), func(t *testing.T) {
			got, ok := scoring.YearTotal(tt.aspect, tt.values)
			if !near(got, tt.want) || ok != tt.wantOK {
				t.Errorf("YearTotal(%s, %v) = %g, %v, want %g, %v", tt.aspect, tt.values, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestTargetScore(t *testing.T) {
	tests := []struct {
		name   string
		target scoring.Target
		want   float64
	}{
		{"no indicators", scoring.Target{}, 0},
		{"not done", scoring.Target{Indicators: []scoring.Indicator{
			{Aspect: scoring.AspectQuantity, Target: 10},
			{Aspect: scoring.AspectTime, Target: 12},
		}}, 0},
		{"one indicator", scoring.Target{Indicators: []scoring.Indicator{
			{Aspect: scoring.AspectQuantity, Target: 10, Values: []float64{2, 3, 2, 2}},
		}}, 90},
		{"two indicators: mean", scoring.Target{Indicators: []scoring.Indicator{
			{Aspect: scoring.AspectQuantity, Target: 10, Values: []float64{3, 3, 3, 3}}, // 12 of 10: 120
			{Aspect: scoring.AspectTime, Target: 12, Values: []float64{3, 3, 3, 3}},     // 12 of 12: 76
		}}, 98},
		{"four aspects", scoring.Target{Indicators: []scoring.Indicator{
			{Aspect: scoring.AspectQuantity, Target: 4, Values: []float64{1, 1, 1, 1}},           // 100
			{Aspect: scoring.AspectQuality, Target: 100, Values: []float64{80, 90}},              // 85
			{Aspect: scoring.AspectTime, Target: 12, Values: []float64{3, 3, 3}},                 // 9 of 12: 75
			{Aspect: scoring.AspectCost, Target: 1_000_000, Values: []float64{380_000, 380_000}}, // 100
		}}, 90},
		{"one indicator not realised counts as 0", scoring.Target{Indicators: []scoring.Indicator{
			{Aspect: scoring.AspectQuantity, Target: 10, Values: []float64{10}}, // 100
			{Aspect: scoring.AspectQuality, Target: 100},                        // 0
		}}, 50},
		{"worked example (100 + 90 + 76 + 76) / 4", scoring.Target{Indicators: []scoring.Indicator{
			{Aspect: scoring.AspectQuantity, Target: 10, Values: []float64{10}},     // 100
			{Aspect: scoring.AspectQuality, Target: 100, Values: []float64{90}},     // 90
			{Aspect: scoring.AspectTime, Target: 12, Values: []float64{12}},         // 76
			{Aspect: scoring.AspectCost, Target: 5_000_000, Values: []float64{5e6}}, // 76
		}}, 85.5},
		// A target not done (quantity realised 0) scores 0 on every aspect.
		{"quantity realised 0, time and quality realised", scoring.Target{Indicators: []scoring.Indicator{
			{Aspect: scoring.AspectQuantity, Target: 10, Values: []float64{0, 0}},
			{Aspect: scoring.AspectQuality, Target: 100, Values: []float64{90}},
			{Aspect: scoring.AspectTime, Target: 5, Values: []float64{4}},
		}}, 0},
		{"quantity not recorded, cost realised", scoring.Target{Indicators: []scoring.Indicator{
			{Aspect: scoring.AspectQuantity, Target: 10},
			{Aspect: scoring.AspectCost, Target: 5_000_000, Values: []float64{3_800_000}},
		}}, 0},
		{"two quantity indicators, one realised", scoring.Target{Indicators: []scoring.Indicator{
			{Aspect: scoring.AspectQuantity, Target: 10, Values: []float64{0}},  // 0
			{Aspect: scoring.AspectQuantity, Target: 10, Values: []float64{10}}, // 100
			{Aspect: scoring.AspectTime, Target: 12, Values: []float64{12}},     // 76
		}}, 176.0 / 3},
		{"no quantity indicator: the mean of the others", scoring.Target{Indicators: []scoring.Indicator{
			{Aspect: scoring.AspectQuality, Target: 100, Values: []float64{90}}, // 90
			{Aspect: scoring.AspectTime, Target: 12, Values: []float64{12}},     // 76
		}}, 83},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := scoring.TargetScore(tt.target); !near(got, tt.want) {
				t.Errorf("TargetScore(%+v) = %g, want %g", tt.target, got, tt.want)
			}
		})
	}
}

func TestTargetDone(t *testing.T) {
	q := func(vs ...float64) scoring.Indicator {
		return scoring.Indicator{Aspect: scoring.AspectQuantity, Target: 10, Values: vs}
	}
	tm := func(vs ...float64) scoring.Indicator {
		return scoring.Indicator{Aspect: scoring.AspectTime, Target: 5, Values: vs}
	}
	tests := []struct {
		name string
		inds []scoring.Indicator
		want bool
	}{
		{"no indicators", nil, false},
		{"quantity realised", []scoring.Indicator{q(1)}, true},
		{"quantity realised 0", []scoring.Indicator{q(0, 0), tm(4)}, false},
		{"quantity not recorded", []scoring.Indicator{q(), tm(4)}, false},
		{"one of two quantities realised", []scoring.Indicator{q(0), q(3)}, true},
		{"no quantity indicator, time realised", []scoring.Indicator{tm(4)}, true},
		{"no quantity indicator, only zeros", []scoring.Indicator{tm(0)}, false},
		{"no quantity indicator, nothing recorded", []scoring.Indicator{tm()}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (scoring.Target{Indicators: tt.inds}).Done(); got != tt.want {
				t.Errorf("Done(%v) = %v, want %v", tt.inds, got, tt.want)
			}
		})
	}
}

func TestSKPScore(t *testing.T) {
	done := func(pct float64) scoring.Target {
		return scoring.Target{Indicators: []scoring.Indicator{{Aspect: scoring.AspectQuantity, Target: 100, Values: []float64{pct}}}}
	}
	tests := []struct {
		name    string
		targets []scoring.Target
		want    float64
		wantOK  bool
	}{
		{"no targets", nil, 0, false},
		{"one target", []scoring.Target{done(80)}, 80, true},
		{"mean of three", []scoring.Target{done(80), done(90), done(100)}, 90, true},
		{"a target not done counts as 0", []scoring.Target{done(100), {}}, 50, true},
		{"may exceed 100", []scoring.Target{done(120), done(110)}, 115, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := scoring.SKPScore(tt.targets)
			if !near(got, tt.want) || ok != tt.wantOK {
				t.Errorf("SKPScore(%s) = %g, %v, want %g, %v", tt.name, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestBehaviourScore(t *testing.T) {
	tests := []struct {
		values []float64
		want   float64
		wantOK bool
	}{
		{nil, 0, false},
		{[]float64{}, 0, false},
		{[]float64{80}, 80, true},
		{[]float64{80, 90, 70, 85, 75, 95}, 82.5, true},
		{[]float64{0, 100}, 50, true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.values), func(t *testing.T) {
			got, ok := scoring.BehaviourScore(tt.values)
			if !near(got, tt.want) || ok != tt.wantOK {
				t.Errorf("BehaviourScore(%v) = %g, %v, want %g, %v", tt.values, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestFinalScore(t *testing.T) {
	tests := []struct {
		skp, behaviour, want float64
	}{
		{80, 90, 84},
		{100, 100, 100},
		{0, 0, 0},
		{90, 80, 86},
		{120, 90, 108},
		{85.55, 77.77, 82.44},     // 60 % of 85.55 and 40 % of 77.77 make 82.438
		{90.9917, 90.9917, 90.99}, // not yet 91
		{90.995, 90.995, 91},      // half rounds up
		{81.3333333, 76.6666667, 79.47},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%g/%g", tt.skp, tt.behaviour), func(t *testing.T) {
			if got := scoring.FinalScore(tt.skp, tt.behaviour); got != tt.want {
				t.Errorf("FinalScore(%g, %g) = %v, want %v", tt.skp, tt.behaviour, got, tt.want)
			}
		})
	}
}

func TestRound2(t *testing.T) {
	tests := []struct {
		x, want float64
	}{
		{90.995, 91},
		{90.99999999, 91},
		{90.994999, 90.99},
		{90.99, 90.99},
		{91, 91},
		{84.00000000000001, 84},
		{83.99999999999999, 84},
		{1.005, 1.01},
		{2.675, 2.68},
		{0.285, 0.29},
		{1.015, 1.02},
		{75.555, 75.56},
		{75.554, 75.55},
		{0.005, 0.01},
		{0.004, 0},
		{-0.004, 0},
		{-90.995, -91},
		{-1.005, -1.01},
		{0, 0},
		{120, 120},
		{123456.785, 123456.79},
		{1e20, 1e20},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.x), func(t *testing.T) {
			got := scoring.Round2(tt.x)
			if got != tt.want || math.Signbit(got) != math.Signbit(tt.want) {
				t.Errorf("Round2(%v) = %v, want %v", tt.x, got, tt.want)
			}
		})
	}
	if got := scoring.Round2(math.NaN()); !math.IsNaN(got) {
		t.Errorf("Round2(NaN) = %v, want NaN", got)
	}
	if got := scoring.Round2(math.Inf(1)); !math.IsInf(got, 1) {
		t.Errorf("Round2(+Inf) = %v, want +Inf", got)
	}
}

func TestBand(t *testing.T) {
	tests := []struct {
		score float64
		want  scoring.Predikat
	}{
		{120, scoring.SangatBaik},
		{100, scoring.SangatBaik},
		{91, scoring.SangatBaik},
		{90.995, scoring.SangatBaik}, // rounds to 91.00
		{90.99999999, scoring.SangatBaik},
		{90.994, scoring.Baik},
		{90.99, scoring.Baik},
		{90.5, scoring.Baik},
		{90, scoring.Baik},
		{76, scoring.Baik},
		{75.999, scoring.Baik}, // rounds to 76.00
		{75.99, scoring.Cukup},
		{75.5, scoring.Cukup},
		{75, scoring.Cukup},
		{61, scoring.Cukup},
		{60.99, scoring.Kurang},
		{60.5, scoring.Kurang},
		{60, scoring.Kurang},
		{51, scoring.Kurang},
		{50.99, scoring.Buruk},
		{50.5, scoring.Buruk},
		{50, scoring.Buruk},
		{0, scoring.Buruk},
		{-5, scoring.Buruk},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.score), func(t *testing.T) {
			if got := scoring.Band(tt.score); got != tt.want {
				t.Errorf("Band(%v) = %s, want %s", tt.score, got, tt.want)
			}
		})
	}
}

// TestBandGivesOnly2011Predikat walks the scale in hundredths: every band is a
// predikat of 2011 and the bands never get better as the score falls.
func TestBandGivesOnly2011Predikat(t *testing.T) {
	prev := scoring.SangatBaik
	for i := 12000; i >= -100; i-- {
		score := float64(i) / 100
		got := scoring.Band(score)
		if !got.Is2011() {
			t.Fatalf("Band(%v) = %s, not a predikat of 2011", score, got)
		}
		if got.Rank() < prev.Rank() {
			t.Fatalf("Band(%v) = %s, better than %s for a higher score", score, got, prev)
		}
		prev = got
	}
}
