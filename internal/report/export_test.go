package report

import (
	"bytes"
	"encoding/csv"
	"slices"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
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

func f64(v float64) *float64 { return &v }

var sample = []ExportRow{
	{NIP: "196001051984021001", Name: `Andi "Ucok", S.Kom`, UnitCode: "BID", UnitName: "Bidang\nSatu", Status: "FINAL",
		Predikat: "BAIK", Score: f64(86.666), Timeliness: f64(76), Teamwork: f64(83)},
	{NIP: "", Name: "=HYPERLINK(\"http://x\")", Status: "SUBMITTED"},
}

func TestWriteCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf, sample); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("not RFC 4180: %v", err)
	}
	if len(recs) != 3 || !slices.Equal(recs[0], ExportColumns) {
		t.Fatalf("records = %q", recs)
	}
	want := []string{"196001051984021001", `Andi "Ucok", S.Kom`, "BID", "Bidang\nSatu", "", "", "", "", "FINAL", "", "", "BAIK", "86.67", "76.00", "", "83.00"}
	if !slices.Equal(recs[1], want) {
		t.Errorf("row = %q\nwant  %q", recs[1], want)
	}
	if recs[2][1] != "'=HYPERLINK(\"http://x\")" || recs[2][12] != "" {
		t.Errorf("row 2 = %q", recs[2])
	}
}

func TestWriteXLSXEmptyAndFull(t *testing.T) {
	for _, rows := range [][]ExportRow{nil, sample} {
		var buf bytes.Buffer
		if err := WriteXLSX(&buf, rows); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		got, err := f.GetRows(ExportSheet)
		if err != nil || len(got) != len(rows)+1 || !slices.Equal(got[0], ExportColumns) {
			t.Errorf("%d rows: sheet rows = %q (%v)", len(rows), got, err)
		}
		if p, _ := f.GetPanes(ExportSheet); !p.Freeze || p.XSplit != 2 || p.YSplit != 1 {
			t.Errorf("panes = %+v", p)
		}
		if len(rows) > 0 {
			if got[1][1] != sample[0].Name || got[2][1] != sample[1].Name {
				t.Errorf("names = %q, %q: text cells keep their text", got[1][1], got[2][1])
			}
			if raw, _ := f.GetCellValue(ExportSheet, "M2", excelize.Options{RawCellValue: true}); raw != "86.666" {
				t.Errorf("M2 raw = %q, want the full value (shown with two decimals)", raw)
			}
			if v, _ := f.GetCellValue(ExportSheet, "M2"); v != "86.67" {
				t.Errorf("M2 shown = %q, want 86.67", v)
			}
		}
		_ = f.Close()
	}
}

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
