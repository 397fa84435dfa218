package store_test

import (
	"encoding/json"
	"math"
	"testing"
	"time"

	"kinerja/internal/apperr"
	"kinerja/internal/fx"
)

// TestNonFiniteNumbersAreRefused: NaN, ±Inf and numbers that overflow to
// Inf are refused with INVALID_INPUT on their field, by GraphQL and by any
// other path, and change nothing — no row, no audit event — so no later
// read fails on a value JSON cannot carry.
func TestNonFiniteNumbersAreRefused(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	counts := func() [2]int {
		return [2]int{f.Client.Period.Query().CountX(f.Ctx), f.Client.AuditEvent.Query().CountX(f.Ctx)}
	}
	before := counts()
	const mutation = `mutation($in: CreatePeriodInput!) { createPeriod(input: $in) { id } }`
	for name, tc := range map[string]struct {
		threshold any
		code      string
	}{
		"the string Infinity": {"Infinity", string(apperr.InvalidInput)},
		"the string NaN":      {"NaN", string(apperr.InvalidInput)},
		"-Infinity":           {"-Infinity", string(apperr.InvalidInput)},
		// Refused while the request is read, before any resolver runs.
		"an overflow": {json.RawMessage(`1e400`), string(apperr.InvalidInput)},
	} {
		threshold := tc.threshold
		t.Run(name, func(t *testing.T) {
			r := hr.Query(mutation, map[string]any{"in": map[string]any{
				"name": "Periode 2027", "year": 2027, "startsOn": "2027-01-01T00:00:00Z", "endsOn": "2027-12-31T23:59:59Z",
				"numericThreshold": threshold,
			}})
			if len(r.Errors) == 0 {
				t.Fatalf("createPeriod with numericThreshold %v was accepted", threshold)
			}
			if code := r.Code(); code != tc.code {
				t.Errorf("code = %q (%s), want %s", code, r.Errors[0].Message, tc.code)
			}
			if after := counts(); after != before {
				t.Errorf("rows and events %v → %v after a refused write", before, after)
			}
		})
	}

	// Any other path: the ent client itself refuses, on the API's field name.
	_, err := f.Client.Period.Create().SetName("P").SetYear(2028).
		SetStartsOn(time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC)).SetEndsOn(time.Date(2028, 12, 31, 0, 0, 0, 0, time.UTC)).
		SetNumericThreshold(math.Inf(1)).Save(f.Ctx)
	if ae, ok := apperr.As(err); !ok || ae.Code != apperr.InvalidInput || ae.Field != "numericThreshold" {
		t.Errorf("ent create with +Inf = %v, want INVALID_INPUT on numericThreshold", err)
	}
}
