package server_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
	"time"

	"kinerja/ent"
	"kinerja/ent/apitoken"
	"kinerja/ent/period"
	"kinerja/internal/auth"
	"kinerja/internal/fx"
)

// Every refusal of the API, before GraphQL or inside it, over every route,
// answers in GraphQL's error shape
// {"errors":[{"message","extensions":{"code","field"?}}]} and in nothing
// else: a client parses one shape.

// errorShape checks that body is exactly that shape with one error of the
// code (and the field, when given), and a message.
func errorShape(t *testing.T, what string, res fx.Response, status int, code, field string) {
	t.Helper()
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(res.Body, &raw); err != nil {
		t.Errorf("%s: %d, not JSON: %q", what, res.StatusCode, res.Body)
		return
	}
	for k := range raw {
		if k != "errors" && k != "data" {
			t.Errorf("%s: the body has %q besides errors: %s", what, k, res.Body)
		}
	}
	var body struct {
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(res.Body, &body); err != nil || len(body.Errors) != 1 {
		t.Errorf("%s: %d %s, want one error", what, res.StatusCode, res.Body)
		return
	}
	e := body.Errors[0]
	got, _ := e.Extensions["code"].(string)
	gotField, _ := e.Extensions["field"].(string)
	if res.StatusCode != status || got != code || gotField != field || e.Message == "" {
		t.Errorf("%s: %d %s, want %d %s (field %q) with a message", what, res.StatusCode, res.Body, status, code, field)
	}
	if ct := res.Header.Get("Content-Type"); ct != "application/json" && ct != "application/json; charset=utf-8" {
		t.Errorf("%s: Content-Type %q", what, ct)
	}
}

func TestEveryRefusalHasTheGraphQLErrorShape(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	staffEmp := f.Employee("staf")
	staff := f.Login(f.Account(staffEmp))
	read := hr.Token("READ")
	expired, revoked := hr.Token("READ"), hr.Token("READ")
	row := func(c *fx.Client) *ent.APIToken {
		return f.Client.APIToken.Query().Where(apitoken.Prefix(c.Bearer[:len(auth.TokenPrefix)+6])).OnlyX(f.Ctx)
	}
	// The expired token: its date moved into the past, past the checks.
	f.Client.APIToken.UpdateOne(row(expired)).SetExpiresAt(time.Now().Add(-time.Hour)).ExecX(f.Ctx)
	var out any
	hr.MustQuery(`mutation($id: ID!) { revokeAPIToken(id: $id) { id } }`, map[string]any{"id": fmt.Sprint(row(revoked).ID)}, &out)
	per := f.Period(2026, "", period.PhaseExecution)
	gql := `{"query":"{ viewer { roles } }"}`
	get := func(c *fx.Client, path string, headers map[string]string) fx.Response {
		req, err := http.NewRequest(http.MethodGet, f.Server.URL+path, http.NoBody)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range headers {
			req.Header.Set(k, v)
		}
		return c.Do(req)
	}
	export := fmt.Sprintf("/export/appraisals.csv?periodID=%d", per.ID)
	anon := f.Anonymous()
	for _, tc := range []struct {
		what        string
		res         func() fx.Response
		status      int
		code, field string
	}{
		{"GraphQL without credentials", func() fx.Response { return post(t, f, anon, "/graphql", "application/json", gql, nil) }, 401, "UNAUTHENTICATED", ""},
		{"CSV without credentials", func() fx.Response { return anon.Get(export) }, 401, "UNAUTHENTICATED", ""},
		{"XLSX without credentials", func() fx.Response { return anon.Get(fmt.Sprintf("/export/appraisals.xlsx?periodID=%d", per.ID)) }, 401, "UNAUTHENTICATED", ""},
		{"print without credentials", func() fx.Response { return anon.Get("/print/appraisals/1") }, 401, "UNAUTHENTICATED", ""},
		{"not a bearer token", func() fx.Response {
			return post(t, f, anon, "/graphql", "application/json", gql, map[string]string{"Authorization": "Basic eDp5"})
		}, 401, "UNAUTHENTICATED", ""},
		{"forged token", func() fx.Response {
			return post(t, f, anon, "/graphql", "application/json", gql, map[string]string{"Authorization": "Bearer knj_forged"})
		}, 401, "UNAUTHENTICATED", ""},
		{"forged token on an export", func() fx.Response { return get(anon, export, map[string]string{"Authorization": "Bearer knj_forged"}) }, 401, "UNAUTHENTICATED", ""},
		{"expired token", func() fx.Response { return post(t, f, expired, "/graphql", "application/json", gql, nil) }, 401, "UNAUTHENTICATED", ""},
		{"expired token on an export", func() fx.Response { return expired.Get(export) }, 401, "UNAUTHENTICATED", ""},
		{"revoked token", func() fx.Response { return post(t, f, revoked, "/graphql", "application/json", gql, nil) }, 401, "UNAUTHENTICATED", ""},
		{"revoked token on print", func() fx.Response { return revoked.Get("/print/appraisals/1") }, 401, "UNAUTHENTICATED", ""},
		{"a READ token writing", func() fx.Response {
			return post(t, f, read, "/graphql", "application/json", `{"query":"mutation { createOrgUnit(input: {code: \"X\", name: \"X\"}) { id } }"}`, nil)
		}, 200, "FORBIDDEN", ""},
		{"a staff member importing", func() fx.Response {
			return post(t, f, staff, "/graphql", "application/json", `{"query":"mutation { importUnits(csv: \"code,name,parent_code\\n\") { created } }"}`, nil)
		}, 200, "FORBIDDEN", ""},
		{"cross-site request with the cookie", func() fx.Response {
			return post(t, f, staff, "/graphql", "application/json", gql, map[string]string{"Sec-Fetch-Site": "cross-site"})
		}, 403, "FORBIDDEN", ""},
		{"foreign origin with the cookie", func() fx.Response {
			return post(t, f, staff, "/graphql", "application/json", gql, map[string]string{"Origin": "https://evil.example"})
		}, 403, "FORBIDDEN", ""},
		{"print of an appraisal the caller may not read", func() fx.Response { return staff.Get("/print/appraisals/987654") }, 404, "NOT_FOUND", "id"},
		{"wrong password", func() fx.Response {
			return anon.Post("/auth/login", map[string]string{"nip": staffEmp.NIP, "password": "wrong-password"})
		}, 401, "UNAUTHENTICATED", ""},
		{"sign-in that is not JSON", func() fx.Response { return post(t, f, anon, "/auth/login", "text/plain", "x", nil) }, 415, "INVALID_INPUT", ""},
		{"export without its period", func() fx.Response { return hr.Get("/export/appraisals.csv") }, 400, "INVALID_INPUT", "periodID"},
		{"export of an unknown period", func() fx.Response { return hr.Get("/export/appraisals.csv?periodID=987654") }, 404, "NOT_FOUND", "periodID"},
	} {
		errorShape(t, tc.what, tc.res(), tc.status, tc.code, tc.field)
	}
}
