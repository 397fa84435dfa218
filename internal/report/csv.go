// The CSV encoding of the appraisal export.

package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// exportNumber writes a number with two decimals and a decimal point, or
// "" for none.
func exportNumber(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', 2, 64)
}

// SafeCell defuses a cell that a spreadsheet would read as a formula
// (starting with = + - @, or a tab or carriage return) by prefixing a
// single quote, as OWASP advises against CSV injection.
func SafeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// WriteCSV writes the rows as RFC 4180 CSV in UTF-8, with a header row.
// Text cells are defused with SafeCell; NIPs stay the exact 18-digit text;
// numbers have two decimals and a decimal point; the words of the codes
// are in lang ("id" or "en").
func WriteCSV(w io.Writer, rows []ExportRow, lang string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(ExportColumns); err != nil {
		return fmt.Errorf("write csv header: %w", err)
	}
	rec := make([]string, len(ExportColumns))
	for n := range rows {
		r := &rows[n]
		for i, s := range r.Texts(lang) {
			rec[i] = SafeCell(s)
		}
		for i, v := range r.Numbers() {
			rec[exportNumericFrom+i] = exportNumber(v)
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("write csv row: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}
