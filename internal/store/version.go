package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"entgo.io/ent/dialect"
)

// SchemaVersion is the version of the schema this release creates. It goes
// up by one whenever a release changes the schema so that an older binary
// would misread the database (a new required column, a new UNIQUE index, a
// changed meaning); Migrate records it and an older binary refuses to run
// on a newer database.
const SchemaVersion = 2

// retiredIndexes are the indexes an earlier release created and this one no
// longer has. Migrate drops only these: an index it does not know (one a
// newer release or an operator added) is left alone.
var retiredIndexes = []string{
	// Version 2: one period per year (period_year_unique) replaces it.
	"period_year",
}

// metaTable holds facts about the database itself, outside the ent schema.
const metaTable = "kinerja_meta"

// ErrNewerSchema reports a database written by a newer release.
var ErrNewerSchema = errors.New("the database is newer than this release")

// NewerSchemaError says which versions met; it wraps ErrNewerSchema.
type NewerSchemaError struct {
	// Database is the version recorded in the database, Release this binary's.
	Database, Release int
}

func (e *NewerSchemaError) Error() string {
	return fmt.Sprintf("the database has schema version %d, newer than this release's %d: run the release that wrote it (or a newer one); nothing was changed", e.Database, e.Release)
}

// Unwrap makes errors.Is(err, ErrNewerSchema) hold.
func (e *NewerSchemaError) Unwrap() error { return ErrNewerSchema }

// SchemaVersionOf reads the schema version recorded in the database; 0 when
// none is (a new database, or one from before versions were recorded).
func (s *Store) SchemaVersionOf(ctx context.Context) (int, error) {
	exists, err := s.tableExists(ctx, metaTable)
	if err != nil || !exists {
		return 0, err
	}
	var v string
	err = s.dbs[0].QueryRowContext(ctx, "SELECT value FROM "+metaTable+" WHERE name = 'schema_version'").Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("read schema version: %q is not a number: %w", v, err)
	}
	return n, nil
}

// recordSchemaVersion writes this release's version into the database.
func (s *Store) recordSchemaVersion(ctx context.Context) error {
	stmts := []string{
		"CREATE TABLE IF NOT EXISTS " + metaTable + " (name VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)",
		"INSERT INTO " + metaTable + " (name, value) VALUES ('schema_version', '" + strconv.Itoa(SchemaVersion) + "') " +
			"ON CONFLICT (name) DO UPDATE SET value = excluded.value",
	}
	for _, q := range stmts {
		if _, err := s.dbs[0].ExecContext(ctx, q); err != nil {
			return fmt.Errorf("record schema version: %w", err)
		}
	}
	return nil
}

// dropRetiredIndexes drops the indexes this release retired, if present.
func (s *Store) dropRetiredIndexes(ctx context.Context) error {
	for _, name := range retiredIndexes {
		if _, err := s.dbs[0].ExecContext(ctx, "DROP INDEX IF EXISTS "+name); err != nil {
			return fmt.Errorf("drop retired index %s: %w", name, err)
		}
	}
	return nil
}

// tableExists tells whether the database has a table of that name.
func (s *Store) tableExists(ctx context.Context, name string) (bool, error) {
	var q string
	switch s.Dialect {
	case dialect.Postgres:
		q = "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1"
	default:
		q = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"
	}
	var n int
	if err := s.dbs[0].QueryRowContext(ctx, q, name).Scan(&n); err != nil {
		return false, fmt.Errorf("look for table %s: %w", name, err)
	}
	return n > 0, nil
}

// HasSchema tells whether the database holds Kinerja's schema (its
// employees table), as opposed to an empty file or another program's data.
func (s *Store) HasSchema(ctx context.Context) (bool, error) {
	return s.tableExists(ctx, "employees")
}

// CheckWritable tells whether a write can be committed now: it takes the
// write lock and commits a change that changes nothing (the schema
// version, rewritten as it is). It fails on a database that is locked by
// another process beyond ctx's time, read-only, full or damaged — what a
// ping on a read connection cannot see.
func (s *Store) CheckWritable(ctx context.Context) error {
	tx, err := s.dbs[0].BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("write check: begin: %w", err)
	}
	if _, err := tx.ExecContext(ctx, "UPDATE "+metaTable+" SET value = value WHERE name = 'schema_version'"); err != nil {
		_ = tx.Rollback()
		return fmt.Errorf("write check: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("write check: commit: %w", err)
	}
	return nil
}

// QuickCheck runs SQLite's quick_check: an error names the first problem
// of a damaged file. PostgreSQL checks itself; nothing to do there.
func (s *Store) QuickCheck(ctx context.Context) error {
	if s.Dialect != dialect.SQLite {
		return nil
	}
	var result string
	if err := s.dbs[0].QueryRowContext(ctx, "PRAGMA quick_check(1)").Scan(&result); err != nil {
		return fmt.Errorf("%w: quick_check: %w", ErrDamaged, err)
	}
	if result != "ok" {
		return fmt.Errorf("%w: quick_check: %s", ErrDamaged, result)
	}
	return nil
}

// ErrDamaged reports a database file whose pages fail SQLite's check.
var ErrDamaged = errors.New("the database file is damaged")
