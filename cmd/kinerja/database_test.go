package main

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"kinerja/internal/store"
)

// TestMistypedDatabaseIsAnError: every command but serve on the default
// path, the demo and migrate --create refuses a database that is not there,
// exits non-zero and creates nothing — a nightly backup of a mistyped path
// fails instead of "succeeding" on an empty file.
func TestMistypedDatabaseIsAnError(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	missing := filepath.Join(dir, "typo", "kinerja.db")
	csv := filepath.Join(dir, "units.csv")
	if err := os.WriteFile(csv, []byte("code,name,parent_code\nX,Unit X,\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	bak := filepath.Join(dir, "backup.db")
	for name, args := range map[string][]string{
		"backup":      {"backup", bak, "--db", missing},
		"migrate":     {"migrate", "--db", missing},
		"import":      {"import", "units", csv, "--db", missing},
		"user create": {"user", "create", "--nip", "198609262015051001", "--password-stdin", "--db", missing},
		"serve":       {"serve", "--addr", "127.0.0.1:0", "--db", missing},
	} {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(ctx, args, strings.NewReader("long-enough-password\n"), &out, &out)
			if err == nil || exitCode(err) == 0 {
				t.Fatalf("run(%q) = %v, want an error and a non-zero exit", args, err)
			}
			if !errors.Is(err, store.ErrNoDatabase) || !strings.Contains(err.Error(), "check --db") {
				t.Errorf("error %q does not say there is no database at that path", err)
			}
			for _, p := range []string{missing, filepath.Dir(missing), bak} {
				if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("%s exists after a refused %s", p, name)
				}
			}
		})
	}
}

// TestDatabaseWithoutSchemaIsRefused: an existing file that is not a
// Kinerja database (empty, or another program's) is refused, untouched.
func TestDatabaseWithoutSchemaIsRefused(t *testing.T) {
	ctx := context.Background()
	empty := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	for _, args := range [][]string{
		{"backup", filepath.Join(t.TempDir(), "b.db"), "--db", empty},
		{"import", "units", "nothing.csv", "--db", empty},
		{"migrate", "--db", empty},
	} {
		err := run(ctx, args, nil, &out, &out)
		if !errors.Is(err, store.ErrNoSchema) && !errors.Is(err, os.ErrNotExist) {
			t.Errorf("run(%q) = %v, want no Kinerja schema", args, err)
		}
	}
	if err := run(ctx, []string{"backup", filepath.Join(t.TempDir(), "b.db"), "--db", empty}, nil, &out, &out); !errors.Is(err, store.ErrNoSchema) {
		t.Errorf("backup of an empty file = %v, want ErrNoSchema", err)
	}
	if fi, err := os.Stat(empty); err != nil || fi.Size() != 0 {
		t.Errorf("the empty file changed: %v %v", fi, err)
	}
	// migrate --create makes the schema in it.
	if err := run(ctx, []string{"migrate", "--create", "--db", empty}, nil, &out, &out); err != nil {
		t.Fatalf("migrate --create: %v", err)
	}
	if err := run(ctx, []string{"migrate", "--db", empty}, nil, &out, &out); err != nil {
		t.Errorf("migrate after --create: %v", err)
	}
}

// TestNewerDatabaseIsRefused: the schema version is recorded; an older
// binary refuses a newer database with a clear message and changes
// nothing, and an index this release does not know (a UNIQUE one) is kept.
func TestNewerDatabaseIsRefused(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "k.db")
	var out bytes.Buffer
	if err := run(ctx, []string{"migrate", "--create", "--db", db}, nil, &out, &out); err != nil {
		t.Fatal(err)
	}
	raw := rawDB(t, db)
	var version string
	if err := raw.QueryRow("SELECT value FROM kinerja_meta WHERE name = 'schema_version'").Scan(&version); err != nil || version != strconv.Itoa(store.SchemaVersion) {
		t.Fatalf("recorded schema version = %q, %v; want %d", version, err, store.SchemaVersion)
	}

	// A newer release added a UNIQUE index; this release keeps it.
	if _, err := raw.Exec("CREATE UNIQUE INDEX later_release_unique ON org_units (name)"); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"migrate", "--db", db}, nil, &out, &out); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	if n := count(t, raw, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'later_release_unique'"); n != 1 {
		t.Error("migrate dropped an index this release did not create")
	}

	// A newer release recorded its version: refused, untouched.
	if _, err := raw.Exec("UPDATE kinerja_meta SET value = '99' WHERE name = 'schema_version'"); err != nil {
		t.Fatal(err)
	}
	tables := count(t, raw, "SELECT count(*) FROM sqlite_master")
	for _, args := range [][]string{
		{"migrate", "--db", db},
		{"serve", "--addr", "127.0.0.1:0", "--db", db},
		{"import", "units", "nothing.csv", "--db", db},
	} {
		err := run(ctx, args, nil, &out, &out)
		var newer *store.NewerSchemaError
		if args[0] == "import" && errors.Is(err, os.ErrNotExist) {
			continue // the file is checked first; nothing was opened
		}
		if !errors.As(err, &newer) || newer.Database != 99 || newer.Release != store.SchemaVersion {
			t.Errorf("run(%q) = %v, want a newer-schema error", args, err)
			continue
		}
		if !strings.Contains(err.Error(), "schema version 99, newer than this release's "+strconv.Itoa(store.SchemaVersion)) || exitCode(err) == 0 {
			t.Errorf("message %q (exit %d) does not say which versions met", err, exitCode(err))
		}
	}
	if got := count(t, raw, "SELECT count(*) FROM sqlite_master"); got != tables {
		t.Errorf("the schema changed on a refused start: %d objects, had %d", got, tables)
	}
}

