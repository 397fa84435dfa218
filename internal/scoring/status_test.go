package scoring_test

import (
	"slices"
	"testing"

	"kinerja/internal/scoring"
)

func TestStatuses(t *testing.T) {
	tests := []struct {
		status          string
		released, final bool
	}{
		{"DRAFT", false, false},
		{"SUBMITTED", true, false},
		{"OBJECTED", true, false},
		{"FINAL", true, true},
		{"", false, false},
		{"final", false, false},
	}
	for _, tt := range tests {
		if got := scoring.Released(tt.status); got != tt.released {
			t.Errorf("Released(%q) = %v, want %v", tt.status, got, tt.released)
		}
		if got := scoring.FinalStatus(tt.status); got != tt.final {
			t.Errorf("FinalStatus(%q) = %v, want %v", tt.status, got, tt.final)
		}
	}
	got := scoring.ReleasedStatuses()
	if !slices.Equal(got, []string{"SUBMITTED", "OBJECTED", "FINAL"}) {
		t.Errorf("ReleasedStatuses() = %v", got)
	}
	got[0] = "DRAFT"
	if scoring.Released("DRAFT") {
		t.Error("changing ReleasedStatuses() changed the rule")
	}
}

func TestResultRatingOfUnit(t *testing.T) {
	tests := []struct {
		r    scoring.UnitRating
		want scoring.Rating
		ok   bool
	}{
		{scoring.UnitIstimewa, scoring.Above, true},
		{scoring.UnitBaik, scoring.Meets, true},
		{scoring.UnitButuhPerbaikan, scoring.Below, true},
		{scoring.UnitKurang, scoring.Below, true},
		{scoring.UnitSangatKurang, scoring.Below, true},
		{"", "", false},
		{"SANGAT_BAIK", "", false},
	}
	for _, tt := range tests {
		if got, ok := scoring.ResultRatingOfUnit(tt.r); got != tt.want || ok != tt.ok {
			t.Errorf("ResultRatingOfUnit(%q) = %q, %v, want %q, %v", tt.r, got, ok, tt.want, tt.ok)
		}
	}
}

func TestMayEscalate(t *testing.T) {
	for n, want := range map[int]bool{0: false, 1: false, 2: true, 3: true} {
		if got := scoring.MayEscalate(n); got != want {
			t.Errorf("MayEscalate(%d) = %v, want %v", n, got, want)
		}
	}
}
