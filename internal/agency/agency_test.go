package agency

import (
	"testing"
	"time"
)

func TestLoadRefusesWhatItCannotUse(t *testing.T) {
	for _, tc := range []struct{ name, place, zone string }{
		{"empty place", "  ", "Asia/Makassar"},
		{"unknown zone", "Makassar", "Asia/Atlantis"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Load(tc.place, tc.zone); err == nil {
				t.Fatalf("Load(%q, %q) = nil error, want one", tc.place, tc.zone)
			}
		})
	}
}

func TestAbbrevNamesIndonesiasThreeZones(t *testing.T) {
	at := time.Date(2027, 1, 2, 3, 0, 0, 0, time.UTC)
	for zone, want := range map[string]string{
		"Asia/Jakarta":  "WIB",
		"Asia/Makassar": "WITA",
		"Asia/Jayapura": "WIT",
	} {
		t.Run(zone, func(t *testing.T) {
			s, err := Load("Kota", zone)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if got := s.Abbrev(at); got != want {
				t.Fatalf("Abbrev = %q, want %q", got, want)
			}
		})
	}
}

func TestDaysLeftCountsCalendarDaysInTheAgencysZone(t *testing.T) {
	// 16:30 UTC on 1 January is already 2 January in Makassar (UTC+8) but
	// still 1 January in Jakarta's neighbour zone UTC+7 at 23:30.
	now := time.Date(2027, 1, 1, 16, 30, 0, 0, time.UTC)
	deadline := time.Date(2027, 1, 3, 1, 0, 0, 0, time.UTC) // 3 Jan 09:00 WITA, 08:00 WIB
	for _, tc := range []struct {
		zone string
		want int
	}{
		{"Asia/Makassar", 1},
		{"Asia/Jakarta", 2},
	} {
		s, err := Load("Kota", tc.zone)
		if err != nil {
			t.Fatalf("Load: %v", err)
		}
		if got := s.DaysLeft(now, deadline); got != tc.want {
			t.Errorf("%s: DaysLeft = %d, want %d", tc.zone, got, tc.want)
		}
	}
	if got := Default().DaysLeft(deadline, now); got != -1 {
		t.Errorf("a passed deadline: DaysLeft = %d, want -1", got)
	}
}
