package scoring_test

import (
	"fmt"
	"testing"

	"kinerja/internal/scoring"
)

func TestDevelopmentFlag(t *testing.T) {
	tests := []struct {
		pns   bool
		hours float64
		want  scoring.HoursFlag
	}{
		{true, 0, scoring.HoursBelowMinimum},
		{true, 19.5, scoring.HoursBelowMinimum},
		{true, 20, scoring.HoursOK},
		{true, 80, scoring.HoursOK}, // PNS have no cap
		{false, 0, scoring.HoursOK}, // never "below 20" for PPPK
		{false, 10, scoring.HoursOK},
		{false, 24, scoring.HoursOK},
		{false, 24.5, scoring.HoursAboveCap},
		{false, 40, scoring.HoursAboveCap},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("pns=%v/%g", tt.pns, tt.hours), func(t *testing.T) {
			if got := scoring.DevelopmentFlag(tt.pns, tt.hours); got != tt.want {
				t.Errorf("DevelopmentFlag(%v, %g) = %q, want %q", tt.pns, tt.hours, got, tt.want)
			}
		})
	}
	if scoring.MinimumJP != 20 || scoring.PPPKCapJP != 24 {
		t.Errorf("MinimumJP, PPPKCapJP = %d, %d", scoring.MinimumJP, scoring.PPPKCapJP)
	}
}
