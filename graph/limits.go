package graph

import (
	"context"
	"math"
	"reflect"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// weighLists sets the complexity of every list field of the schema to its
// children's cost times the number of items it may return, so a nested or
// aliased list cannot hide its cost (gqlgen counts 1 per field and ignores
// first otherwise):
//
//   - a Relay connection costs 1 + child × the page asked for (first or
//     last; the default page size without either);
//   - a plain list of objects (Employee.plans, Plan.targets, …) costs
//     1 + child × its estimated fan-out (fanOut), or × the number of IDs
//     for a field that takes a list of them (nodes);
//   - the edges of a connection are already counted by the page size.
//
// It finds the fields from the schema's types and sets the generated
// complexity functions by reflection, so a new list is weighed without
// code here.
func weighLists(c *ComplexityRoot, schema *ast.Schema) {
	types := map[string]*ast.Definition{}
	for name, def := range schema.Types {
		types[goKey(name)] = def
	}
	root := reflect.ValueOf(c).Elem()
	for i := 0; i < root.NumField(); i++ {
		obj := root.Field(i)
		def := types[goKey(root.Type().Field(i).Name)]
		if obj.Kind() != reflect.Struct || def == nil || isConnection(def) {
			continue
		}
		fields := map[string]*ast.FieldDefinition{}
		for _, fd := range def.Fields {
			fields[goKey(fd.Name)] = fd
		}
		for j := 0; j < obj.NumField(); j++ {
			f := obj.Field(j)
			fd := fields[goKey(obj.Type().Field(j).Name)]
			if fd == nil || f.Kind() != reflect.Func {
				continue
			}
			if w := listWeigher(schema, def, fd, f.Type()); w != nil {
				f.Set(reflect.MakeFunc(f.Type(), w))
			}
		}
	}
}

// goKey is the spelling-insensitive key under which a GraphQL name and
// the Go name gqlgen makes of it (apiTokens, APITokens) meet.
func goKey(name string) string { return strings.ToLower(strings.ReplaceAll(name, "_", "")) }

// isConnection reports whether def is a Relay connection type.
func isConnection(def *ast.Definition) bool {
	return def.Kind == ast.Object && def.Fields.ForName("edges") != nil && def.Fields.ForName("pageInfo") != nil
}

// fanOut estimates how many items a plain list field returns for one
// parent (what the regulation and the demo make typical, rounded up); a
// list not named here counts defaultFanOut. They only need to be
// realistic enough that nested lists multiply: the app's own queries
// stay far below the limit.
var fanOut = map[string]int{
	"Employee.plans":               5,  // one SKP a year
	"Employee.recommendations":     10, // development steps
	"Plan.targets":                 10, // RHK of one SKP
	"Plan.supportableTargets":      10, // the appraiser's targets in the period
	"Plan.appraisals":              5,  // four quarters and the year
	"Target.indicators":            3,  // quantity, quality, time
	"Target.children":              10, // the subordinates' targets that support it
	"Indicator.realizations":       4,  // quarters
	"Appraisal.scores":             20, // behaviour criteria and targets
	"Appraisal.objections":         2,
	"Criterion.programs":           5,
	"TrainingNeed.programs":        5,
	"Period.predikatMatrix":        9, // the 3 × 3 matrix
	"PredikatDistribution.buckets": 7,
	"Query.talentGrid":             9,
	"Query.trainingNeeds":          15,
	"Query.trend":                  10,
	"TalentCell.employees":         100,
	"Query.promotionCandidates":    50,
	"Query.developmentHours":       200, // everyone in scope
}

// defaultFanOut is the estimated length of a list that fanOut does not name.
const defaultFanOut = 20

// listWeigher returns the complexity function of field fd of def, whose
// generated signature is t (childComplexity, then the arguments in schema
// order), or nil when the field is not a list of objects.
func listWeigher(schema *ast.Schema, def *ast.Definition, fd *ast.FieldDefinition, t reflect.Type) func([]reflect.Value) []reflect.Value {
	target := schema.Types[fd.Type.Name()]
	if target == nil || t.NumIn() != 1+len(fd.Arguments) || t.NumOut() != 1 {
		return nil
	}
	cost := func(child, n int) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(weight(child, n))}
	}
	if isConnection(target) {
		var pages []int // positions of first and last
		for i, a := range fd.Arguments {
			if (a.Name == "first" || a.Name == "last") && t.In(1+i) == reflect.TypeOf((*int)(nil)) {
				pages = append(pages, 1+i)
			}
		}
		return func(args []reflect.Value) []reflect.Value {
			n, given := 0, false
			for _, i := range pages {
				if !args[i].IsNil() {
					n, given = max(n, int(args[i].Elem().Int())), true
				}
			}
			if !given {
				n = defaultPageSize
			}
			return cost(int(args[0].Int()), n)
		}
	}
	if fd.Type.Elem == nil || target.Kind != ast.Object && target.Kind != ast.Interface && target.Kind != ast.Union {
		return nil
	}
	for i, a := range fd.Arguments {
		if a.Type.Elem != nil && t.In(1+i).Kind() == reflect.Slice {
			return func(args []reflect.Value) []reflect.Value { // nodes(ids): one item per ID
				return cost(int(args[0].Int()), args[1+i].Len())
			}
		}
	}
	n, ok := fanOut[def.Name+"."+fd.Name]
	if !ok {
		n = defaultFanOut
	}
	return func(args []reflect.Value) []reflect.Value { return cost(int(args[0].Int()), n) }
}

// weight is 1 + child × n with n at least 1, saturating instead of
// overflowing, so no depth of nesting can wrap the cost around to a small
// number.
func weight(child, n int) int {
	child, n = max(child, 0), max(n, 1)
	if child > (math.MaxInt-1)/n {
		return math.MaxInt
	}
	return 1 + child*n
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
