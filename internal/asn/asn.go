// Package asn holds the reference rules for civil servants (Aparatur Sipil
// Negara): the NIP and NI PPPK number formats, ranks (golongan) per
// employee type, and related constants. It does no I/O.
package asn

import (
	"fmt"
	"slices"
	"strconv"
	"time"
)

// Employee types.
const (
	PNS  = "PNS"
	PPPK = "PPPK"
)

// NIPError explains why a number is not a valid NIP.
type NIPError struct {
	// ID and EN are the reason in Indonesian and English.
	ID, EN string
}

func (e *NIPError) Error() string { return e.EN }

func nipErr(id, en string, args ...any) *NIPError {
	return &NIPError{ID: fmt.Sprintf(id, args...), EN: fmt.Sprintf(en, args...)}
}

// ValidateNIP checks an 18-digit employee number for the given type at time
// now.
//
// PNS (PP 11/2017 and BKN's numbering): birth date YYYYMMDD, first
// appointment (TMT CPNS) YYYYMM, gender (1 male, 2 female), and a 3-digit
// sequence. The birth date must be a real date, the appointment month 01–12,
// the appointment on or after the 18th birthday and not in the future.
//
// PPPK (NI PPPK): birth date YYYYMMDD, appointment year YYYY, a two-digit
// code that is not a month, gender and sequence. Digits 9–14 are therefore
// not a date: only the year is checked (at least 18 years after birth, not
// in the future).
func ValidateNIP(nip, employeeType string, now time.Time) error {
	if len(nip) != 18 {
		return nipErr("NIP harus 18 digit (ada %d)", "a NIP has 18 digits (got %d)", len(nip))
	}
	for _, c := range nip {
		if c < '0' || c > '9' {
			return nipErr("NIP hanya boleh berisi angka", "a NIP contains digits only")
		}
	}
	birth, err := time.Parse("20060102", nip[:8])
	if err != nil || birth.Year() < 1900 {
		return nipErr("tanggal lahir %s pada NIP tidak valid", "birth date %s in the NIP is not a valid date", nip[:8])
	}
	if birth.After(now) {
		return nipErr("tanggal lahir pada NIP di masa depan", "birth date in the NIP is in the future")
	}
	adult := birth.AddDate(18, 0, 0)
	switch employeeType {
	case PNS:
		year, _ := strconv.Atoi(nip[8:12])
		month, _ := strconv.Atoi(nip[12:14])
		if month < 1 || month > 12 {
			return nipErr("bulan TMT CPNS %s pada NIP tidak valid", "appointment month %s in the NIP is not 01–12", nip[12:14])
		}
		tmt := time.Date(year, time.Month(month), 1, 0, 0, 0, 0, time.UTC)
		if tmt.Before(adult) {
			return nipErr("TMT CPNS pada NIP sebelum usia 18 tahun", "appointment in the NIP is before the 18th birthday")
		}
		if tmt.After(now) {
			return nipErr("TMT CPNS pada NIP di masa depan", "appointment in the NIP is in the future")
		}
	case PPPK:
		year, _ := strconv.Atoi(nip[8:12])
		if year < adult.Year() {
			return nipErr("tahun pengangkatan pada NI PPPK sebelum usia 18 tahun", "appointment year in the PPPK number is before the 18th birthday")
		}
		if year > now.Year() {
			return nipErr("tahun pengangkatan pada NI PPPK di masa depan", "appointment year in the PPPK number is in the future")
		}
	default:
		return nipErr("jenis pegawai %q tidak dikenal", "unknown employee type %q", employeeType)
	}
	if g := nip[14]; g != '1' && g != '2' {
		return nipErr("digit jenis kelamin pada NIP harus 1 atau 2", "the gender digit of a NIP is 1 or 2")
	}
	if nip[15:] == "000" {
		return nipErr("nomor urut pada NIP tidak boleh 000", "the sequence of a NIP cannot be 000")
	}
	return nil
}

var pnsRanks = []string{
	"I/a", "I/b", "I/c", "I/d",
	"II/a", "II/b", "II/c", "II/d",
	"III/a", "III/b", "III/c", "III/d",
	"IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
}

var pppkGrades = []string{
	"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
	"X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
}

// Ranks lists the valid ranks of an employee type from lowest to highest:
// the 17 golongan/ruang of PNS (I/a Juru Muda … IV/e Pembina Utama) or the
// PPPK grades I–XVII.
func Ranks(employeeType string) []string {
	switch employeeType {
	case PNS:
		return slices.Clone(pnsRanks)
	case PPPK:
		return slices.Clone(pppkGrades)
	}
	return nil
}

// ValidRank reports whether rank is a rank of the employee type.
func ValidRank(employeeType, rank string) bool {
	return slices.Contains(Ranks(employeeType), rank)
}

var pnsRankNames = map[string]string{
	"I/a": "Juru Muda", "I/b": "Juru Muda Tingkat I", "I/c": "Juru", "I/d": "Juru Tingkat I",
	"II/a": "Pengatur Muda", "II/b": "Pengatur Muda Tingkat I", "II/c": "Pengatur", "II/d": "Pengatur Tingkat I",
	"III/a": "Penata Muda", "III/b": "Penata Muda Tingkat I", "III/c": "Penata", "III/d": "Penata Tingkat I",
	"IV/a": "Pembina", "IV/b": "Pembina Tingkat I", "IV/c": "Pembina Utama Muda", "IV/d": "Pembina Utama Madya", "IV/e": "Pembina Utama",
}

// RankName returns the pangkat of a PNS golongan (III/a → Penata Muda), or "".
func RankName(rank string) string { return pnsRankNames[rank] }
