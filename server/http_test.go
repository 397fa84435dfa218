package server_test

import (
	"bytes"
	"net/http"
	"strings"
	"testing"

	"kinerja/ent/session"
	"kinerja/internal/fx"
)

func TestLoginLogout(t *testing.T) {
	f := fx.New(t)
	nip := f.Account(f.Employee("Sitti"))
	c := f.Anonymous()

	for _, bad := range []map[string]string{
		{"nip": nip, "password": "wrong-password"},
		{"nip": "199001012015011999", "password": fx.Password}, // no such account
	} {
		res := c.Post("/auth/login", bad)
		if e := res.Error(); res.StatusCode != http.StatusUnauthorized || e.Code() != "UNAUTHENTICATED" || e.Message == "" {
			t.Errorf("login %v: %d %s, want 401 UNAUTHENTICATED", bad, res.StatusCode, res.Body)
		}
		if len(res.Header.Values("Set-Cookie")) != 0 {
			t.Errorf("failed login set a cookie")
		}
	}
	// Both failures read the same: nothing tells whether the NIP exists.
	r1 := c.Post("/auth/login", map[string]string{"nip": nip, "password": "wrong-password"})
	r2 := c.Post("/auth/login", map[string]string{"nip": "199001012015011999", "password": "wrong-password"})
	if !bytes.Equal(r1.Body, r2.Body) {
		t.Errorf("failure bodies differ: %s vs %s", r1.Body, r2.Body)
	}
	if res := c.Post("/auth/login", map[string]string{"nip": nip}); res.StatusCode != http.StatusBadRequest {
		t.Errorf("login without password: %d, want 400", res.StatusCode)
	}

	res := c.Post("/auth/login", map[string]string{"nip": nip, "password": fx.Password})
	if res.StatusCode != http.StatusOK {
		t.Fatalf("login: %d %s", res.StatusCode, res.Body)
	}
	cookie := res.Header.Get("Set-Cookie")
	for _, want := range []string{"kinerja_session=", "HttpOnly", "SameSite=Lax", "Path=/"} {
		if !strings.Contains(cookie, want) {
			t.Errorf("cookie %q lacks %s", cookie, want)
		}
	}
	var tokenHashes []string
	for _, s := range f.Client.Session.Query().Select(session.FieldTokenHash).AllX(f.Ctx) {
		tokenHashes = append(tokenHashes, string(s.TokenHash))
	}
	if len(tokenHashes) != 1 || strings.Contains(cookie, tokenHashes[0]) {
		t.Errorf("sessions = %d, or the stored hash equals the cookie", len(tokenHashes))
	}

	var v struct {
		Viewer struct{ Employee struct{ Name string } }
	}
	c.MustQuery(`{ viewer { employee { name } } }`, nil, &v)
	if v.Viewer.Employee.Name != "Sitti" {
		t.Errorf("viewer = %+v", v)
	}

	// Signing in again rotates: the old session is gone.
	c.Post("/auth/login", map[string]string{"nip": nip, "password": fx.Password})
	if n := f.Client.Session.Query().CountX(f.Ctx); n != 1 {
		t.Errorf("sessions after a second login = %d, want 1 (rotated)", n)
	}

	if res := c.Post("/auth/logout", nil); res.StatusCode != http.StatusOK {
		t.Errorf("logout: %d", res.StatusCode)
	}
	if n := f.Client.Session.Query().CountX(f.Ctx); n != 0 {
		t.Errorf("sessions after logout = %d, want 0", n)
	}
	if r := c.Query(`{ viewer { roles } }`, nil); r.Code() != "UNAUTHENTICATED" {
		t.Errorf("after logout: %+v", r.Errors)
	}
}

func TestDisabledAccountCannotSignIn(t *testing.T) {
	f := fx.New(t)
	nip := f.Account(f.Employee("gone"))
	f.Client.Account.Update().SetDisabled(true).ExecX(f.Ctx)
	if res := f.Anonymous().Post("/auth/login", map[string]string{"nip": nip, "password": fx.Password}); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("disabled account login: %d", res.StatusCode)
	}
}

func TestSPAAndStaticRoutes(t *testing.T) {
	f := fx.New(t)
	c := f.Anonymous()
	tests := []struct {
		path       string
		status     int
		body       string
		cacheValue string
	}{
		{"/", 200, `lang="id"`, "no-cache"},
		{"/pegawai/123", 200, `lang="id"`, "no-cache"}, // a client-side route
		{"/assets/app-1a2b.js", 200, "console.log", "immutable"},
		{"/assets/missing.js", 404, "", ""},
		{"/favicon.ico", 404, "", ""},
		{"/../../etc/passwd", 307, "", ""},        // ServeMux cleans the path first
		{"/assets/..%2f..%2fgo.mod", 404, "", ""}, // never outside the bundle
		{"/graphiql", 200, "GraphiQL", "no-cache"},
		{"/healthz", 200, "ok", "no-store"},
		{"/metrics", 200, "kinerja_http_requests_total", ""}, // from loopback: a local scraper
	}
	for _, tt := range tests {
		res := c.Get(tt.path)
		if res.StatusCode != tt.status || !strings.Contains(string(res.Body), tt.body) {
			t.Errorf("GET %s = %d %.60q, want %d containing %q", tt.path, res.StatusCode, res.Body, tt.status, tt.body)
		}
		if tt.cacheValue != "" && !strings.Contains(res.Header.Get("Cache-Control"), tt.cacheValue) {
			t.Errorf("GET %s Cache-Control = %q, want %s", tt.path, res.Header.Get("Cache-Control"), tt.cacheValue)
		}
		for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"} {
			if res.Header.Get(h) == "" {
				t.Errorf("GET %s lacks %s", tt.path, h)
			}
		}
	}
	if csp := c.Get("/").Header.Get("Content-Security-Policy"); strings.Contains(csp, "script-src 'self' 'unsafe-inline'") || !strings.Contains(csp, "frame-ancestors 'none'") {
		t.Errorf("CSP = %q", csp)
	}
	// Mutations are not accepted over GET.
	hr := f.HRAdmin()
	res := hr.Get(`/graphql?query=` + strings.ReplaceAll(`mutation{createOrgUnit(input:{code:"G",name:"G"}){id}}`, " ", ""))
	if strings.Contains(string(res.Body), `"createOrgUnit":{`) || f.Client.OrgUnit.Query().CountX(f.Ctx) != 1 {
		t.Errorf("GET mutation ran: %s", res.Body)
	}
	if res := hr.Get(`/graphql?query={viewer{roles}}`); res.StatusCode != http.StatusOK || !strings.Contains(string(res.Body), "HR_ADMIN") {
		t.Errorf("GET query: %d %s", res.StatusCode, res.Body)
	}
	if res := hr.Get("/metrics"); res.StatusCode != http.StatusOK || !strings.Contains(string(res.Body), "kinerja_http_requests_total") {
		t.Errorf("metrics: %d %.200s", res.StatusCode, res.Body)
	}
}
