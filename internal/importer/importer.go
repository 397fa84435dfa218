// Package importer loads master data from CSV files: organisation units
// (header code,name,parent_code) and employees (header
// nip,name,type,rank,position,position_kind,unit_code,supervisor_nip,email).
//
// Every row is checked before anything is written. If any row is wrong,
// nothing is imported and the Report lists every problem as
// "line N: field: reason", N being the physical line of the file (the header
// is line 1). Otherwise existing rows (by NIP or unit code) are updated, new
// ones created, all in one transaction whose audit events carry the action
// "import.units" or "import.employees".
//
// A row states the whole record: an empty optional column (parent_code,
// supervisor_nip, email) clears the value of an existing row. Columns the
// file does not have (an employee's functional level, rank date, potential,
// active flag; a unit's head) are left alone.
//
// The caller's context carries the rights: the command line passes
// authz.System, a GraphQL mutation its HR admin viewer.
package importer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"kinerja/internal/authz"

	"kinerja/ent"
	_ "kinerja/ent/runtime" // the field validators used by the checks
	"kinerja/internal/audit"
)

// ErrInvalid is returned (wrapped) when the file has problems; the Report
// lists them and nothing was written.
var ErrInvalid = errors.New("the file has problems; nothing was imported")

// Options adjust an import.
type Options struct {
	// DryRun only checks the file and counts what would change.
	DryRun bool
	// Now is the time NIPs are checked against; zero means time.Now().
	Now time.Time
}

func (o Options) now() time.Time {
	if o.Now.IsZero() {
		return time.Now()
	}
	return o.Now
}

// Report is the outcome of an import (or, with DryRun, of its check).
type Report struct {
	// Created and Updated count the rows written (or, in a dry run, that
	// would be); Unchanged counts existing rows the file repeats as they are.
	Created, Updated, Unchanged int
	// Problems lists every wrong row, ordered by line. When it is not
	// empty nothing was written.
	Problems []Problem
}

// Problem is one thing wrong in the file.
type Problem struct {
	// Line is the physical line of the file, the header being line 1.
	Line int
	// Field is the CSV column name, or "" for a problem of the whole line.
	Field string
	// Reason says what is wrong, in English.
	Reason string
}

// String formats the problem as "line N: field: reason" (or "line N: reason"
// when it concerns the whole line).
func (p Problem) String() string {
	if p.Field == "" {
		return fmt.Sprintf("line %d: %s", p.Line, p.Reason)
	}
	return fmt.Sprintf("line %d: %s: %s", p.Line, p.Field, p.Reason)
}

// problems collects the problems of a file.
type problems []Problem

func (ps *problems) add(line int, field, format string, args ...any) {
	*ps = append(*ps, Problem{Line: line, Field: field, Reason: fmt.Sprintf(format, args...)})
}

// plan is what an import decided to do once the file has been checked: the
// counts and the writes.
type plan struct {
	created, updated, unchanged int
	apply                       func(ctx context.Context, c *ent.Client) error
}

// run reads the file with columns, then, in one transaction, loads the
// current data, checks the rows and applies them unless there are problems
// or it is a dry run. check returns the problems it found and, when there
// are none, the plan.
func run(ctx context.Context, c *ent.Client, action string, columns []string, r io.Reader, opts Options,
	check func(ctx context.Context, c *ent.Client, rows []row, ps *problems) (*plan, error)) (*Report, error) {
	if err := authz.RequireMasterDataManager(ctx); err != nil {
		return nil, err // imports are HR work; the command line runs as the system
	}
	rows, ps, err := readTable(r, columns)
	if err != nil {
		return nil, err
	}
	rep := &Report{}
	if len(ps) > 0 {
		rep.Problems = ps.sorted(columns)
		return rep, invalid(len(ps))
	}
	ctx = audit.WithAction(ctx, action)
	err = inTx(ctx, c, func(c *ent.Client) (bool, error) {
		p, err := check(ctx, c, rows, &ps)
		if err != nil {
			return false, err
		}
		if len(ps) > 0 {
			return false, nil
		}
		rep.Created, rep.Updated, rep.Unchanged = p.created, p.updated, p.unchanged
		if opts.DryRun {
			return false, nil
		}
		return true, p.apply(ctx, c)
	})
	if err != nil {
		return nil, err
	}
	if len(ps) > 0 {
		rep.Problems = ps.sorted(columns)
		return rep, invalid(len(ps))
	}
	return rep, nil
}

// invalid is the error of a file with n problems.
func invalid(n int) error {
	if n == 1 {
		return fmt.Errorf("%w (1 problem)", ErrInvalid)
	}
	return fmt.Errorf("%w (%d problems)", ErrInvalid, n)
}

// inTx runs fn in a new transaction, committing when fn asks for it and
// rolling back otherwise. A client that is already transactional (a GraphQL
// mutation inside entgql's Transactioner) is used as it is: its owner
// commits or rolls back.
func inTx(ctx context.Context, c *ent.Client, fn func(*ent.Client) (commit bool, err error)) error {
	tx, err := c.Tx(ctx)
	if errors.Is(err, ent.ErrTxStarted) {
		_, err := fn(c)
		return err
	}
	if err != nil {
		return fmt.Errorf("begin the import: %w", err)
	}
	commit, err := fn(tx.Client())
	if err != nil || !commit {
		if rerr := tx.Rollback(); rerr != nil {
			return errors.Join(err, fmt.Errorf("roll back the import: %w", rerr))
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit the import: %w", err)
	}
	return nil
}
