package server_test

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"kinerja/internal/fx"
	"kinerja/internal/viewer"
	"kinerja/server"
)

// seriesOf returns the sample lines of the metric families with the prefix.
func seriesOf(body, prefix string) []string {
	var out []string
	for line := range strings.SplitSeq(body, "\n") {
		if strings.HasPrefix(line, prefix) {
			out = append(out, line)
		}
	}
	return out
}

func TestMetricsSeriesStayBounded(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	anon := f.Anonymous()
	odd := func(method, path string) {
		req, _ := http.NewRequest(method, f.Server.URL+path, http.NoBody)
		anon.Do(req)
	}
	madeUp := func() {
		b := make([]byte, 8)
		_, _ = rand.Read(b)
		p := "/auth/" + hex.EncodeToString(b)
		anon.Get(p)
		anon.Post(p, map[string]string{"nip": "x"})
		anon.Get(p + "/deeper.php")
		odd("PROPFIND", p)
	}
	// One of each kind first, so that their series exist.
	hr.Query(`{ viewer { roles } }`, nil)
	madeUp()
	hr.Get("/metrics")
	res := hr.Get("/metrics")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("metrics: %d", res.StatusCode)
	}
	body := string(res.Body)
	for _, want := range []string{
		`kinerja_http_requests_total{method="POST",route="/graphql",status="2xx"}`,
		`kinerja_http_requests_total{method="POST",route="/auth/login",status="2xx"}`,
		`kinerja_http_requests_total{method="GET",route="/metrics",status="2xx"}`,
		`kinerja_http_requests_total{method="GET",route="spa",status="2xx"}`,
		`kinerja_http_requests_total{method="GET",route="spa",status="4xx"}`,
		`kinerja_http_requests_total{method="POST",route="spa",status="4xx"}`,
		`kinerja_http_requests_total{method="OTHER",route="spa",status="4xx"}`,
		`kinerja_http_request_duration_seconds_bucket{method="POST",route="/graphql",status="2xx",le="0.1"}`,
		"kinerja_sql_statements_total ",
		"kinerja_password_hash_slots ",
		"go_goroutines ",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	before := seriesOf(body, "kinerja_http_")

	// Fifty made-up paths under /auth/, anonymous, by GET, POST and odd
	// methods, add no series.
	for range 50 {
		madeUp()
	}
	odd("BREW", "/auth/coffee")
	after := seriesOf(string(hr.Get("/metrics").Body), "kinerja_http_")
	if len(after) != len(before) {
		t.Errorf("series went from %d to %d after 50 made-up paths, want unchanged", len(before), len(after))
	}
	for _, line := range after {
		if strings.Contains(line, "/auth/") && !strings.Contains(line, `route="/auth/login"`) {
			t.Errorf("a made-up path became a label: %s", line)
		}
		if strings.Contains(line, "PROPFIND") || strings.Contains(line, "BREW") {
			t.Errorf("a made-up method became a label: %s", line)
		}
	}
}

