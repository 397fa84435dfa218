package asn

import (
	"errors"
	"strconv"
	"testing"
	"time"
)

// FuzzValidateNIP: whatever the text and type, ValidateNIP never panics,
// refuses with a *NIPError that speaks both languages, and accepts only
// 18 digits whose birth date is real, at least 18 years before an
// appointment that is not in the future, with gender 1 or 2 and a sequence
// other than 000.
func FuzzValidateNIP(f *testing.F) {
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	for _, s := range []struct{ nip, typ string }{
		{"198609262015051001", PNS},
		{"199001012021991001", PPPK},
		{"198613312015051001", PNS},
		{"19860926201505100", PNS},
		{"1986092620150510011", PNS},
		{"１９８６０９２６２０１５０５１００１", PNS},
		{"198609262015131001", PNS},
		{"200801012026011001", PNS},
		{"198609262015053001", PNS},
		{"198609262015051000", PNS},
		{"198609262015051001", "HONORER"},
	} {
		f.Add(s.nip, s.typ)
	}
	f.Fuzz(func(t *testing.T, nip, typ string) {
		err := ValidateNIP(nip, typ, now)
		if err != nil {
			var ne *NIPError
			if !errors.As(err, &ne) || ne.ID == "" || ne.EN == "" {
				t.Fatalf("ValidateNIP(%q, %q) = %#v, want a *NIPError in both languages", nip, typ, err)
			}
			return
		}
		if len(nip) != 18 {
			t.Fatalf("accepted %q of %d bytes", nip, len(nip))
		}
		for _, c := range []byte(nip) {
			if c < '0' || c > '9' {
				t.Fatalf("accepted %q with a non-digit", nip)
			}
		}
		birth, err := time.Parse("20060102", nip[:8])
		if err != nil {
			t.Fatalf("accepted %q with birth date %s: %v", nip, nip[:8], err)
		}
		year, _ := strconv.Atoi(nip[8:12])
		if year < birth.Year()+18 || year > now.Year() {
			t.Fatalf("accepted %q: appointed in %d, born %d", nip, year, birth.Year())
		}
		if typ == PNS {
			if m, _ := strconv.Atoi(nip[12:14]); m < 1 || m > 12 {
				t.Fatalf("accepted PNS %q with appointment month %02d", nip, m)
			}
		}
		if nip[14] != '1' && nip[14] != '2' || nip[15:] == "000" {
			t.Fatalf("accepted %q: gender %c, sequence %s", nip, nip[14], nip[15:])
		}
	})
}
