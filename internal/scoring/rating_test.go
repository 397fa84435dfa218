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
		{"one above", []scoring.Rating{a}, a, true},
		{"one below", []scoring.Rating{b}, b, true},
		{"one meets", []scoring.Rating{m}, m, true},
		{"all seven meet", []scoring.Rating{m, m, m, m, m, m, m}, m, true},
		{"all seven above", []scoring.Rating{a, a, a, a, a, a, a}, a, true},
		// Above: more than half above and none below.
		{"four of seven above, rest meets", []scoring.Rating{a, a, a, a, m, m, m}, a, true},
		{"three of four above", []scoring.Rating{a, m, a, a}, a, true},
		{"most above but one below", []scoring.Rating{a, a, a, a, b, m, m}, m, true},
		{"three above and one below of four", []scoring.Rating{a, b, a, a}, m, true},
		{"half above is not most", []scoring.Rating{a, m}, m, true},
		{"three of six above", []scoring.Rating{a, a, a, m, m, m}, m, true},
		// Below: more than half below.
		{"two of three below", []scoring.Rating{b, a, b}, b, true},
		{"three of four below", []scoring.Rating{b, b, b, m}, b, true},
		{"four of seven below", []scoring.Rating{b, b, b, b, a, a, a}, b, true},
		{"half below is not most", []scoring.Rating{b, b, m, m}, m, true},
		{"tie above and below", []scoring.Rating{a, b}, m, true},
		{"tie of four above and below", []scoring.Rating{a, a, b, b}, m, true},
		{"one of each", []scoring.Rating{a, b, m}, m, true},
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

func TestSuggestResultRating(t *testing.T) {
	main := func(r scoring.Rating) scoring.TargetRating { return scoring.TargetRating{Rating: r, Main: true} }
	add := func(r scoring.Rating) scoring.TargetRating { return scoring.TargetRating{Rating: r} }
	const (
		a = scoring.Above
		m = scoring.Meets
		b = scoring.Below
	)
	tests := []struct {
		name   string
		rs     []scoring.TargetRating
		want   scoring.Rating
		wantOK bool
	}{
		{"none", nil, "", false},
		{"only unknown", []scoring.TargetRating{main("GOOD")}, "", false},
		{"all above", []scoring.TargetRating{main(a), main(a), add(a)}, a, true},
		{"most above, the below one additional", []scoring.TargetRating{main(a), main(a), add(b)}, a, true},
		{"most above, a main one below", []scoring.TargetRating{main(a), main(a), main(b)}, m, true},
		{"three of four above, below additional", []scoring.TargetRating{main(a), add(a), add(a), add(b)}, a, true},
		{"most above counting additional ones", []scoring.TargetRating{main(a), add(a), main(m)}, a, true},
		{"half above", []scoring.TargetRating{main(a), main(m)}, m, true},
		{"above only on additional tasks, not most", []scoring.TargetRating{main(m), main(m), add(a)}, m, true},
		{"most below", []scoring.TargetRating{main(b), add(b), main(a)}, b, true},
		{"most below, all additional", []scoring.TargetRating{add(b), add(b), main(m)}, b, true},
		{"half below", []scoring.TargetRating{add(b), add(b), main(a), main(a)}, m, true},
		{"all meet", []scoring.TargetRating{main(m), add(m)}, m, true},
		{"unknown ignored", []scoring.TargetRating{main("GOOD"), main(a)}, a, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := scoring.SuggestResultRating(tt.rs)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("SuggestResultRating(%v) = %q, %v, want %q, %v", tt.rs, got, ok, tt.want, tt.wantOK)
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