// scrape sends GET /metrics straight to the handler, from the address of
// httptest.NewRequest (192.0.2.1) unless remote is set.
func scrape(h http.Handler, remote string, headers map[string]string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, "/metrics", http.NoBody)
	if remote != "" {
		req.RemoteAddr = remote
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func errorCode(t *testing.T, body []byte) string {
	t.Helper()
	var r struct {
		Errors []struct {
			Message    string
			Extensions struct{ Code string }
		}
	}
	if err := json.Unmarshal(body, &r); err != nil || len(r.Errors) != 1 || r.Errors[0].Message == "" {
		t.Errorf("body %s is not one GraphQL error", body)
		return ""
	}
	return r.Errors[0].Extensions.Code
}

func TestMetricsAccess(t *testing.T) {
	f := fx.New(t)
	hrNIP := f.Account(f.Employee("hr"), viewer.HRAdmin)
	staffNIP := f.Account(f.Employee("staff"))
	audNIP := f.Account(f.Employee("auditor"), viewer.Auditor)
	hr, staff, aud := f.Login(hrNIP), f.Login(staffNIP), f.Login(audNIP)
	hrToken, staffToken := hr.Token("READ"), staff.Token("READ")
	cookieOf := func(c *fx.Client) string {
		u, _ := http.NewRequest(http.MethodGet, f.Server.URL, http.NoBody)
		for _, ck := range c.HTTP.Jar.Cookies(u.URL) {
			if ck.Name == server.SessionCookie {
				return ck.Name + "=" + ck.Value
			}
		}
		t.Fatal("no session cookie")
		return ""
	}
	allow, _ := server.ParsePrefixes("198.51.100.0/24")
	h := server.New(server.Options{Store: f.Store, Frontend: fstest.MapFS{}, MetricsToken: "scrape-me-7f3a9c", MetricsAllow: allow})

	tests := []struct {
		name    string
		remote  string
		headers map[string]string
		status  int
	}{
		{"anonymous", "", nil, http.StatusUnauthorized},
		{"anonymous IPv6", "[2001:db8::1]:5000", nil, http.StatusUnauthorized},
		{"HR admin session", "", map[string]string{"Cookie": cookieOf(hr)}, http.StatusOK},
		{"HR admin READ token", "", map[string]string{"Authorization": "Bearer " + hrToken.Bearer}, http.StatusOK},
		{"staff session", "", map[string]string{"Cookie": cookieOf(staff)}, http.StatusForbidden},
		{"auditor session", "", map[string]string{"Cookie": cookieOf(aud)}, http.StatusForbidden},
		{"staff token", "", map[string]string{"Authorization": "Bearer " + staffToken.Bearer}, http.StatusForbidden},
		{"metrics token", "", map[string]string{"Authorization": "Bearer scrape-me-7f3a9c"}, http.StatusOK},
		{"wrong metrics token", "", map[string]string{"Authorization": "Bearer scrape-me-7f3a9d"}, http.StatusUnauthorized},
		{"metrics token prefix", "", map[string]string{"Authorization": "Bearer scrape-me"}, http.StatusUnauthorized},
		{"allowed scrape address", "198.51.100.20:9100", nil, http.StatusOK},
		{"loopback", "127.0.0.1:5555", nil, http.StatusOK},
		{"loopback IPv6", "[::1]:5555", nil, http.StatusOK},
		// A local reverse proxy that is not a trusted proxy relays the
		// world: its requests do not count as loopback.
		{"relayed by an untrusted local proxy", "127.0.0.1:5555", map[string]string{"X-Forwarded-For": "203.0.113.5"}, http.StatusUnauthorized},
		{"claims an allowed address", "", map[string]string{"X-Forwarded-For": "198.51.100.20"}, http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := scrape(h, tt.remote, tt.headers)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %.200s", rec.Code, tt.status, rec.Body)
			}
			switch tt.status {
			case http.StatusOK:
				if !strings.Contains(rec.Body.String(), "kinerja_sql_statements_total") {
					t.Errorf("no metrics in %.200s", rec.Body)
				}
			case http.StatusUnauthorized:
				// An unknown bearer token is refused before routing, in
				// the sign-in error shape; the rest in the GraphQL one.
				if !strings.Contains(rec.Body.String(), `"code":"UNAUTHENTICATED"`) {
					t.Errorf("body %s, want UNAUTHENTICATED", rec.Body)
				}
				if tt.headers["Authorization"] == "" {
					errorCode(t, rec.Body.Bytes())
				}
			case http.StatusForbidden:
				if c := errorCode(t, rec.Body.Bytes()); c != "FORBIDDEN" {
					t.Errorf("code %q, want FORBIDDEN", c)
				}
			}
		})
	}
	// The metrics token opens /metrics only.
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ viewer { roles } }"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer scrape-me-7f3a9c")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusUnauthorized {
		t.Errorf("the metrics token on /graphql: %d, want 401", rec.Code)
	}
}

// TestMetricsOverRealConnections covers the addresses of real peers: the
// fixture's server is reached from 127.0.0.1 (a local scraper), and a
// server behind a trusted proxy sees the forwarded client instead.
func TestMetricsOverRealConnections(t *testing.T) {
	f := fx.New(t)
	get := func(url string, headers map[string]string) (int, string) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodGet, url+"/metrics", http.NoBody)
		for k, v := range headers {
			req.Header.Set(k, v)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	if code, body := get(f.Server.URL, nil); code != http.StatusOK || !strings.Contains(body, "kinerja_sql_statements_total") {
		t.Errorf("from 127.0.0.1: %d %.100s, want 200", code, body)
	}
	if code, _ := get(f.Server.URL, map[string]string{"X-Forwarded-For": "203.0.113.1"}); code != http.StatusUnauthorized {
		t.Errorf("relayed through an untrusted loopback peer: %d, want 401", code)
	}

	proxies, _ := server.ParsePrefixes("127.0.0.0/8")
	allow, _ := server.ParsePrefixes("198.51.100.0/24")
	srv := serverWith(t, f, server.Options{TrustedProxies: proxies, MetricsAllow: allow, MetricsToken: "scrape-me-7f3a9c"})
	for _, tt := range []struct {
		name    string
		headers map[string]string
		status  int
	}{
		{"the proxy itself", nil, http.StatusOK},
		{"a client behind the proxy", map[string]string{"X-Forwarded-For": "203.0.113.1"}, http.StatusUnauthorized},
		{"a scraper behind the proxy", map[string]string{"X-Forwarded-For": "198.51.100.9"}, http.StatusOK},
		{"a client claiming the scraper's address", map[string]string{"X-Forwarded-For": "198.51.100.9, 203.0.113.1"}, http.StatusUnauthorized},
		{"a client with the metrics token", map[string]string{"X-Forwarded-For": "203.0.113.1", "Authorization": "Bearer scrape-me-7f3a9c"}, http.StatusOK},
	} {
		if code, body := get(srv.URL, tt.headers); code != tt.status {
			t.Errorf("%s: %d %.100s, want %d", tt.name, code, body, tt.status)
		}
	}
}
