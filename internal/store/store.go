// Package store opens Kinerja's database — an embedded SQLite file by
// default, PostgreSQL when a city outgrows one machine — with the settings a
// server needs, migrates its schema and counts the statements it runs.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"kinerja/ent"
	_ "kinerja/ent/runtime" // registers the schema's hooks, policies and defaults
	"kinerja/internal/audit"
	"kinerja/internal/authz"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
	_ "github.com/mattn/go-sqlite3"    // the "sqlite3" driver
)

// DefaultPath is the SQLite file used when no database is configured.
const DefaultPath = "data/kinerja.db"

// Store is an open database: the ent client and what is needed to close it.
type Store struct {
	// Client is the ent client over the database.
	Client *ent.Client
	// Dialect is dialect.SQLite or dialect.Postgres.
	Dialect string
	// Statements counts the SQL statements run since Open (for tests that
	// guard against N+1 queries, and for metrics).
	Statements *atomic.Int64

	dbs []*sql.DB
}

// Open opens the database named by dsn: a PostgreSQL URL
// (postgres://… or postgresql://…) or an SQLite file path (optionally
// prefixed with sqlite:// or file:). An empty dsn means DefaultPath.
// An SQLite file is created (with its directory) when it does not exist;
// see OpenExisting for the commands that must never do that.
func Open(ctx context.Context, dsn string) (*Store, error) {
	return open(ctx, dsn, true)
}

// ErrNoDatabase reports an SQLite path where there is no database file.
var ErrNoDatabase = errors.New("no database")

// ErrNoSchema reports a database without Kinerja's schema.
var ErrNoSchema = errors.New("no Kinerja schema")

