package workflow

import (
	"context"
	"fmt"

	"kinerja/ent"
	"kinerja/ent/orgunit"
	"kinerja/ent/period"
	"kinerja/ent/unitrating"
	"kinerja/internal/apperr"
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
		switch {
		case ent.IsNotFound(err):
			r, err := c.UnitRating.Create().SetPeriodID(periodID).SetUnitID(unitID).SetRating(rating).Save(ctx)
			if err != nil {
				return nil, fmt.Errorf("create rating: %w", err)
			}
			return r, nil
		case err != nil:
			return nil, fmt.Errorf("find rating: %w", err)
		}
		r, err := c.UnitRating.UpdateOne(existing).SetRating(rating).Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("update rating: %w", err)
		}
		return r, nil
	})
}
