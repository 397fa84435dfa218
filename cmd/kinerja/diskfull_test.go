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
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestDiskFull runs the server on a small file system that fills up: a
// write that finds the disk full answers UNAVAILABLE in safe words (never
// the driver's text), the server stays up, writes work again once space is
// freed, and every acknowledged write is there. It needs to mount a tmpfs
// (root on Linux) and says so when it cannot.
func TestDiskFull(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "small")
	if err := os.Mkdir(dir, 0o750); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", dir).CombinedOutput(); err != nil { //nolint:gosec // G204: the test's own temporary directory
		t.Skipf("cannot mount a small file system here (%v: %s); the disk-full case is not tried", err, bytes.TrimSpace(out))
	}
	t.Cleanup(func() { _ = exec.Command("umount", "-l", dir).Run() }) //nolint:gosec // G204: the same directory

	ctx := context.Background()
	db := filepath.Join(dir, "k.db")
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
		done <- run(sctx, []string{"serve", "--addr", "127.0.0.1:0", "--db", db}, nil, &sout, io.Discard)
	}()
	var base string
	for i := 0; i < 200 && base == ""; i++ {
		time.Sleep(25 * time.Millisecond)
		base = regexp.MustCompile(`http://[0-9.:]+`).FindString(sout.String())
	}
	if base == "" {
		t.Fatalf("serve did not start: %q", sout.String())
	}
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, Timeout: 30 * time.Second}
	res, err := client.Post(base+"/auth/login", "application/json", strings.NewReader(`{"nip":"198503152010012001","password":"long-enough-password"}`))
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("login: %v %v", res, err)
	}
	_ = res.Body.Close()

	// Fill the disk, leaving little room.
	filler := filepath.Join(dir, "filler")
	fill, err := os.Create(filler) //nolint:gosec // G304: the test's own file
	if err != nil {
		t.Fatal(err)
	}
	_, _ = fill.Write(bytes.Repeat([]byte{1}, 8<<20)) // stops at the limit
	_ = fill.Close()
	_ = os.Truncate(filler, mustSize(t, filler)-64<<10)

	write := func(i int) (ok bool, body string) {
		code := fmt.Sprintf("DF%05d", i)
		q := fmt.Sprintf(`{"query":"mutation { createOrgUnit(input: {code: \"%s\", name: \"%s\"}) { code } }"}`, code, strings.Repeat("n", 190))
		req, _ := http.NewRequest(http.MethodPost, base+"/graphql", strings.NewReader(q))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept-Language", "en")
		res, err := client.Do(req)
		if err != nil {
			t.Fatalf("write %d: %v", i, err)
		}
		data, _ := io.ReadAll(res.Body)
		_ = res.Body.Close()
		var reply struct {
			Data struct {
				CreateOrgUnit struct{ Code string } `json:"createOrgUnit"`
			} `json:"data"`
		}
		_ = json.Unmarshal(data, &reply)
		return reply.Data.CreateOrgUnit.Code == code, string(data)
	}
	var acked []string
	full := ""
	for i := 0; i < 5000 && full == ""; i++ {
		if ok, body := write(i); ok {
			acked = append(acked, fmt.Sprintf("DF%05d", i))
		} else {
			full = body
		}
	}
	if full == "" {
		t.Fatal("the disk never filled")
	}
	if !strings.Contains(full, `"code":"UNAVAILABLE"`) || strings.Contains(full, "disk is full") || strings.Contains(full, "database or disk") {
		t.Errorf("a write on a full disk answered %s, want UNAVAILABLE in safe words", full)
	}
	if res, err := http.Get(base + "/healthz"); err != nil {
		t.Errorf("the server went away: %v", err)
	} else {
		_ = res.Body.Close()
	}

	// Space again: writes work.
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	if ok, body := write(9999); !ok {
		t.Errorf("a write after space was freed: %s", body)
	} else {
		acked = append(acked, "DF09999")
	}
	stop()
	if err := <-done; err != nil {
		t.Errorf("serve after a full disk: %v", err)
	}
	raw := rawDB(t, db)
	for _, code := range acked {
		if n := count(t, raw, "SELECT count(*) FROM org_units WHERE code = '"+code+"'"); n != 1 {
			t.Errorf("acknowledged unit %s: %d rows", code, n)
		}
	}
	t.Logf("%d writes acknowledged before and after the disk filled; the refusal: %.200s", len(acked), full)
}

func mustSize(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}
