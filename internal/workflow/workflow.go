// Package workflow holds the state machines of the yearly appraisal cycle
// (PP 30/2019, PermenPANRB 6/2022): plans (SKP) and their targets,
// realisations, appraisals and objections. Each operation is one
// transaction that checks who may make the transition and from which state,
// makes it, and leaves its audit event. Resolvers only call these.
package workflow

import (
	"context"
	"errors"
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
// entgql.Transactioner is reused; elsewhere a new one is opened. What fn
// returns is wrapped with the action ("objection.file: count objections:
// …"), so the log says which operation failed; a safe *apperr.Error in it
// is still found by apperr.As.
func (s *Service) run(ctx context.Context, action string, fn func(ctx context.Context, c *ent.Client) error) error {
	if err := authz.RequireWriter(ctx); err != nil {
		return err
	}
	ctx = authz.Workflow(audit.WithAction(ctx, action))
	if tx := ent.TxFromContext(ctx); tx != nil {
		if err := fn(ctx, tx.Client()); err != nil {
			return fmt.Errorf("%s: %w", action, err)
		}
		return nil
	}
	tx, err := s.client.Tx(ctx)
	if err != nil {
		return fmt.Errorf("%s: begin: %w", action, err)
	}
	ctx = ent.NewTxContext(ent.NewContext(ctx, tx.Client()), tx)
	if err := fn(ctx, tx.Client()); err != nil {
		err = fmt.Errorf("%s: %w", action, err)
		if rerr := tx.Rollback(); rerr != nil {
			return errors.Join(err, fmt.Errorf("%s: rollback: %w", action, rerr))
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: commit: %w", action, err)
	}
	return nil
}

// runFor is run for an operation that returns what it made or changed: the
// value fn returns, or the zero value with the error.
func runFor[T any](ctx context.Context, s *Service, action string, fn func(ctx context.Context, c *ent.Client) (T, error)) (T, error) {
	var out T
	err := s.run(ctx, action, func(ctx context.Context, c *ent.Client) error {
		var err error
		out, err = fn(ctx, c)
		return err
	})
	if err != nil {
		var zero T
		return zero, err
	}
	return out, nil
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

// get runs only, the lookup of one row (a query's Only method), so that a
// missing (or hidden) row is NOT_FOUND; any other failure is wrapped with
// what is read.
func get[T any](ctx context.Context, what string, only func(context.Context) (T, error)) (T, error) {
	v, err := only(ctx)
	switch {
	case ent.IsNotFound(err):
		return v, errNotFound
	case err != nil:
		return v, fmt.Errorf("read %s: %w", what, err)
	}
	return v, nil
}
