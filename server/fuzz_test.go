package server_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"kinerja/internal/fx"
)

// FuzzGraphQLRequest posts any bytes as a signed-in HR admin's GraphQL
// request: the answer is never a 5xx, always JSON, and every error in it
// carries a code.
func FuzzGraphQLRequest(f *testing.F) {
	for _, s := range []string{
		`{"query":"{ viewer { roles } }"}`,
		`{"query":"mutation($in: CreateOrgUnitInput!) { createOrgUnit(input: $in) { id } }","variables":{"in":{"code":"F","name":"Unit"}}}`,
		`{"query":"{ employees(first: 5) { totalCount } }","variables":[1,2]}`,
		`{"query":12}`, `{"query":`, `[]`, ``, `{"query":"{ node(id: \"x\") { id } }"}`,
		`{"query":"query($n: Float) { viewer { roles } }","variables":{"n":"Infinity"}}`,
		`{"query":"{ employees(first: 1000000) { totalCount } }"}`,
	} {
		f.Add([]byte(s))
	}
	fix := fx.New(f)
	hr := fix.HRAdmin()
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := http.NewRequest(http.MethodPost, fix.Server.URL+"/graphql", strings.NewReader(string(body)))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := hr.HTTP.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(resp.Body)
		_ = resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		res := struct {
			StatusCode int
			Body       []byte
		}{resp.StatusCode, data}
		if res.StatusCode >= 500 {
			t.Fatalf("status %d for %q: %s", res.StatusCode, body, res.Body)
		}
		var reply struct {
			Errors []struct {
				Extensions map[string]any `json:"extensions"`
			} `json:"errors"`
		}
		if err := json.Unmarshal(res.Body, &reply); err != nil {
			t.Fatalf("answer to %q is not JSON: %s", body, res.Body)
		}
		for _, e := range reply.Errors {
			if code, _ := e.Extensions["code"].(string); code == "" {
				t.Fatalf("an error without a code for %q: %s", body, res.Body)
			}
		}
	})
}
