package server_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"kinerja/internal/fx"
	"kinerja/internal/viewer"
)

func TestBearerTokensAreNotCrossSiteChecked(t *testing.T) {
	f := fx.New(t)
	hr := f.Login(f.Account(f.Employee("hr"), viewer.HRAdmin))
	tok := hr.Token("READ", "WRITE")
	staff := f.Login(f.Account(f.Employee("staff")))

	gql := func(c *fx.Client, body string, headers map[string]string) (int, fx.Result) {
		t.Helper()
		res := post(t, f, c, "/graphql", "application/json", body, headers)
		var r fx.Result
		_ = json.Unmarshal(res.Body, &r)
		return res.StatusCode, r
	}
	crossSite := []map[string]string{
		{"Origin": "https://dasbor.pemkot.example"},
		{"Sec-Fetch-Site": "cross-site"},
		{"Origin": "https://dasbor.pemkot.example", "Sec-Fetch-Site": "cross-site"},
	}
	for i, h := range crossSite {
		// A reporting tool in a browser page on another origin, with its token.
		h["Authorization"] = "Bearer " + tok.Bearer
		code, r := gql(f.Anonymous(), `{"query":"mutation { createOrgUnit(input: {code: \"B`+string(rune('0'+i))+`\", name: \"B\"}) { id } }"}`, h)
		if code != http.StatusOK || len(r.Errors) > 0 {
			t.Errorf("token with %v: %d %+v, want the mutation to run", h, code, r.Errors)
		}
		// With a session cookie of another account beside it, the token
		// alone decides who the caller is.
		code, r = gql(staff, `{"query":"{ viewer { roles } }"}`, h)
		if code != http.StatusOK || !strings.Contains(string(r.Data), "HR_ADMIN") {
			t.Errorf("token and cookie with %v: %d %s %+v, want the token's HR admin", h, code, r.Data, r.Errors)
		}
		// The cookie alone, cross-site, is still refused.
		delete(h, "Authorization")
		if code, _ := gql(staff, `{"query":"{ viewer { roles } }"}`, h); code != http.StatusForbidden {
			t.Errorf("cookie alone with %v: %d, want 403", h, code)
		}
	}
	if n := f.Client.OrgUnit.Query().CountX(f.Ctx); n != len(crossSite)+1 {
		t.Errorf("%d units, want %d", n, len(crossSite)+1)
	}
	// Signing out with a token leaves the cookie's session alone.
	before := f.Client.Session.Query().CountX(f.Ctx)
	res := post(t, f, staff, "/auth/logout", "application/json", "", map[string]string{"Authorization": "Bearer " + tok.Bearer, "Sec-Fetch-Site": "cross-site"})
	if res.StatusCode != http.StatusOK || f.Client.Session.Query().CountX(f.Ctx) != before {
		t.Errorf("logout with a token beside a cookie: %d, sessions %d → %d", res.StatusCode, before, f.Client.Session.Query().CountX(f.Ctx))
	}
	// A bad token does not fall back to the cookie beside it.
	code, _ := gql(staff, `{"query":"{ viewer { roles } }"}`, map[string]string{"Authorization": "Bearer knj_forged"})
	if code != http.StatusUnauthorized {
		t.Errorf("forged token beside a good cookie: %d, want 401", code)
	}
}
