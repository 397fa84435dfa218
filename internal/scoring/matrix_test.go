package scoring_test

import (
	"slices"
	"testing"

	"kinerja/internal/scoring"
)

// TestDefaultMatrix checks every cell against the table of PermenPANRB 6/2022.
func TestDefaultMatrix(t *testing.T) {
	tests := []struct {
		result, behaviour scoring.Rating
		want              scoring.Predikat
	}{
		{scoring.Above, scoring.Below, scoring.Kurang},
		{scoring.Above, scoring.Meets, scoring.Baik},
		{scoring.Above, scoring.Above, scoring.SangatBaik},
		{scoring.Meets, scoring.Below, scoring.Kurang},
		{scoring.Meets, scoring.Meets, scoring.Baik},
		{scoring.Meets, scoring.Above, scoring.Baik},
		{scoring.Below, scoring.Below, scoring.SangatKurang},
		{scoring.Below, scoring.Meets, scoring.ButuhPerbaikan},
		{scoring.Below, scoring.Above, scoring.ButuhPerbaikan},
	}
	m := scoring.DefaultMatrix()
	if err := m.Validate(); err != nil {
		t.Fatalf("DefaultMatrix().Validate() = %v, want nil", err)
	}
	for _, tt := range tests {
		t.Run(string(tt.result)+"/"+string(tt.behaviour), func(t *testing.T) {
			got, err := m.Predikat(tt.result, tt.behaviour)
			if err != nil || got != tt.want {
				t.Errorf("Predikat(%s, %s) = %q, %v, want %q, nil", tt.result, tt.behaviour, got, err, tt.want)
			}
		})
	}
}

func TestDefaultMatrixIsFresh(t *testing.T) {
	m := scoring.DefaultMatrix()
	m[scoring.Above][scoring.Above] = scoring.Baik
	if got, _ := scoring.DefaultMatrix().Predikat(scoring.Above, scoring.Above); got != scoring.SangatBaik {
		t.Errorf("DefaultMatrix() after changing an earlier copy: Predikat(ABOVE, ABOVE) = %q, want %q", got, scoring.SangatBaik)
	}
}

func TestMatrixValidate(t *testing.T) {
	tests := []struct {
		name    string
		change  func(scoring.Matrix)
		wantErr bool
	}{
		{"default", func(scoring.Matrix) {}, false},
		{"changed rule, still 2022 predikat", func(m scoring.Matrix) { m[scoring.Meets][scoring.Above] = scoring.SangatBaik }, false},
		{"missing cell", func(m scoring.Matrix) { delete(m[scoring.Below], scoring.Meets) }, true},
		{"missing row", func(m scoring.Matrix) { delete(m, scoring.Meets) }, true},
		{"2011-only predikat Cukup", func(m scoring.Matrix) { m[scoring.Meets][scoring.Meets] = scoring.Cukup }, true},
		{"2011-only predikat Buruk", func(m scoring.Matrix) { m[scoring.Below][scoring.Below] = scoring.Buruk }, true},
		{"unknown predikat", func(m scoring.Matrix) { m[scoring.Above][scoring.Above] = "EXCELLENT" }, true},
		{"empty predikat", func(m scoring.Matrix) { m[scoring.Above][scoring.Above] = "" }, true},
		{"unknown result rating", func(m scoring.Matrix) { m["GOOD"] = map[scoring.Rating]scoring.Predikat{scoring.Meets: scoring.Baik} }, true},
		{"unknown behaviour rating", func(m scoring.Matrix) { m[scoring.Meets]["GOOD"] = scoring.Baik }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := scoring.DefaultMatrix()
			tt.change(m)
			err := m.Validate()
			if (err != nil) != tt.wantErr {
				t.Errorf("Validate() = %v, want error %v", err, tt.wantErr)
			}
		})
	}
	if err := (scoring.Matrix{}).Validate(); err == nil {
		t.Errorf("Matrix{}.Validate() = nil, want an error")
	}
	if err := (scoring.Matrix(nil)).Validate(); err == nil {
		t.Errorf("Matrix(nil).Validate() = nil, want an error")
	}
}

