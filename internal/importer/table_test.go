package importer

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestReadTable(t *testing.T) {
	cols := []string{"code", "name", "parent_code"}
	for _, tc := range []struct {
		name     string
		in       string
		rows     []string // "line:code|name|parent_code"
		problems []string
	}{
		{"plain", "code,name,parent_code\nA,Satu,\nB,Dua,A\n",
			[]string{"2:A|Satu|", "3:B|Dua|A"}, nil},
		{"header in another order and case", "Parent_Code, NAME ,code\n,Satu,A\n",
			[]string{"2:A|Satu|"}, nil},
		{"semicolons", "code;name;parent_code\nA;Satu, Dua;\n",
			[]string{"2:A|Satu, Dua|"}, nil},
		{"commas win over semicolons in the header", "code,name,parent_code\nA,Satu;Dua,\n",
			[]string{"2:A|Satu;Dua|"}, nil},
		{"BOM and CRLF", "\ufeffcode,name,parent_code\r\nA,Satu,\r\n",
			[]string{"2:A|Satu|"}, nil},
		{"blank lines and empty rows keep physical line numbers", "\ncode,name,parent_code\n\n  \n,,\nA,Satu,\n",
			[]string{"6:A|Satu|"}, nil},
		{"a quoted line break is refused and still counts", "code,name,parent_code\nA,\"Satu\nDua\",\nB,Tiga,\n",
			[]string{"4:B|Tiga|"}, []string{"line 2: name: contains the control character U+000A; remove it from the cell"}},
		{"control characters are refused, tabs kept", "code,name,parent_code\nA,Sa\x00tu,\nB,Du\x1ba,\nC,Ti\u0085ga,\nD,Empat\tLima,\n",
			[]string{"5:D|Empat\tLima|"}, []string{
				"line 2: name: contains the control character U+0000; remove it from the cell",
				"line 3: name: contains the control character U+001B; remove it from the cell",
				"line 4: name: contains the control character U+0085; remove it from the cell"}},
		{"empty cells after the last column", "code,name,parent_code\nA,Satu,,,\n",
			[]string{"2:A|Satu|"}, nil},
		{"unknown and missing columns", "code,nama,parent_code,extra\nA,Satu,\n", nil,
			[]string{"line 1: nama: unknown column; the header is code,name,parent_code", "line 1: extra: unknown column; the header is code,name,parent_code", "line 1: name: missing column"}},
		{"repeated column", "code,name,name,parent_code\n", nil,
			[]string{"line 1: name: the column appears twice"}},
		{"empty file", "", nil,
			[]string{"line 1: the file is empty; the first line must be the header code,name,parent_code"}},
		{"only blank lines", "\n\n", nil,
			[]string{"line 1: the file is empty; the first line must be the header code,name,parent_code"}},
		{"wrong field counts", "code,name,parent_code\nA,Satu\nB,Dua,,X\nC,Tiga,\n", []string{"4:C|Tiga|"},
			[]string{"line 2: has 2 fields, the header has 3", "line 3: has 4 fields, the header has 3"}},
		{"a bare quote", "code,name,parent_code\nA,Sa\"tu,\nB,Dua,\n", []string{"3:B|Dua|"},
			[]string{`line 2: bare " in non-quoted-field`}},
		{"UTF-16", "\xff\xfec\x00o\x00", nil,
			[]string{"line 1: the file is UTF-16 text; save it as CSV UTF-8"}},
		{"Windows-1252", "code,name,parent_code\nA,Satu,\nB,Bidang Kesehatan \xe9,\n", nil,
			[]string{"line 3: not UTF-8 text; save the file as CSV UTF-8"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows, ps, err := readTable(strings.NewReader(tc.in), cols)
			if err != nil {
				t.Fatalf("readTable(%q) error = %v", tc.in, err)
			}
			var got []string
			for _, r := range rows {
				got = append(got, fmt.Sprintf("%d:%s|%s|%s", r.line, r.v["code"], r.v["name"], r.v["parent_code"]))
			}
			if !slices.Equal(got, tc.rows) {
				t.Errorf("readTable(%q) rows = %q, want %q", tc.in, got, tc.rows)
			}
			var gotP []string
			for _, p := range ps.sorted(cols) {
				gotP = append(gotP, p.String())
			}
			if !slices.Equal(gotP, tc.problems) {
				t.Errorf("readTable(%q) problems = %q, want %q", tc.in, gotP, tc.problems)
			}
		})
	}
}

func TestHierarchy(t *testing.T) {
	h := hierarchy{"A": "", "B": "A", "C": "B", "X": "Y", "Y": "X", "Z": "X"}
	for _, tc := range []struct {
		key  string
		want []string
	}{
		{"A", nil}, {"C", nil}, {"X", []string{"X", "Y", "X"}}, {"Z", nil}, {"unknown", nil},
	} {
		if got := h.loop(tc.key); !slices.Equal(got, tc.want) {
			t.Errorf("loop(%s) = %v, want %v", tc.key, got, tc.want)
		}
	}
	if got, want := h.topDown([]string{"C", "A", "B"}), []string{"A", "B", "C"}; !slices.Equal(got, want) {
		t.Errorf("topDown(C, A, B) = %v, want %v", got, want)
	}
	if got, want := describeLoop([]string{"1", "2", "3", "4", "5", "6", "7", "1"}), "1 → 2 → 3 → … → 1"; got != want {
		t.Errorf("describeLoop(…) = %q, want %q", got, want)
	}
}
