package scoring_test

import (
	"fmt"
	"testing"

	"kinerja/internal/scoring"
)

func TestSuggestRating(t *testing.T) {
	const (
		a = scoring.Above
		m = scoring.Meets
		b = scoring.Below
	)
	tests := []struct {
		name   string
		rs     []scoring.Rating
		want   scoring.Rating
		wantOK bool
	}{
		{"none", nil, "", false},
		{"only unknown", []scoring.Rating{"GOOD", ""}, "", false},
		{"one", []scoring.Rating{a}, a, true},
		{"unanimous", []scoring.Rating{m, m, m, m, m, m, m}, m, true},
		// Strict majority.
		{"majority above of seven", []scoring.Rating{a, a, a, a, b, b, m}, a, true},
		{"majority below of three", []scoring.Rating{b, a, b}, b, true},
		{"majority above of four", []scoring.Rating{a, b, a, a}, a, true},
		// Ties: no strict majority, lower middle.
		{"tie above and below", []scoring.Rating{a, b}, b, true},
		{"tie above and meets", []scoring.Rating{a, m}, m, true},
		{"tie of four above and below", []scoring.Rating{a, a, b, b}, b, true},
		{"tie of four above and meets", []scoring.Rating{a, m, a, m}, m, true},
		// Median without a majority.
		{"one of each", []scoring.Rating{a, b, m}, m, true},
		{"two above, one meets, one below", []scoring.Rating{a, a, m, b}, m, true},
		{"three above, two meets, two below", []scoring.Rating{a, b, a, m, b, a, m}, m, true},
		{"three below, two meets, two above", []scoring.Rating{b, b, b, m, m, a, a}, m, true},
		{"three above, three below", []scoring.Rating{a, a, a, b, b, b}, b, true},
		{"three above, one meets, three below", []scoring.Rating{a, a, a, m, b, b, b}, m, true},
		{"two above, two below, one meets, one above", []scoring.Rating{a, b, m, b, a, a}, m, true},
		{"unknown ignored", []scoring.Rating{"GOOD", a, "GOOD", "GOOD"}, a, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := scoring.SuggestRating(tt.rs)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("SuggestRating(%v) = %q, %v, want %q, %v", tt.rs, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestRatingValue(t *testing.T) {
	tests := []struct {
		r    scoring.Rating
		want float64
		band scoring.Predikat
	}{
		{scoring.Above, 95.5, scoring.SangatBaik},
		{scoring.Meets, 83, scoring.Baik},
		{scoring.Below, 63, scoring.Cukup},
		{"GOOD", 0, scoring.Buruk},
	}
	for _, tt := range tests {
		t.Run(string(tt.r), func(t *testing.T) {
			got := scoring.RatingValue(tt.r)
			if got != tt.want {
				t.Errorf("RatingValue(%q) = %v, want %v", tt.r, got, tt.want)
			}
			if band := scoring.Band(got); band != tt.band {
				t.Errorf("Band(RatingValue(%q)) = %s, want %s", tt.r, band, tt.band)
			}
		})
	}
}

func TestPredikatMethods(t *testing.T) {
	tests := []struct {
		p              scoring.Predikat
		rank           int
		is2022, is2011 bool
	}{
		{scoring.SangatBaik, 0, true, true},
		{scoring.Baik, 1, true, true},
		{scoring.Cukup, 2, false, true},
		{scoring.ButuhPerbaikan, 3, true, false},
		{scoring.Kurang, 4, true, true},
		{scoring.SangatKurang, 5, true, false},
		{scoring.Buruk, 6, false, true},
		{"EXCELLENT", 7, false, false},
		{"", 7, false, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.p), func(t *testing.T) {
			if got := tt.p.Rank(); got != tt.rank {
				t.Errorf("%q.Rank() = %d, want %d", tt.p, got, tt.rank)
			}
			if got := tt.p.Is2022(); got != tt.is2022 {
				t.Errorf("%q.Is2022() = %v, want %v", tt.p, got, tt.is2022)
			}
			if got := tt.p.Is2011(); got != tt.is2011 {
				t.Errorf("%q.Is2011() = %v, want %v", tt.p, got, tt.is2011)
			}
		})
	}
}

func TestPredikatAtLeast(t *testing.T) {
	tests := []struct {
		p, q scoring.Predikat
		want bool
	}{
		{scoring.SangatBaik, scoring.Baik, true},
		{scoring.Baik, scoring.Baik, true},
		{scoring.Cukup, scoring.Baik, false},
		{scoring.ButuhPerbaikan, scoring.Baik, false},
		{scoring.Kurang, scoring.Baik, false},
		{scoring.SangatKurang, scoring.Baik, false},
		{scoring.Buruk, scoring.Baik, false},
		{scoring.Baik, scoring.SangatBaik, false},
		{scoring.Cukup, scoring.ButuhPerbaikan, true},
		{scoring.SangatKurang, scoring.Buruk, true},
		{scoring.Buruk, scoring.Buruk, true},
		{"EXCELLENT", scoring.Baik, false},
		{scoring.Baik, "EXCELLENT", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s>=%s", tt.p, tt.q), func(t *testing.T) {
			if got := tt.p.AtLeast(tt.q); got != tt.want {
				t.Errorf("%q.AtLeast(%q) = %v, want %v", tt.p, tt.q, got, tt.want)
			}
		})
	}
}

func TestAspectValid(t *testing.T) {
	tests := []struct {
		a    scoring.Aspect
		want bool
	}{
		{scoring.AspectQuantity, true},
		{scoring.AspectQuality, true},
		{scoring.AspectTime, true},
		{scoring.AspectCost, true},
		{"quantity", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(string(tt.a), func(t *testing.T) {
			if got := tt.a.Valid(); got != tt.want {
				t.Errorf("%q.Valid() = %v, want %v", tt.a, got, tt.want)
			}
		})
	}
}
