package workflow_test

import (
	"testing"

	"kinerja/ent/indicator"
	"kinerja/ent/plan"
	"kinerja/internal/apperr"
	"kinerja/internal/workflow"
)

// TestEscalation: after two returns the employee asks the appraiser's
// superior to settle the plan; only that superior settles it, and the
// count of returns starts again.
func TestEscalation(t *testing.T) {
	w := newWorld(t, "")
	p := must(w.wf.CreatePlan(w.as(w.staff), workflow.CreatePlanInput{PeriodID: w.per.ID, EmployeeID: w.staff.ID}))(t)
	tg := must(w.wf.AddTarget(w.as(w.staff), p.ID, workflow.TargetInput{Title: "Verifikasi berkas", Indicators: indicators(indicator.AspectQuantity)}))(t)
	roundTrip := func(note string) {
		t.Helper()
		must(w.wf.SubmitPlan(w.as(w.staff), p.ID))(t)
		must(w.wf.ReturnPlan(w.as(w.boss), p.ID, note))(t)
	}
	roundTrip("Target terlalu rendah")
	w.refuse(t, "escalate after one return", apperr.InvalidState, func() error {
		_, err := w.wf.EscalatePlan(w.as(w.staff), p.ID, "tidak sepakat")
		return err
	})
	roundTrip("Masih terlalu rendah")
	if got := w.f.Client.Plan.GetX(w.f.Ctx, p.ID).ReturnCount; got != 2 {
		t.Fatalf("return count = %d, want 2", got)
	}
	w.refuse(t, "the appraiser escalates", apperr.Forbidden, func() error {
		_, err := w.wf.EscalatePlan(w.as(w.boss), p.ID, "x")
		return err
	})
	w.refuse(t, "escalate without reasons", apperr.InvalidInput, func() error {
		_, err := w.wf.EscalatePlan(w.as(w.staff), p.ID, " ")
		return err
	})
	p = must(w.wf.EscalatePlan(w.as(w.staff), p.ID, "Target sudah sesuai beban kerja unit; lihat renstra."))(t)
	if p.Status != plan.StatusEscalated || p.EscalatedAt == nil || p.EscalationReason == "" {
		t.Fatalf("escalated plan = %s at %v: %q", p.Status, deref(p.EscalatedAt), p.EscalationReason)
	}
	w.refuse(t, "edit an escalated plan", apperr.InvalidState, func() error {
		_, err := w.wf.UpdateTarget(w.as(w.staff), tg.ID, workflow.UpdateTargetInput{Title: ptr("Ubah")})
		return err
	})
	w.refuse(t, "the appraiser returns it again", apperr.InvalidState, func() error {
		_, err := w.wf.ReturnPlan(w.as(w.boss), p.ID, "lagi")
		return err
	})
	var inboxed bool
	for _, it := range must(w.wf.Inbox(w.as(w.head), w.f.Client))(t) {
		inboxed = inboxed || (it.Kind == workflow.PlanToSettle && it.Plan.ID == p.ID)
	}
	if !inboxed {
		t.Error("the superior's inbox lacks the plan to settle")
	}
	for _, who := range []struct {
		name string
		ctx  func() error
	}{
		{"the appraiser settles", func() error {
			_, err := w.wf.SettlePlan(w.as(w.boss), p.ID, workflow.SettlePlanInput{Settlement: workflow.SettleAgree, Note: "ok"})
			return err
		}},
		{"HR settles where the appraiser has a superior", func() error {
			_, err := w.wf.SettlePlan(w.as(w.hr), p.ID, workflow.SettlePlanInput{Settlement: workflow.SettleAgree, Note: "ok"})
			return err
		}},
		{"the employee settles", func() error {
			_, err := w.wf.SettlePlan(w.as(w.staff), p.ID, workflow.SettlePlanInput{Settlement: workflow.SettleAgree, Note: "ok"})
			return err
		}},
	} {
		w.refuse(t, who.name, apperr.Forbidden, who.ctx)
	}
	w.refuse(t, "settle without grounds", apperr.InvalidInput, func() error {
		_, err := w.wf.SettlePlan(w.as(w.head), p.ID, workflow.SettlePlanInput{Settlement: workflow.SettleAgree})
		return err
	})
	p = must(w.wf.SettlePlan(w.as(w.head), p.ID, workflow.SettlePlanInput{Settlement: workflow.SettleAgree, Note: "Target sesuai renstra."}))(t)
	if p.Status != plan.StatusAgreed || p.AgreedAt == nil || p.ReturnCount != 0 || p.Note != "Target sesuai renstra." {
		t.Errorf("settled plan = %s, agreed %v, returns %d, note %q", p.Status, deref(p.AgreedAt), p.ReturnCount, p.Note)
	}
	w.refuse(t, "settle twice", apperr.InvalidState, func() error {
		_, err := w.wf.SettlePlan(w.as(w.head), p.ID, workflow.SettlePlanInput{Settlement: workflow.SettleReturn, Note: "lagi"})
		return err
	})
}

// TestEscalationReturned: the superior may send the plan back instead; a
// new escalation then needs two more returns.
func TestEscalationReturned(t *testing.T) {
	w := newWorld(t, "")
	p := must(w.wf.CreatePlan(w.as(w.staff), workflow.CreatePlanInput{PeriodID: w.per.ID, EmployeeID: w.staff.ID}))(t)
	must(w.wf.AddTarget(w.as(w.staff), p.ID, workflow.TargetInput{Title: "Verifikasi berkas", Indicators: indicators(indicator.AspectQuantity)}))(t)
	for range 2 {
		must(w.wf.SubmitPlan(w.as(w.staff), p.ID))(t)
		must(w.wf.ReturnPlan(w.as(w.boss), p.ID, "ubah"))(t)
	}
	must(w.wf.EscalatePlan(w.as(w.staff), p.ID, "tidak sepakat"))(t)
	p = must(w.wf.SettlePlan(w.as(w.head), p.ID, workflow.SettlePlanInput{Settlement: workflow.SettleReturn, Note: "Naikkan target menjadi 150 berkas."}))(t)
	if p.Status != plan.StatusReturned || p.ReturnCount != 0 {
		t.Errorf("plan returned by the superior = %s with %d returns", p.Status, p.ReturnCount)
	}
	w.refuse(t, "escalate again at once", apperr.InvalidState, func() error {
		_, err := w.wf.EscalatePlan(w.as(w.staff), p.ID, "lagi")
		return err
	})
}
