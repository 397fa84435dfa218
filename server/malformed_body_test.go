package server_test

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"kinerja/internal/fx"
	"kinerja/internal/viewer"
	"kinerja/server"
)

// TestMalformedGraphQLBodiesAre400 sends objects that are not GraphQL
// requests: each answers 400 with one coded GraphQL error, logs one line
// and no panic, and writes nothing.
func TestMalformedGraphQLBodiesAre400(t *testing.T) {
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
	events := func() int { return f.Client.AuditEvent.Query().CountX(f.Ctx) }
	before := events()
	c := f.Anonymous()
	for _, body := range []string{
		`{"query":`,
		`{"query": 12}`,
		`{"query": "{ viewer { roles } }", "variables": [1, 2]}`,
		`{"query": "{ viewer { roles } }", "variables": "x"}`,
		`{"query": "mutation { createOrgUnit(input: {code: \"A\", name: \"B\"}) { id } }", "variables": ` + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + `}`,
		`{"query": "{ viewer { roles } }", "operationName": 7}`,
		`{"query": "{ viewer { roles } }", "extensions": [1]}`,
	} {
		logs.take()
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Cookie", cookie)
		res := c.Do(req)
		var r fx.Result
		short := body
		if len(short) > 80 {
			short = short[:80] + "…"
		}
		if err := json.Unmarshal(res.Body, &r); err != nil || res.StatusCode != http.StatusBadRequest || len(r.Errors) != 1 || r.Code() == "" || r.Code() == "INTERNAL" {
			t.Errorf("body %q: %d %.300s, want 400 with one coded GraphQL error", short, res.StatusCode, res.Body)
		}
		if log := logs.take(); strings.Contains(log, "panic") || strings.Contains(log, "level=ERROR") || strings.Count(log, "graphql body") != 1 {
			t.Errorf("body %q logged: %.600s", short, log)
		}
	}
	// An object without a query is a GraphQL request that asks nothing:
	// gqlgen's own coded refusal.
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", strings.NewReader(`{}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Cookie", cookie)
	if res := c.Do(req); res.StatusCode/100 != 4 || !strings.Contains(string(res.Body), `"code":"GRAPHQL_VALIDATION_FAILED"`) {
		t.Errorf("{}: %d %s, want a coded refusal", res.StatusCode, res.Body)
	}
	if n := events(); n != before {
		t.Errorf("%d audit events after malformed requests", n-before)
	}
}
