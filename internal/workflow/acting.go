package workflow

import (
	"context"
	"fmt"
	"time"

	"kinerja/ent"
	"kinerja/ent/actingappraiser"
	"kinerja/ent/employee"
	"kinerja/internal/asn"
)

// appraiserOn returns who appraises the employee on the day of now, and in
// what capacity: the acting official (Plt./Plh.) whose appointment covers
// that day in the agency's zone, else the direct supervisor (fallback, which
// may be nil). kind is nil for the direct supervisor.
func (s *Service) appraiserOn(ctx context.Context, c *ent.Client, employeeID int, fallback *ent.Employee, now time.Time) (*ent.Employee, *asn.Acting, error) {
	local := s.agency.In(now)
	dayStart := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, local.Location())
	// In UTC: SQLite compares stored times as text, so both sides must be
	// written in the same zone.
	dayEnd := dayStart.AddDate(0, 0, 1).Add(-time.Second).UTC()
	dayStart = dayStart.UTC()
	a, err := c.ActingAppraiser.Query().
		Where(
			actingappraiser.HasEmployeeWith(employee.ID(employeeID)),
			actingappraiser.StartsOnLTE(dayEnd),
			actingappraiser.EndsOnGTE(dayStart),
			actingappraiser.HasActingWith(employee.Active(true)),
		).
		WithActing().
		Order(ent.Desc(actingappraiser.FieldStartsOn), ent.Desc(actingappraiser.FieldID)).
		First(ctx)
	if ent.IsNotFound(err) {
		return fallback, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("find acting appraiser: %w", err)
	}
	return a.Edges.Acting, &a.Kind, nil
}
