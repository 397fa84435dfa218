package main

import (
	"bytes"
	"context"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestUserCreateAndServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	ctx := context.Background()
	var out bytes.Buffer

	// Command-line mistakes exit with status 2 and change nothing.
	for _, args := range [][]string{
		{},
		{"frobnicate"},
		{"user", "create", "--nip", "198609262015051001", "--db", db},          // no --password-stdin
		{"user", "create", "--password-stdin", "--db", db},                     // no --nip
		{"user", "create", "--nip", "x", "--password-stdin", "--role", "boss"}, // unknown role
	} {
		err := run(ctx, args, strings.NewReader("long-enough-password\n"), &out, &out)
		if err == nil || exitCode(err) != 2 {
			t.Errorf("run(%q) = %v (exit %d), want a usage error", args, err, exitCode(err))
		}
	}
	if err := run(ctx, []string{"user", "create", "--nip", "198609262015051001", "--password-stdin", "--db", db}, strings.NewReader("short\n"), &out, &out); exitCode(err) != 2 {
		t.Errorf("short password: %v, want a usage error", err)
	}

	out.Reset()
	if err := run(ctx, []string{"migrate", "--create", "--db", db}, nil, &out, &out); err != nil {
		t.Fatalf("migrate --create: %v", err)
	}
	err := run(ctx, []string{"user", "create", "--nip", "198609262015051001", "--name", "Admin", "--password-stdin", "--role", "hr-admin", "--db", db},
		strings.NewReader("long-enough-password\n"), &out, &out)
	if err != nil {
		t.Fatalf("user create: %v", err)
	}
	if !strings.Contains(out.String(), "not linked") {
		t.Errorf("user create printed %q", out.String())
	}

	// serve starts, answers, signs the new account in and stops on cancel.
	sctx, cancel := context.WithCancel(ctx)
	var sout syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(sctx, []string{"serve", "--addr", "127.0.0.1:0", "--db", db}, nil, &sout, &bytes.Buffer{})
	}()
	var url string
	for i := 0; i < 100 && url == ""; i++ {
		time.Sleep(50 * time.Millisecond)
		url = regexp.MustCompile(`http://[0-9.:]+`).FindString(sout.String())
	}
	if url == "" {
		cancel()
		t.Fatalf("serve printed no address: %q (%v)", sout.String(), <-done)
	}
	if code, err := statusOf(http.Get(url + "/healthz")); err != nil || code != http.StatusOK {
		t.Errorf("healthz: %d %v", code, err)
	}
	login := strings.NewReader(`{"nip":"198609262015051001","password":"long-enough-password"}`)
	if code, err := statusOf(http.Post(url+"/auth/login", "application/json", login)); err != nil || code != http.StatusOK {
		t.Errorf("login with the created account: %d %v", code, err)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after cancel = %v, want a clean shutdown", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not shut down")
	}

	// A backup is a working database.
	bak := filepath.Join(t.TempDir(), "backup.db")
	if err := run(ctx, []string{"backup", bak, "--db", db}, nil, &out, &out); err != nil {
		t.Fatalf("backup: %v", err)
	}
	if err := run(ctx, []string{"migrate", "--db", bak}, nil, &out, &out); err != nil {
		t.Errorf("migrate the backup: %v", err)
	}
	if err := run(ctx, []string{"backup", bak, "--db", db}, nil, &out, &out); err == nil {
		t.Error("backup over an existing file succeeded")
	}
}

// statusOf is the status of an answer, whose body it closes.
func statusOf(res *http.Response, err error) (int, error) {
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	return res.StatusCode, nil
}
