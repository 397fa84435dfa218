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

	"kinerja/ent"
	_ "kinerja/ent/runtime" // the field validators used by the checks
	"kinerja/internal/audit"
	"kinerja/internal/authz"
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
	// Reason says what is wrong, in English; ReasonID in Indonesian.
	Reason, ReasonID string
}

// ReasonIn is the reason in the language lang ("id" or "en").
func (p Problem) ReasonIn(lang string) string {
	if lang == "id" && p.ReasonID != "" {
		return p.ReasonID
	}
	return p.Reason
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

// add adds a problem whose reason is formatted from its Indonesian and
// English texts with the same arguments.
func (ps *problems) add(line int, field, id, en string, args ...any) {
	ps.addText(line, field, fmt.Sprintf(id, args...), fmt.Sprintf(en, args...))
}

// addText adds a problem whose reasons are already written out.
func (ps *problems) addText(line int, field, id, en string) {
	*ps = append(*ps, Problem{Line: line, Field: field, Reason: en, ReasonID: id})
}

// text is a reason in both languages, a format for add.
type text struct{ ID, EN string }

// kind is what the shared skeleton of an import (run) knows of one kind of
// record besides its records: the file's columns and the words of its
// problems and errors. The records of every kind form a tree, each row
// naming its parent by key (a unit by code, an employee's supervisor by
// NIP).
type kind struct {
	// action names the audit events of the import.
	action string
	// columns is the header, in its usual order.
	columns []string
	// noun names a record in the errors of the writes ("unit").
	noun string
	// key and parent are the columns of a row's key and of its parent's
	// key.
	key, parent string
	// selfParent is the problem of a row that is its own parent.
	selfParent text
	// unknownParent formats the problem of a parent key found neither in
	// the database nor in the file.
	unknownParent text
	// loop formats the problem of a row whose chain of parents leads back
	// to it, with the chain.
	loop text
}

// records is what an import of one kind of record does that run does not: S
// is a record as the database has it, R the values of a checked row.
type records[S, R any] interface {
	// load reads every stored record, and whatever else check needs.
	load(ctx context.Context, c *ent.Client) ([]S, error)
	// node returns a stored record's ID, its key and its parent's ID (0
	// for a root).
	node(s *S) (id int, key string, parent int)
	// check checks a row's own values (all but its parent), adding its
	// problems, and returns them.
	check(r row, ps *problems) R
	// differs reports whether a row's own values differ from the stored
	// record's.
	differs(old *S, r *R) bool
	// create writes a row as a new record under the record parent (0 for
	// a root) and returns its ID.
	create(ctx context.Context, c *ent.Client, r *R, parent int) (int, error)
	// update writes the row's own values that differ from the stored
	// record's and, when moved, its parent (0 for a root).
	update(ctx context.Context, c *ent.Client, old *S, r *R, moved bool, parent int) error
}

// run imports the file of kind k: it reads the table, then, in one
// transaction, loads the stored records, checks every row and, unless
// there are problems or it is a dry run, writes the rows.
func run[S, R any](ctx context.Context, c *ent.Client, r io.Reader, opts Options, k *kind, recs records[S, R]) (*Report, error) {
	if err := authz.RequireMasterDataManager(ctx); err != nil {
		return nil, err // imports are HR work; the command line runs as the system
	}
	rows, ps, err := readTable(r, k.columns)
	if err != nil {
		return nil, err
	}
	rep := &Report{}
	if len(ps) > 0 {
		rep.Problems = ps.sorted(k.columns)
		return rep, invalid(len(ps))
	}
	ctx = audit.WithAction(ctx, k.action)
	err = inTx(ctx, c, func(c *ent.Client) (bool, error) {
		p, err := decide(ctx, c, k, recs, rows, &ps)
		if err != nil || len(ps) > 0 {
			return false, err
		}
		rep.Created, rep.Updated, rep.Unchanged = p.created, p.updated, p.unchanged
		if opts.DryRun {
			return false, nil
		}
		return true, p.apply(ctx, c, k, recs)
	})
	if err != nil {
		return nil, err
	}
	if len(ps) > 0 {
		rep.Problems = ps.sorted(k.columns)
		return rep, invalid(len(ps))
	}
	return rep, nil
}

// plan is what an import decided to do once the file has been checked:
// the counts, and the writes in an order where every parent comes before
// its children.
type plan[S, R any] struct {
	created, updated, unchanged int
	writes                      []write[S, R]
	// ids maps keys to IDs: those of the stored records, and those of the
	// new ones as apply creates them.
	ids map[string]int
}

// write is one record to create (old is nil) or update.
type write[S, R any] struct {
	line        int
	key, parent string // parent is "" for a root
	v           R
	old         *S
	moved       bool // the stored record has another parent
}

// decide checks the rows against the stored records, adding the problems,
// and, when there are none, returns the plan.
func decide[S, R any](ctx context.Context, c *ent.Client, k *kind, recs records[S, R], rows []row, ps *problems) (*plan[S, R], error) {
	have, err := recs.load(ctx, c)
	if err != nil {
		return nil, err
	}
	keyOf := make(map[int]string, len(have))
	byKey := make(map[string]*S, len(have))
	ids := make(map[string]int, len(have)+len(rows))
	for i := range have {
		id, key, _ := recs.node(&have[i])
		keyOf[id] = key
		byKey[key] = &have[i]
		ids[key] = id
	}
	tree := make(hierarchy, len(have)+len(rows))
	for i := range have {
		_, key, parent := recs.node(&have[i])
		tree[key] = keyOf[parent]
	}

	// The first row of each key; later ones are duplicates.
	first := map[string]int{}
	for _, r := range rows {
		key := r.v[k.key]
		if key == "" {
			continue
		}
		if l, ok := first[key]; ok {
			ps.add(r.line, k.key, "%s muncul lagi (pertama di baris %d)", "%s appears again (first on line %d)", key, l)
			continue
		}
		first[key] = r.line
	}

	type checked struct {
		line        int
		key, parent string
		v           R
	}
	var keep []checked
	for _, r := range rows {
		v := recs.check(r, ps)
		key, parent := r.v[k.key], r.v[k.parent]
		if parent != "" {
			_, inDB := byKey[parent]
			_, inFile := first[parent]
			switch {
			case parent == key:
				ps.addText(r.line, k.parent, k.selfParent.ID, k.selfParent.EN)
				parent = ""
			case !inDB && !inFile:
				ps.add(r.line, k.parent, k.unknownParent.ID, k.unknownParent.EN, parent)
				parent = ""
			}
		}
		if key != "" && first[key] == r.line {
			tree[key] = parent
			keep = append(keep, checked{line: r.line, key: key, parent: parent, v: v})
		}
	}
	for i := range keep {
		if l := tree.loop(keep[i].key); l != nil {
			ps.add(keep[i].line, k.parent, k.loop.ID, k.loop.EN, describeLoop(l))
		}
	}
	if len(*ps) > 0 {
		return nil, nil
	}

	byRow := make(map[string]*checked, len(keep))
	keys := make([]string, len(keep))
	for i := range keep {
		byRow[keep[i].key] = &keep[i]
		keys[i] = keep[i].key
	}
	p := &plan[S, R]{ids: ids}
	for _, key := range tree.topDown(keys) {
		r := byRow[key]
		w := write[S, R]{line: r.line, key: key, parent: r.parent, v: r.v}
		if old, ok := byKey[key]; ok {
			_, _, parent := recs.node(old)
			w.old, w.moved = old, keyOf[parent] != r.parent
			if !w.moved && !recs.differs(old, &r.v) {
				p.unchanged++
				continue
			}
			p.updated++
		} else {
			p.created++
		}
		p.writes = append(p.writes, w)
	}
	return p, nil
}

// apply makes the writes of the plan, in order, so that each row's parent
// already exists.
func (p *plan[S, R]) apply(ctx context.Context, c *ent.Client, k *kind, recs records[S, R]) error {
	for i := range p.writes {
		w := &p.writes[i]
		if w.old == nil {
			id, err := recs.create(ctx, c, &w.v, p.ids[w.parent])
			if err != nil {
				return fmt.Errorf("line %d: create %s %s: %w", w.line, k.noun, w.key, err)
			}
			p.ids[w.key] = id
			continue
		}
		if err := recs.update(ctx, c, w.old, &w.v, w.moved, p.ids[w.parent]); err != nil {
			return fmt.Errorf("line %d: update %s %s: %w", w.line, k.noun, w.key, err)
		}
	}
	return nil
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
