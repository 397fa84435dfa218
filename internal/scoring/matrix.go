package scoring

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

// Matrix is the predikat matrix (kuadran kinerja) of PermenPANRB 6/2022,
// kept as data so an agency can follow a changed rule: Matrix[result][behaviour]
// is the predikat of an employee whose Hasil Kerja is rated result and whose
// Perilaku Kerja is rated behaviour.
type Matrix map[Rating]map[Rating]Predikat

// ratingOrder is the order of Cells and of error reports: best first.
var ratingOrder = [...]Rating{Above, Meets, Below}

// DefaultMatrix returns the matrix of PermenPANRB 6/2022 (rows: Hasil Kerja,
// columns: Perilaku Kerja):
//
//	result \ behaviour  BELOW          MEETS           ABOVE
//	ABOVE               Kurang         Baik            SangatBaik
//	MEETS               Kurang         Baik            Baik
//	BELOW               SangatKurang   ButuhPerbaikan  ButuhPerbaikan
//
// Kurang stands for the regulation's "Kurang/Misconduct". Each call returns a
// fresh matrix that the caller may change.
func DefaultMatrix() Matrix {
	return Matrix{
		Above: {Below: Kurang, Meets: Baik, Above: SangatBaik},
		Meets: {Below: Kurang, Meets: Baik, Above: Baik},
		Below: {Below: SangatKurang, Meets: ButuhPerbaikan, Above: ButuhPerbaikan},
	}
}

// Validate reports every way m falls short of a matrix of PermenPANRB 6/2022:
// a rating that is not ABOVE, MEETS or BELOW, a missing cell among the nine,
// or a cell holding a predikat that is not one of the five of 2022 (such as
// the 2011 band Cukup). It returns nil for a valid matrix.
func (m Matrix) Validate() error {
	var errs []error
	for _, result := range slices.Sorted(maps.Keys(m)) {
		if !result.Valid() {
			errs = append(errs, fmt.Errorf("predikat matrix: %q is not a valid result rating", result))
		}
		for _, behaviour := range slices.Sorted(maps.Keys(m[result])) {
			if !behaviour.Valid() {
				errs = append(errs, fmt.Errorf("predikat matrix: %q is not a valid behaviour rating (result %s)", behaviour, result))
			}
		}
	}
	for _, result := range ratingOrder {
		for _, behaviour := range ratingOrder {
			p, ok := m[result][behaviour]
			switch {
			case !ok:
				errs = append(errs, fmt.Errorf("predikat matrix: cell result %s, behaviour %s is missing", result, behaviour))
			case !p.Is2022():
				errs = append(errs, fmt.Errorf("predikat matrix: cell result %s, behaviour %s holds %q, not a predikat of PermenPANRB 6/2022", result, behaviour, p))
			}
		}
	}
	return errors.Join(errs...)
}

// Predikat looks up the predikat for a result rating and a behaviour rating
// (PermenPANRB 6/2022). It fails when either rating is not ABOVE, MEETS or
// BELOW, when the cell is missing, or when the cell does not hold one of the
// five predikat of 2022.
func (m Matrix) Predikat(result, behaviour Rating) (Predikat, error) {
	if !result.Valid() {
		return "", fmt.Errorf("predikat matrix: %q is not a valid result rating", result)
	}
	if !behaviour.Valid() {
		return "", fmt.Errorf("predikat matrix: %q is not a valid behaviour rating", behaviour)
	}
	p, ok := m[result][behaviour]
	if !ok {
		return "", fmt.Errorf("predikat matrix: cell result %s, behaviour %s is missing", result, behaviour)
	}
	if !p.Is2022() {
		return "", fmt.Errorf("predikat matrix: cell result %s, behaviour %s holds %q, not a predikat of PermenPANRB 6/2022", result, behaviour, p)
	}
	return p, nil
}

// Cell is one cell of a Matrix: the predikat for a result rating and a
// behaviour rating.
type Cell struct {
	Result    Rating
	Behaviour Rating
	Predikat  Predikat
}

// Cells returns the cells of m in a stable order: result ABOVE, MEETS, BELOW,
// and within each, behaviour ABOVE, MEETS, BELOW. A valid matrix gives nine
// cells; cells missing from m, and cells under unknown ratings, are left out.
func (m Matrix) Cells() []Cell {
	cells := make([]Cell, 0, len(ratingOrder)*len(ratingOrder))
	for _, result := range ratingOrder {
		for _, behaviour := range ratingOrder {
			if p, ok := m[result][behaviour]; ok {
				cells = append(cells, Cell{Result: result, Behaviour: behaviour, Predikat: p})
			}
		}
	}
	return cells
}

// MatrixFromCells builds a Matrix from its cells, as stored per period, and
// validates it (see Matrix.Validate). A cell given twice is an error.
func MatrixFromCells(cells []Cell) (Matrix, error) {
	m := Matrix{}
	var errs []error
	for _, c := range cells {
		if _, dup := m[c.Result][c.Behaviour]; dup {
			errs = append(errs, fmt.Errorf("predikat matrix: cell result %s, behaviour %s is given twice", c.Result, c.Behaviour))
			continue
		}
		if m[c.Result] == nil {
			m[c.Result] = map[Rating]Predikat{}
		}
		m[c.Result][c.Behaviour] = c.Predikat
	}
	if err := errors.Join(append(errs, m.Validate())...); err != nil {
		return nil, err
	}
	return m, nil
}
