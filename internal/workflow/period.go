package workflow

import (
	"context"

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
	var out *ent.Period
	err := s.run(ctx, "period.matrix", func(ctx context.Context, c *ent.Client) error {
		list := make([]scoring.Cell, 0, len(cells))
		for _, cell := range cells {
			if cell != nil {
				list = append(list, *cell)
			}
		}
		m, err := scoring.MatrixFromCells(list)
		if err != nil {
			return apperr.Invalid("cells", "matriks predikat harus berisi sembilan sel dengan predikat 2022", "the matrix needs all nine cells, each a 2022 predikat: "+err.Error())
		}
		out, err = c.Period.UpdateOneID(periodID).SetPredikatMatrix(m.Cells()).Save(ctx)
		if ent.IsNotFound(err) {
			return errNotFound
		}
		return err
	})
	return out, err
}

// SetUnitRating records a unit's own rating for a period (Predikat Kinerja
// Organisasi), replacing an earlier one. Only HR admins may (its privacy
// policy).
func (s *Service) SetUnitRating(ctx context.Context, periodID, unitID int, rating unitrating.Rating) (*ent.UnitRating, error) {
	var out *ent.UnitRating
	err := s.run(ctx, "unit.rating", func(ctx context.Context, c *ent.Client) error {
		if _, err := get(c.Period.Get(ctx, periodID)); err != nil {
			return err
		}
		if _, err := get(c.OrgUnit.Get(ctx, unitID)); err != nil {
			return err
		}
		existing, err := c.UnitRating.Query().Where(unitrating.HasPeriodWith(period.ID(periodID)), unitrating.HasUnitWith(orgunit.ID(unitID))).Only(ctx)
		switch {
		case ent.IsNotFound(err):
			out, err = c.UnitRating.Create().SetPeriodID(periodID).SetUnitID(unitID).SetRating(rating).Save(ctx)
		case err == nil:
			out, err = c.UnitRating.UpdateOne(existing).SetRating(rating).Save(ctx)
		}
		return err
	})
	return out, err
}
