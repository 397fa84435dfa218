package server_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"kinerja/ent/session"
	"kinerja/internal/fx"
	"kinerja/server"
)

// loginAnswer is a sign-in's answer; its body has been read and closed.
type loginAnswer struct {
	StatusCode int
	Header     http.Header
}

// Cookies are the cookies the answer sets.
func (s loginAnswer) Cookies() []*http.Cookie {
	return (&http.Response{Header: s.Header}).Cookies()
}

// loginVia signs nip in at url with extra headers and returns the answer.
func loginVia(t *testing.T, url, nip, password string, headers map[string]string) loginAnswer {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url+"/auth/login", strings.NewReader(`{"nip":"`+nip+`","password":"`+password+`"}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if _, err := io.Copy(io.Discard, res.Body); err != nil {
		t.Fatal(err)
	}
	return loginAnswer{StatusCode: res.StatusCode, Header: res.Header}
}

// lastSessionIP is the address recorded with the newest session.
func lastSessionIP(t *testing.T, f *fx.Fixture) string {
	t.Helper()
	s, err := f.Client.Session.Query().Order(session.ByID()).All(f.Ctx)
	if err != nil || len(s) == 0 {
		t.Fatalf("sessions: %v %d", err, len(s))
	}
	return s[len(s)-1].IP
}

func TestForwardedHeadersFromAnyClientAreIgnored(t *testing.T) {
	f := fx.New(t) // no trusted proxies
	nip := f.Account(f.Employee("pegawai"))
	res := loginVia(t, f.Server.URL, nip, fx.Password, map[string]string{
		"X-Forwarded-Proto": "https",
		"X-Forwarded-For":   "203.0.113.50",
	})
	if res.StatusCode != http.StatusOK {
		t.Fatalf("login: %d", res.StatusCode)
	}
	if ck := res.Header.Get("Set-Cookie"); strings.Contains(ck, "Secure") {
		t.Errorf("a client's X-Forwarded-Proto made the cookie Secure: %q", ck)
	}
	if h := res.Header.Get("Strict-Transport-Security"); h != "" {
		t.Errorf("a client's X-Forwarded-Proto switched on HSTS: %q", h)
	}
	if ip := lastSessionIP(t, f); ip != "127.0.0.1" {
		t.Errorf("session address = %q, want the peer 127.0.0.1", ip)
	}

	// A spoofed X-Forwarded-For does not move the per-address limit: twenty
	// failures under twenty made-up addresses still block the real one.
	for i := range 20 {
		res := loginVia(t, f.Server.URL, fx.NIP(100+i), "wrong-password", map[string]string{"X-Forwarded-For": fmt.Sprintf("203.0.113.%d", i+1)})
		if res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("failure %d: %d", i, res.StatusCode)
		}
	}
	res = loginVia(t, f.Server.URL, nip, fx.Password, map[string]string{"X-Forwarded-For": "198.51.100.99"})
	if res.StatusCode != http.StatusTooManyRequests {
		t.Errorf("after 20 failures from one peer under spoofed addresses: %d, want 429", res.StatusCode)
	}
}

func TestForwardedHeadersFromATrustedProxy(t *testing.T) {
	f := fx.New(t)
	nip := f.Account(f.Employee("pegawai"))
	proxies, err := server.ParsePrefixes("127.0.0.0/8, ::1, 10.0.0.0/8")
	if err != nil {
		t.Fatal(err)
	}
	srv := serverWith(t, f, server.Options{TrustedProxies: proxies})

	res := loginVia(t, srv.URL, nip, fx.Password, map[string]string{"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.7"})
	if res.StatusCode != http.StatusOK {
		t.Fatalf("login: %d", res.StatusCode)
	}
	if ck := res.Header.Get("Set-Cookie"); !strings.Contains(ck, "Secure") {
		t.Errorf("cookie behind a TLS proxy lacks Secure: %q", ck)
	}
	if res.Header.Get("Strict-Transport-Security") == "" {
		t.Error("no HSTS behind a TLS proxy")
	}
	if res := loginVia(t, srv.URL, nip, fx.Password, map[string]string{"X-Forwarded-Proto": "http"}); strings.Contains(res.Header.Get("Set-Cookie"), "Secure") {
		t.Error("Secure cookie when the proxy says plain http")
	}

	// The client is the right-most address that is not a trusted proxy.
	for _, tt := range []struct{ xff, want string }{
		{"203.0.113.7", "203.0.113.7"},
		{"198.51.100.1, 203.0.113.8", "203.0.113.8"},               // the left one is the client's own claim
		{"203.0.113.9, 10.1.2.3", "203.0.113.9"},                   // through a second, trusted proxy
		{"not-an-address, 10.1.2.3", "10.1.2.3"},                   // garbage: the last hop vouched for
		{"", "127.0.0.1"},                                          // no header: the proxy itself
		{"2001:db8::5", "2001:db8::5"},                             // IPv6 client
		{"::ffff:203.0.113.10", "203.0.113.10"},                    // mapped IPv4
		{"192.0.2.200,  198.51.100.77 ", "198.51.100.77"},          // spacing
		{"203.0.113.11, 198.51.100.12, 10.9.9.9", "198.51.100.12"}, // several hops
	} {
		h := map[string]string{}
		if tt.xff != "" {
			h["X-Forwarded-For"] = tt.xff
		}
		if res := loginVia(t, srv.URL, nip, fx.Password, h); res.StatusCode != http.StatusOK {
			t.Fatalf("login with X-Forwarded-For %q: %d", tt.xff, res.StatusCode)
		}
		if got := lastSessionIP(t, f); got != tt.want {
			t.Errorf("X-Forwarded-For %q: client %q, want %q", tt.xff, got, tt.want)
		}
	}

	// The per-address limit follows the forwarded client: one blocked
	// address does not block the others behind the same proxy.
	for i := range 20 {
		loginVia(t, srv.URL, fx.NIP(200+i), "wrong-password", map[string]string{"X-Forwarded-For": "203.0.113.66"})
	}
	if res := loginVia(t, srv.URL, nip, fx.Password, map[string]string{"X-Forwarded-For": "203.0.113.66"}); res.StatusCode != http.StatusTooManyRequests {
		t.Errorf("the blocked client: %d, want 429", res.StatusCode)
	}
	if res := loginVia(t, srv.URL, nip, fx.Password, map[string]string{"X-Forwarded-For": "203.0.113.67"}); res.StatusCode != http.StatusOK {
		t.Errorf("another client behind the same proxy: %d, want 200", res.StatusCode)
	}
	// The client's own claim left of the real address does not help it.
	if res := loginVia(t, srv.URL, nip, fx.Password, map[string]string{"X-Forwarded-For": "198.51.100.1, 203.0.113.66"}); res.StatusCode != http.StatusTooManyRequests {
		t.Errorf("the blocked client with a made-up address in front: %d, want 429", res.StatusCode)
	}
}

func TestForwardedProtoFromAnUntrustedPeerWithTrustedList(t *testing.T) {
	f := fx.New(t)
	// A proxy list that does not include this peer (192.0.2.1, httptest's
	// default remote address): its headers are ignored.
	proxies, _ := server.ParsePrefixes("10.0.0.0/8")
	h := server.New(server.Options{Store: f.Store, Frontend: fstest.MapFS{}, TrustedProxies: proxies})
	req := httptest.NewRequest(http.MethodGet, "/healthz", http.NoBody)
	req.Header.Set("X-Forwarded-Proto", "https")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || rec.Header().Get("Strict-Transport-Security") != "" {
		t.Errorf("untrusted peer's X-Forwarded-Proto: %d, HSTS %q", rec.Code, rec.Header().Get("Strict-Transport-Security"))
	}
	req.RemoteAddr = "10.0.0.2:4321"
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Header().Get("Strict-Transport-Security") == "" {
		t.Error("trusted peer's X-Forwarded-Proto: no HSTS")
	}
}

func TestParsePrefixes(t *testing.T) {
	ps, err := server.ParsePrefixes(" 10.0.0.0/8,192.168.1.10 , ::1,, 2001:db8::/32")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.String())
	}
	if want := "10.0.0.0/8 192.168.1.10/32 ::1/128 2001:db8::/32"; strings.Join(got, " ") != want {
		t.Errorf("ParsePrefixes = %v, want %s", got, want)
	}
	for _, bad := range []string{"10.0.0.0/33", "proxy.local", "10.0.0/8"} {
		if _, err := server.ParsePrefixes(bad); err == nil {
			t.Errorf("ParsePrefixes(%q) accepted", bad)
		}
	}
	if ps, err := server.ParsePrefixes(""); err != nil || len(ps) != 0 {
		t.Errorf("ParsePrefixes(\"\") = %v, %v, want none", ps, err)
	}
}
