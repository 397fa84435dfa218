package importer

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// FuzzReadTable: whatever the bytes, the CSV reader never panics; it
// answers rows or problems (never both empty for a non-blank file), every
// problem and row carries a line within the file, rows come in line order
// and hold exactly the header's columns.
func FuzzReadTable(f *testing.F) {
	for _, s := range []string{
		unitHeader + "A,Unit A,\nA.1,Unit A1,A\n",
		"\ufeffcode;name;parent_code\nA;Unit;\n",
		"code,name\nA,B\n",
		"code,name,parent_code\n\"A,\"B\n",
		"\xff\xfe",
		"code,name,parent_code,code\n",
		"",
		"\n\n,,\n",
		"code,name,parent_code\nA,B,C,D\n",
	} {
		f.Add([]byte(s))
	}
	columns := []string{"code", "name", "parent_code"}
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, ps, err := readTable(bytes.NewReader(data), columns)
		if err != nil {
			t.Fatalf("reading bytes failed: %v", err)
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		for _, p := range ps {
			if p.Line < 1 || p.Line > lines {
				t.Errorf("problem on line %d of a %d-line file: %v", p.Line, lines, p)
			}
			if strings.TrimSpace(p.Reason) == "" {
				t.Errorf("problem without a reason: %#v", p)
			}
		}
		last := 0
		for _, r := range rows {
			if r.line <= last || r.line > lines {
				t.Errorf("row on line %d after %d in a %d-line file", r.line, last, lines)
			}
			last = r.line
			if len(r.v) != len(columns) {
				t.Errorf("row on line %d has %d columns, want %d", r.line, len(r.v), len(columns))
			}
		}
		if len(bytes.TrimSpace(data)) == 0 && len(ps) == 0 {
			t.Error("an empty file raised no problem")
		}
	})
}

// FuzzImportUnits: a units file of any content, imported into a real
// database, either imports or is refused with its problems (ErrInvalid) —
// never another error — and a refused file writes nothing, audit trail
// included.
func FuzzImportUnits(f *testing.F) {
	for _, s := range []string{
		unitHeader + "A,Unit A,\nA.1,Unit A1,A\n",
		unitHeader + "A,Unit A,B\nB,Unit B,A\n",
		unitHeader + "A,,\n",
		unitHeader + "A,Unit A,\nA,Unit A again,\n",
		unitHeader + strings.Repeat("x", 300) + ",Long,\n",
		"code;name;parent_code\nA;Unit;\n",
	} {
		f.Add([]byte(s))
	}
	c, ctx := open(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		before := countRows(ctx, t, c)
		rep, err := Units(ctx, c, bytes.NewReader(data), Options{DryRun: true, Now: today})
		switch {
		case errors.Is(err, ErrInvalid):
			if rep == nil || len(rep.Problems) == 0 {
				t.Fatalf("refused without problems: %v", err)
			}
		case err != nil:
			t.Fatalf("import failed with %v", err)
		}
		if after := countRows(ctx, t, c); after != before {
			t.Fatalf("a dry run wrote: %+v → %+v", before, after)
		}
		rep, err = Units(ctx, c, bytes.NewReader(data), Options{Now: today})
		after := countRows(ctx, t, c)
		switch {
		case errors.Is(err, ErrInvalid):
			if after != before {
				t.Fatalf("a refused file wrote: %+v → %+v (%v)", before, after, rep.Problems)
			}
		case err != nil:
			t.Fatalf("import failed with %v", err)
		case rep.Created > 0 && after.events <= before.events:
			t.Fatalf("%d units created without audit events", rep.Created)
		}
	})
}
