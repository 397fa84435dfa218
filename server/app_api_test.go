package server_test

import (
	"fmt"
	"testing"

	"kinerja/ent"
	"kinerja/ent/period"
	"kinerja/internal/fx"
	"kinerja/internal/scoring"
	"kinerja/internal/workflow"
)

// What the app needs from the API: the cascade picker, the home page in one
// request, inbox items with days left, the latest predikat without N+1,
// and a preview of a rating that saves nothing.

func TestSupportableTargetsAndHome(t *testing.T) {
	w := newWhereScene(t)
	staff, boss, peer := w.role("staff"), w.role("supervisor"), w.role("peer in another unit")

	var home struct {
		Viewer struct {
			CurrentPeriod struct{ ID, Phase string }
			CurrentPlan   *struct {
				ID                 string
				Status             string
				SupportableTargets []struct{ Title string }
			}
			Can      struct{ Appraise, DecideObjections bool }
			Employee struct{ LatestPredikat *string }
		}
		Inbox []struct {
			Kind     string
			DaysLeft *int
			Overdue  bool
		}
	}
	q := `{ viewer { currentPeriod { id phase } currentPlan { id status supportableTargets { title } } can { appraise decideObjections }
		employee { latestPredikat } } inbox { kind daysLeft overdue } }`
	staff.MustQuery(q, nil, &home)
	if home.Viewer.CurrentPeriod.ID != fmt.Sprint(w.period) {
		t.Errorf("current period %s, want %d", home.Viewer.CurrentPeriod.ID, w.period)
	}
	p := home.Viewer.CurrentPlan
	if p == nil || len(p.SupportableTargets) != 1 || p.SupportableTargets[0].Title != "Hasil Kabid" {
		t.Fatalf("the staff's plan offers %+v to support, want the supervisor's one target", p)
	}
	if home.Viewer.Can.Appraise || home.Viewer.Can.DecideObjections {
		t.Errorf("staff can %+v", home.Viewer.Can)
	}
	// The supervisor appraised the staff, who objected: the supervisor's
	// inbox asks for the explanation.
	boss.MustQuery(q, nil, &home)
	if !home.Viewer.Can.Appraise || home.Viewer.Can.DecideObjections {
		t.Errorf("supervisor can %+v", home.Viewer.Can)
	}
	kinds := map[string]int{}
	for _, it := range home.Inbox {
		kinds[it.Kind]++
	}
	if kinds["OBJECTION_TO_EXPLAIN"] != 1 {
		t.Errorf("the appraiser's inbox has %v, want one OBJECTION_TO_EXPLAIN", kinds)
	}
	w.role("superior").MustQuery(q, nil, &home)
	if !home.Viewer.Can.DecideObjections {
		t.Errorf("the superior cannot decide objections")
	}
	// Days left count calendar days in the agency's zone.
	peer.MustQuery(q, nil, &home)
	for _, it := range home.Inbox {
		if it.Kind == "PLAN_TO_COMPLETE" && it.DaysLeft == nil {
			t.Errorf("an item with a deadline has no daysLeft")
		}
	}
}

