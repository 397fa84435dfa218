package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// TestStopDrainsRequestsInFlight: a stop (SIGTERM cancels run's context)
// under load lets every accepted request finish — no 5xx, no 401, no
// "database is closed" — returns cleanly (exit 0), keeps every
// acknowledged write with its audit event, and leaves the WAL empty.
func TestStopDrainsRequestsInFlight(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "k.db")
	var out bytes.Buffer
	if err := run(ctx, []string{"migrate", "--create", "--db", db}, nil, &out, &out); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"user", "create", "--nip", "198503152010012001", "--name", "HR", "--password-stdin", "--role", "hr-admin", "--db", db},
		strings.NewReader("long-enough-password\n"), &out, &out); err != nil {
		t.Fatal(err)
	}

	sctx, stop := context.WithCancel(ctx)
	defer stop()
	var sout syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(sctx, []string{"serve", "--addr", "127.0.0.1:0", "--db", db}, nil, &sout, &bytes.Buffer{})
	}()
	var base string
	for i := 0; i < 200 && base == ""; i++ {
		time.Sleep(25 * time.Millisecond)
		base = regexp.MustCompile(`http://[0-9.:]+`).FindString(sout.String())
	}
	if base == "" {
		t.Fatalf("serve printed no address: %q", sout.String())
	}
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	client := &http.Client{Jar: jar, Timeout: 60 * time.Second}
	res, err := client.Post(base+"/auth/login", "application/json", strings.NewReader(`{"nip":"198503152010012001","password":"long-enough-password"}`))
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("login: %v %v", res, err)
	}
	_ = res.Body.Close()

	// 16 clients, one write in ten, until the server stops answering.
	load := startLoad(client, base, "S")
	load.waitAnswered(200)
	stop()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after a stop under load = %v, want a clean exit", err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("serve did not stop")
	}
	bad, acked := load.finish()
	if len(bad) > 0 {
		t.Errorf("%d answers during the stop were errors, e.g. %s", len(bad), bad[0])
	}
	if len(acked) == 0 {
		t.Fatal("no write was acknowledged")
	}
	t.Logf("%d answered, %d refused after the stop, %d writes acknowledged", load.answered.Load(), load.refused.Load(), len(acked))

	if fi, err := os.Stat(db + "-wal"); err == nil && fi.Size() != 0 {
		t.Errorf("the WAL holds %d bytes after a clean stop, want 0", fi.Size())
	}
	raw := rawDB(t, db)
	for _, code := range acked {
		var units, events int
		if err := raw.QueryRow("SELECT count(*) FROM org_units WHERE code = ?", code).Scan(&units); err != nil {
			t.Fatal(err)
		}
		if err := raw.QueryRow("SELECT count(*) FROM audit_events a JOIN org_units u ON a.entity_id = u.id AND a.entity_type = 'OrgUnit' WHERE u.code = ?", code).Scan(&events); err != nil {
			t.Fatal(err)
		}
		if units != 1 || events < 1 {
			t.Errorf("acknowledged unit %s: %d rows, %d audit events", code, units, events)
		}
	}
}

// TestSIGTERMDrainsRequestsInFlight is the same stop as a service manager
// sends it: SIGTERM to a real server process under load. Every answer is a
// success, the process exits 0, every acknowledged write is on disk and
// the WAL is empty.
func TestSIGTERMDrainsRequestsInFlight(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "k.db")
	var out bytes.Buffer
	if err := run(ctx, []string{"migrate", "--create", "--db", db}, nil, &out, &out); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"user", "create", "--nip", "198503152010012001", "--name", "HR", "--password-stdin", "--role", "hr-admin", "--db", db},
		strings.NewReader("long-enough-password\n"), &out, &out); err != nil {
		t.Fatal(err)
	}
	cmd, base, stderr := startChild(t, db)
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, Timeout: 60 * time.Second}
	res, err := client.Post(base+"/auth/login", "application/json", strings.NewReader(`{"nip":"198503152010012001","password":"long-enough-password"}`))
	if err != nil || res.StatusCode != http.StatusOK {
		_ = cmd.Process.Kill()
		t.Fatalf("login: %v %v", res, err)
	}
	_ = res.Body.Close()

	load := startLoad(client, base, "T")
	load.waitAnswered(300)
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	exit := make(chan error, 1)
	go func() { exit <- cmd.Wait() }()
	select {
	case err := <-exit:
		if err != nil {
			t.Errorf("the server exited with %v after SIGTERM, want 0: %s", err, stderr.String())
		}
	case <-time.After(60 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("the server did not stop on SIGTERM")
	}
	bad, acked := load.finish()
	if len(bad) > 0 {
		t.Errorf("%d answers around SIGTERM were errors, e.g. %s", len(bad), bad[0])
	}
	if fi, err := os.Stat(db + "-wal"); err == nil && fi.Size() != 0 {
		t.Errorf("the WAL holds %d bytes after SIGTERM, want 0", fi.Size())
	}
	raw := rawDB(t, db)
	for _, code := range acked {
		if n := count(t, raw, "SELECT count(*) FROM org_units WHERE code = '"+code+"'"); n != 1 {
			t.Errorf("acknowledged unit %s: %d rows", code, n)
		}
	}
	t.Logf("%d answered, %d writes acknowledged before SIGTERM", load.answered.Load(), len(acked))
}

// stopLoad is 16 signed-in clients, one write (a new unit) in ten, running
// until the server stops answering: what a stop must let finish.
type stopLoad struct {
	answered, refused atomic.Int64
	mu                sync.Mutex
	bad, acked        []string
	wg                sync.WaitGroup
}

// startLoad starts the clients; prefix keeps the units' codes apart.
func startLoad(client *http.Client, base, prefix string) *stopLoad {
	l := &stopLoad{}
	for c := range 16 {
		l.wg.Add(1)
		go func() {
			defer l.wg.Done()
			for i := 0; ; i++ {
				body := `{"query":"{ viewer { account { name } } }"}`
				code := ""
				if i%10 == 0 {
					code = fmt.Sprintf("%s%02d%04d", prefix, c, i)
					body = fmt.Sprintf(`{"query":"mutation { createOrgUnit(input: {code: \"%s\", name: \"Unit %s\"}) { id } }"}`, code, code)
				}
				res, err := client.Post(base+"/graphql", "application/json", strings.NewReader(body))
				if err != nil {
					// The listener has closed: the request was never accepted.
					l.refused.Add(1)
					return
				}
				data, _ := io.ReadAll(res.Body)
				_ = res.Body.Close()
				l.answered.Add(1)
				var reply struct {
					Errors []json.RawMessage `json:"errors"`
				}
				_ = json.Unmarshal(data, &reply)
				l.mu.Lock()
				switch {
				case res.StatusCode != http.StatusOK || len(reply.Errors) > 0 || bytes.Contains(data, []byte("closed")):
					l.bad = append(l.bad, fmt.Sprintf("%d %s", res.StatusCode, data))
				case code != "":
					l.acked = append(l.acked, code)
				}
				l.mu.Unlock()
			}
		}()
	}
	return l
}

// waitAnswered waits until n requests have been answered.
func (l *stopLoad) waitAnswered(n int64) {
	for l.answered.Load() < n {
		time.Sleep(5 * time.Millisecond)
	}
}

// finish waits for every client to stop and returns the answers that were
// errors and the codes of the acknowledged units.
func (l *stopLoad) finish() (bad, acked []string) {
	l.wg.Wait()
	return l.bad, l.acked
}