// OpenExisting opens a database that exists and holds Kinerja's schema,
// and never creates one: a mistyped --db is an error (ErrNoDatabase for a
// missing SQLite file, ErrNoSchema for an empty file or an empty PostgreSQL
// database), not a new empty database that a backup or an import would
// then "succeed" on.
func OpenExisting(ctx context.Context, dsn string) (*Store, error) {
	s, err := open(ctx, dsn, false)
	if err != nil {
		return nil, err
	}
	ok, err := s.HasSchema(ctx)
	if err == nil && !ok {
		err = fmt.Errorf("%w in %s: create it with `kinerja migrate --create`, or check --db", ErrNoSchema, redactDSN(dsn))
	}
	if err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

func open(ctx context.Context, dsn string, create bool) (*Store, error) {
	if dsn == "" {
		dsn = DefaultPath
	}
	var (
		s   *Store
		err error
	)
	if IsPostgres(dsn) {
		s, err = openPostgres(dsn)
	} else {
		s, err = openSQLite(dsn, create)
	}
	if err != nil {
		return nil, err
	}
	if err := s.ping(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// IsPostgres tells whether dsn names a PostgreSQL database rather than an
// SQLite file.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// redactDSN names a database in a message without its password.
func redactDSN(dsn string) string {
	if !IsPostgres(dsn) {
		return sqlitePath(dsn)
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "the PostgreSQL database"
	}
	return u.Redacted()
}

func openPostgres(dsn string) (*Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	db.SetMaxOpenConns(20)
	db.SetMaxIdleConns(10)
	s := &Store{Dialect: dialect.Postgres, Statements: new(atomic.Int64), dbs: []*sql.DB{db}}
	drv := entsql.OpenDB(dialect.Postgres, db)
	s.Client = newClient(drv, s.Statements)
	return s, nil
}

// sqlitePath strips the URL forms an SQLite path may come in.
func sqlitePath(dsn string) string {
	dsn = strings.TrimPrefix(dsn, "sqlite://")
	dsn = strings.TrimPrefix(dsn, "sqlite3://")
	dsn = strings.TrimPrefix(dsn, "file:")
	if i := strings.IndexByte(dsn, '?'); i >= 0 {
		dsn = dsn[:i]
	}
	return dsn
}

// openSQLite opens two pools on one file: a single writer connection whose
// transactions take the write lock at BEGIN (_txlock=immediate, so a
// read-then-write transaction waits instead of failing with "database is
// locked"), and a pool of read-only connections. WAL lets readers proceed
// while the writer writes.
func openSQLite(dsn string, create bool) (*Store, error) {
	path := sqlitePath(dsn)
	if path == "" || path == ":memory:" {
		return nil, errors.New("sqlite: a file path is required (an in-memory database cannot be shared by the read and write pools)")
	}
	if create {
		if dir := filepath.Dir(path); dir != "." {
			if err := os.MkdirAll(dir, 0o750); err != nil {
				return nil, fmt.Errorf("sqlite: create %s: %w", dir, err)
			}
		}
	} else {
		fi, err := os.Stat(path)
		switch {
		case errors.Is(err, os.ErrNotExist):
			return nil, fmt.Errorf("%w at %s: check --db (only `kinerja serve` on the default path, `serve --demo` and `migrate --create` make a new one)", ErrNoDatabase, path)
		case err != nil:
			return nil, fmt.Errorf("sqlite: %w", err)
		case !fi.Mode().IsRegular():
			return nil, fmt.Errorf("%w at %s: it is not a file", ErrNoDatabase, path)
		}
		// Look before writing anything: opening the writer (WAL) would turn
		// an empty file or another program's into a database.
		if err := probeSchema(path); err != nil {
			return nil, err
		}
	}
	params := url.Values{}
	if !create {
		// Read-write but never create, even if the file vanishes now.
		params.Set("mode", "rw")
	}
	params.Set("_fk", "1")
	params.Set("_journal_mode", "WAL")
	params.Set("_busy_timeout", "10000")
	params.Set("_synchronous", "NORMAL")
	params.Set("_txlock", "immediate")
	params.Set("_cache_size", "-20000")
	w, err := sql.Open("sqlite3", "file:"+path+"?"+params.Encode())
	if err != nil {
		return nil, fmt.Errorf("open sqlite: %w", err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)

	// Create the file and switch it to WAL before the read-only pool opens.
	if _, err := w.Exec("PRAGMA journal_mode=WAL"); err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: enable WAL: %w", err)
	}
	params.Set("mode", "ro")
	params.Set("_txlock", "deferred")
	params.Del("_journal_mode")
	r, err := sql.Open("sqlite3", "file:"+path+"?"+params.Encode())
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open sqlite read pool: %w", err)
	}
	r.SetMaxOpenConns(8)
	r.SetMaxIdleConns(8)

	s := &Store{Dialect: dialect.SQLite, Statements: new(atomic.Int64), dbs: []*sql.DB{w, r}}
	drv := &split{
		writer: entsql.OpenDB(dialect.SQLite, w),
		reader: entsql.OpenDB(dialect.SQLite, r),
	}
	s.Client = newClient(drv, s.Statements)
	return s, nil
}

// probeSchema checks, read-only, that the SQLite file holds Kinerja's
// schema.
func probeSchema(path string) error {
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		return fmt.Errorf("open sqlite: %w", err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'employees'").Scan(&n); err != nil {
		return fmt.Errorf("%w in %s: %w", ErrNoSchema, path, err)
	}
	if n == 0 {
		return fmt.Errorf("%w in %s: create it with `kinerja migrate --create`, or check --db", ErrNoSchema, path)
	}
	return nil
}

func (s *Store) ping(ctx context.Context) error {
	for _, db := range s.dbs {
		if err := db.PingContext(ctx); err != nil {
			return fmt.Errorf("ping database: %w", err)
		}
	}
	return nil
}

// Ping reports whether the database answers.
func (s *Store) Ping(ctx context.Context) error { return s.ping(ctx) }

// Migrate brings the schema up to date and records its version. It is safe
// to run on every start. A database written by a newer release is refused
// untouched (a *NewerSchemaError); indexes and columns this release does not
// know are kept, and only the indexes it retired (retiredIndexes) are
// dropped.
func (s *Store) Migrate(ctx context.Context) error {
	v, err := s.SchemaVersionOf(ctx)
	if err != nil {
		return fmt.Errorf("migrate schema: %w", err)
	}
	if v > SchemaVersion {
		return &NewerSchemaError{Database: v, Release: SchemaVersion}
	}
	if err := s.Client.Schema.Create(ctx); err != nil {
		return fmt.Errorf("migrate schema: %w", err)
	}
	if err := s.dropRetiredIndexes(ctx); err != nil {
		return fmt.Errorf("migrate schema: %w", err)
	}
	if err := s.recordSchemaVersion(ctx); err != nil {
		return fmt.Errorf("migrate schema: %w", err)
	}
	return nil
}

// Close closes the client and the pools. An SQLite database is
// checkpointed first (wal_checkpoint(TRUNCATE)), so after a clean stop the
// .db file alone is the whole database and its -wal file is empty.
func (s *Store) Close() error {
	var err error
	if s.Dialect == dialect.SQLite {
		if _, cerr := s.dbs[0].Exec("PRAGMA wal_checkpoint(TRUNCATE)"); cerr != nil {
			err = fmt.Errorf("checkpoint: %w", cerr)
		}
	}
	err = errors.Join(err, s.Client.Close())
	for _, db := range s.dbs {
		err = errors.Join(err, db.Close())
	}
	return err
}

// split sends transactions and writes to the single writer connection and
// plain reads to the read-only pool.
type split struct {
	writer, reader *entsql.Driver
	// queue orders the writer's users first come, first served.
	queue writeQueue
}

// Exec runs a statement on the writer.
func (d *split) Exec(ctx context.Context, query string, args, v any) error {
	return d.queue.inTurn(ctx, func() error { return d.writer.Exec(ctx, query, args, v) })
}

// Query sends a plain SELECT to the read pool. Anything else that returns
// rows (INSERT … RETURNING, PRAGMA) goes to the writer.
func (d *split) Query(ctx context.Context, query string, args, v any) error {
	if isSelect(query) {
		return d.reader.Query(ctx, query, args, v)
	}
	return d.queue.inTurn(ctx, func() error { return d.writer.Query(ctx, query, args, v) })
}

func isSelect(query string) bool {
	q := strings.TrimLeft(query, " \t\r\n(")
	return len(q) >= 6 && strings.EqualFold(q[:6], "SELECT")
}

// Tx starts a transaction on the writer, the one connection that writes,
// in its turn; the turn passes on when the transaction ends.
func (d *split) Tx(ctx context.Context) (dialect.Tx, error) {
	return d.queue.begin(ctx, func() (dialect.Tx, error) { return d.writer.Tx(ctx) })
}

// BeginTx starts a transaction on the writer with options, in its turn.
func (d *split) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	return d.queue.begin(ctx, func() (dialect.Tx, error) { return d.writer.BeginTx(ctx, opts) })
}

// ExecContext runs a raw statement on the writer. It is what ent's
// Client.ExecContext reaches: raw SQL passes no hook and no privacy rule,
// so it is for maintenance and for tests that plant bad data.
func (d *split) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return d.queue.execInTurn(ctx, func() (sql.Result, error) { return d.writer.ExecContext(ctx, query, args...) })
}

