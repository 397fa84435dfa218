package workflow

import (
	"context"

	"kinerja/ent"
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
