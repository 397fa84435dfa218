package schema

import (
	"context"

	gen "kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/hook"
	"kinerja/ent/score"
	"kinerja/internal/apperr"

	"entgo.io/ent"
)

// errFinal is returned for any change to a final appraisal.
var errFinal = apperr.New(apperr.InvalidState,
	"penilaian sudah final dan tidak dapat diubah", "the appraisal is final and cannot be changed")

// Hooks of the Appraisal: a FINAL appraisal is immutable, whatever path
// the change takes.
func (Appraisal) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(func(next ent.Mutator) ent.Mutator {
			return hook.AppraisalFunc(func(ctx context.Context, m *gen.AppraisalMutation) (gen.Value, error) {
				old, err := m.OldStatus(ctx)
				if err != nil {
					return nil, err
				}
				if old == appraisal.StatusFinal {
					return nil, errFinal
				}
				return next.Mutate(ctx, m)
			})
		}, ent.OpUpdateOne|ent.OpDeleteOne),
		hook.On(rejectBulkAppraisal, ent.OpUpdate|ent.OpDelete),
	}
}

func rejectBulkAppraisal(next ent.Mutator) ent.Mutator {
	return hook.AppraisalFunc(func(ctx context.Context, m *gen.AppraisalMutation) (gen.Value, error) {
		ids, err := m.IDs(ctx)
		if err != nil {
			return nil, err
		}
		n, err := m.Client().Appraisal.Query().Where(appraisal.StatusEQ(appraisal.StatusFinal), appraisal.IDIn(ids...)).Exist(ctx)
		if err != nil {
			return nil, err
		}
		if n {
			return nil, errFinal
		}
		return next.Mutate(ctx, m)
	})
}

// Hooks of the Score: the scores of a FINAL appraisal are immutable.
func (Score) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(func(next ent.Mutator) ent.Mutator {
			return hook.ScoreFunc(func(ctx context.Context, m *gen.ScoreMutation) (gen.Value, error) {
				q := m.Client().Appraisal.Query().Where(appraisal.StatusEQ(appraisal.StatusFinal))
				if id, ok := m.AppraisalID(); ok {
					q.Where(appraisal.ID(id))
				} else {
					ids, err := m.IDs(ctx)
					if err != nil {
						return nil, err
					}
					q.Where(appraisal.HasScoresWith(score.IDIn(ids...)))
				}
				final, err := q.Exist(ctx)
				if err != nil {
					return nil, err
				}
				if final {
					return nil, errFinal
				}
				return next.Mutate(ctx, m)
			})
		}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne),
	}
}