// QueryContext runs a raw query: a plain SELECT on the read pool, anything
// else on the writer.
func (d *split) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if isSelect(query) {
		return d.reader.QueryContext(ctx, query, args...)
	}
	return d.writer.QueryContext(ctx, query, args...)
}

// Close closes both pools.
func (d *split) Close() error { return errors.Join(d.writer.Close(), d.reader.Close()) }

// Dialect is SQLite's: both pools open the same database.
func (d *split) Dialect() string { return dialect.SQLite }

// counting wraps a driver and counts every statement, inside transactions
// too.
type counting struct {
	dialect.Driver
	n *atomic.Int64
}

// Exec counts and runs a statement.
func (c *counting) Exec(ctx context.Context, query string, args, v any) error {
	c.n.Add(1)
	return c.Driver.Exec(ctx, query, args, v)
}

// Query counts and runs a query.
func (c *counting) Query(ctx context.Context, query string, args, v any) error {
	c.n.Add(1)
	return c.Driver.Query(ctx, query, args, v)
}

// rawDriver is a driver that runs raw SQL (entsql.Driver and split).
type rawDriver interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

var errNoRawSQL = errors.New("store: the driver does not run raw SQL")

// ExecContext counts and runs a raw statement (ent's Client.ExecContext).
func (c *counting) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	r, ok := c.Driver.(rawDriver)
	if !ok {
		return nil, errNoRawSQL
	}
	c.n.Add(1)
	return r.ExecContext(ctx, query, args...)
}

// QueryContext counts and runs a raw query (ent's Client.QueryContext).
func (c *counting) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	r, ok := c.Driver.(rawDriver)
	if !ok {
		return nil, errNoRawSQL
	}
	c.n.Add(1)
	return r.QueryContext(ctx, query, args...)
}

// Tx starts a transaction whose statements are counted too.
func (c *counting) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := c.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &countingTx{Tx: tx, n: c.n}, nil
}

// BeginTx starts a transaction with options when the driver supports them.
func (c *counting) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	b, ok := c.Driver.(interface {
		BeginTx(context.Context, *sql.TxOptions) (dialect.Tx, error)
	})
	if !ok {
		return c.Tx(ctx)
	}
	tx, err := b.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &countingTx{Tx: tx, n: c.n}, nil
}

// countingTx counts the statements of one transaction on its driver's
// counter.
type countingTx struct {
	dialect.Tx
	n *atomic.Int64
}

// Exec counts and runs a statement in the transaction.
func (t *countingTx) Exec(ctx context.Context, query string, args, v any) error {
	t.n.Add(1)
	return t.Tx.Exec(ctx, query, args, v)
}

// Query counts and runs a query in the transaction.
func (t *countingTx) Query(ctx context.Context, query string, args, v any) error {
	t.n.Add(1)
	return t.Tx.Query(ctx, query, args, v)
}

// newClient builds the ent client over drv with the audit hook and the
// directory rule installed, so every path that changes data leaves its
// trail and every path that reads employees obeys the directory rule.
func newClient(drv dialect.Driver, n *atomic.Int64) *ent.Client {
	c := ent.NewClient(ent.Driver(&counting{Driver: drv, n: n}))
	c.Use(finiteNumbers(), cleanText(), audit.Hook())
	c.Intercept(authz.SelectorContext())
	c.Employee.Intercept(authz.RedactEmployees(c))
	return c
}

// Backup writes a consistent copy of an SQLite database to file (VACUUM
// INTO, safe while the server runs). PostgreSQL is backed up with its own
// tools (pg_dump).
func (s *Store) Backup(ctx context.Context, file string) error {
	if s.Dialect != dialect.SQLite {
		return errors.New("backup: use pg_dump for PostgreSQL")
	}
	if _, err := s.dbs[0].ExecContext(ctx, "VACUUM INTO ?", file); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}
