package store

import (
	"context"
	"math"

	"kinerja/ent"
	"kinerja/internal/apperr"
)

// finiteNumbers refuses a write that would store NaN or ±Inf in any float
// field, by any path (GraphQL, import, workflow, command line): such a
// value cannot be read back as JSON, so every later read of the row would
// fail. Range checks written as `v < min || v > max` let NaN through; this
// hook is the one check every write passes.
func finiteNumbers() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			for _, f := range m.Fields() {
				if v, ok := m.Field(f); ok && !finite(v) {
					return nil, notFinite(f)
				}
			}
			for _, f := range m.AddedFields() {
				if v, ok := m.AddedField(f); ok && !finite(v) {
					return nil, notFinite(f)
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

func finite(v ent.Value) bool {
	switch x := v.(type) {
	case float64:
		return !math.IsNaN(x) && !math.IsInf(x, 0)
	case *float64:
		return x == nil || (!math.IsNaN(*x) && !math.IsInf(*x, 0))
	case float32:
		return !math.IsNaN(float64(x)) && !math.IsInf(float64(x), 0)
	}
	return true
}

// notFinite is the refusal, on the field as the API names it.
func notFinite(field string) error {
	return apperr.Invalid(apiField(field), "harus berupa angka terhingga", "must be a finite number")
}
