package server_test

import (
	"database/sql"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"kinerja/internal/fx"
	"kinerja/internal/viewer"
	"kinerja/server"
)

// TestLockedDatabaseIsUnavailableNotLocked: while another process holds
// SQLite's write lock, a mutation waits its busy time and then answers
// UNAVAILABLE with safe words in the caller's language; the driver's
// "database is locked" reaches only the log. Nothing is written.
func TestLockedDatabaseIsUnavailableNotLocked(t *testing.T) {
	f := fx.New(t)
	nip := f.Account(f.Employee("hr"), viewer.HRAdmin)
	logs := &syncLog{}
	srv := serverWith(t, f, server.Options{Logger: slog.New(slog.NewTextHandler(logs, nil))})
	res := loginVia(t, srv.URL, nip, fx.Password, nil)
	var cookie string
	for _, ck := range res.Cookies() {
		if ck.Name == server.SessionCookie {
			cookie = ck.Name + "=" + ck.Value
		}
	}

	// Another process: the same file, its own connection, the write lock.
	release := holdWriteLock(t, f)
	units := f.Client.OrgUnit.Query().CountX(f.Ctx)

	logs.take()
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql",
		strings.NewReader(`{"query":"mutation { createOrgUnit(input: {code: \"LOCK\", name: \"Terkunci\"}) { id } }"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept-Language", "en")
	req.Header.Set("Cookie", cookie)
	answer := f.Anonymous().Do(req)
	body := string(answer.Body)
	if !strings.Contains(body, `"code":"UNAVAILABLE"`) || !strings.Contains(body, "the database is busy") || strings.Contains(body, "locked") {
		t.Errorf("answer %d %s, want UNAVAILABLE in safe words", answer.StatusCode, body)
	}
	if log := logs.take(); !strings.Contains(log, "database is locked") {
		t.Errorf("the log does not keep the detail: %s", log)
	}
	release()
	if n := f.Client.OrgUnit.Query().CountX(f.Ctx); n != units {
		t.Errorf("%d units after a refused write, had %d", n, units)
	}
}

// TestHealthSaysNotReadyWhileWritesFail: /healthz answers 503 while a
// write cannot be committed (another process holds the write lock), and
// 200 again once it can.
func TestHealthSaysNotReadyWhileWritesFail(t *testing.T) {
	f := fx.New(t)
	health := func() int { return f.Anonymous().Get("/healthz").StatusCode }
	if code := health(); code != http.StatusOK {
		t.Fatalf("healthz = %d, want 200", code)
	}
	release := holdWriteLock(t, f)
	if code := health(); code != http.StatusServiceUnavailable {
		t.Errorf("healthz while writes fail = %d, want 503", code)
	}
	release()
	if code := health(); code != http.StatusOK {
		t.Errorf("healthz after the lock went = %d, want 200", code)
	}
}

// holdWriteLock takes SQLite's write lock on the fixture's file from a
// connection of its own, as another process would; release gives it back.
func holdWriteLock(t *testing.T, f *fx.Fixture) (release func()) {
	t.Helper()
	rows, err := f.Client.QueryContext(f.Ctx, "PRAGMA database_list")
	if err != nil {
		t.Fatal(err)
	}
	var file string
	for rows.Next() {
		var seq int
		var name, path string
		if err := rows.Scan(&seq, &name, &path); err != nil {
			t.Fatal(err)
		}
		if name == "main" {
			file = path
		}
	}
	_ = rows.Close()
	other, err := sql.Open("sqlite3", "file:"+file+"?_busy_timeout=0")
	if err != nil {
		t.Fatal(err)
	}
	conn, err := other.Conn(f.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(f.Ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	return func() {
		if _, err := conn.ExecContext(f.Ctx, "ROLLBACK"); err != nil {
			t.Fatal(err)
		}
		_ = conn.Close()
		_ = other.Close()
	}
}
