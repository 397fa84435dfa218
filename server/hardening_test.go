package server_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"testing/fstest"

	"kinerja/ent/employee"
	"kinerja/internal/fx"
	"kinerja/internal/viewer"
	"kinerja/server"
)

func post(t *testing.T, f *fx.Fixture, c *fx.Client, path, contentType, body string, headers map[string]string) fx.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, f.Server.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	return c.Do(req)
}

func TestCrossSiteRequestsAreRefused(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	mutation := `{"query":"mutation { createOrgUnit(input: {code: \"X\", name: \"X\"}) { id } }"}`
	for name, h := range map[string]map[string]string{
		"Sec-Fetch-Site cross-site": {"Sec-Fetch-Site": "cross-site"},
		"foreign Origin":            {"Origin": "https://evil.example"},
	} {
		res := post(t, f, hr, "/graphql", "application/json", mutation, h)
		if res.StatusCode != http.StatusForbidden {
			t.Errorf("%s: status %d, want 403", name, res.StatusCode)
		}
		if res := post(t, f, f.Anonymous(), "/auth/login", "application/json", `{"nip":"x","password":"y"}`, h); res.StatusCode != http.StatusForbidden {
			t.Errorf("%s login: status %d, want 403", name, res.StatusCode)
		}
	}
	if n := f.Client.OrgUnit.Query().CountX(f.Ctx); n != 1 {
		t.Errorf("a cross-site mutation wrote: %d units", n)
	}
	// The same request from the app's own origin goes through.
	res := post(t, f, hr, "/graphql", "application/json", mutation, map[string]string{"Sec-Fetch-Site": "same-origin", "Origin": f.Server.URL})
	if res.StatusCode != http.StatusOK || !strings.Contains(string(res.Body), `"createOrgUnit"`) {
		t.Errorf("same-origin mutation: %d %s", res.StatusCode, res.Body)
	}
	// A form post (the classic CSRF vehicle) is not a GraphQL request.
	res = post(t, f, hr, "/graphql", "application/x-www-form-urlencoded", "query=mutation{createOrgUnit(input:{code:\"Y\",name:\"Y\"}){id}}", nil)
	if res.StatusCode == http.StatusOK && strings.Contains(string(res.Body), `"createOrgUnit":{`) {
		t.Errorf("a form-encoded mutation ran: %s", res.Body)
	}
}

func TestLoginThrottling(t *testing.T) {
	f := fx.New(t)
	nip := f.Account(f.Employee("target"))
	c := f.Anonymous()
	for i := range 5 {
		if res := c.Post("/auth/login", map[string]string{"nip": nip, "password": fmt.Sprint("guess", i)}); res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("attempt %d: %d", i, res.StatusCode)
		}
	}
	res := c.Post("/auth/login", map[string]string{"nip": nip, "password": fx.Password})
	if res.StatusCode != http.StatusTooManyRequests || res.Error().Code() != "RATE_LIMITED" || res.Header.Get("Retry-After") == "" {
		t.Errorf("sixth attempt, even with the right password: %d %s (Retry-After %q), want 429 RATE_LIMITED", res.StatusCode, res.Body, res.Header.Get("Retry-After"))
	}
	// Per address: twenty failures over different NIPs block the address.
	for i := range 20 {
		c.Post("/auth/login", map[string]string{"nip": fmt.Sprint("19900101201501100", i%10), "password": "x"})
	}
	other := f.Account(f.Employee("other"))
	if res := c.Post("/auth/login", map[string]string{"nip": other, "password": fx.Password}); res.StatusCode != http.StatusTooManyRequests {
		t.Errorf("after 20 failures from one address: %d, want 429", res.StatusCode)
	}
}

