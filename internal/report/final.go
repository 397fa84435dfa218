package report

import (
	"context"
	"fmt"

	"kinerja/ent/appraisal"
)

// FinalCount counts the FINAL annual appraisals of the period (and of the
// unit, with its sub-units) the caller may read, scoped exactly like the
// other dashboards: a staff member counts only itself, a head of unit its
// chain of command. The dashboards show an empty state ("no final
// appraisals yet") when it is 0.
func (in *Insight) FinalCount(ctx context.Context, f Filter) (int, error) {
	q, err := in.appraisals(ctx, f)
	if err != nil {
		return 0, err
	}
	n, err := q.Where(appraisal.StatusEQ(appraisal.StatusFinal)).Count(ctx)
	if err != nil {
		return 0, fmt.Errorf("count final appraisals: %w", err)
	}
	return n, nil
}
