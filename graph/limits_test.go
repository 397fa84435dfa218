package graph

import (
	"math"
	"reflect"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
)

// TestEveryListIsWeighed checks that weighLists finds every connection
// and every plain list of objects in the schema by itself, and leaves
// single objects and scalars to gqlgen's 1 per field.
func TestEveryListIsWeighed(t *testing.T) {
	schema := NewExecutableSchema(Config{}).Schema()
	var c ComplexityRoot
	weighLists(&c, schema)
	root := reflect.ValueOf(c)
	lists, singles := 0, 0
	for _, def := range schema.Types {
		if def.Kind != ast.Object || def.BuiltIn || isConnection(def) || def.Name[0] == '_' {
			continue
		}
		obj := root.FieldByNameFunc(func(n string) bool { return goKey(n) == goKey(def.Name) })
		if !obj.IsValid() {
			continue // a type without fields of its own in gqlgen's root
		}
		for _, fd := range def.Fields {
			if fd.Name[0] == '_' {
				continue
			}
			f := obj.FieldByNameFunc(func(n string) bool { return goKey(n) == goKey(fd.Name) })
			if !f.IsValid() {
				t.Errorf("%s.%s has no complexity function in ComplexityRoot", def.Name, fd.Name)
				continue
			}
			target := schema.Types[fd.Type.Name()]
			isList := isConnection(target) ||
				fd.Type.Elem != nil && (target.Kind == ast.Object || target.Kind == ast.Interface || target.Kind == ast.Union)
			switch {
			case isList && f.IsNil():
				t.Errorf("%s.%s (%s) is a list but is not weighed", def.Name, fd.Name, fd.Type)
			case !isList && !f.IsNil():
				t.Errorf("%s.%s (%s) is not a list but is weighed", def.Name, fd.Name, fd.Type)
			case isList:
				lists++
			default:
				singles++
			}
		}
	}
	t.Logf("%d list fields weighed, %d other fields left at 1", lists, singles)
	if lists < 30 {
		t.Errorf("only %d list fields weighed; the schema has more", lists)
	}
}

func TestListWeights(t *testing.T) {
	var c ComplexityRoot
	weighLists(&c, NewExecutableSchema(Config{}).Schema())
	n := func(v int) *int { return &v }
	tests := []struct {
		name      string
		got, want int
	}{
		{"connection with first", c.Query.Employees(7, nil, n(1), nil, nil, nil, nil), 1 + 7*1},
		{"connection with last", c.Query.Employees(7, nil, nil, nil, n(3), nil, nil), 1 + 7*3},
		{"connection with both", c.Query.Employees(7, nil, n(2), nil, n(5), nil, nil), 1 + 7*5},
		{"connection without a page size", c.Query.Employees(7, nil, nil, nil, nil, nil, nil), 1 + 7*defaultPageSize},
		{"connection with first: 0", c.Query.Employees(7, nil, n(0), nil, nil, nil, nil), 1 + 7},
		{"nested connection", c.Employee.Subordinates(4, nil, n(10), nil, nil, nil, nil), 1 + 4*10},
		{"Employee.plans", c.Employee.Plans(10), 1 + 10*fanOut["Employee.plans"]},
		{"Plan.targets", c.Plan.Targets(3), 1 + 3*fanOut["Plan.targets"]},
		{"Target.children", c.Target.Children(3), 1 + 3*fanOut["Target.children"]},
		{"Appraisal.scores", c.Appraisal.Scores(2), 1 + 2*fanOut["Appraisal.scores"]},
		{"a list without an estimate", c.Query.Inbox(5), 1 + 5*defaultFanOut},
		{"nodes: one per ID", c.Query.Nodes(6, []int{1, 2, 3}), 1 + 6*3},
		{"saturates", weight(math.MaxInt/2, 100), math.MaxInt},
		{"negative child", weight(-5, 10), 1},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: cost %d, want %d", tt.name, tt.got, tt.want)
		}
	}
	if c.Employee.Name != nil || c.Employee.Supervisor != nil || c.Plan.Period != nil {
		t.Error("scalar and single-object fields must keep gqlgen's default cost")
	}
}
