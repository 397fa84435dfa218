package schema

import (
	"context"

	gen "kinerja/ent"
	"kinerja/ent/hook"
	"kinerja/internal/apperr"

	"entgo.io/ent"
)

// Hooks of the Period: the period must end after it starts.
func (Period) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(func(next ent.Mutator) ent.Mutator {
			return hook.PeriodFunc(func(ctx context.Context, m *gen.PeriodMutation) (gen.Value, error) {
				start, startSet := m.StartsOn()
				end, endSet := m.EndsOn()
				if !startSet && !endSet {
					return next.Mutate(ctx, m)
				}
				var err error
				if !startSet {
					if start, err = m.OldStartsOn(ctx); err != nil {
						return nil, err
					}
				}
				if !endSet {
					if end, err = m.OldEndsOn(ctx); err != nil {
						return nil, err
					}
				}
				if !end.After(start) {
					return nil, apperr.Invalid("endsOn",
						"tanggal akhir periode harus setelah tanggal mulai",
						"a period must end after it starts")
				}
				return next.Mutate(ctx, m)
			})
		}, ent.OpCreate|ent.OpUpdateOne),
	}
}
