package store_test

import (
	"strings"
	"testing"

	"kinerja/internal/apperr"
	"kinerja/internal/fx"
)

// TestControlCharactersAreRefusedAndSpacesTrimmed: a name with NUL, ESC,
// BEL or a C1 character is refused on its field (GraphQL and any other
// path) and changes nothing; surrounding spaces are trimmed, so a name of
// only spaces is refused as empty; line breaks in long text stay.
func TestControlCharactersAreRefusedAndSpacesTrimmed(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	events := func() int { return f.Client.AuditEvent.Query().CountX(f.Ctx) }
	before := events()
	const create = `mutation($name: String!) { createOrgUnit(input: {code: "TXT", name: $name}) { id name } }`
	for _, name := range []string{"Dinas\x00Pendidikan", "Dinas \x1b[31mMerah", "Bel\x07", "C1\u0085x", "DEL\x7f"} {
		r := hr.Query(create, map[string]any{"name": name})
		if r.Code() != string(apperr.InvalidInput) || len(r.Errors) == 0 || r.Errors[0].Field() != "name" {
			t.Errorf("name %q: %+v, want INVALID_INPUT on name", name, r.Errors)
		}
	}
	r := hr.Query(create, map[string]any{"name": "   "})
	if len(r.Errors) == 0 {
		t.Error("a name of only spaces was accepted")
	}
	if n := events(); n != before {
		t.Errorf("%d audit events after refused writes", n-before)
	}
	var out struct {
		CreateOrgUnit struct{ Name string } `json:"createOrgUnit"`
	}
	hr.MustQuery(create, map[string]any{"name": "  Dinas Pendidikan \t"}, &out)
	if out.CreateOrgUnit.Name != "Dinas Pendidikan" {
		t.Errorf("stored name %q, want it trimmed", out.CreateOrgUnit.Name)
	}

	// Any other path: the ent client refuses too; tabs and line breaks in
	// text are kept.
	_, err := f.Client.OrgUnit.Create().SetCode("TXT2").SetName("A\x1bB").Save(f.Ctx)
	if ae, ok := apperr.As(err); !ok || ae.Field != "name" {
		t.Errorf("ent create with ESC = %v, want INVALID_INPUT on name", err)
	}
	u, err := f.Client.OrgUnit.Create().SetCode("TXT3").SetName("Baris satu\nbaris\tdua").Save(f.Ctx)
	if err != nil || u.Name != "Baris satu\nbaris\tdua" {
		t.Errorf("text with a line break and a tab: %v %q", err, u.Name)
	}
}

// TestValidatorErrorsSpeakBothLanguages: ent's own validator text never
// reaches a client; the refusal is coded, on its field, in the caller's
// language.
func TestValidatorErrorsSpeakBothLanguages(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	long := strings.Repeat("x", 201)
	for lang, want := range map[string]string{"id": "terlalu panjang", "en": "is too long"} {
		hr.Lang = lang
		r := hr.Query(`mutation($name: String!) { createOrgUnit(input: {code: "LONG", name: $name}) { id } }`, map[string]any{"name": long})
		if len(r.Errors) != 1 || r.Code() != string(apperr.InvalidInput) || r.Errors[0].Field() != "name" ||
			!strings.Contains(r.Errors[0].Message, want) || strings.Contains(r.Errors[0].Message, "ent:") || strings.Contains(r.Errors[0].Message, "validator") {
			t.Errorf("%s: %+v, want INVALID_INPUT on name saying %q", lang, r.Errors, want)
		}
	}
}

// TestNumbersAreNotStrings: a number or a boolean where a String is
// expected is refused, not stored as text.
func TestNumbersAreNotStrings(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	units := f.Client.OrgUnit.Query().CountX(f.Ctx)
	for _, name := range []any{12, 3.5, true} {
		r := hr.Query(`mutation($name: String!) { createOrgUnit(input: {code: "NUM", name: $name}) { id } }`, map[string]any{"name": name})
		if len(r.Errors) == 0 {
			t.Errorf("name %v was accepted", name)
		}
	}
	if n := f.Client.OrgUnit.Query().CountX(f.Ctx); n != units {
		t.Errorf("%d units after refused writes, had %d", n, units)
	}
}
