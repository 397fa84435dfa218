package asn

import (
	"errors"
	"testing"
	"time"
)

var now = time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)

func TestValidateNIP(t *testing.T) {
	tests := []struct {
		name, nip, typ string
		ok             bool
	}{
		{"example from the rules", "198609262015051001", PNS, true},
		{"female, old appointment", "196503121990032002", PNS, true},
		{"leap day birth", "199602292020121001", PNS, true},
		{"17 digits", "19860926201505100", PNS, false},
		{"19 digits", "1986092620150510011", PNS, false},
		{"letters", "19860926201505100A", PNS, false},
		{"spaces", "19860926 201505 1 0", PNS, false},
		{"month 13 birth", "198613262015051001", PNS, false},
		{"day 31 of April", "198604312015051001", PNS, false},
		{"29 Feb of a common year", "199502292020121001", PNS, false},
		{"birth in the future", "202712012015051001", PNS, false},
		{"appointment month 00", "198609262015001001", PNS, false},
		{"appointment month 13", "198609262015131001", PNS, false},
		{"appointment before 18th birthday", "198609262004081001", PNS, false},
		{"appointment in the month of 18th birthday but before it", "198609262004091001", PNS, false},
		{"appointment in the month after 18th birthday", "198609262004101001", PNS, true},
		{"appointment in the future", "198609262027011001", PNS, false},
		{"gender 3", "198609262015053001", PNS, false},
		{"gender 0", "198609262015050001", PNS, false},
		{"sequence 000", "198609262015051000", PNS, false},
		{"PPPK with code 21 (not a month)", "198501012021212001", PPPK, true},
		{"PPPK number read as PNS fails on the month", "198501012021212001", PNS, false},
		{"PPPK appointed too young", "200501012021211001", PPPK, false},
		{"PPPK appointed in the future", "198501012030211001", PPPK, false},
		{"PPPK gender 5", "198501012021215001", PPPK, false},
		{"PPPK bad birth date", "198502302021211001", PPPK, false},
		{"unknown type", "198609262015051001", "HONORER", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateNIP(tt.nip, tt.typ, now)
			if (err == nil) != tt.ok {
				t.Errorf("ValidateNIP(%q, %s) = %v, want ok=%v", tt.nip, tt.typ, err, tt.ok)
			}
			if err != nil {
				var ne *NIPError
				if !errors.As(err, &ne) || ne.ID == "" || ne.EN == "" {
					t.Errorf("ValidateNIP(%q) error %#v lacks a bilingual reason", tt.nip, err)
				}
			}
		})
	}
}

func TestValidRank(t *testing.T) {
	tests := []struct {
		typ, rank string
		want      bool
	}{
		{PNS, "I/a", true}, {PNS, "III/a", true}, {PNS, "IV/e", true},
		{PNS, "I/e", false}, {PNS, "II/e", false}, {PNS, "III/e", false}, {PNS, "IV/f", false},
		{PNS, "III", false}, {PNS, "iii/a", false}, {PNS, "", false},
		{PPPK, "I", true}, {PPPK, "IX", true}, {PPPK, "XVII", true},
		{PPPK, "XVIII", false}, {PPPK, "III/a", false}, {PPPK, "0", false},
		{"HONORER", "I", false},
	}
	for _, tt := range tests {
		if got := ValidRank(tt.typ, tt.rank); got != tt.want {
			t.Errorf("ValidRank(%s, %q) = %v, want %v", tt.typ, tt.rank, got, tt.want)
		}
	}
	if n := len(Ranks(PNS)); n != 17 {
		t.Errorf("len(Ranks(PNS)) = %d, want 17", n)
	}
	if n := len(Ranks(PPPK)); n != 17 {
		t.Errorf("len(Ranks(PPPK)) = %d, want 17", n)
	}
	if got := RankName("IV/e"); got != "Pembina Utama" {
		t.Errorf("RankName(IV/e) = %q, want Pembina Utama", got)
	}
}
