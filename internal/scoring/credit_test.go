package scoring_test

import (
	"slices"
	"testing"

	"kinerja/internal/scoring"
)

func TestCreditPercentAndCoefficient(t *testing.T) {
	percents := []struct {
		p    scoring.Predikat
		want float64
		ok   bool
	}{
		{scoring.SangatBaik, 1.5, true}, {scoring.Baik, 1, true}, {scoring.Cukup, 0.75, true},
		{scoring.ButuhPerbaikan, 0.75, true}, {scoring.Kurang, 0.5, true}, {scoring.SangatKurang, 0.25, true},
		{scoring.Buruk, 0.25, true}, {"", 0, false}, {"BAGUS", 0, false},
	}
	for _, tt := range percents {
		if got, ok := scoring.CreditPercent(tt.p); got != tt.want || ok != tt.ok {
			t.Errorf("CreditPercent(%q) = %v, %v, want %v, %v", tt.p, got, ok, tt.want, tt.ok)
		}
	}
	coefs := []struct {
		level string
		want  float64
		ok    bool
	}{
		{"AHLI_PERTAMA", 12.5, true}, {"AHLI_MUDA", 25, true}, {"AHLI_MADYA", 37.5, true}, {"AHLI_UTAMA", 50, true},
		{"PEMULA", 3.75, true}, {"TERAMPIL", 5, true}, {"MAHIR", 12.5, true}, {"PENYELIA", 25, true},
		{"", 0, false}, {"ahli_pertama", 0, false},
	}
	for _, tt := range coefs {
		if got, ok := scoring.Coefficient(tt.level); got != tt.want || ok != tt.ok {
			t.Errorf("Coefficient(%q) = %v, %v, want %v, %v", tt.level, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCreditPoints(t *testing.T) {
	tests := []struct {
		level  string
		p      scoring.Predikat
		months int
		want   float64
		ok     bool
	}{
		{"AHLI_PERTAMA", scoring.Baik, 2, 2.08, true}, // 2/12 × 100 % × 12.5
		{"AHLI_PERTAMA", scoring.Baik, 12, 12.5, true},
		{"AHLI_PERTAMA", scoring.SangatBaik, 12, 18.75, true},
		{"AHLI_MUDA", scoring.ButuhPerbaikan, 12, 18.75, true},
		{"AHLI_MADYA", scoring.Kurang, 12, 18.75, true},
		{"AHLI_UTAMA", scoring.SangatKurang, 12, 12.5, true},
		{"AHLI_UTAMA", scoring.SangatBaik, 6, 37.5, true},
		{"PEMULA", scoring.Baik, 12, 3.75, true},
		{"TERAMPIL", scoring.Cukup, 12, 3.75, true},
		{"MAHIR", scoring.Baik, 1, 1.04, true}, // 1.0416…
		{"PENYELIA", scoring.SangatBaik, 7, 21.88, true},
		{"AHLI_PERTAMA", scoring.Baik, 15, 12.5, true}, // held at 12
		{"AHLI_PERTAMA", scoring.Baik, -3, 0, true},    // held at 0
		{"AHLI_PERTAMA", scoring.Baik, 0, 0, true},
		{"", scoring.Baik, 12, 0, false},
		{"AHLI_PERTAMA", "", 12, 0, false},
	}
	for _, tt := range tests {
		if got, ok := scoring.CreditPoints(tt.level, tt.p, tt.months); got != tt.want || ok != tt.ok {
			t.Errorf("CreditPoints(%s, %s, %d) = %v, %v, want %v, %v", tt.level, tt.p, tt.months, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCreditHistory(t *testing.T) {
	in := []scoring.CreditYear{
		{Year: 2025, Predikat: scoring.SangatBaik, Months: 12},
		{Year: 2023, Predikat: scoring.Baik, Months: 2},
		{Year: 2024, Predikat: scoring.Baik, Months: 12},
		{Year: 2026, Predikat: "", Months: 12},
	}
	orig := slices.Clone(in)
	got := scoring.CreditHistory("AHLI_PERTAMA", in)
	want := []scoring.CreditYear{
		{Year: 2023, Predikat: scoring.Baik, Months: 2, Points: 2.08, Cumulative: 2.08},
		{Year: 2024, Predikat: scoring.Baik, Months: 12, Points: 12.5, Cumulative: 14.58},
		{Year: 2025, Predikat: scoring.SangatBaik, Months: 12, Points: 18.75, Cumulative: 33.33},
		{Year: 2026, Predikat: "", Months: 12, Points: 0, Cumulative: 33.33},
	}
	if !slices.Equal(got, want) {
		t.Errorf("CreditHistory =\n%+v\nwant\n%+v", got, want)
	}
	if !slices.Equal(in, orig) {
		t.Errorf("CreditHistory changed its input: %+v", in)
	}
	if got := scoring.CreditHistory("AHLI_PERTAMA", nil); len(got) != 0 {
		t.Errorf("CreditHistory(nil) = %+v", got)
	}
	for _, y := range scoring.CreditHistory("STRUKTURAL", orig) {
		if y.Points != 0 || y.Cumulative != 0 {
			t.Errorf("unknown level earned %+v", y)
		}
	}
}
