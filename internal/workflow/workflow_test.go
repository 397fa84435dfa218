package workflow_test

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/auditevent"
	"kinerja/ent/employee"
	"kinerja/ent/indicator"
	"kinerja/ent/objection"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/target"
	"kinerja/internal/apperr"
	"kinerja/internal/fx"
	"kinerja/internal/scoring"
	"kinerja/internal/viewer"
	"kinerja/internal/workflow"
)

// world is an organisation of four people — the head of the agency, a
// supervisor (boss), a member of staff, and an HR admin — plus an outsider,
// with a period and a controllable clock.
type world struct {
	t                            *testing.T
	f                            *fx.Fixture
	wf                           *workflow.Service
	per                          *ent.Period
	head, boss, staff, hr, other *ent.Employee
	now                          time.Time
	headCtx, bossCtx, staffCtx   context.Context
	hrCtx, otherCtx              context.Context
}

func newWorld(t *testing.T, method period.ScoringMethod) *world {
	f := fx.New(t)
	w := &world{t: t, f: f, now: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	w.wf = workflow.New(f.Client).WithClock(func() time.Time { return w.now })
	w.head = f.Employee("Kepala", fx.Unit("BKPSDM"), fx.Kind(employee.PositionKindJPTPratama))
	w.boss = f.Employee("Kabid", fx.Unit("BKPSDM"), fx.Supervisor(w.head), fx.Kind(employee.PositionKindAdministrator))
	w.staff = f.Employee("Staf", fx.Unit("BKPSDM"), fx.Supervisor(w.boss))
	w.hr = f.Employee("HR", fx.Unit("BKPSDM"), fx.Supervisor(w.boss))
	w.other = f.Employee("Lain", fx.Unit("LAIN"))
	w.headCtx, w.bossCtx, w.staffCtx = f.As(w.head), f.As(w.boss), f.As(w.staff)
	w.hrCtx, w.otherCtx = f.As(w.hr, viewer.HRAdmin), f.As(w.other)
	w.per = f.Period(2026, method, period.PhasePlanning)
	return w
}

func (w *world) phase(ph period.Phase) {
	w.f.SetPhase(w.per, ph)
	w.per = w.f.Client.Period.GetX(w.f.Ctx, w.per.ID)
}

// fingerprint summarises every row a refused step must leave alone: the
// audit trail (each change writes an event) and the cycle's rows.
func (w *world) fingerprint() string {
	c, ctx := w.f.Client, w.f.Ctx
	var b strings.Builder
	fmt.Fprintf(&b, "audit=%d plans=%d targets=%d indicators=%d realizations=%d appraisals=%d scores=%d objections=%d",
		c.AuditEvent.Query().CountX(ctx), c.Plan.Query().CountX(ctx), c.Target.Query().CountX(ctx),
		c.Indicator.Query().CountX(ctx), c.Realization.Query().CountX(ctx), c.Appraisal.Query().CountX(ctx),
		c.Score.Query().CountX(ctx), c.Objection.Query().CountX(ctx))
	for _, p := range c.Plan.Query().AllX(ctx) {
		fmt.Fprintf(&b, " p%d:%s", p.ID, p.Status)
	}
	for _, a := range c.Appraisal.Query().AllX(ctx) {
		fmt.Fprintf(&b, " a%d:%s:%s:%s", a.ID, a.Status, deref(a.Predikat), deref(a.Score))
	}
	return b.String()
}

// refuse runs a step that must fail with code and change nothing.
func (w *world) refuse(name string, code apperr.Code, step func() error) {
	w.t.Helper()
	before := w.fingerprint()
	err := step()
	if err == nil {
		w.t.Errorf("%s: succeeded, want %s", name, code)
		return
	}
	if e, ok := apperr.As(err); !ok || e.Code != code {
		w.t.Errorf("%s: error %v, want %s", name, err, code)
	}
	if after := w.fingerprint(); after != before {
		w.t.Errorf("%s: the database changed:\n before %s\n after  %s", name, before, after)
	}
}

// must returns v, and stops the test binary on an unexpected error (a
// failed setup step leaves nothing meaningful to check).
func must[T any](v T, err error) T {
	if err != nil {
		panic(fmt.Sprintf("unexpected error: %v", err))
	}
	return v
}

func ptr[T any](v T) *T { return &v }

func deref[T any](p *T) string {
	if p == nil {
		return "-"
	}
	return fmt.Sprint(*p)
}

func indicators(aspects ...indicator.Aspect) []*workflow.IndicatorInput {
	var out []*workflow.IndicatorInput
	for _, a := range aspects {
		out = append(out, &workflow.IndicatorInput{Description: "IKI " + string(a), Aspect: a, TargetValue: 12, Unit: "dokumen"})
	}
	return out
}

// agreedPlans gives boss and staff agreed plans, the staff target
// supporting the boss's, and returns the staff plan and its target.
func (w *world) agreedPlans() (*ent.Plan, *ent.Target) {
	bp := must(w.wf.CreatePlan(w.bossCtx, workflow.CreatePlanInput{PeriodID: w.per.ID, EmployeeID: w.boss.ID}))
	bt := must(w.wf.AddTarget(w.bossCtx, bp.ID, workflow.TargetInput{Title: "Penilaian kinerja ASN tepat waktu", Indicators: indicators(indicator.AspectQuantity)}))
	must(w.wf.SubmitPlan(w.bossCtx, bp.ID))
	must(w.wf.ApprovePlan(w.headCtx, bp.ID, nil))
	sp := must(w.wf.CreatePlan(w.staffCtx, workflow.CreatePlanInput{PeriodID: w.per.ID, EmployeeID: w.staff.ID}))
	st := must(w.wf.AddTarget(w.staffCtx, sp.ID, workflow.TargetInput{Title: "Dokumen SKP terverifikasi", ParentID: &bt.ID,
		Indicators: indicators(indicator.AspectQuantity, indicator.AspectQuality, indicator.AspectTime)}))
	must(w.wf.SubmitPlan(w.staffCtx, sp.ID))
	sp = must(w.wf.ApprovePlan(w.bossCtx, sp.ID, ptr("Disetujui")))
	return sp, st
}

func TestPlanTransitions(t *testing.T) {
	w := newWorld(t, "")
	wf := w.wf

	p := must(wf.CreatePlan(w.staffCtx, workflow.CreatePlanInput{PeriodID: w.per.ID, EmployeeID: w.staff.ID}))
	if p.Status != plan.StatusDraft {
		t.Errorf("new plan status = %s, want DRAFT", p.Status)
	}
	if a := w.f.Client.Plan.QueryAppraiser(p).OnlyIDX(w.f.Ctx); a != w.boss.ID {
		t.Errorf("appraiser = %d, want the supervisor %d", a, w.boss.ID)
	}
	w.refuse("second plan for the same period", apperr.Conflict, func() error {
		_, err := wf.CreatePlan(w.staffCtx, workflow.CreatePlanInput{PeriodID: w.per.ID, EmployeeID: w.staff.ID})
		return err
	})
	w.refuse("plan for someone else", apperr.Forbidden, func() error {
		_, err := wf.CreatePlan(w.otherCtx, workflow.CreatePlanInput{PeriodID: w.per.ID, EmployeeID: w.boss.ID})
		return err
	})
	// HR may open a plan for anyone.
	op := must(wf.CreatePlan(w.hrCtx, workflow.CreatePlanInput{PeriodID: w.per.ID, EmployeeID: w.other.ID}))

	bp := must(wf.CreatePlan(w.bossCtx, workflow.CreatePlanInput{PeriodID: w.per.ID, EmployeeID: w.boss.ID}))
	bt := must(wf.AddTarget(w.bossCtx, bp.ID, workflow.TargetInput{Title: "Hasil atasan", Indicators: indicators(indicator.AspectQuantity)}))
	ot := must(wf.AddTarget(w.hrCtx, op.ID, workflow.TargetInput{Title: "Hasil orang lain", Indicators: indicators(indicator.AspectQuantity)}))

	w.refuse("target supporting a stranger's target", apperr.InvalidInput, func() error {
		_, err := wf.AddTarget(w.staffCtx, p.ID, workflow.TargetInput{Title: "X", ParentID: &ot.ID})
		return err
	})
	w.refuse("target without a title", apperr.InvalidInput, func() error {
		_, err := wf.AddTarget(w.staffCtx, p.ID, workflow.TargetInput{Title: " "})
		return err
	})
	w.refuse("indicator with target 0", apperr.InvalidInput, func() error {
		_, err := wf.AddTarget(w.staffCtx, p.ID, workflow.TargetInput{Title: "X", Indicators: []*workflow.IndicatorInput{{Description: "d", Aspect: indicator.AspectQuantity, TargetValue: 0, Unit: "u"}}})
		return err
	})
	w.refuse("the supervisor edits the staff's draft", apperr.Forbidden, func() error {
		_, err := wf.AddTarget(w.bossCtx, p.ID, workflow.TargetInput{Title: "X"})
		return err
	})
	t1 := must(wf.AddTarget(w.staffCtx, p.ID, workflow.TargetInput{Title: "Tanpa indikator", ParentID: &bt.ID}))
	if got := w.f.Client.Target.QueryParent(t1).OnlyIDX(w.f.Ctx); got != bt.ID {
		t.Errorf("cascade parent = %d, want %d", got, bt.ID)
	}
	w.refuse("submit with a target without indicators", apperr.InvalidInput, func() error { _, err := wf.SubmitPlan(w.staffCtx, p.ID); return err })
	must(wf.UpdateTarget(w.staffCtx, t1.ID, workflow.UpdateTargetInput{Indicators: indicators(indicator.AspectQuantity, indicator.AspectTime)}))
	w.refuse("approve a draft", apperr.InvalidState, func() error { _, err := wf.ApprovePlan(w.bossCtx, p.ID, nil); return err })

	p = must(wf.SubmitPlan(w.staffCtx, p.ID))
	if p.Status != plan.StatusSubmitted || p.SubmittedAt == nil {
		t.Errorf("submitted plan = %s %v", p.Status, p.SubmittedAt)
	}
	w.refuse("edit a submitted plan", apperr.InvalidState, func() error {
		_, err := wf.AddTarget(w.staffCtx, p.ID, workflow.TargetInput{Title: "Baru"})
		return err
	})
	w.refuse("the employee agrees its own plan", apperr.Forbidden, func() error { _, err := wf.ApprovePlan(w.staffCtx, p.ID, nil); return err })
	w.refuse("the superior's superior agrees it", apperr.Forbidden, func() error { _, err := wf.ApprovePlan(w.headCtx, p.ID, nil); return err })
	w.refuse("HR agrees a plan that has an appraiser", apperr.Forbidden, func() error { _, err := wf.ApprovePlan(w.hrCtx, p.ID, nil); return err })
	w.refuse("return without a note", apperr.InvalidInput, func() error { _, err := wf.ReturnPlan(w.bossCtx, p.ID, " "); return err })

	p = must(wf.ReturnPlan(w.bossCtx, p.ID, "Tambahkan indikator kualitas"))
	if p.Status != plan.StatusReturned || p.Note != "Tambahkan indikator kualitas" {
		t.Errorf("returned plan = %s %q", p.Status, p.Note)
	}
	t2 := must(wf.AddTarget(w.staffCtx, p.ID, workflow.TargetInput{Title: "Tambahan", Kind: ptr(targetAdditional()), Indicators: indicators(indicator.AspectQuality)}))
	must(wf.RemoveTarget(w.staffCtx, t2.ID))
	must(wf.SubmitPlan(w.staffCtx, p.ID))
	p = must(wf.ApprovePlan(w.bossCtx, p.ID, ptr("OK")))
	if p.Status != plan.StatusAgreed || p.AgreedAt == nil {
		t.Errorf("agreed plan = %s %v", p.Status, p.AgreedAt)
	}
	w.refuse("change an agreed plan", apperr.InvalidState, func() error {
		_, err := wf.UpdateTarget(w.staffCtx, t1.ID, workflow.UpdateTargetInput{Title: ptr("Ubah")})
		return err
	})
	w.refuse("remove a target of an agreed plan", apperr.InvalidState, func() error { _, err := wf.RemoveTarget(w.staffCtx, t1.ID); return err })

	// A later change of supervisor does not rewrite the plan's appraiser.
	w.f.Client.Employee.UpdateOne(w.staff).SetSupervisor(w.head).ExecX(w.f.Ctx)
	if a := w.f.Client.Plan.QueryAppraiser(p).OnlyIDX(w.f.Ctx); a != w.boss.ID {
		t.Errorf("appraiser after the supervisor changed = %d, want still %d", a, w.boss.ID)
	}

	// Every transition left its named audit event.
	for _, action := range []string{"plan.create", "target.add", "target.update", "target.remove", "plan.submit", "plan.return", "plan.approve"} {
		if n := w.f.Client.AuditEvent.Query().Where(auditevent.Action(action)).CountX(w.f.Ctx); n == 0 {
			t.Errorf("no audit event %s", action)
		}
	}
	ev := w.f.Client.AuditEvent.Query().Where(auditevent.Action("plan.approve"), auditevent.EntityID(p.ID)).OnlyX(w.f.Ctx)
	if ev.ActorName != "Kabid" || ev.Before["status"] != "SUBMITTED" || ev.After["status"] != "AGREED" {
		t.Errorf("approve event = actor %q before %v after %v", ev.ActorName, ev.Before, ev.After)
	}
}

func TestRealization(t *testing.T) {
	w := newWorld(t, "")
	p, tg := w.agreedPlans()
	ind := w.f.Client.Target.QueryIndicators(tg).FirstX(w.f.Ctx)
	in := workflow.RealizationInput{Quarter: 1, Value: 3, Evidence: "https://arsip.example/skp-q1.pdf"}
	w.refuse("record in the planning phase", apperr.InvalidState, func() error { _, err := w.wf.RecordRealization(w.staffCtx, ind.ID, in); return err })
	w.phase(period.PhaseExecution)
	w.refuse("the supervisor records for the employee", apperr.Forbidden, func() error { _, err := w.wf.RecordRealization(w.bossCtx, ind.ID, in); return err })
	for name, bad := range map[string]workflow.RealizationInput{
		"quarter 0":      {Quarter: 0, Value: 1, Evidence: "e"},
		"quarter 5":      {Quarter: 5, Value: 1, Evidence: "e"},
		"negative value": {Quarter: 1, Value: -1, Evidence: "e"},
		"no evidence":    {Quarter: 1, Value: 1, Evidence: "  "},
	} {
		w.refuse(name, apperr.InvalidInput, func() error { _, err := w.wf.RecordRealization(w.staffCtx, ind.ID, bad); return err })
	}
	r := must(w.wf.RecordRealization(w.staffCtx, ind.ID, in))
	in.Value = 4
	r2 := must(w.wf.RecordRealization(w.staffCtx, ind.ID, in))
	if r2.ID != r.ID || r2.Value != 4 {
		t.Errorf("re-recording a quarter = %d/%v, want the same row %d with 4", r2.ID, r2.Value, r.ID)
	}
	must(w.wf.RecordRealization(w.staffCtx, ind.ID, workflow.RealizationInput{Quarter: 2, Value: 5, Evidence: "e"}))
	if n := w.f.Client.Realization.Query().CountX(w.f.Ctx); n != 2 {
		t.Errorf("realisations = %d, want 2", n)
	}
	_ = p
}

// releaseAnnual walks the staff plan to a released annual appraisal rated
// result/behaviour, with a year of realisations.
func (w *world) releaseAnnual(result, behaviour scoring.Rating) *ent.Appraisal {
	p, tg := w.agreedPlans()
	w.phase(period.PhaseExecution)
	for _, ind := range w.f.Client.Target.QueryIndicators(tg).AllX(w.f.Ctx) {
		for q := 1; q <= 4; q++ {
			must(w.wf.RecordRealization(w.staffCtx, ind.ID, workflow.RealizationInput{Quarter: q, Value: 3, Evidence: "bukti"}))
		}
	}
	w.phase(period.PhaseAssessment)
	a := must(w.wf.StartAppraisal(w.bossCtx, p.ID, appraisal.KindAnnual, nil))
	must(w.wf.RateAppraisal(w.bossCtx, a.ID, workflow.RateAppraisalInput{ResultRating: &result, BehaviourRating: &behaviour}))
	return must(w.wf.SubmitAppraisal(w.bossCtx, a.ID))
}

func TestAppraisal2022(t *testing.T) {
	w := newWorld(t, period.ScoringMethodPermenpan2022)
	p, tg := w.agreedPlans()
	w.refuse("annual appraisal in the planning phase", apperr.InvalidState, func() error {
		_, err := w.wf.StartAppraisal(w.bossCtx, p.ID, appraisal.KindAnnual, nil)
		return err
	})
	w.phase(period.PhaseExecution)
	for _, ind := range w.f.Client.Target.QueryIndicators(tg).AllX(w.f.Ctx) {
		for q := 1; q <= 4; q++ {
			must(w.wf.RecordRealization(w.staffCtx, ind.ID, workflow.RealizationInput{Quarter: q, Value: 3, Evidence: "bukti"}))
		}
	}
	w.refuse("quarterly appraisal without a quarter", apperr.InvalidInput, func() error {
		_, err := w.wf.StartAppraisal(w.bossCtx, p.ID, appraisal.KindQuarterly, nil)
		return err
	})
	q1 := must(w.wf.StartAppraisal(w.bossCtx, p.ID, appraisal.KindQuarterly, ptr(1)))
	if q1.Quarter == nil || *q1.Quarter != 1 {
		t.Errorf("quarterly appraisal quarter = %v", q1.Quarter)
	}
	w.refuse("the same quarter twice", apperr.Conflict, func() error {
		_, err := w.wf.StartAppraisal(w.bossCtx, p.ID, appraisal.KindQuarterly, ptr(1))
		return err
	})
	w.phase(period.PhaseAssessment)
	w.refuse("the employee starts its own appraisal", apperr.Forbidden, func() error {
		_, err := w.wf.StartAppraisal(w.staffCtx, p.ID, appraisal.KindAnnual, nil)
		return err
	})
	a := must(w.wf.StartAppraisal(w.bossCtx, p.ID, appraisal.KindAnnual, nil))

	// Before release the employee cannot read it, on any path.
	if _, err := w.f.Client.Appraisal.Get(w.staffCtx, a.ID); !ent.IsNotFound(err) {
		t.Errorf("staff reads the draft appraisal: %v, want not found", err)
	}
	if n := w.f.Client.Plan.QueryAppraisals(p).CountX(w.staffCtx); n != 0 {
		t.Errorf("staff sees %d draft appraisals through its plan", n)
	}
	if _, err := w.f.Client.Appraisal.Get(w.bossCtx, a.ID); err != nil {
		t.Errorf("the appraiser cannot read the draft: %v", err)
	}

	w.refuse("rate with an unknown criterion", apperr.InvalidInput, func() error {
		_, err := w.wf.RateAppraisal(w.bossCtx, a.ID, workflow.RateAppraisalInput{Scores: []*workflow.ScoreInput{{CriterionCode: ptr("NOPE"), Rating: ptr(scoring.Meets)}}})
		return err
	})
	w.refuse("rate a value above 100", apperr.InvalidInput, func() error {
		_, err := w.wf.RateAppraisal(w.bossCtx, a.ID, workflow.RateAppraisalInput{Scores: []*workflow.ScoreInput{{CriterionCode: ptr("KOLABORATIF"), Value: ptr(101.0)}}})
		return err
	})
	w.refuse("the employee rates itself", apperr.NotFound, func() error {
		_, err := w.wf.RateAppraisal(w.staffCtx, a.ID, workflow.RateAppraisalInput{ResultRating: ptr(scoring.Above)})
		return err
	})
	w.refuse("release before rating", apperr.InvalidInput, func() error { _, err := w.wf.SubmitAppraisal(w.bossCtx, a.ID); return err })

	var scores []*workflow.ScoreInput
	for _, code := range []string{"BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF"} {
		scores = append(scores, &workflow.ScoreInput{CriterionCode: ptr(code), Rating: ptr(scoring.Meets)})
	}
	scores = append(scores, &workflow.ScoreInput{CriterionCode: ptr("KOLABORATIF"), Rating: ptr(scoring.Above), Note: ptr("Sangat kooperatif")},
		&workflow.ScoreInput{TargetID: &tg.ID, Rating: ptr(scoring.Above)})
	a = must(w.wf.RateAppraisal(w.bossCtx, a.ID, workflow.RateAppraisalInput{ResultRating: ptr(scoring.Above), BehaviourRating: ptr(scoring.Meets), Scores: scores}))
	if a.Predikat == nil || *a.Predikat != scoring.Baik {
		t.Errorf("ABOVE/MEETS predikat = %v, want BAIK", a.Predikat)
	}
	if a.SuggestedResultRating == nil || *a.SuggestedResultRating != scoring.Above || a.SuggestedBehaviourRating == nil || *a.SuggestedBehaviourRating != scoring.Meets {
		t.Errorf("suggestions = %v/%v, want ABOVE/MEETS", a.SuggestedResultRating, a.SuggestedBehaviourRating)
	}
	if a.Score == nil || a.Timeliness == nil || a.Quality == nil || a.Teamwork == nil {
		t.Fatalf("advisory score %v, timeliness %v, quality %v, teamwork %v: want all set", a.Score, a.Timeliness, a.Quality, a.Teamwork)
	}
	// Realised 12 of 12 on each aspect: quantity 100, quality (mean 3 of 12) 25, time 12 of 12 → 76.
	wantTarget := (100.0 + 25 + 76) / 3
	wantBehaviour := (6*scoring.RatingValue(scoring.Meets) + scoring.RatingValue(scoring.Above)) / 7
	if want := scoring.FinalScore(wantTarget, wantBehaviour); math.Abs(*a.Score-want) > 0.01 {
		t.Errorf("advisory score = %v, want %v", *a.Score, want)
	}
	if *a.Timeliness != 76 || *a.Quality != 25 || *a.Teamwork != scoring.RatingValue(scoring.Above) {
		t.Errorf("timeliness %v quality %v teamwork %v, want 76, 25, %v", *a.Timeliness, *a.Quality, *a.Teamwork, scoring.RatingValue(scoring.Above))
	}

	// The matrix is data: an agency's own matrix for the period decides.
	m := scoring.DefaultMatrix()
	m[scoring.Above][scoring.Meets] = scoring.SangatBaik
	w.f.Client.Period.UpdateOne(w.per).SetPredikatMatrix(m.Cells()).ExecX(w.f.Ctx)
	a = must(w.wf.RateAppraisal(w.bossCtx, a.ID, workflow.RateAppraisalInput{}))
	if *a.Predikat != scoring.SangatBaik {
		t.Errorf("predikat under the period's own matrix = %v, want SANGAT_BAIK", *a.Predikat)
	}
	w.f.Client.Period.UpdateOne(w.per).ClearPredikatMatrix().ExecX(w.f.Ctx)

	a = must(w.wf.SubmitAppraisal(w.bossCtx, a.ID))
	if a.Status != appraisal.StatusSubmitted || a.ReleasedAt == nil {
		t.Fatalf("released appraisal = %s %v", a.Status, a.ReleasedAt)
	}
	if _, err := w.f.Client.Appraisal.Get(w.staffCtx, a.ID); err != nil {
		t.Errorf("staff cannot read the released appraisal: %v", err)
	}
	w.refuse("rate after release", apperr.InvalidState, func() error {
		_, err := w.wf.RateAppraisal(w.bossCtx, a.ID, workflow.RateAppraisalInput{ResultRating: ptr(scoring.Below)})
		return err
	})
	w.refuse("release twice", apperr.InvalidState, func() error { _, err := w.wf.SubmitAppraisal(w.bossCtx, a.ID); return err })
	w.refuse("the supervisor acknowledges for the employee", apperr.Forbidden, func() error { _, err := w.wf.AcknowledgeAppraisal(w.bossCtx, a.ID); return err })
	w.refuse("finalize inside the objection window", apperr.InvalidState, func() error { _, err := w.wf.FinalizeAppraisal(w.bossCtx, a.ID); return err })

	a = must(w.wf.AcknowledgeAppraisal(w.staffCtx, a.ID))
	if a.Status != appraisal.StatusFinal || a.FinalizedAt == nil || a.AcknowledgedAt == nil {
		t.Errorf("acknowledged appraisal = %s", a.Status)
	}
	w.refuse("rate a final appraisal", apperr.InvalidState, func() error { _, err := w.wf.RateAppraisal(w.bossCtx, a.ID, workflow.RateAppraisalInput{}); return err })
	w.refuse("object to a final appraisal", apperr.InvalidState, func() error { _, err := w.wf.FileObjection(w.staffCtx, a.ID, "tidak setuju"); return err })
	w.refuse("acknowledge twice", apperr.InvalidState, func() error { _, err := w.wf.AcknowledgeAppraisal(w.staffCtx, a.ID); return err })
	w.refuse("record realisation after the final appraisal", apperr.InvalidState, func() error {
		ind := w.f.Client.Target.QueryIndicators(tg).FirstX(w.f.Ctx)
		_, err := w.wf.RecordRealization(w.staffCtx, ind.ID, workflow.RealizationInput{Quarter: 4, Value: 1, Evidence: "x"})
		return err
	})
	// Even a direct write is refused at the data layer.
	if err := w.f.Client.Appraisal.UpdateOneID(a.ID).SetNote("diam-diam").Exec(w.f.Ctx); !apperr.Is(err, apperr.InvalidState) {
		t.Errorf("direct update of a final appraisal = %v, want INVALID_STATE", err)
	}
	if err := w.f.Client.Score.Update().Where().SetNote("x").Exec(w.f.Ctx); !apperr.Is(err, apperr.InvalidState) {
		t.Errorf("direct update of a final appraisal's scores = %v, want INVALID_STATE", err)
	}
}

func TestAppraisalNumeric2011(t *testing.T) {
	w := newWorld(t, period.ScoringMethodNumeric2011)
	p, tg := w.agreedPlans()
	w.phase(period.PhaseExecution)
	// Quantity: 3 a quarter = 12 of 12 → 100. Quality: 90 each quarter (mean 90) of 12?
	// Use realistic values per aspect.
	values := map[indicator.Aspect]float64{indicator.AspectQuantity: 3, indicator.AspectQuality: 2.7, indicator.AspectTime: 2.28}
	for _, ind := range w.f.Client.Target.QueryIndicators(tg).AllX(w.f.Ctx) {
		for q := 1; q <= 4; q++ {
			must(w.wf.RecordRealization(w.staffCtx, ind.ID, workflow.RealizationInput{Quarter: q, Value: values[ind.Aspect], Evidence: "bukti"}))
		}
	}
	w.phase(period.PhaseAssessment)
	a := must(w.wf.StartAppraisal(w.bossCtx, p.ID, appraisal.KindAnnual, nil))
	w.refuse("a typed value for a target under 2011", apperr.InvalidInput, func() error {
		_, err := w.wf.RateAppraisal(w.bossCtx, a.ID, workflow.RateAppraisalInput{Scores: []*workflow.ScoreInput{{TargetID: &tg.ID, Value: ptr(90.0)}}})
		return err
	})
	partial := []*workflow.ScoreInput{
		{CriterionCode: ptr("ORIENTASI_PELAYANAN"), Value: ptr(80.0)},
		{CriterionCode: ptr("INTEGRITAS"), Value: ptr(85.0)},
	}
	must(w.wf.RateAppraisal(w.bossCtx, a.ID, workflow.RateAppraisalInput{Scores: partial}))
	w.refuse("release with behaviour missing", apperr.InvalidInput, func() error { _, err := w.wf.SubmitAppraisal(w.bossCtx, a.ID); return err })
	rest := []*workflow.ScoreInput{
		{CriterionCode: ptr("KOMITMEN"), Value: ptr(90.0)},
		{CriterionCode: ptr("DISIPLIN"), Value: ptr(75.0)},
		{CriterionCode: ptr("KERJA_SAMA"), Value: ptr(70.0)},
	}
	a = must(w.wf.RateAppraisal(w.bossCtx, a.ID, workflow.RateAppraisalInput{Scores: rest}))

	// Brute force: quantity 12/12 → 100; quality mean 2.7 of 12 → 22.5;
	// time 9.12 of 12 → efficiency 24% → 100. Target = mean = 74.1667.
	// Behaviour = (80+85+90+75+70)/5 = 80. Final = 0.6·74.1667 + 0.4·80 = 76.5.
	target := (100 + 2.7/12*100 + 100) / 3
	want := math.Round((0.6*target+0.4*80)*100) / 100
	if a.Score == nil || math.Abs(*a.Score-want) > 0.001 {
		t.Fatalf("score = %v, want %v", a.Score, want)
	}
	if a.Predikat == nil || *a.Predikat != scoring.Band(want) || *a.Predikat != scoring.Baik {
		t.Errorf("predikat = %v, want %v (BAIK)", a.Predikat, scoring.Band(want))
	}
	if a.Teamwork == nil || *a.Teamwork != 70 || a.Timeliness == nil || *a.Timeliness != 100 {
		t.Errorf("teamwork %v timeliness %v, want 70 and 100", a.Teamwork, a.Timeliness)
	}
	ts := w.f.Client.Score.Query().Where().AllX(w.f.Ctx)
	var found bool
	for _, s := range ts {
		if s.Value != nil && math.Abs(*s.Value-math.Round(target*100)/100) < 0.001 {
			found = true
		}
	}
	if !found {
		t.Errorf("no target score row with the computed value %.2f", target)
	}
	a = must(w.wf.SubmitAppraisal(w.bossCtx, a.ID))
	if a.Status != appraisal.StatusSubmitted {
		t.Errorf("status = %s", a.Status)
	}
}

func TestObjections(t *testing.T) {
	w := newWorld(t, "")
	a := w.releaseAnnual(scoring.Meets, scoring.Below) // KURANG
	if *a.Predikat != scoring.Kurang {
		t.Fatalf("MEETS/BELOW = %v, want KURANG", *a.Predikat)
	}
	w.refuse("objection by someone else", apperr.Forbidden, func() error { _, err := w.wf.FileObjection(w.hrCtx, a.ID, "x"); return err })
	w.refuse("objection without reasons", apperr.InvalidInput, func() error { _, err := w.wf.FileObjection(w.staffCtx, a.ID, " "); return err })
	w.now = w.now.Add(13 * 24 * time.Hour) // still inside the 14 days
	o := must(w.wf.FileObjection(w.staffCtx, a.ID, "Perilaku kerja saya sesuai ekspektasi; bukti terlampir."))
	if o.Status != objection.StatusOpen || *o.PredikatBefore != scoring.Kurang {
		t.Errorf("objection = %s before %v", o.Status, o.PredikatBefore)
	}
	if st := w.f.Client.Appraisal.GetX(w.f.Ctx, a.ID).Status; st != appraisal.StatusObjected {
		t.Errorf("appraisal status = %s, want OBJECTED", st)
	}
	w.refuse("a second objection", apperr.InvalidState, func() error { _, err := w.wf.FileObjection(w.staffCtx, a.ID, "lagi"); return err })
	w.refuse("finalize with an open objection", apperr.InvalidState, func() error { _, err := w.wf.FinalizeAppraisal(w.hrCtx, a.ID); return err })
	w.refuse("the appraiser decides on its own appraisal", apperr.Forbidden, func() error {
		_, err := w.wf.DecideObjection(w.bossCtx, o.ID, workflow.DecideObjectionInput{Decision: workflow.Uphold, Note: "tetap"})
		return err
	})
	w.refuse("HR decides where the appraiser has a superior", apperr.Forbidden, func() error {
		_, err := w.wf.DecideObjection(w.hrCtx, o.ID, workflow.DecideObjectionInput{Decision: workflow.Uphold, Note: "tetap"})
		return err
	})
	w.refuse("REVISE without new ratings", apperr.InvalidInput, func() error {
		_, err := w.wf.DecideObjection(w.headCtx, o.ID, workflow.DecideObjectionInput{Decision: workflow.Revise, Note: "ubah"})
		return err
	})
	w.refuse("a decision without grounds", apperr.InvalidInput, func() error {
		_, err := w.wf.DecideObjection(w.headCtx, o.ID, workflow.DecideObjectionInput{Decision: workflow.Uphold})
		return err
	})
	o = must(w.wf.DecideObjection(w.headCtx, o.ID, workflow.DecideObjectionInput{
		Decision: workflow.Revise, Note: "Bukti mendukung; perilaku sesuai ekspektasi.", BehaviourRating: ptr(scoring.Meets)}))
	if o.Status != objection.StatusRevised || o.PredikatAfter == nil || *o.PredikatAfter != scoring.Baik || o.DecidedAt == nil {
		t.Errorf("decided objection = %s after %v", o.Status, o.PredikatAfter)
	}
	if got := w.f.Client.Objection.QueryDecidedBy(o).OnlyIDX(w.f.Ctx); got != w.head.ID {
		t.Errorf("decided by %d, want the head %d", got, w.head.ID)
	}
	fa := w.f.Client.Appraisal.GetX(w.f.Ctx, a.ID)
	if fa.Status != appraisal.StatusFinal || *fa.Predikat != scoring.Baik {
		t.Errorf("appraisal after REVISE = %s %v, want FINAL BAIK", fa.Status, *fa.Predikat)
	}
	// The employee sees the reason, the decision and who made it.
	seen := w.f.Client.Objection.Query().Where(objection.ID(o.ID)).WithDecidedBy().OnlyX(w.staffCtx)
	if seen.DecisionNote == "" || seen.Edges.DecidedBy == nil || seen.Reason == "" {
		t.Errorf("the employee's view of the objection lacks the decision: %+v", seen)
	}
	w.refuse("decide again (no second appeal)", apperr.InvalidState, func() error {
		_, err := w.wf.DecideObjection(w.headCtx, o.ID, workflow.DecideObjectionInput{Decision: workflow.Uphold, Note: "lagi"})
		return err
	})
}

func TestLateObjectionAndFinalize(t *testing.T) {
	w := newWorld(t, "")
	a := w.releaseAnnual(scoring.Meets, scoring.Meets)
	w.now = w.now.Add(14*24*time.Hour + time.Minute)
	w.refuse("an objection after 14 days", apperr.InvalidState, func() error { _, err := w.wf.FileObjection(w.staffCtx, a.ID, "terlambat"); return err })
	w.refuse("the employee finalizes", apperr.Forbidden, func() error { _, err := w.wf.FinalizeAppraisal(w.staffCtx, a.ID); return err })
	a = must(w.wf.FinalizeAppraisal(w.bossCtx, a.ID))
	if a.Status != appraisal.StatusFinal {
		t.Errorf("status = %s, want FINAL", a.Status)
	}
}

func TestUpholdAndHRDecidesForTheTop(t *testing.T) {
	w := newWorld(t, "")
	a := w.releaseAnnual(scoring.Below, scoring.Meets)
	o := must(w.wf.FileObjection(w.staffCtx, a.ID, "keberatan"))
	o = must(w.wf.DecideObjection(w.headCtx, o.ID, workflow.DecideObjectionInput{Decision: workflow.Uphold, Note: "Penilaian sudah tepat."}))
	if o.Status != objection.StatusUpheld || *o.PredikatAfter != scoring.ButuhPerbaikan {
		t.Errorf("upheld objection = %s %v", o.Status, o.PredikatAfter)
	}
	if st := w.f.Client.Appraisal.GetX(w.f.Ctx, a.ID).Status; st != appraisal.StatusFinal {
		t.Errorf("status = %s", st)
	}

	// The boss's own plan is appraised by the head, who has no superior:
	// HR decides objections against the head's appraisals.
	bp := w.f.Client.Plan.Query().Where(plan.HasEmployeeWith(employee.ID(w.boss.ID))).OnlyX(w.f.Ctx)
	ba := must(w.wf.StartAppraisal(w.headCtx, bp.ID, appraisal.KindAnnual, nil))
	must(w.wf.RateAppraisal(w.headCtx, ba.ID, workflow.RateAppraisalInput{ResultRating: ptr(scoring.Meets), BehaviourRating: ptr(scoring.Meets)}))
	must(w.wf.SubmitAppraisal(w.headCtx, ba.ID))
	bo := must(w.wf.FileObjection(w.bossCtx, ba.ID, "keberatan"))

	items := must(w.wf.Inbox(w.hrCtx, w.f.Client))
	var hrSees bool
	for _, it := range items {
		if it.Kind == workflow.ObjectionToDecide && it.Objection.ID == bo.ID {
			hrSees = true
		}
	}
	if !hrSees {
		t.Errorf("HR's inbox lacks the objection against the head's appraisal: %+v", items)
	}
	w.refuse("the head decides on its own appraisal", apperr.Forbidden, func() error {
		_, err := w.wf.DecideObjection(w.headCtx, bo.ID, workflow.DecideObjectionInput{Decision: workflow.Uphold, Note: "x"})
		return err
	})
	must(w.wf.DecideObjection(w.hrCtx, bo.ID, workflow.DecideObjectionInput{Decision: workflow.Uphold, Note: "tetap"}))
}

func TestInbox(t *testing.T) {
	w := newWorld(t, "")
	w.f.Client.Period.UpdateOne(w.per).SetPlanDeadline(time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC)).ExecX(w.f.Ctx)
	sp := must(w.wf.CreatePlan(w.staffCtx, workflow.CreatePlanInput{PeriodID: w.per.ID, EmployeeID: w.staff.ID}))
	kinds := func(ctx context.Context) []string {
		var out []string
		for _, it := range must(w.wf.Inbox(ctx, w.f.Client)) {
			out = append(out, fmt.Sprintf("%s:%s", it.Kind, it.Employee.Name))
		}
		return out
	}
	if got := fmt.Sprint(kinds(w.staffCtx)); got != "[PLAN_TO_COMPLETE:Staf]" {
		t.Errorf("staff inbox with a draft = %s", got)
	}
	must(w.wf.AddTarget(w.staffCtx, sp.ID, workflow.TargetInput{Title: "T", Indicators: indicators(indicator.AspectQuantity)}))
	must(w.wf.SubmitPlan(w.staffCtx, sp.ID))
	items := must(w.wf.Inbox(w.bossCtx, w.f.Client))
	if len(items) != 1 || items[0].Kind != workflow.PlanToAgree || !items[0].Overdue || items[0].Deadline == nil {
		t.Errorf("boss inbox = %+v, want one overdue PLAN_TO_AGREE", items)
	}
	if got := kinds(w.otherCtx); len(got) != 0 {
		t.Errorf("outsider inbox = %v", got)
	}
}

func targetAdditional() target.Kind { return target.KindAdditional }
