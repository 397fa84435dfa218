package server_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"

	"kinerja/internal/fx"
	"kinerja/internal/viewer"
	"kinerja/server"
)

// syncLog collects log lines from the server's goroutines.
type syncLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *syncLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *syncLog) take() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := l.buf.String()
	l.buf.Reset()
	return s
}

func TestGraphQLBodyMustBeAnObject(t *testing.T) {
	f := fx.New(t)
	nip := f.Account(f.Employee("hr"), viewer.HRAdmin)
	logs := &syncLog{}
	srv := serverWith(t, f, server.Options{Logger: slog.New(slog.NewTextHandler(logs, nil))})
	c := f.Anonymous()
	// Sign in on this server (the fixture's client knows only its URL).
	res := loginVia(t, srv.URL, nip, fx.Password, nil)
	var cookie string
	for _, ck := range res.Cookies() {
		if ck.Name == server.SessionCookie {
			cookie = ck.Name + "=" + ck.Value
		}
	}
	if cookie == "" {
		t.Fatal("no session")
	}
	for _, body := range []string{
		`[{"query":"{viewer{account{id}}}"}]`,
		"  \n\t[ ]",
		`"{viewer{account{id}}}"`,
		`123`,
		`null`,
		`true`,
		``,
		"   ",
		`query={viewer{account{id}}}`,
	} {
		logs.take()
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Cookie", cookie)
		res := c.Do(req)
		var r fx.Result
		if err := json.Unmarshal(res.Body, &r); err != nil || res.StatusCode != http.StatusBadRequest || r.Code() != "INVALID_INPUT" || r.Errors[0].Message == "" || r.Data != nil {
			t.Errorf("body %q: %d %s, want 400 with one INVALID_INPUT GraphQL error", body, res.StatusCode, res.Body)
		}
		log := logs.take()
		if n := strings.Count(log, "graphql body is not a JSON object"); n != 1 || strings.Contains(log, "panic") || strings.Contains(log, "internal error") {
			t.Errorf("body %q logged %d refusals: %s", body, n, log)
		}
	}
	// An object, even after white space, goes through.
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", strings.NewReader("\r\n  {\"query\":\"{ viewer { roles } }\"}"))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Cookie", cookie)
	if res := c.Do(req); res.StatusCode != http.StatusOK || !strings.Contains(string(res.Body), "HR_ADMIN") {
		t.Errorf("an object after white space: %d %s", res.StatusCode, res.Body)
	}
	// White space past the body limit is still too large.
	req, _ = http.NewRequest(http.MethodPost, srv.URL+"/graphql", strings.NewReader(strings.Repeat(" ", 2<<20)+"{}"))
	req.ContentLength = -1 // streamed: the limit is met while peeking
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Cookie", cookie)
	if res := c.Do(req); res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("2 MiB of white space: %d, want 413", res.StatusCode)
	}
}
