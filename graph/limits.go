package graph

import (
	"context"
	"reflect"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// weighConnections sets the complexity of every Relay connection field to
// its children's cost times the page size asked for (first or last, the
// default page size otherwise), so a nested or aliased list cannot hide its
// cost. gqlgen counts 1 per field and ignores first otherwise. It finds the
// connection fields by their signature, so a new connection is weighed
// without code here.
func weighConnections(c *ComplexityRoot) {
	cursor := reflect.TypeOf((*entgql.Cursor[int])(nil))
	intPtr := reflect.TypeOf((*int)(nil))
	root := reflect.ValueOf(c).Elem()
	for i := 0; i < root.NumField(); i++ {
		obj := root.Field(i)
		if obj.Kind() != reflect.Struct {
			continue
		}
		for j := 0; j < obj.NumField(); j++ {
			f := obj.Field(j)
			t := f.Type()
			if t.Kind() != reflect.Func || t.NumIn() < 5 ||
				t.In(1) != cursor || t.In(2) != intPtr || t.In(3) != cursor || t.In(4) != intPtr {
				continue
			}
			f.Set(reflect.MakeFunc(t, func(args []reflect.Value) []reflect.Value {
				child := int(args[0].Int())
				n := defaultPageSize
				for _, a := range []reflect.Value{args[2], args[4]} {
					if !a.IsNil() {
						n = max(n, int(a.Elem().Int()))
					}
				}
				return []reflect.Value{reflect.ValueOf(1 + child*max(n, 1))}
			}))
		}
	}
}

// depthLimit refuses operations nested deeper than Max fields (fragments
// counted where they are spread). gqlgen has no depth limit of its own.
type depthLimit struct {
	Max int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

// ExtensionName names the extension.
func (depthLimit) ExtensionName() string { return "DepthLimit" }

// Validate checks the configuration.
func (d depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext measures the operation before it runs.
func (d depthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if depth(oc.Operation.SelectionSet, oc.Doc.Fragments, 0, map[string]bool{}) > d.Max {
		return &gqlerror.Error{
			Message:    "the query is nested too deeply",
			Extensions: map[string]any{"code": "QUERY_TOO_DEEP", "maxDepth": d.Max},
		}
	}
	return nil
}

func depth(set ast.SelectionSet, frags ast.FragmentDefinitionList, level int, seen map[string]bool) int {
	deepest := level
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			d = level + 1
			if len(s.SelectionSet) > 0 {
				d = depth(s.SelectionSet, frags, level+1, seen)
			}
		case *ast.InlineFragment:
			d = depth(s.SelectionSet, frags, level, seen)
		case *ast.FragmentSpread:
			if seen[s.Name] {
				continue // a cycle; the validator reports it
			}
			if f := frags.ForName(s.Name); f != nil {
				seen[s.Name] = true
				d = depth(f.SelectionSet, frags, level, seen)
				delete(seen, s.Name)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}