func TestLatestPredikatWithoutNPlusOne(t *testing.T) {
	s := newScene(t)
	f := s.f
	// Annual appraisals made final for n subordinates of the boss.
	per := f.Period(2030, "", period.PhaseExecution)
	final := func(e *ent.Employee, r scoring.Rating) {
		ctx := f.As(e)
		p, err := s.wf.CreatePlan(ctx, workflow.CreatePlanInput{PeriodID: per.ID, EmployeeID: e.ID})
		s.must(err)
		_, err = s.wf.AddTarget(ctx, p.ID, workflow.TargetInput{Title: "Hasil", Indicators: []*workflow.IndicatorInput{{Description: "d", Aspect: "QUANTITY", TargetValue: 1, Unit: "u"}}})
		s.must(err)
		_, err = s.wf.SubmitPlan(ctx, p.ID)
		s.must(err)
		_, err = s.wf.ApprovePlan(s.bossCtx, p.ID, nil)
		s.must(err)
		f.SetPhase(per, period.PhaseAssessment)
		defer f.SetPhase(per, period.PhaseExecution)
		a, err := s.wf.StartAppraisal(s.bossCtx, p.ID, "ANNUAL", nil)
		s.must(err)
		_, err = s.wf.RateAppraisal(s.bossCtx, a.ID, f.Complete(p.ID, r, r))
		s.must(err)
		_, err = s.wf.SubmitAppraisal(s.bossCtx, a.ID)
		s.must(err)
		_, err = s.wf.AcknowledgeAppraisal(ctx, a.ID)
		s.must(err)
	}
	boss := s.clients[rSupervisor]
	count := func() (int64, map[string]string) {
		var out struct {
			Employees struct {
				Edges []struct {
					Node struct {
						Name           string
						LatestPredikat *string
					}
				}
			}
		}
		before := f.Store.Statements.Load()
		boss.MustQuery(`{ employees(first: 100) { edges { node { name latestPredikat } } } }`, nil, &out)
		got := map[string]string{}
		for _, e := range out.Employees.Edges {
			if e.Node.LatestPredikat != nil {
				got[e.Node.Name] = *e.Node.LatestPredikat
			}
		}
		return f.Store.Statements.Load() - before, got
	}
	final(s.staff, scoring.Above)
	few, got := count()
	if got["Staf"] != "SANGAT_BAIK" {
		t.Fatalf("latest predikat of the staff: %v", got)
	}
	for i := range 6 {
		final(f.Employee(fmt.Sprintf("Staf %d", i), fx.Supervisor(s.boss)), scoring.Meets)
	}
	many, got := count()
	if len(got) != 7 {
		t.Errorf("the supervisor sees %d latest predikat, want 7: %v", len(got), got)
	}
	if many != few {
		t.Errorf("statements grow with rows: %d for 1 employee with a predikat, %d for 7", few, many)
	}
	// Others see no predikat of people outside their part.
	var peerView struct {
		Employees struct {
			Edges []struct {
				Node struct{ LatestPredikat *string }
			}
		}
	}
	s.clients[rEmployee].MustQuery(`{ employees(first: 100) { edges { node { latestPredikat } } } }`, nil, &peerView)
	n := 0
	for _, e := range peerView.Employees.Edges {
		if e.Node.LatestPredikat != nil {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the staff sees %d latest predikat, want only its own", n)
	}
}

func TestAppraisalPreviewSavesNothing(t *testing.T) {
	s := newScene(t)
	st := s.stage("appraisal")
	boss, staff := s.clients[rSupervisor], s.clients[rEmployee]
	var matrix struct {
		Node struct {
			PredikatMatrix []struct{ Result, Behaviour, Predikat string }
		}
	}
	boss.MustQuery(`query($id: ID!) { node(id: $id) { ... on Period { predikatMatrix { result behaviour predikat } } } }`, map[string]any{"id": id(st.period.ID)}, &matrix)
	if len(matrix.Node.PredikatMatrix) != 9 {
		t.Fatalf("matrix has %d cells", len(matrix.Node.PredikatMatrix))
	}
	fingerprint := func() string {
		a := s.f.Client.Appraisal.GetX(s.f.Ctx, st.appraisal.ID)
		n := s.f.Client.AuditEvent.Query().CountX(s.f.Ctx)
		return fmt.Sprintf("%v %v %v %d", a.ResultRating, a.BehaviourRating, a.Predikat, n)
	}
	before := fingerprint()
	q := `query($id: ID!, $r: Rating, $b: Rating) { appraisalPreview(id: $id, input: {resultRating: $r, behaviourRating: $b}) { predikat deviates } }`
	for _, c := range matrix.Node.PredikatMatrix {
		var out struct{ AppraisalPreview struct{ Predikat string } }
		boss.MustQuery(q, map[string]any{"id": id(st.appraisal.ID), "r": c.Result, "b": c.Behaviour}, &out)
		if out.AppraisalPreview.Predikat != c.Predikat {
			t.Errorf("preview of %s/%s gives %s, the matrix says %s", c.Result, c.Behaviour, out.AppraisalPreview.Predikat, c.Predikat)
		}
	}
	if after := fingerprint(); after != before {
		t.Errorf("the preview saved something: %s → %s", before, after)
	}
	if r := staff.Query(q, map[string]any{"id": id(st.appraisal.ID), "r": "ABOVE", "b": "ABOVE"}); r.Code() == "" {
		t.Errorf("the appraised employee previews its own appraisal")
	}
}

// TestAgencyZone: the app shows dates in the agency's zone, which the API
// names; anonymous callers learn nothing.
func TestAgencyZone(t *testing.T) {
	w := newWhereScene(t)
	var got struct {
		Agency struct{ Place, TimeZone, ZoneAbbreviation string }
	}
	w.role("staff").MustQuery(`{ agency { place timeZone zoneAbbreviation } }`, nil, &got)
	if got.Agency.TimeZone != "Asia/Makassar" || got.Agency.ZoneAbbreviation != "WITA" || got.Agency.Place != "Makassar" {
		t.Errorf("agency %+v, want Makassar in Asia/Makassar (WITA)", got.Agency)
	}
}