// TestRestoreFromBackup is the README's restore: the backup file, copied
// into place while the server is stopped, is the whole database.
func TestRestoreFromBackup(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "k.db")
	var out bytes.Buffer
	if err := run(ctx, []string{"migrate", "--create", "--db", db}, nil, &out, &out); err != nil {
		t.Fatal(err)
	}
	csv := filepath.Join(dir, "units.csv")
	if err := os.WriteFile(csv, []byte("code,name,parent_code\nA,Unit A,\nA.1,Unit A1,A\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"import", "units", csv, "--db", db}, nil, &out, &out); err != nil {
		t.Fatalf("import: %v\n%s", err, out.String())
	}
	bak := filepath.Join(dir, "backup.db")
	if err := run(ctx, []string{"backup", bak, "--db", db}, nil, &out, &out); err != nil {
		t.Fatalf("backup: %v", err)
	}

	// Restore: the backup replaces the database (and its -wal/-shm files).
	restored := filepath.Join(dir, "restored", "kinerja.db")
	if err := os.MkdirAll(filepath.Dir(restored), 0o750); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(bak) //nolint:gosec // G304: the test's own file
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(restored, data, 0o600); err != nil { //nolint:gosec // G703: the test's own temporary file
		t.Fatal(err)
	}
	if err := run(ctx, []string{"migrate", "--db", restored}, nil, &out, &out); err != nil {
		t.Fatalf("migrate the restored file: %v", err)
	}
	for _, q := range []string{
		"SELECT count(*) FROM org_units",
		"SELECT count(*) FROM audit_events WHERE action = 'import.units'",
	} {
		if a, b := count(t, rawDB(t, db), q), count(t, rawDB(t, restored), q); a != b || a == 0 {
			t.Errorf("%s: %d in the database, %d restored", q, a, b)
		}
	}
	if n := count(t, rawDB(t, restored), "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"); n != 0 {
		t.Errorf("the restored file fails integrity_check (%d problems)", n)
	}
}

func rawDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=rw")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

func count(t *testing.T, db *sql.DB, q string) int {
	t.Helper()
	var n int
	if err := db.QueryRow(q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// TestDamagedDatabaseIsRefused: a file whose pages fail quick_check is
// refused at start (non-zero exit, nothing written) unless serve is told
// --allow-damaged; a backup still copies it.
func TestDamagedDatabaseIsRefused(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "k.db")
	var out bytes.Buffer
	if err := run(ctx, []string{"migrate", "--create", "--db", db}, nil, &out, &out); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(db)
	if err != nil || fi.Size() < 5*4096 {
		t.Fatalf("database of %v bytes: %v", fi, err)
	}
	f, err := os.OpenFile(db, os.O_RDWR, 0) //nolint:gosec // G304: the test's own file
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt(bytes.Repeat([]byte{0xA5}, 4096), 3*4096); err != nil {
		t.Fatal(err)
	}
	_ = f.Close()

	for _, args := range [][]string{
		{"serve", "--addr", "127.0.0.1:0", "--db", db},
		{"migrate", "--db", db},
		{"user", "create", "--nip", "198609262015051001", "--password-stdin", "--db", db},
	} {
		err := run(ctx, args, strings.NewReader("long-enough-password\n"), &out, &out)
		if !errors.Is(err, store.ErrDamaged) || exitCode(err) == 0 || !strings.Contains(err.Error(), "backup") {
			t.Errorf("run(%q) = %v, want the damaged file refused with the way out", args, err)
		}
	}
	if err := run(ctx, []string{"backup", filepath.Join(t.TempDir(), "copy.db"), "--db", db}, nil, &out, &out); err != nil {
		t.Errorf("backup of a damaged file: %v", err)
	}

	// --allow-damaged starts anyway.
	sctx, stop := context.WithCancel(ctx)
	var sout syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(sctx, []string{"serve", "--allow-damaged", "--addr", "127.0.0.1:0", "--db", db}, nil, &sout, &bytes.Buffer{})
	}()
	for i := 0; i < 200 && !strings.Contains(sout.String(), "listening"); i++ {
		time.Sleep(25 * time.Millisecond)
	}
	stop()
	if !strings.Contains(sout.String(), "listening") {
		t.Errorf("serve --allow-damaged did not start: %q (%v)", sout.String(), <-done)
	}
}
