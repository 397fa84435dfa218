// Package workflow holds the state machines of the yearly appraisal cycle
// (PP 30/2019, PermenPANRB 6/2022): plans (SKP) and their targets,
// realisations, appraisals and objections. Each operation is one
// transaction that checks who may make the transition and from which state,
// makes it, and leaves its audit event. Resolvers only call these.
package workflow

import (
	"context"
	"fmt"
	"time"

	"kinerja/ent"
	"kinerja/internal/agency"
	"kinerja/internal/apperr"
	"kinerja/internal/audit"
	"kinerja/internal/authz"
	"kinerja/internal/viewer"
)

// Service runs the workflow over a database.
type Service struct {
	client *ent.Client
	now    func() time.Time
	agency agency.Settings
}

// New returns a Service over client that uses the wall clock and the
// default agency settings (agency.Default).
func New(client *ent.Client) *Service {
	return &Service{client: client, now: time.Now, agency: agency.Default()}
}

// WithAgency returns a copy of s that counts days and deadlines in the
// agency's time zone.
func (s *Service) WithAgency(a agency.Settings) *Service {
	c := *s
	c.agency = a
	return &c
}

// WithClock returns a copy of s whose clock is now: for seeding history
// and for tests of deadlines.
func (s *Service) WithClock(now func() time.Time) *Service {
	c := *s
	c.now = now
	return &c
}

// run executes fn in one transaction marked as workflow work and named
// action in the audit trail. Inside a GraphQL mutation the transaction of
// entgql.Transactioner is reused; elsewhere a new one is opened.
func (s *Service) run(ctx context.Context, action string, fn func(ctx context.Context, c *ent.Client) error) error {
	if err := authz.RequireWriter(ctx); err != nil {
		return err
	}
	ctx = authz.Workflow(audit.WithAction(ctx, action))
	if tx := ent.TxFromContext(ctx); tx != nil {
		return fn(ctx, tx.Client())
	}
	tx, err := s.client.Tx(ctx)
	if err != nil {
		return fmt.Errorf("%s: begin: %w", action, err)
	}
	ctx = ent.NewTxContext(ent.NewContext(ctx, tx.Client()), tx)
	if err := fn(ctx, tx.Client()); err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			return fmt.Errorf("%w (rollback: %v)", err, rerr)
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: commit: %w", action, err)
	}
	return nil
}

// who describes the caller for the rules.
type who struct {
	v *viewer.Viewer
}

func caller(ctx context.Context) who { return who{v: viewer.FromContext(ctx)} }

func (w who) is(employeeID int) bool {
	return w.v != nil && employeeID != 0 && w.v.EmployeeID == employeeID
}
func (w who) hr() bool { return w.v.IsHRAdmin() }

// Errors shared by the operations.
var (
	errNotAllowed = apperr.New(apperr.Forbidden, "Anda tidak berhak melakukan langkah ini", "you may not take this step")
)

func invalidState(id, en string) *apperr.Error { return apperr.New(apperr.InvalidState, id, en) }

var errNotFound = apperr.ErrNotFound

// get wraps an ent lookup so a missing (or hidden) row is NOT_FOUND.
func get[T any](v T, err error) (T, error) {
	if ent.IsNotFound(err) {
		return v, errNotFound
	}
	if err != nil {
		return v, fmt.Errorf("read: %w", err)
	}
	return v, nil
}
