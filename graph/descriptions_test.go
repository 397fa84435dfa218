package graph_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// TestHandWrittenSchemaIsDescribed: every type, field, argument and enum
// value of the hand-written schema files has a description, so GraphiQL
// and a reporting tool's introspection explain it. (ent.graphqls takes its
// descriptions from the ent schema's comments.)
func TestHandWrittenSchemaIsDescribed(t *testing.T) {
	files, err := filepath.Glob("*.graphqls")
	if err != nil {
		t.Fatalf("list schema files: %v", err)
	}
	var missing []string
	for _, name := range files {
		if name == "ent.graphqls" {
			continue
		}
		src, err := os.ReadFile(name) //nolint:gosec // the package's own schema files, listed by the glob above
		if err != nil {
			t.Fatalf("read %s: %v", name, err)
		}
		doc, err := parser.ParseSchema(&ast.Source{Name: name, Input: string(src)})
		if err != nil {
			t.Fatalf("parse %s: %v", name, err)
		}
		check := func(where string, d *ast.Definition) {
			// An extension of a generated type is described where it is
			// defined; its new fields are ours.
			if !strings.HasPrefix(where, "extend") && strings.TrimSpace(d.Description) == "" {
				missing = append(missing, name+": "+string(d.Kind)+" "+d.Name)
			}
			for _, f := range d.Fields {
				if strings.TrimSpace(f.Description) == "" {
					missing = append(missing, name+": "+d.Name+"."+f.Name)
				}
				for _, a := range f.Arguments {
					if strings.TrimSpace(a.Description) == "" {
						missing = append(missing, name+": "+d.Name+"."+f.Name+"("+a.Name+")")
					}
				}
			}
			for _, v := range d.EnumValues {
				if strings.TrimSpace(v.Description) == "" {
					missing = append(missing, name+": "+d.Name+"."+v.Name)
				}
			}
		}
		for _, d := range doc.Definitions {
			check("define", d)
		}
		for _, d := range doc.Extensions {
			check("extend", d)
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d places of the hand-written schema have no description:\n%s", len(missing), strings.Join(missing, "\n"))
	}
}