func TestQueryLimits(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	tests := []struct {
		name, query string
		code        string
	}{
		{"too deep", `{ employees { edges { node { supervisor { supervisor { supervisor { supervisor { supervisor { supervisor { supervisor { supervisor { supervisor { supervisor { supervisor { supervisor { name } } } } } } } } } } } } } } } }`, "QUERY_TOO_DEEP"},
		{"too deep through a fragment", `fragment S on Employee { supervisor { supervisor { supervisor { supervisor { supervisor { supervisor { supervisor { supervisor { supervisor { supervisor { supervisor { supervisor { supervisor { name } } } } } } } } } } } } } }
			{ employees { edges { node { ...S } } } }`, "QUERY_TOO_DEEP"},
		{"nested pages multiply", `{ employees(first: 100) { edges { node { subordinates(first: 100) { edges { node { subordinates(first: 100) { totalCount } } } } } } } }`, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"aliases add up", aliasBomb(30), "COMPLEXITY_LIMIT_EXCEEDED"},
		{"page over the cap", `{ employees(first: 101) { totalCount } }`, "INVALID_INPUT"},
	}
	for _, tt := range tests {
		r := hr.Query(tt.query, nil)
		if r.Code() != tt.code {
			t.Errorf("%s: errors %+v, want %s", tt.name, r.Errors, tt.code)
		}
	}
	// The standard introspection query (deep, but legitimate) passes.
	if r := hr.Query(introspection, nil); len(r.Errors) > 0 {
		t.Errorf("introspection query: %+v", r.Errors)
	}
	// A huge document is refused by the parser's token limit or the body limit.
	huge := "{ " + strings.Repeat("viewer { roles } ", 20000) + "}"
	if r := hr.Post("/graphql", map[string]any{"query": huge}); r.StatusCode == http.StatusOK && !strings.Contains(string(r.Body), "error") {
		t.Errorf("a 20,000-field document was accepted")
	}
	big := post(t, f, hr, "/graphql", "application/json", `{"query":"`+strings.Repeat(" ", 2<<20)+`{ viewer { roles } }"}`, nil)
	if big.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("a 2 MiB body: %d, want 413", big.StatusCode)
	}
}

func aliasBomb(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " a%d: employees(first: 100) { edges { node { name nip unit { name } supervisor { name } } } }", i)
	}
	b.WriteString("}")
	return b.String()
}

const introspection = `query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
  types { ...FullType } directives { name description locations args { ...InputValue } } } }
fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue }
  type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`

func TestNoSecretsInTheSchema(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	var s struct {
		Schema struct {
			Types []struct {
				Name   string
				Fields []struct{ Name string }
			}
		} `json:"__schema"`
	}
	hr.MustQuery(`{ __schema { types { name fields { name } } } }`, nil, &s)
	for _, ty := range s.Schema.Types {
		for _, fl := range ty.Fields {
			n := strings.ToLower(fl.Name)
			// The one field that hands a secret out (once, at creation)
			// and the one mutation that takes a password in.
			issued := ty.Name == "CreateAPITokenPayload" && fl.Name == "token"
			takesPassword := ty.Name == "Mutation" && fl.Name == "changePassword"
			secret := strings.Contains(n, "hash") || strings.Contains(n, "password") || strings.Contains(n, "secret") ||
				(strings.Contains(n, "token") && !issued && !strings.Contains(n, "apitoken"))
			if secret && !takesPassword {
				t.Errorf("%s.%s looks like a secret", ty.Name, fl.Name)
			}
		}
	}
}

func TestInternalErrorsAreMasked(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	// A cursor that does not decode is the caller's fault, with no internals.
	r := hr.Query(`{ employees(after: "bm90LWEtY3Vyc29y") { totalCount } }`, nil)
	if len(r.Errors) == 0 {
		t.Fatal("a broken cursor was accepted")
	}
	for _, e := range r.Errors {
		m := strings.ToLower(e.Message)
		if strings.Contains(m, "sql") || strings.Contains(m, ".go:") || strings.Contains(m, "goroutine") || strings.Contains(m, "msgpack") {
			t.Errorf("error leaks internals: %q", e.Message)
		}
	}
}

