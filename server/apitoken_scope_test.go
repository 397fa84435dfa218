package server_test

import (
	"encoding/json"
	"net/http"
	"testing"

	"kinerja/internal/fx"
	"kinerja/internal/viewer"
)

func TestReadOnlyCallersCannotMintWriteTokens(t *testing.T) {
	f := fx.New(t)
	aud := f.Login(f.Account(f.Employee("auditor"), viewer.Auditor))
	hr := f.Login(f.Account(f.Employee("hr"), viewer.HRAdmin))
	read := hr.Token("READ")
	before := f.Client.APIToken.Query().CountX(f.Ctx)

	mint := `mutation($s: [APITokenScope!]!) { createAPIToken(name: "lebih", scopes: $s) { token } }`
	for name, c := range map[string]*fx.Client{"auditor": aud, "READ token": read} {
		for _, scopes := range [][]string{{"WRITE"}, {"READ", "WRITE"}} {
			r := c.Query(mint, map[string]any{"s": scopes})
			if r.Code() != "FORBIDDEN" || r.Errors[0].Field() != "scopes" {
				t.Errorf("%s asking for %v: %+v, want FORBIDDEN on scopes", name, scopes, r.Errors)
			}
		}
	}
	if n := f.Client.APIToken.Query().CountX(f.Ctx); n != before {
		t.Errorf("%d tokens, want %d: a refused token was stored", n, before)
	}
	// Over plain HTTP too, with the READ token as the bearer.
	b, _ := json.Marshal(map[string]any{"query": mint, "variables": map[string]any{"s": []string{"WRITE"}}})
	res := post(t, f, f.Anonymous(), "/graphql", "application/json", string(b), map[string]string{"Authorization": "Bearer " + read.Bearer})
	var r fx.Result
	if err := json.Unmarshal(res.Body, &r); err != nil || res.StatusCode != http.StatusOK || r.Code() != "FORBIDDEN" || r.Errors[0].Field() != "scopes" {
		t.Errorf("READ token minting WRITE: %d %s", res.StatusCode, res.Body)
	}
	// An auditor may still make a READ token; an HR admin a WRITE one.
	if r := aud.Query(mint, map[string]any{"s": []string{"READ"}}); len(r.Errors) > 0 {
		t.Errorf("auditor READ token: %+v", r.Errors)
	}
	if r := hr.Query(mint, map[string]any{"s": []string{"READ", "WRITE"}}); len(r.Errors) > 0 {
		t.Errorf("HR admin WRITE token: %+v", r.Errors)
	}
}
