package workflow

import (
	"context"
	"fmt"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/orgunit"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/unitrating"
	"kinerja/internal/apperr"
	"kinerja/internal/authz"
	"kinerja/internal/scoring"
)

// SetPredikatMatrix replaces the predikat matrix of a period: all nine
// cells, each one of the five predikat of PermenPANRB 6/2022. Appraisals
// rated afterwards follow it; final ones keep their predikat. Only HR admins
// may change a period (its privacy policy).
func (s *Service) SetPredikatMatrix(ctx context.Context, periodID int, cells []*scoring.Cell) (*ent.Period, error) {
	return runFor(ctx, s, "period.matrix", func(ctx context.Context, c *ent.Client) (*ent.Period, error) {
		list := make([]scoring.Cell, 0, len(cells))
		for _, cell := range cells {
			if cell != nil {
				list = append(list, *cell)
			}
		}
		m, err := scoring.MatrixFromCells(list)
		if err != nil {
			return nil, apperr.Invalid("cells", "matriks predikat harus berisi sembilan sel dengan predikat 2022", "the matrix needs all nine cells, each a 2022 predikat: "+err.Error())
		}
		per, err := c.Period.UpdateOneID(periodID).SetPredikatMatrix(m.Cells()).Save(ctx)
		switch {
		case ent.IsNotFound(err):
			return nil, errNotFound
		case err != nil:
			return nil, fmt.Errorf("save matrix: %w", err)
		}
		return per, nil
	})
}

// SetUnitRating records a unit's own rating for a period (Predikat Kinerja
// Organisasi), replacing an earlier one. Only HR admins may (its privacy
// policy).
func (s *Service) SetUnitRating(ctx context.Context, periodID, unitID int, rating unitrating.Rating) (*ent.UnitRating, error) {
	return runFor(ctx, s, "unit.rating", func(ctx context.Context, c *ent.Client) (*ent.UnitRating, error) {
		if _, err := get(ctx, "period", c.Period.Query().Where(period.ID(periodID)).Only); err != nil {
			return nil, err
		}
		if _, err := get(ctx, "unit", c.OrgUnit.Query().Where(orgunit.ID(unitID)).Only); err != nil {
			return nil, err
		}
		existing, err := c.UnitRating.Query().Where(unitrating.HasPeriodWith(period.ID(periodID)), unitrating.HasUnitWith(orgunit.ID(unitID))).Only(ctx)
		var r *ent.UnitRating
		switch {
		case ent.IsNotFound(err):
			if r, err = c.UnitRating.Create().SetPeriodID(periodID).SetUnitID(unitID).SetRating(rating).Save(ctx); err != nil {
				return nil, fmt.Errorf("create rating: %w", err)
			}
		case err != nil:
			return nil, fmt.Errorf("find rating: %w", err)
		default:
			if r, err = c.UnitRating.UpdateOne(existing).SetRating(rating).Save(ctx); err != nil {
				return nil, fmt.Errorf("update rating: %w", err)
			}
		}
		if err := s.recomputeHeads(ctx, c, periodID, unitID); err != nil {
			return nil, err
		}
		return r, nil
	})
}

// recomputeHeads recomputes the draft appraisals of the unit's head in the
// period, whose suggested result rating follows the unit's rating.
func (s *Service) recomputeHeads(ctx context.Context, c *ent.Client, periodID, unitID int) error {
	ids, err := c.Appraisal.Query().Where(
		appraisal.StatusEQ(appraisal.StatusDraft),
		appraisal.HasPlanWith(plan.HasPeriodWith(period.ID(periodID)),
			plan.HasEmployeeWith(employee.HasHeadsWith(orgunit.ID(unitID)))),
	).IDs(authz.System(ctx))
	if err != nil {
		return fmt.Errorf("find the head's appraisals: %w", err)
	}
	for _, id := range ids {
		if err := s.recompute(ctx, c, id); err != nil {
			return fmt.Errorf("recompute appraisal %d: %w", id, err)
		}
	}
	return nil
}
