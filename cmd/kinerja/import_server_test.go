package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/cookiejar"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"kinerja/internal/importer"
)

// TestImportThroughTheServer: `import --server` sends the file to the
// running server's import with an API token; problems print with their
// lines and nothing is written, a good file imports, and a missing token
// is a usage error.
func TestImportThroughTheServer(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
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
	var sout syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(sctx, []string{"serve", "--addr", "127.0.0.1:0", "--db", db}, nil, &sout, &bytes.Buffer{})
	}()
	defer func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
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
	res, err = client.Post(base+"/graphql", "application/json", strings.NewReader(`{"query":"mutation { createAPIToken(name: \"impor\", scopes: [WRITE]) { token } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	var tok struct {
		Data struct {
			CreateAPIToken struct{ Token string } `json:"createAPIToken"`
		} `json:"data"`
	}
	_ = json.NewDecoder(res.Body).Decode(&tok)
	_ = res.Body.Close()
	if tok.Data.CreateAPIToken.Token == "" {
		t.Fatal("no token")
	}

	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bad := write("bad.csv", "code,name,parent_code\nA,Unit A,NOWHERE\nB,,\n")
	good := write("good.csv", "code,name,parent_code\nA,Unit A,\nA.1,Unit A1,A\n")

	if err := run(ctx, []string{"import", "units", good, "--server", base}, nil, &out, &out); exitCode(err) != 2 {
		t.Errorf("without a token: %v (exit %d), want a usage error", err, exitCode(err))
	}
	t.Setenv("KINERJA_TOKEN", tok.Data.CreateAPIToken.Token)
	out.Reset()
	err = run(ctx, []string{"import", "units", bad, "--server", base}, nil, &out, &out)
	if exitCode(err) != 1 || !strings.Contains(err.Error(), importer.ErrInvalid.Error()) ||
		!strings.Contains(out.String(), "line 2: parent_code:") || !strings.Contains(out.String(), "line 3: name:") {
		t.Errorf("bad file: %v\n%s", err, out.String())
	}
	out.Reset()
	if err := run(ctx, []string{"import", "units", good, "--server", base}, nil, &out, &out); err != nil || !strings.Contains(out.String(), "imported units: 2 created") {
		t.Errorf("good file: %v\n%s", err, out.String())
	}
	out.Reset()
	if err := run(ctx, []string{"import", "units", good, "--dry-run", "--server", base}, nil, &out, &out); err != nil || !strings.Contains(out.String(), "2 unchanged") {
		t.Errorf("dry run again: %v\n%s", err, out.String())
	}
}
