package workflow_test

import (
	"testing"
	"time"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/indicator"
	"kinerja/internal/apperr"
	"kinerja/internal/asn"
	"kinerja/internal/scoring"
	"kinerja/internal/workflow"
)

// TestActingAppraiser: HR names a Plh. for the staff member for a range of
// days; the plan started inside the range and the appraisal started inside
// a later one record the acting official, what is started outside records
// the supervisor, and bad appointments are refused with nothing written.
func TestActingAppraiser(t *testing.T) {
	w := newWorld(t, "")
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	appoint := func(acting *ent.Employee, kind asn.Acting, from, to time.Time) (*ent.ActingAppraiser, error) {
		return w.f.Client.ActingAppraiser.Create().SetEmployee(w.staff).SetActing(acting).SetKind(kind).
			SetStartsOn(from).SetEndsOn(to).Save(w.as(w.hr))
	}
	// 1 March 2026 (the world's clock) is inside 1–7 March.
	must(appoint(w.other, asn.Plh, day(2026, 3, 1), day(2026, 3, 7)))(t)

	refuseActing := func(name string, code apperr.Code, acting *ent.Employee, from, to time.Time) {
		t.Helper()
		w.refuse(t, name, code, func() error {
			_, err := appoint(acting, asn.Plt, from, to)
			return err
		})
	}
	refuseActing("an overlapping appointment", apperr.Conflict, w.head, day(2026, 3, 7), day(2026, 3, 20))
	refuseActing("a range that ends before it starts", apperr.InvalidInput, w.head, day(2026, 4, 2), day(2026, 4, 1))
	refuseActing("the employee as its own appraiser", apperr.InvalidInput, w.staff, day(2026, 5, 1), day(2026, 5, 2))
	if _, err := w.f.Client.ActingAppraiser.Create().SetEmployee(w.staff).SetActing(w.head).SetKind(asn.Plt).
		SetStartsOn(day(2026, 6, 1)).SetEndsOn(day(2026, 6, 30)).Save(w.as(w.boss)); err == nil {
		t.Error("a supervisor appointed an acting appraiser; only HR may")
	}

	p := must(w.wf.CreatePlan(w.as(w.staff), workflow.CreatePlanInput{PeriodID: w.per.ID, EmployeeID: w.staff.ID}))(t)
	if got := w.f.Client.Plan.QueryAppraiser(p).OnlyIDX(w.f.Ctx); got != w.other.ID || p.AppraiserActing == nil || *p.AppraiserActing != asn.Plh {
		t.Fatalf("plan started in the range: appraiser %d acting %v, want the Plh. %d", got, p.AppraiserActing, w.other.ID)
	}
	// The acting official agrees the plan it appraises.
	must(w.wf.AddTarget(w.as(w.staff), p.ID, workflow.TargetInput{Title: "Verifikasi berkas", Indicators: indicators(indicator.AspectQuantity)}))(t)
	must(w.wf.SubmitPlan(w.as(w.staff), p.ID))(t)
	must(w.wf.ApprovePlan(w.as(w.other), p.ID, nil))(t)
	w.phase("EXECUTION")

	// After the range the plan's appraiser starts the quarterly appraisal
	// as itself; inside a Plt. range the Plt. does, and is recorded.
	w.now = time.Date(2026, 4, 10, 9, 0, 0, 0, time.UTC)
	q1 := 1
	a1 := must(w.wf.StartAppraisal(w.as(w.other), p.ID, appraisal.KindQuarterly, &q1))(t)
	if got := w.f.Client.Appraisal.QueryAppraiser(a1).OnlyIDX(w.f.Ctx); got != w.other.ID || a1.AppraiserActing != nil {
		t.Errorf("appraisal started after the range: appraiser %d acting %v, want the plan's appraiser as itself", got, a1.AppraiserActing)
	}
	must(appoint(w.head, asn.Plt, day(2026, 7, 1), day(2026, 7, 31)))(t)
	w.now = time.Date(2026, 7, 31, 15, 30, 0, 0, time.UTC) // 23:30 WITA on the last day
	q2 := 2
	w.refuse(t, "someone else starts it", apperr.Forbidden, func() error {
		_, err := w.wf.StartAppraisal(w.as(w.staff), p.ID, appraisal.KindQuarterly, &q2)
		return err
	})
	a2 := must(w.wf.StartAppraisal(w.as(w.head), p.ID, appraisal.KindQuarterly, &q2))(t)
	if got := w.f.Client.Appraisal.QueryAppraiser(a2).OnlyIDX(w.f.Ctx); got != w.head.ID || a2.AppraiserActing == nil || *a2.AppraiserActing != asn.Plt {
		t.Errorf("appraisal started on the Plt.'s last evening: appraiser %d acting %v, want the Plt. %d", got, a2.AppraiserActing, w.head.ID)
	}
	// The Plt. rates and releases it; the plan's own appraiser may not.
	w.refuse(t, "the plan's appraiser rates the Plt.'s appraisal", apperr.Forbidden, func() error {
		_, err := w.wf.RateAppraisal(w.as(w.other), a2.ID, workflow.RateAppraisalInput{ResultRating: ptr(scoring.Meets)})
		return err
	})
	must(w.wf.RateAppraisal(w.as(w.head), a2.ID, workflow.RateAppraisalInput{ResultRating: ptr(scoring.Meets)}))(t)
}
