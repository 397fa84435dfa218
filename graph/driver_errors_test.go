package graph

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"kinerja/internal/apperr"
	"kinerja/internal/authz"
	"kinerja/internal/store"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// TestConflictKeepsItsFieldOnBothDatabases: a duplicate unit code is a
// CONFLICT on "code", a second period of a year one on "year", whether SQLite or PostgreSQL refused it — read from
// the driver's error type and code, not its English text. PostgreSQL is
// tried when it answers on 127.0.0.1:5432 (KINERJA_TEST_POSTGRES names
// another server).
func TestConflictKeepsItsFieldOnBothDatabases(t *testing.T) {
	dsns := map[string]string{"sqlite": filepath.Join(t.TempDir(), "k.db")}
	if pg := postgresForTest(t); pg != "" {
		dsns["postgres"] = pg
	} else {
		t.Log("PostgreSQL does not answer; only SQLite is tried")
	}
	for name, dsn := range dsns {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			st, err := store.Open(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if err := st.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			sys := authz.System(ctx)
			if _, err := st.Client.OrgUnit.Create().SetCode("DUP").SetName("Satu").Save(sys); err != nil {
				t.Fatal(err)
			}
			_, err = st.Client.OrgUnit.Create().SetCode("DUP").SetName("Dua").Save(sys)
			if err == nil {
				t.Fatal("a duplicate code was stored")
			}
			e := classify(ctx, err)
			if e == nil || e.Code != apperr.Conflict || e.Field != "code" {
				t.Errorf("duplicate code (%v) classified as %+v, want CONFLICT on code", err, e)
			}
			// One period per year, by a unique index that replaced a plain one.
			period := func(name string) error {
				return st.Client.Period.Create().SetName(name).SetYear(2031).
					SetStartsOn(time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)).SetEndsOn(time.Date(2031, 12, 31, 0, 0, 0, 0, time.UTC)).
					Exec(sys)
			}
			if err := period("Satu"); err != nil {
				t.Fatal(err)
			}
			err = period("Dua")
			if e := classify(ctx, err); e == nil || e.Code != apperr.Conflict || e.Field != "year" {
				t.Errorf("second period of a year (%v) classified as %+v, want CONFLICT on year", err, e)
			}
		})
	}
}

// postgresForTest creates a fresh database on the test server and returns
// its URL, or "" when no server answers.
func postgresForTest(t *testing.T) string {
	t.Helper()
	admin := "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	if v := os.Getenv("KINERJA_TEST_POSTGRES"); v != "" {
		admin = v
	}
	db, err := sql.Open("pgx", admin)
	if err != nil {
		return ""
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if db.PingContext(ctx) != nil {
		return ""
	}
	name := fmt.Sprintf("kinerja_test_%d", time.Now().UnixNano())
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		t.Logf("cannot create a test database: %v", err)
		return ""
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", admin)
		if err == nil {
			_, _ = db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
			_ = db.Close()
		}
	})
	return "postgres://postgres@127.0.0.1:5432/" + name + "?sslmode=disable"
}
