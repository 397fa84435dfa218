package workflow_test

import (
	"errors"
	"strings"
	"testing"

	"kinerja/ent"
	"kinerja/internal/apperr"
	"kinerja/internal/scoring"
)

// renameTable renames a table of the test's database, so that the steps
// that use it fail as a broken database would.
func (w *world) renameTable(t testing.TB, from, to string) {
	t.Helper()
	if _, err := w.f.Client.ExecContext(w.f.Ctx, "ALTER TABLE "+from+" RENAME TO "+to); err != nil {
		t.Fatalf("rename table %s to %s: %v", from, to, err)
	}
}

// TestInternalErrorsNameTheStep breaks a table that one step of an
// operation needs: the error is internal (no *apperr.Error, so it is logged
// and shown as INTERNAL), names the operation and the step, and the
// operation's earlier writes are rolled back.
func TestInternalErrorsNameTheStep(t *testing.T) {
	fileObjection := func(w *world, a *ent.Appraisal) error {
		_, err := w.wf.FileObjection(w.as(w.staff), a.ID, "keberatan")
		return err
	}
	acknowledge := func(w *world, a *ent.Appraisal) error {
		_, err := w.wf.AcknowledgeAppraisal(w.as(w.staff), a.ID)
		return err
	}
	for _, tc := range []struct {
		name  string
		table string // the table the step needs
		step  func(*world, *ent.Appraisal) error
		want  string // how the error begins
	}{
		{"a read before any write", "objections", fileObjection, "objection.file: count objections: "},
		{"a write after others", "notifications", fileObjection, "objection.file: notify: "},
		{"a step of a helper", "recommendations", acknowledge, "appraisal.acknowledge: follow up: check recommendation "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, "")
			// Under BELOW behaviour and weak quality the appraisal is
			// KURANG, and acknowledging it recommends development.
			a := w.releaseAnnual(scoring.Meets, scoring.Below)
			before := w.fingerprint(t)

			w.renameTable(t, tc.table, tc.table+"_away")
			err := tc.step(w, a)
			w.renameTable(t, tc.table+"_away", tc.table)

			if err == nil {
				t.Fatalf("the step succeeded without the table %s", tc.table)
			}
			if !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error = %q, want it to begin %q", err, tc.want)
			}
			if e, ok := apperr.As(err); ok {
				t.Errorf("error %q carries the safe error %q, want an internal one", err, e)
			}
			if after := w.fingerprint(t); after != before {
				t.Errorf("the failed step left changes:\n before %s\n after  %s", before, after)
			}
		})
	}
}

// TestRefusalsStaySafe: a rule's refusal comes back wrapped with the
// operation, still the *apperr.Error the rule made, and changes nothing.
func TestRefusalsStaySafe(t *testing.T) {
	w := newWorld(t, "")
	a := w.releaseAnnual(scoring.Meets, scoring.Below)
	must(w.wf.FileObjection(w.as(w.staff), a.ID, "keberatan"))(t)
	before := w.fingerprint(t)

	_, err := w.wf.FileObjection(w.as(w.staff), a.ID, "keberatan lagi")
	var e *apperr.Error
	if !errors.As(err, &e) {
		t.Fatalf("objecting twice: error %v, want an *apperr.Error", err)
	}
	if e.Code != apperr.InvalidState || !strings.Contains(e.EN, "already filed") {
		t.Errorf("objecting twice: %s %q, want INVALID_STATE, already filed", e.Code, e.EN)
	}
	if want := "objection.file: " + e.EN; err.Error() != want {
		t.Errorf("objecting twice: error text %q, want %q", err, want)
	}
	if after := w.fingerprint(t); after != before {
		t.Errorf("the refused step changed the database:\n before %s\n after  %s", before, after)
	}
}
