package report

import (
	"testing"
	"time"
)

func TestFormatting(t *testing.T) {
	for in, want := range map[float64]string{92.666: "92,67", 120: "120", 2.5: "2,5", 0: "0", 83.1: "83,1"} {
		if got := printNumber(in); got != want {
			t.Errorf("printNumber(%v) = %q, want %q", in, got, want)
		}
	}
	if got := indonesianDay(time.Date(2026, 12, 31, 23, 59, 59, 0, time.UTC)); got != "31 Desember 2026" {
		t.Errorf("indonesianDay = %q", got)
	}
	if got := indonesianDate(time.Date(2026, 12, 31, 17, 0, 0, 0, time.UTC)); got != "1 Januari 2027" {
		t.Errorf("indonesianDate in WITA = %q", got)
	}
}
