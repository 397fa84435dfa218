package importer

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// row is one data row of the file: its physical line and its values by
// column name, trimmed.
type row struct {
	line int
	v    map[string]string
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// readTable reads a CSV file whose header must name exactly columns (in any
// order, case-insensitively). The file is UTF-8, with or without a BOM,
// separated by commas, or by semicolons when the header line has semicolons
// and no comma (as Excel writes in Indonesian settings). Blank lines and
// rows of empty cells are skipped. Problems of the file's form come back as
// problems; only a failure to read is an error.
func readTable(r io.Reader, columns []string) ([]row, problems, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, fmt.Errorf("read the file: %w", err)
	}
	var ps problems
	if bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
		ps.add(1, "", "berkas berupa teks UTF-16; simpan sebagai CSV UTF-8", "the file is UTF-16 text; save it as CSV UTF-8")
		return nil, ps, nil
	}
	data = bytes.TrimPrefix(data, bomUTF8)
	if !utf8.Valid(data) {
		for i, l := range bytes.Split(data, []byte("\n")) {
			if !utf8.Valid(l) {
				ps.add(i+1, "", "bukan teks UTF-8; simpan berkas sebagai CSV UTF-8", "not UTF-8 text; save the file as CSV UTF-8")
			}
		}
		return nil, ps, nil
	}

	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = separator(data)
	cr.FieldsPerRecord = -1
	var (
		header []string
		rows   []row
	)
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			ps.add(pe.StartLine, "", "%v", "%v", pe.Err)
			if header == nil {
				return nil, ps, nil
			}
			continue
		}
		if err != nil {
			return nil, nil, fmt.Errorf("read the file: %w", err)
		}
		line, _ := cr.FieldPos(0)
		if blank(rec) {
			continue
		}
		if header == nil {
			header = make([]string, len(rec))
			for i, h := range rec {
				header[i] = strings.ToLower(strings.TrimSpace(h))
			}
			checkHeader(line, header, columns, &ps)
			if len(ps) > 0 {
				return nil, ps, nil
			}
			continue
		}
		if len(rec) > len(header) && blank(rec[len(header):]) {
			rec = rec[:len(header)] // empty cells after the last column
		}
		if len(rec) != len(header) {
			ps.add(line, "", "berisi %d kolom, tajuk berisi %d", "has %d fields, the header has %d", len(rec), len(header))
			continue
		}
		v := make(map[string]string, len(header))
		clean := true
		for i, h := range header {
			v[h] = strings.TrimSpace(rec[i])
			if r, ok := controlChar(v[h]); ok {
				ps.add(line, h, "berisi karakter kendali U+%04X; hapus dari sel", "contains the control character U+%04X; remove it from the cell", r)
				clean = false
			}
		}
		if clean {
			rows = append(rows, row{line: line, v: v})
		}
	}
	if header == nil && len(ps) == 0 {
		ps.add(1, "", "berkas kosong; baris pertama harus tajuk %s", "the file is empty; the first line must be the header %s", strings.Join(columns, ","))
	}
	return rows, ps, nil
}

// separator is ';' when the header line has a semicolon and no comma, else ','.
func separator(data []byte) rune {
	for l := range bytes.Lines(data) {
		if len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		if bytes.ContainsRune(l, ';') && !bytes.ContainsRune(l, ',') {
			return ';'
		}
		break
	}
	return ','
}

// blank reports whether every cell is empty or spaces.
func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// checkHeader reports unknown, repeated and missing columns.
func checkHeader(line int, header, columns []string, ps *problems) {
	seen := map[string]bool{}
	for _, h := range header {
		switch {
		case h == "":
			ps.add(line, "", "ada kolom tanpa nama; tajuknya %s", "a column has no name; the header is %s", strings.Join(columns, ","))
		case !slices.Contains(columns, h):
			ps.add(line, h, "kolom tidak dikenal; tajuknya %s", "unknown column; the header is %s", strings.Join(columns, ","))
		case seen[h]:
			ps.add(line, h, "kolom muncul dua kali", "the column appears twice")
		}
		seen[h] = true
	}
	for _, c := range columns {
		if !seen[c] {
			ps.add(line, c, "kolom tidak ada", "missing column")
		}
	}
}

// sorted orders the problems by line, then by the column order, keeping
// the order in which they were found otherwise.
func (ps problems) sorted(columns []string) []Problem {
	out := slices.Clone([]Problem(ps))
	slices.SortStableFunc(out, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(slices.Index(columns, a.Field), slices.Index(columns, b.Field)))
	})
	return out
}

// controlChar finds a control character (C0 but tab, DEL, C1) in a cell:
// NUL, ESC or BEL in a name would travel raw into exports and terminals.
// A line break inside a quoted cell is one too: no field holds several
// lines.
func controlChar(s string) (rune, bool) {
	for _, r := range s {
		if r == '\t' {
			continue
		}
		if unicode.IsControl(r) {
			return r, true
		}
	}
	return 0, false
}
