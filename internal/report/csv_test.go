package report

import (
	"bytes"
	"encoding/csv"
	"slices"
	"testing"
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