func TestAPITokens(t *testing.T) {
	f := fx.New(t)
	boss := f.Employee("boss", fx.Kind(employee.PositionKindAdministrator))
	staff := f.Employee("staff", fx.Supervisor(boss))
	hr := f.Login(f.Account(f.Employee("hr"), viewer.HRAdmin))
	var created struct {
		CreateAPIToken struct {
			Token    string
			APIToken struct {
				ID, Name, Prefix string
				Scopes           []string
			}
		}
	}
	hr.MustQuery(`mutation { createAPIToken(name: "Dasbor Kota", scopes: [READ]) { token apiToken { id name prefix scopes } } }`, nil, &created)
	tok := created.CreateAPIToken
	if !strings.HasPrefix(tok.Token, "knj_") || !strings.HasPrefix(tok.Token, tok.APIToken.Prefix) || len(tok.Token) < 40 {
		t.Fatalf("token = %+v", tok)
	}
	if stored := f.Client.APIToken.Query().OnlyX(f.Ctx); strings.Contains(string(stored.TokenHash), tok.Token) {
		t.Error("the secret is stored in the clear")
	}
	bearer := f.Anonymous()
	bearerDo := func(q string) fx.Result {
		res := post(t, f, bearer, "/graphql", "application/json", q, map[string]string{"Authorization": "Bearer " + tok.Token})
		var r fx.Result
		_ = json.Unmarshal(res.Body, &r)
		r.Status = res.StatusCode
		return r
	}
	r := bearerDo(`{"query":"{ employees { totalCount } viewer { roles } }"}`)
	if len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"HR_ADMIN"`) {
		t.Errorf("READ token reading: %+v %s", r.Errors, r.Data)
	}
	if r := bearerDo(`{"query":"mutation { createOrgUnit(input: {code: \"T\", name: \"T\"}) { id } }"}`); r.Code() != "FORBIDDEN" {
		t.Errorf("READ token writing: %+v", r.Errors)
	}
	if r := bearerDo(`{"query":"mutation { createAPIToken(name: \"x\", scopes: [READ]) { token } }"}`); r.Code() != "FORBIDDEN" {
		t.Errorf("a token creating a token: %+v", r.Errors)
	}
	if n := f.Client.OrgUnit.Query().CountX(f.Ctx); n != 1 {
		t.Errorf("units = %d after refused writes", n)
	}
	if tk := f.Client.APIToken.Query().OnlyX(f.Ctx); tk.LastUsedAt == nil {
		t.Error("last used time not recorded")
	}
	// Another account cannot see or revoke it.
	st := f.Login(f.Account(staff))
	var list struct {
		APITokens struct{ TotalCount int } `json:"apiTokens"`
	}
	st.MustQuery(`{ apiTokens { totalCount } }`, nil, &list)
	if list.APITokens.TotalCount != 0 {
		t.Errorf("staff sees %d tokens of others", list.APITokens.TotalCount)
	}
	if r := st.Query(`mutation($id: ID!) { revokeAPIToken(id: $id) { id } }`, map[string]any{"id": tok.APIToken.ID}); r.Code() != "NOT_FOUND" {
		t.Errorf("staff revoking HR's token: %+v", r.Errors)
	}
	var rev struct{ RevokeAPIToken struct{ RevokedAt *string } }
	hr.MustQuery(`mutation($id: ID!) { revokeAPIToken(id: $id) { revokedAt } }`, map[string]any{"id": tok.APIToken.ID}, &rev)
	if rev.RevokeAPIToken.RevokedAt == nil {
		t.Error("revokedAt not set")
	}
	if r := bearerDo(`{"query":"{ viewer { roles } }"}`); r.Status != http.StatusUnauthorized {
		t.Errorf("revoked token: %d %+v", r.Status, r.Errors)
	}
	if r := bearerDo(`{"query":"{ viewer { roles } }"}`); r.Status != http.StatusUnauthorized {
		t.Errorf("revoked token again: %d", r.Status)
	}
	// An expiry in the past is refused; a WRITE token writes.
	if r := hr.Query(`mutation { createAPIToken(name: "old", scopes: [READ], expiresAt: "2000-01-01T00:00:00Z") { token } }`, nil); r.Code() != "INVALID_INPUT" {
		t.Errorf("expired at creation: %+v", r.Errors)
	}
	hr.MustQuery(`mutation { createAPIToken(name: "Sinkron", scopes: [READ, WRITE]) { token apiToken { id name prefix scopes } } }`, nil, &created)
	tok = created.CreateAPIToken
	if r := bearerDo(`{"query":"mutation { createOrgUnit(input: {code: \"W\", name: \"W\"}) { id } }"}`); len(r.Errors) > 0 {
		t.Errorf("WRITE token writing: %+v", r.Errors)
	}
	if res := post(t, f, f.Anonymous(), "/graphql", "application/json", `{"query":"{ viewer { roles } }"}`, map[string]string{"Authorization": "Bearer knj_forged"}); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("forged token: %d", res.StatusCode)
	}
}

func TestChangePasswordEndsEverySession(t *testing.T) {
	f := fx.New(t)
	nip := f.Account(f.Employee("pegawai"))
	a, b := f.Login(nip), f.Login(nip)
	if r := a.Query(`mutation { changePassword(currentPassword: "wrong-one", newPassword: "another-long-one") }`, nil); r.Code() != "INVALID_INPUT" {
		t.Errorf("wrong current password: %+v", r.Errors)
	}
	if r := a.Query(`mutation { changePassword(currentPassword: "`+fx.Password+`", newPassword: "short") }`, nil); r.Code() != "INVALID_INPUT" {
		t.Errorf("short new password: %+v", r.Errors)
	}
	var ok struct{ ChangePassword bool }
	a.MustQuery(`mutation { changePassword(currentPassword: "`+fx.Password+`", newPassword: "another-long-one") }`, nil, &ok)
	for name, c := range map[string]*fx.Client{"this browser": a, "the other browser": b} {
		if r := c.Query(`{ viewer { roles } }`, nil); r.Code() != "UNAUTHENTICATED" {
			t.Errorf("%s after the change: %+v", name, r.Errors)
		}
	}
	if res := f.Anonymous().Post("/auth/login", map[string]string{"nip": nip, "password": fx.Password}); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("the old password still works: %d", res.StatusCode)
	}
	if res := f.Anonymous().Post("/auth/login", map[string]string{"nip": nip, "password": "another-long-one"}); res.StatusCode != http.StatusOK {
		t.Errorf("the new password does not work: %d", res.StatusCode)
	}
}

func TestAuditorWritesNothing(t *testing.T) {
	f := fx.New(t)
	aud := f.Login(f.Account(f.Employee("auditor"), viewer.Auditor))
	if r := aud.Query(`{ auditEvents { totalCount } employees { totalCount } }`, nil); len(r.Errors) > 0 {
		t.Errorf("auditor reading: %+v", r.Errors)
	}
	if r := aud.Query(`mutation { createOrgUnit(input: {code: "A", name: "A"}) { id } }`, nil); r.Code() != "FORBIDDEN" {
		t.Errorf("auditor writing: %+v", r.Errors)
	}
}

func TestProductionSwitchesAndSecureCookies(t *testing.T) {
	f := fx.New(t)
	nip := f.Account(f.Employee("hr"), viewer.HRAdmin)
	// The test server's peer is loopback: here it stands for the TLS proxy.
	proxies, _ := server.ParsePrefixes("127.0.0.0/8, ::1")
	prod := httptest.NewServer(server.New(server.Options{Store: f.Store, Frontend: fstest.MapFS{}, Introspection: false, TrustedProxies: proxies}))
	defer prod.Close()
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	req, _ := http.NewRequest(http.MethodPost, prod.URL+"/auth/login", strings.NewReader(`{"nip":"`+nip+`","password":"`+fx.Password+`"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Forwarded-Proto", "https") // behind a TLS-terminating proxy
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if ck := res.Header.Get("Set-Cookie"); !strings.Contains(ck, "Secure") {
		t.Errorf("cookie over TLS lacks Secure: %q", ck)
	}
	if res.Header.Get("Strict-Transport-Security") == "" {
		t.Error("no HSTS over TLS")
	}
	u, _ := url.Parse(prod.URL)
	for _, ck := range res.Cookies() {
		ck.Secure = false // the test server itself speaks plain HTTP
		jar.SetCookies(u, []*http.Cookie{ck})
	}
	res, err = c.Post(prod.URL+"/graphql", "application/json", strings.NewReader(`{"query":"{ __schema { types { name } } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(b), "errors") || strings.Contains(string(b), `"types"`) {
		t.Errorf("introspection with it switched off: %s", b)
	}
	res, err = c.Get(prod.URL + "/graphiql")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNotFound {
		t.Errorf("/graphiql with it switched off: %d", res.StatusCode)
	}
}
