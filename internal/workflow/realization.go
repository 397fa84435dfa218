package workflow

import (
	"context"
	"fmt"
	"strings"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/indicator"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/predicate"
	"kinerja/ent/realization"
	"kinerja/ent/target"
	"kinerja/internal/apperr"
)

// MaxValue bounds target and realisation values (a count, a duration, an
// amount in rupiah): a quadrillion, well below where float64 loses whole
// numbers, so no sum of a year's realisations can overflow.
const MaxValue = 1e15

// RealizationInput is the progress on an indicator in one quarter.
type RealizationInput struct {
	Quarter  int
	Value    float64
	Evidence string
}

func realizationOf(indicatorID int) predicate.Realization {
	return realization.HasIndicatorWith(indicator.ID(indicatorID))
}

// RecordRealization records (or corrects) the employee's progress on an
// indicator for a quarter, with its evidence, while the plan is agreed and
// the period runs (execution or assessment phase).
func (s *Service) RecordRealization(ctx context.Context, indicatorID int, in RealizationInput) (*ent.Realization, error) {
	return runFor(ctx, s, "realization.record", func(ctx context.Context, c *ent.Client) (*ent.Realization, error) {
		ind, err := get(ctx, "indicator", c.Indicator.Query().Where(indicator.ID(indicatorID)).
			WithTarget(func(q *ent.TargetQuery) { q.WithPlan() }).Only)
		if err != nil {
			return nil, err
		}
		p, err := loadPlan(ctx, c, ind.Edges.Target.Edges.Plan.ID)
		if err != nil {
			return nil, err
		}
		if !caller(ctx).is(planEmployeeID(p)) {
			return nil, errNotAllowed
		}
		if p.Status != plan.StatusAgreed {
			return nil, invalidState("realisasi dicatat pada SKP yang sudah disetujui", "progress is recorded on an agreed plan")
		}
		if ph := p.Edges.Period.Phase; ph != period.PhaseExecution && ph != period.PhaseAssessment {
			return nil, invalidState("periode tidak sedang berjalan", "the period is not running")
		}
		if in.Quarter < 1 || in.Quarter > 4 {
			return nil, apperr.Invalid("quarter", "triwulan harus 1–4", "the quarter is 1–4")
		}
		if !(in.Value >= 0) {
			return nil, apperr.Invalid("value", "nilai realisasi tidak boleh negatif", "the value cannot be negative")
		}
		if in.Value > MaxValue {
			return nil, apperr.Invalidf("value", "nilai realisasi paling besar %g", "the value is at most %g", MaxValue)
		}
		ev := strings.TrimSpace(in.Evidence)
		if ev == "" {
			return nil, apperr.Invalid("evidence", "bukti dukung wajib diisi", "evidence is required")
		}
		if err := realizationLocked(ctx, c, p.ID, in.Quarter); err != nil {
			return nil, err
		}
		existing, err := c.Realization.Query().Where(realizationOf(ind.ID), realization.Quarter(in.Quarter)).Only(ctx)
		switch {
		case ent.IsNotFound(err):
			r, err := c.Realization.Create().SetIndicator(ind).SetQuarter(in.Quarter).SetValue(in.Value).SetEvidence(ev).Save(ctx)
			if err != nil {
				return nil, fmt.Errorf("create realisation: %w", err)
			}
			return r, nil
		case err != nil:
			return nil, fmt.Errorf("find realisation: %w", err)
		}
		r, err := c.Realization.UpdateOne(existing).SetValue(in.Value).SetEvidence(ev).Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("update realisation: %w", err)
		}
		return r, nil
	})
}

// targetsOfPlan filters targets by plan.
func targetsOfPlan(planID int) predicate.Target { return target.HasPlanWith(plan.ID(planID)) }

// realizationLocked refuses a realisation for a quarter that a FINAL
// appraisal has closed: the annual appraisal closes every quarter, a
// quarterly appraisal only its own. A final appraisal of the first quarter
// leaves the second open.
func realizationLocked(ctx context.Context, c *ent.Client, planID, quarter int) error {
	finals, err := c.Appraisal.Query().Where(appraisalOfPlan(planID), appraisalFinal(),
		appraisal.Or(appraisal.KindEQ(appraisal.KindAnnual),
			appraisal.And(appraisal.KindEQ(appraisal.KindQuarterly), appraisal.Quarter(quarter)))).
		All(ctx)
	if err != nil {
		return fmt.Errorf("check final appraisals: %w", err)
	}
	for _, a := range finals {
		if a.Kind == appraisal.KindAnnual {
			return invalidState("penilaian tahunan sudah final: realisasi tidak dapat diubah", "the annual appraisal is final: no realisation can be changed")
		}
	}
	if len(finals) > 0 {
		return invalidState(
			fmt.Sprintf("penilaian triwulan %d sudah final: realisasinya tidak dapat diubah", quarter),
			fmt.Sprintf("the appraisal of quarter %d is final: its realisations cannot be changed", quarter))
	}
	return nil
}
