package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestServeDemoListensFirst: on a fresh database `serve --demo` answers on
// its port before the demo is loaded (health says "loading" and sign-in
// asks to wait), says what it does, then opens sign-in to the demo logins.
func TestServeDemoListensFirst(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--demo", "--addr", "127.0.0.1:0", "--db", db}, nil, &out, &bytes.Buffer{})
	}()
	addr := regexp.MustCompile(`http://[0-9.:]+`)
	var url string
	for url == "" {
		select {
		case err := <-done:
			t.Fatalf("serve stopped: %v\n%s", err, out.String())
		case <-time.After(20 * time.Millisecond):
			url = addr.FindString(out.String())
		}
	}
	// The port answers while the demo loads.
	res, err := http.Get(url + "/healthz")
	if err != nil {
		t.Fatalf("healthz while loading: %v", err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode == http.StatusServiceUnavailable {
		if string(body) != "loading" {
			t.Errorf("healthz while loading: %d %q", res.StatusCode, body)
		}
		lr, err := http.Post(url+"/auth/login", "application/json", strings.NewReader(`{"nip":"199204202019032003","password":"kinerja2026"}`))
		if err != nil {
			t.Fatal(err)
		}
		lb, _ := io.ReadAll(lr.Body)
		lr.Body.Close()
		if lr.StatusCode != http.StatusServiceUnavailable && lr.StatusCode != http.StatusOK {
			t.Errorf("sign-in while loading: %d %s", lr.StatusCode, lb)
		}
	} else if res.StatusCode != http.StatusOK {
		t.Errorf("healthz: %d %q", res.StatusCode, body)
	}
	if !strings.Contains(out.String(), "Preparing the demo") {
		t.Errorf("serve does not say it prepares the demo: %q", out.String())
	}
	// Then the demo is ready and its logins work.
	for !strings.Contains(out.String(), "Demo logins") {
		select {
		case err := <-done:
			t.Fatalf("serve stopped: %v\n%s", err, out.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	res, err = http.Get(url + "/healthz")
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("healthz after the demo: %v %v", res, err)
	}
	res.Body.Close()
	lr, err := http.Post(url+"/auth/login", "application/json", strings.NewReader(`{"nip":"199204202019032003","password":"kinerja2026"}`))
	if err != nil || lr.StatusCode != http.StatusOK {
		t.Fatalf("demo login: %v %v", lr, err)
	}
	lr.Body.Close()
	cancel()
	if err := <-done; err != nil {
		t.Errorf("shutdown: %v", err)
	}
}
