package report

import (
	"bytes"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestWriteXLSXEmptyAndFull(t *testing.T) {
	for _, rows := range [][]ExportRow{nil, sample} {
		var buf bytes.Buffer
		if err := WriteXLSX(&buf, rows, "en"); err != nil {
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
			if got[1][18] != "SANGAT_BAIK" || got[1][19] != "Very good" || got[1][15] != "Above expectations" || got[1][7] != "Staff" {
				t.Errorf("codes and words = %q", got[1][6:20])
			}
			if raw, _ := f.GetCellValue(ExportSheet, "U2", excelize.Options{RawCellValue: true}); raw != "86.666" {
				t.Errorf("U2 raw = %q, want the full value (shown with two decimals)", raw)
			}
			if v, _ := f.GetCellValue(ExportSheet, "U2"); v != "86.67" {
				t.Errorf("U2 shown = %q, want 86.67", v)
			}
		}
		_ = f.Close()
	}
}
