package workflow_test

import (
	"math"
	"strings"
	"testing"

	"kinerja/ent/period"
	"kinerja/internal/apperr"
	"kinerja/internal/workflow"
)

// FuzzRecordRealization: whatever the quarter, value and evidence, the
// step either records exactly a finite, bounded value with trimmed,
// control-free evidence, or refuses with INVALID_INPUT and writes nothing
// — never another error.
func FuzzRecordRealization(f *testing.F) {
	for _, s := range []struct {
		quarter  int
		value    float64
		evidence string
	}{
		{1, 3, "https://arsip.example/skp-q1.pdf"},
		{0, 1, "e"}, {5, 1, "e"}, {2, -1, "e"}, {3, math.NaN(), "e"}, {4, math.Inf(1), "e"},
		{1, workflow.MaxValue * 2, "e"}, {1, 1, "   "}, {1, 1, "bukti\x00nul"}, {2, 0, "nol"},
	} {
		f.Add(s.quarter, s.value, s.evidence)
	}
	w := newWorld(f, "")
	_, tg := w.agreedPlans()
	ind := w.f.Client.Target.QueryIndicators(tg).FirstX(w.f.Ctx)
	w.phase(period.PhaseExecution)
	f.Fuzz(func(t *testing.T, quarter int, value float64, evidence string) {
		before := w.fingerprint(t)
		r, err := w.wf.RecordRealization(w.as(w.staff), ind.ID, workflow.RealizationInput{Quarter: quarter, Value: value, Evidence: evidence})
		if err != nil {
			if !apperr.Is(err, apperr.InvalidInput) {
				t.Fatalf("RecordRealization(%d, %v, %q) = %v, want INVALID_INPUT or success", quarter, value, evidence, err)
			}
			if after := w.fingerprint(t); after != before {
				t.Fatalf("a refused realisation wrote: %s → %s", before, after)
			}
			return
		}
		if r.Value != value || math.IsNaN(r.Value) || math.IsInf(r.Value, 0) || r.Value < 0 || r.Value > workflow.MaxValue {
			t.Fatalf("recorded %v for %v", r.Value, value)
		}
		if r.Evidence != strings.TrimSpace(r.Evidence) || r.Evidence == "" || strings.ContainsAny(r.Evidence, "\x00\x1b\x07") {
			t.Fatalf("recorded evidence %q from %q", r.Evidence, evidence)
		}
	})
}
