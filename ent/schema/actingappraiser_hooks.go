package schema

import (
	"context"
	"fmt"

	gen "kinerja/ent"
	"kinerja/ent/actingappraiser"
	"kinerja/ent/employee"
	"kinerja/ent/hook"
	"kinerja/internal/apperr"

	"entgo.io/ent"
)

// Hooks of the ActingAppraiser: the range runs forwards, nobody acts as its
// own appraiser, the acting official is active, and an employee has one
// acting appraiser on any day.
func (ActingAppraiser) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(func(next ent.Mutator) ent.Mutator {
			return hook.ActingAppraiserFunc(func(ctx context.Context, m *gen.ActingAppraiserMutation) (gen.Value, error) {
				if err := checkActing(ctx, m); err != nil {
					return nil, err
				}
				return next.Mutate(ctx, m)
			})
		}, ent.OpCreate),
	}
}

func checkActing(ctx context.Context, m *gen.ActingAppraiserMutation) error {
	// Stored in UTC: SQLite compares times as text, so every stored time
	// and every bound compared with it must be in one zone.
	start, _ := m.StartsOn()
	end, _ := m.EndsOn()
	start, end = start.UTC(), end.UTC()
	m.SetStartsOn(start)
	m.SetEndsOn(end)
	if end.Before(start) {
		return apperr.Invalid("endsOn", "tanggal akhir tidak boleh sebelum tanggal mulai", "the last day cannot be before the first")
	}
	emp, _ := m.EmployeeID()
	acting, _ := m.ActingID()
	if emp == acting {
		return apperr.Invalid("actingID", "pegawai tidak dapat menjadi pejabat penilainya sendiri", "an employee cannot be its own appraiser")
	}
	active, err := m.Client().Employee.Query().Where(employee.ID(acting), employee.Active(true)).Exist(ctx)
	if err != nil {
		return fmt.Errorf("check acting official: %w", err)
	}
	if !active {
		return apperr.Invalid("actingID", "pejabat pelaksana tidak ditemukan atau tidak aktif", "the acting official does not exist or is not active")
	}
	overlap, err := m.Client().ActingAppraiser.Query().Where(
		actingappraiser.HasEmployeeWith(employee.ID(emp)),
		actingappraiser.StartsOnLTE(end),
		actingappraiser.EndsOnGTE(start),
	).Exist(ctx)
	if err != nil {
		return fmt.Errorf("check acting overlap: %w", err)
	}
	if overlap {
		return apperr.New(apperr.Conflict, "pegawai ini sudah memiliki pejabat pelaksana pada sebagian tanggal itu", "the employee already has an acting appraiser on some of those days")
	}
	return nil
}
