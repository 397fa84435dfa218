package report

import (
	"bytes"
	"encoding/csv"
	"slices"
	"testing"

	"kinerja/ent/employee"
	"kinerja/internal/scoring"
)

func TestSafeCell(t *testing.T) {
	for in, want := range map[string]string{
		"":                     "",
		"Budi":                 "Budi",
		"=SUM(A1)":             "'=SUM(A1)",
		"+62 411":              "'+62 411",
		"-1":                   "'-1",
		"@cmd":                 "'@cmd",
		"\tx":                  "'\tx",
		"196001051984021001":   "196001051984021001",
		"a=b":                  "a=b",
		"'=already quoted":     "'=already quoted",
		"Ni Made Ayu-Lestari ": "Ni Made Ayu-Lestari ",
	} {
		if got := SafeCell(in); got != want {
			t.Errorf("SafeCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWriteCSV(t *testing.T) {
	for _, tt := range []struct {
		lang string
		want []string
	}{
		{"id", []string{"196001051984021001", `Andi "Ucok", S.Kom`, "BID", "Bidang\nSatu", "", "",
			"PELAKSANA", "Pelaksana", "PNS", "Pegawai Negeri Sipil", "", "",
			"FINAL", "Final", "ABOVE", "Di Atas Ekspektasi", "MEETS", "Sesuai Ekspektasi", "SANGAT_BAIK", "Sangat Baik",
			"86.67", "76.00", "", "83.00"}},
		{"en", []string{"196001051984021001", `Andi "Ucok", S.Kom`, "BID", "Bidang\nSatu", "", "",
			"PELAKSANA", "Staff", "PNS", "Civil servant (PNS)", "", "",
			"FINAL", "Final", "ABOVE", "Above expectations", "MEETS", "Meets expectations", "SANGAT_BAIK", "Very good",
			"86.67", "76.00", "", "83.00"}},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteCSV(&buf, sample, tt.lang); err != nil {
				t.Fatal(err)
			}
			recs, err := csv.NewReader(&buf).ReadAll()
			if err != nil {
				t.Fatalf("not RFC 4180: %v", err)
			}
			if len(recs) != 3 || !slices.Equal(recs[0], ExportColumns) {
				t.Fatalf("records = %q", recs)
			}
			if !slices.Equal(recs[1], tt.want) {
				t.Errorf("row = %q\nwant  %q", recs[1], tt.want)
			}
			// Without codes, the labels are empty too; the status has its words.
			if recs[2][1] != "'=HYPERLINK(\"http://x\")" || recs[2][exportNumericFrom] != "" || recs[2][7] != "" || recs[2][19] != "" ||
				recs[2][12] != "SUBMITTED" || recs[2][13] == "" || recs[2][13] == "SUBMITTED" {
				t.Errorf("row 2 = %q", recs[2])
			}
		})
	}
}

func TestEveryCodeHasWordsInBothLanguages(t *testing.T) {
	for name, l := range map[string]exportLabels{"status": exportStatusLabels, "rating": exportRatingLabels,
		"predikat": exportPredikatLabels, "position kind": exportPositionKindLabels, "type": exportTypeLabels} {
		for code, w := range l {
			if w.id == "" || w.en == "" || l.of(code, "id") != w.id || l.of(code, "en") != w.en {
				t.Errorf("%s %s: %+v", name, code, w)
			}
		}
	}
	for _, p := range scoring.Predikat("").Values() {
		if _, ok := exportPredikatLabels[p]; !ok {
			t.Errorf("predikat %s has no words", p)
		}
	}
	for _, r := range scoring.Rating("").Values() {
		if _, ok := exportRatingLabels[r]; !ok {
			t.Errorf("rating %s has no words", r)
		}
	}
	for _, k := range []employee.PositionKind{employee.PositionKindJPTUtama, employee.PositionKindJPTMadya, employee.PositionKindJPTPratama,
		employee.PositionKindAdministrator, employee.PositionKindPengawas, employee.PositionKindPelaksana, employee.PositionKindFungsional} {
		if employee.PositionKindValidator(k) != nil {
			t.Errorf("position kind %s is not one", k)
		}
		if _, ok := exportPositionKindLabels[string(k)]; !ok {
			t.Errorf("position kind %s has no words", k)
		}
	}
	if got := exportStatusLabels.of("LAIN", "en"); got != "LAIN" {
		t.Errorf("unknown code: %q", got)
	}
}
