package workflow_test

import (
	"strings"
	"testing"

	"kinerja/ent"
	"kinerja/ent/feedback"
	"kinerja/ent/period"
	"kinerja/internal/apperr"
	"kinerja/internal/scoring"
	"kinerja/internal/workflow"
)

// TestFeedbackThread: the employee and the appraiser leave dated remarks
// on a target and on the period; nobody else may, and nobody else in the
// organisation reads them.
func TestFeedbackThread(t *testing.T) {
	w := newWorld(t, "")
	p, tg := w.agreedPlans()
	w.phase(period.PhaseExecution)
	give := func(e *ent.Employee, target *int, text string) (*ent.Feedback, error) {
		return w.wf.GiveFeedback(w.as(e), workflow.FeedbackInput{PlanID: p.ID, TargetID: target, Text: text})
	}
	first := must(give(w.boss, &tg.ID, "Dokumen bulan ini terlambat dua hari."))(t)
	must(give(w.staff, &tg.ID, "Menunggu tanda tangan; sudah saya susulkan."))(t)
	must(give(w.staff, nil, "Mohon arahan prioritas triwulan II."))(t)
	if first.CreatedAt.IsZero() {
		t.Error("a remark has no date")
	}

	w.refuse(t, "the superior writes in the thread", apperr.Forbidden, func() error { _, err := give(w.head, nil, "x"); return err })
	w.refuse(t, "HR writes in the thread", apperr.Forbidden, func() error { _, err := give(w.hr, nil, "x"); return err })
	w.refuse(t, "an empty remark", apperr.InvalidInput, func() error { _, err := give(w.staff, nil, "  "); return err })
	w.refuse(t, "a remark of 4001 characters", apperr.InvalidInput, func() error {
		_, err := give(w.staff, nil, strings.Repeat("é", workflow.MaxFeedback+1))
		return err
	})
	if _, err := give(w.staff, nil, strings.Repeat("é", workflow.MaxFeedback)); err != nil {
		t.Errorf("a remark of 4000 two-byte characters: %v", err)
	}
	bossTarget := w.f.Client.Target.QueryParent(tg).OnlyX(w.f.Ctx)
	w.refuse(t, "a remark on another plan's target", apperr.InvalidInput, func() error { _, err := give(w.staff, &bossTarget.ID, "x"); return err })

	// Who reads the thread: the employee, the appraiser, the chain above
	// and HR; not a colleague elsewhere.
	for _, tc := range []struct {
		who  *ent.Employee
		want int
	}{{w.staff, 4}, {w.boss, 4}, {w.head, 4}, {w.hr, 4}, {w.other, 0}} {
		if n := w.f.Client.Feedback.Query().CountX(w.as(tc.who)); n != tc.want {
			t.Errorf("%s reads %d remarks, want %d", tc.who.Name, n, tc.want)
		}
	}
	if n := w.f.Client.Feedback.Query().Where(feedback.HasTargetWith()).CountX(w.f.Ctx); n != 2 {
		t.Errorf("remarks on the target = %d, want 2", n)
	}

	w.phase(period.PhaseClosed)
	w.refuse(t, "a remark after the period closed", apperr.InvalidState, func() error { _, err := give(w.staff, nil, "terlambat"); return err })
}

// TestPlanExpectations: the appraiser states an expectation per behaviour
// the method asks for; nobody else may, and an unknown or repeated
// criterion is refused.
func TestPlanExpectations(t *testing.T) {
	w := newWorld(t, "")
	p, _ := w.agreedPlans()
	set := func(e *ent.Employee, in ...scoring.Expectation) (*ent.Plan, error) {
		return w.wf.SetPlanExpectations(w.as(e), p.ID, in)
	}
	p = must(set(w.boss, scoring.Expectation{Code: scoring.Kolaboratif, Text: "Aktif dalam rapat koordinasi bidang."},
		scoring.Expectation{Code: scoring.BerorientasiPelayanan, Text: " Menjawab pengaduan dalam 2 hari. "}))(t)
	if len(p.Expectations) != 2 || p.Expectations[0].Code != scoring.BerorientasiPelayanan || p.Expectations[0].Text != "Menjawab pengaduan dalam 2 hari." {
		t.Errorf("expectations = %+v, want two in the catalogue's order, trimmed", p.Expectations)
	}
	w.refuse(t, "the employee sets expectations", apperr.Forbidden, func() error { _, err := set(w.staff); return err })
	w.refuse(t, "the superior sets expectations", apperr.Forbidden, func() error { _, err := set(w.head); return err })
	w.refuse(t, "a criterion of the other method", apperr.InvalidInput, func() error {
		_, err := set(w.boss, scoring.Expectation{Code: scoring.KerjaSama, Text: "x"})
		return err
	})
	w.refuse(t, "a criterion twice", apperr.InvalidInput, func() error {
		_, err := set(w.boss, scoring.Expectation{Code: scoring.Loyal, Text: "a"}, scoring.Expectation{Code: scoring.Loyal, Text: "b"})
		return err
	})
	p = must(set(w.boss))(t)
	if len(p.Expectations) != 0 {
		t.Errorf("expectations after an empty list = %+v", p.Expectations)
	}
}
