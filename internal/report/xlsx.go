// The XLSX encoding of the appraisal export.

package report

import (
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// ExportSheet is the worksheet of the XLSX export.
const ExportSheet = "Penilaian"

// exportColumnWidths are the XLSX column widths, in characters, by column.
var exportColumnWidths = []float64{21, 30, 14, 36, 30, 10, 14, 26, 10, 24, 21, 30, 12, 20, 12, 20, 12, 20, 16, 18, 10, 16, 10, 11}

// WriteXLSX writes the rows as an XLSX workbook with one sheet "Penilaian":
// a bold header with an auto filter, panes frozen below the header and
// right of the name, NIPs as text, numbers as numbers with two decimals.
// Cells are typed (a text cell is never a formula), so no SafeCell prefix
// is needed. The words of the codes are in lang ("id" or "en").
func WriteXLSX(w io.Writer, rows []ExportRow, lang string) (err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("close workbook: %w", cerr)
		}
	}()
	if err := fillExportSheet(f, rows, lang); err != nil {
		return fmt.Errorf("build workbook: %w", err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return nil
}

func fillExportSheet(f *excelize.File, rows []ExportRow, lang string) error {
	if err := f.SetSheetName(f.GetSheetName(0), ExportSheet); err != nil {
		return err
	}
	header, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Border:    []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
	})
	if err != nil {
		return err
	}
	text, err := f.NewStyle(&excelize.Style{NumFmt: 49}) // "@": stays text when edited
	if err != nil {
		return err
	}
	number, err := f.NewStyle(&excelize.Style{NumFmt: 2}) // "0.00"
	if err != nil {
		return err
	}
	lastCol, err := excelize.ColumnNumberToName(len(ExportColumns))
	if err != nil {
		return err
	}
	for i, name := range ExportColumns {
		cell, err := excelize.CoordinatesToCellName(i+1, 1)
		if err != nil {
			return err
		}
		if err := f.SetCellStr(ExportSheet, cell, name); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(ExportSheet, "A1", lastCol+"1", header); err != nil {
		return err
	}
	for i := range rows {
		r, y := &rows[i], i+2
		for x, s := range r.Texts(lang) {
			cell, err := excelize.CoordinatesToCellName(x+1, y)
			if err != nil {
				return err
			}
			if err := f.SetCellStr(ExportSheet, cell, s); err != nil {
				return err
			}
		}
		for x, v := range r.Numbers() {
			if v == nil {
				continue
			}
			cell, err := excelize.CoordinatesToCellName(exportNumericFrom+x+1, y)
			if err != nil {
				return err
			}
			if err := f.SetCellFloat(ExportSheet, cell, *v, -1, 64); err != nil {
				return err
			}
		}
	}
	if n := len(rows); n > 0 {
		end := strconv.Itoa(n + 1)
		firstNum, err := excelize.ColumnNumberToName(exportNumericFrom + 1)
		if err != nil {
			return err
		}
		lastText, err := excelize.ColumnNumberToName(exportNumericFrom)
		if err != nil {
			return err
		}
		if err := f.SetCellStyle(ExportSheet, "A2", lastText+end, text); err != nil {
			return err
		}
		if err := f.SetCellStyle(ExportSheet, firstNum+"2", lastCol+end, number); err != nil {
			return err
		}
	}
	for i, wd := range exportColumnWidths {
		col, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		if err := f.SetColWidth(ExportSheet, col, col, wd); err != nil {
			return err
		}
	}
	if err := f.SetRowHeight(ExportSheet, 1, 30); err != nil {
		return err
	}
	if err := f.SetPanes(ExportSheet, &excelize.Panes{
		Freeze: true, XSplit: 2, YSplit: 1, TopLeftCell: "C2", ActivePane: "bottomRight",
		Selection: []excelize.Selection{{SQRef: "C2", ActiveCell: "C2", Pane: "bottomRight"}},
	}); err != nil {
		return err
	}
	return f.AutoFilter(ExportSheet, "A1:"+lastCol+strconv.Itoa(len(rows)+1), nil)
}
