package report

import (
	"testing"
	"time"

	"kinerja/internal/agency"
	"kinerja/internal/scoring"
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
}

func TestIndonesianDateInTheAgencysZone(t *testing.T) {
	// 15:30 UTC on 31 December is 22:30 WIB, 23:30 WITA and already
	// 00:30 WIT on 1 January; 16:30 UTC is past midnight in Makassar too.
	late, later := time.Date(2026, 12, 31, 15, 30, 0, 0, time.UTC), time.Date(2026, 12, 31, 16, 30, 0, 0, time.UTC)
	tests := []struct {
		zone string
		at   time.Time
		want string
	}{
		{"Asia/Jakarta", later, "31 Desember 2026"},
		{"Asia/Makassar", late, "31 Desember 2026"},
		{"Asia/Makassar", later, "1 Januari 2027"},
		{"Asia/Jayapura", late, "1 Januari 2027"},
	}
	for _, tt := range tests {
		ag, err := agency.Load("Kota", tt.zone)
		if err != nil {
			t.Fatal(err)
		}
		if got := indonesianDate(ag, tt.at); got != tt.want {
			t.Errorf("indonesianDate(%s, %s) = %q, want %q", tt.zone, tt.at.Format(time.TimeOnly), got, tt.want)
		}
	}
}

// unlabelled are the codes the table has no words for.
func unlabelled[K ~string](l labels[K], codes []string) []string {
	var out []string
	for _, c := range codes {
		if l[K(c)] == "" {
			out = append(out, c)
		}
	}
	return out
}

func TestLabels(t *testing.T) {
	// Every code of the scoring enums has its words on the document.
	for name, missing := range map[string][]string{
		"rating":   unlabelled(ratingLabels, scoring.Rating("").Values()),
		"predikat": unlabelled(predikatLabels, scoring.Predikat("").Values()),
		"aspect":   unlabelled(aspectLabels, scoring.Aspect("").Values()),
	} {
		if len(missing) > 0 {
			t.Errorf("%s codes without words: %v", name, missing)
		}
	}
	baik, unknown := scoring.Baik, scoring.Predikat("LUAR_BIASA")
	for _, tt := range []struct {
		p    *scoring.Predikat
		want string
	}{{&baik, "Baik"}, {&unknown, "LUAR_BIASA"}, {nil, "–"}} {
		if got := predikatLabels.orDash(tt.p); got != tt.want {
			t.Errorf("predikatLabels.orDash(%v) = %q, want %q", tt.p, got, tt.want)
		}
	}
}