func TestMatrixPredikatErrors(t *testing.T) {
	m := scoring.DefaultMatrix()
	delete(m[scoring.Below], scoring.Meets)
	m[scoring.Meets][scoring.Meets] = scoring.Cukup
	tests := []struct {
		name              string
		result, behaviour scoring.Rating
	}{
		{"invalid result", "GOOD", scoring.Meets},
		{"invalid behaviour", scoring.Meets, "GOOD"},
		{"empty result", "", scoring.Meets},
		{"lower case", "above", scoring.Above},
		{"missing cell", scoring.Below, scoring.Meets},
		{"cell with 2011 predikat", scoring.Meets, scoring.Meets},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := m.Predikat(tt.result, tt.behaviour)
			if err == nil {
				t.Errorf("Predikat(%q, %q) = %q, nil, want an error", tt.result, tt.behaviour, got)
			}
		})
	}
	if got, err := (scoring.Matrix(nil)).Predikat(scoring.Meets, scoring.Meets); err == nil {
		t.Errorf("Matrix(nil).Predikat(MEETS, MEETS) = %q, nil, want an error", got)
	}
}

func TestMatrixCells(t *testing.T) {
	cells := scoring.DefaultMatrix().Cells()
	want := []scoring.Cell{
		{Result: scoring.Above, Behaviour: scoring.Above, Predikat: scoring.SangatBaik},
		{Result: scoring.Above, Behaviour: scoring.Meets, Predikat: scoring.Baik},
		{Result: scoring.Above, Behaviour: scoring.Below, Predikat: scoring.Kurang},
		{Result: scoring.Meets, Behaviour: scoring.Above, Predikat: scoring.Baik},
		{Result: scoring.Meets, Behaviour: scoring.Meets, Predikat: scoring.Baik},
		{Result: scoring.Meets, Behaviour: scoring.Below, Predikat: scoring.Kurang},
		{Result: scoring.Below, Behaviour: scoring.Above, Predikat: scoring.ButuhPerbaikan},
		{Result: scoring.Below, Behaviour: scoring.Meets, Predikat: scoring.ButuhPerbaikan},
		{Result: scoring.Below, Behaviour: scoring.Below, Predikat: scoring.SangatKurang},
	}
	if !slices.Equal(cells, want) {
		t.Errorf("DefaultMatrix().Cells() = %v, want %v", cells, want)
	}

	// The order is stable however the map iterates.
	for range 20 {
		if again := scoring.DefaultMatrix().Cells(); !slices.Equal(again, want) {
			t.Fatalf("DefaultMatrix().Cells() = %v on a later call, want %v", again, want)
		}
	}

	m := scoring.DefaultMatrix()
	delete(m[scoring.Above], scoring.Below)
	if got := len(m.Cells()); got != 8 {
		t.Errorf("len(Cells()) of a matrix missing one cell = %d, want 8", got)
	}
}

func TestMatrixFromCells(t *testing.T) {
	t.Run("round trip", func(t *testing.T) {
		orig := scoring.DefaultMatrix()
		orig[scoring.Meets][scoring.Above] = scoring.SangatBaik // an agency's changed rule
		cells := orig.Cells()
		slices.Reverse(cells) // the order given must not matter
		m, err := scoring.MatrixFromCells(cells)
		if err != nil {
			t.Fatalf("MatrixFromCells(Cells()) error = %v, want nil", err)
		}
		if got, want := m.Cells(), orig.Cells(); !slices.Equal(got, want) {
			t.Errorf("MatrixFromCells(Cells()).Cells() = %v, want %v", got, want)
		}
	})

	full := scoring.DefaultMatrix().Cells()
	tests := []struct {
		name  string
		cells []scoring.Cell
	}{
		{"none", nil},
		{"missing cell", full[1:]},
		{"duplicate cell", append(slices.Clone(full), full[0])},
		{"2011-only predikat", append(slices.Clone(full[1:]), scoring.Cell{Result: scoring.Above, Behaviour: scoring.Above, Predikat: scoring.Cukup})},
		{"unknown rating", append(slices.Clone(full), scoring.Cell{Result: "GOOD", Behaviour: scoring.Above, Predikat: scoring.Baik})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := scoring.MatrixFromCells(tt.cells)
			if err == nil {
				t.Errorf("MatrixFromCells(%v) = %v, nil, want an error", tt.cells, m)
			}
			if m != nil {
				t.Errorf("MatrixFromCells(%v) = %v with an error, want nil matrix", tt.cells, m)
			}
		})
	}
}
