package workflow_test

import (
	"math"
	"strings"
	"testing"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/indicator"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/target"
	"kinerja/ent/unitrating"
	"kinerja/internal/apperr"
	"kinerja/internal/scoring"
	"kinerja/internal/workflow"
)

// planOf agrees a staff plan with the given targets (the first supporting
// the boss's target) and moves the period to execution.
func (w *world) planOf(targets ...workflow.TargetInput) (*ent.Plan, []*ent.Target) {
	w.t.Helper()
	bp := must(w.wf.CreatePlan(w.as(w.boss), workflow.CreatePlanInput{PeriodID: w.per.ID, EmployeeID: w.boss.ID}))(w.t)
	bt := must(w.wf.AddTarget(w.as(w.boss), bp.ID, workflow.TargetInput{Title: "Layanan tepat waktu", Indicators: indicators(indicator.AspectQuantity)}))(w.t)
	must(w.wf.SubmitPlan(w.as(w.boss), bp.ID))(w.t)
	must(w.wf.ApprovePlan(w.as(w.head), bp.ID, nil))(w.t)
	sp := must(w.wf.CreatePlan(w.as(w.staff), workflow.CreatePlanInput{PeriodID: w.per.ID, EmployeeID: w.staff.ID}))(w.t)
	var out []*ent.Target
	for i, in := range targets {
		if i == 0 {
			in.ParentID = &bt.ID
		}
		out = append(out, must(w.wf.AddTarget(w.as(w.staff), sp.ID, in))(w.t))
	}
	must(w.wf.SubmitPlan(w.as(w.staff), sp.ID))(w.t)
	sp = must(w.wf.ApprovePlan(w.as(w.boss), sp.ID, nil))(w.t)
	w.phase(period.PhaseExecution)
	return sp, out
}

func (w *world) record(ind *ent.Indicator, quarter int, v float64) {
	w.t.Helper()
	must(w.wf.RecordRealization(w.as(w.staff), ind.ID, workflow.RealizationInput{Quarter: quarter, Value: v, Evidence: "bukti"}))(w.t)
}

func indicatorOf(w *world, t *ent.Target, a indicator.Aspect) *ent.Indicator {
	w.t.Helper()
	return w.f.Client.Indicator.Query().Where(indicator.HasTargetWith(target.ID(t.ID)), indicator.AspectEQ(a)).OnlyX(w.f.Ctx)
}

// TestQuarterMeasuresAgainstTheTarget: a five-day task done in four days
// in the first quarter is 4 against 5 (96), not 4 against a quarter of 5.
func TestQuarterMeasuresAgainstTheTarget(t *testing.T) {
	w := newWorld(t, period.ScoringMethodNumeric2011)
	p, ts := w.planOf(workflow.TargetInput{Title: "Laporan selesai", Indicators: []*workflow.IndicatorInput{
		{Description: "Laporan", Aspect: indicator.AspectQuantity, TargetValue: 1, Unit: "laporan"},
		{Description: "Waktu", Aspect: indicator.AspectTime, TargetValue: 5, Unit: "hari"},
	}})
	w.record(indicatorOf(w, ts[0], indicator.AspectQuantity), 1, 1)
	w.record(indicatorOf(w, ts[0], indicator.AspectTime), 1, 4)
	q1 := must(w.wf.StartAppraisal(w.as(w.boss), p.ID, appraisal.KindQuarterly, ptr(1)))(t)
	q1 = must(w.wf.RateAppraisal(w.as(w.boss), q1.ID, workflow.RateAppraisalInput{}))(t)
	want := scoring.Round2(scoring.AspectScore(scoring.AspectTime, 5, 4))
	if q1.Timeliness == nil || *q1.Timeliness != want || want != 96 {
		t.Errorf("Q1 timeliness = %v, want %v = 96 (4 days of 5)", deref(q1.Timeliness), want)
	}
	if q1.SKPScore == nil || *q1.SKPScore < 90 {
		t.Errorf("Q1 SKP value = %v, want the task counted as done", deref(q1.SKPScore))
	}
}

// TestNotDoneAndAdditionalTasks2011: a MAIN target with nothing realised
// scores 0 on every aspect; an additional task done adds its bonus to the
// SKP value instead of being averaged in.
func TestNotDoneAndAdditionalTasks2011(t *testing.T) {
	w := newWorld(t, period.ScoringMethodNumeric2011)
	extra := target.KindAdditional
	_, ts := w.planOf(
		workflow.TargetInput{Title: "Verifikasi berkas", Indicators: indicators(indicator.AspectQuantity, indicator.AspectQuality)},
		workflow.TargetInput{Title: "Pemutakhiran data", Indicators: indicators(indicator.AspectQuantity, indicator.AspectQuality)},
		workflow.TargetInput{Title: "Narasumber", Kind: &extra, Indicators: indicators(indicator.AspectQuantity)},
	)
	for q := 1; q <= 4; q++ {
		w.record(indicatorOf(w, ts[0], indicator.AspectQuantity), q, 3)
		w.record(indicatorOf(w, ts[0], indicator.AspectQuality), q, 12)
		w.record(indicatorOf(w, ts[1], indicator.AspectQuantity), q, 0)
		w.record(indicatorOf(w, ts[1], indicator.AspectQuality), q, 12) // quality without output
	}
	w.record(indicatorOf(w, ts[2], indicator.AspectQuantity), 2, 1)
	w.phase(period.PhaseAssessment)
	p := w.f.Client.Plan.Query().Where(plan.HasEmployeeWith(employee.ID(w.staff.ID))).OnlyX(w.f.Ctx)
	a := must(w.wf.StartAppraisal(w.as(w.boss), p.ID, appraisal.KindAnnual, nil))(t)
	a = must(w.wf.RateAppraisal(w.as(w.boss), a.ID, w.complete(p, scoring.Meets, scoring.Meets)))(t)

	scores := map[int]float64{}
	for _, sc := range w.f.Client.Appraisal.QueryScores(a).WithTarget().AllX(w.f.Ctx) {
		if sc.Edges.Target != nil && sc.Value != nil {
			scores[sc.Edges.Target.ID] = *sc.Value
		}
	}
	if scores[ts[1].ID] != 0 {
		t.Errorf("target not done scores %v, want 0", scores[ts[1].ID])
	}
	if scores[ts[0].ID] != 100 {
		t.Errorf("target done in full scores %v, want 100", scores[ts[0].ID])
	}
	// Mean of the two MAIN targets (100 and 0) plus one additional task done.
	want := (100.0+0)/2 + scoring.DefaultBonus().AdditionalBonus(1)
	if a.SKPScore == nil || math.Abs(*a.SKPScore-want) > 0.001 {
		t.Errorf("SKP value = %v, want %v", deref(a.SKPScore), want)
	}
	// Creativity acknowledged by the agency adds its own bonus; clearing it
	// takes it away again.
	agency := appraisal.CreativityAgency
	a = must(w.wf.RateAppraisal(w.as(w.boss), a.ID, workflow.RateAppraisalInput{Creativity: &agency}))(t)
	bonus := scoring.DefaultBonus().AdditionalBonus(1) + scoring.DefaultBonus().CreativityBonus(scoring.CreativityAgency)
	if a.Bonus == nil || *a.Bonus != bonus || a.SKPScore == nil || math.Abs(*a.SKPScore-(50+bonus)) > 0.001 {
		t.Errorf("with creativity: bonus %v, SKP value %v, want %v and %v", deref(a.Bonus), deref(a.SKPScore), bonus, 50+bonus)
	}
	w.refuse(t, "creativity set and cleared at once", apperr.InvalidInput, func() error {
		_, err := w.wf.RateAppraisal(w.as(w.boss), a.ID, workflow.RateAppraisalInput{Creativity: &agency, ClearCreativity: ptr(true)})
		return err
	})
	a = must(w.wf.RateAppraisal(w.as(w.boss), a.ID, workflow.RateAppraisalInput{ClearCreativity: ptr(true)}))(t)
	if a.Creativity != nil || a.Bonus == nil || *a.Bonus != 1 {
		t.Errorf("creativity cleared: %v, bonus %v, want none and 1", deref(a.Creativity), deref(a.Bonus))
	}
}

// TestCreativityIsNumericOnly: the 2022 method has no bonus.
func TestCreativityIsNumericOnly(t *testing.T) {
	w := newWorld(t, period.ScoringMethodPermenpan2022)
	p, _ := w.planOf(workflow.TargetInput{Title: "Dokumen", Indicators: indicators(indicator.AspectQuantity)})
	a := must(w.wf.StartAppraisal(w.as(w.boss), p.ID, appraisal.KindQuarterly, ptr(1)))(t)
	unit := appraisal.CreativityUnit
	w.refuse(t, "creativity under PERMENPAN_2022", apperr.InvalidInput, func() error {
		_, err := w.wf.RateAppraisal(w.as(w.boss), a.ID, workflow.RateAppraisalInput{Creativity: &unit})
		return err
	})
}

// TestRealisationLocks: a final first-quarter appraisal closes that quarter
// only; a final annual appraisal closes them all.
func TestRealisationLocks(t *testing.T) {
	w := newWorld(t, "")
	p, ts := w.planOf(workflow.TargetInput{Title: "Dokumen", Indicators: indicators(indicator.AspectQuantity)})
	ind := indicatorOf(w, ts[0], indicator.AspectQuantity)
	w.record(ind, 1, 3)
	q1 := must(w.wf.StartAppraisal(w.as(w.boss), p.ID, appraisal.KindQuarterly, ptr(1)))(t)
	must(w.wf.RateAppraisal(w.as(w.boss), q1.ID, w.complete(p, scoring.Meets, scoring.Meets)))(t)
	must(w.wf.SubmitAppraisal(w.as(w.boss), q1.ID))(t)
	must(w.wf.AcknowledgeAppraisal(w.as(w.staff), q1.ID))(t)

	w.record(ind, 2, 3) // the second quarter stays open
	w.refuse(t, "correct the first quarter after its appraisal is final", apperr.InvalidState, func() error {
		_, err := w.wf.RecordRealization(w.as(w.staff), ind.ID, workflow.RealizationInput{Quarter: 1, Value: 4, Evidence: "ralat"})
		if err == nil || !strings.Contains(err.Error(), "quarter 1") {
			t.Errorf("refusal %v does not name quarter 1", err)
		}
		return err
	})
}

// TestUnitHeadFollowsTheUnit: the head of a unit rated ISTIMEWA is
// suggested ABOVE, and a later rating of BAIK changes the draft to MEETS.
func TestUnitHeadFollowsTheUnit(t *testing.T) {
	w := newWorld(t, "")
	unit := w.f.UnitNamed("BKPSDM")
	w.f.Client.OrgUnit.UpdateOne(unit).SetHead(w.boss).ExecX(w.f.Ctx)
	w.planOf(workflow.TargetInput{Title: "Dokumen", Indicators: indicators(indicator.AspectQuantity)})
	w.phase(period.PhaseAssessment)
	must(w.wf.SetUnitRating(w.as(w.hr), w.per.ID, unit.ID, unitrating.RatingIstimewa))(t)
	bp := w.f.Client.Plan.Query().Where(plan.HasEmployeeWith(employee.ID(w.boss.ID))).OnlyX(w.f.Ctx)
	a := must(w.wf.StartAppraisal(w.as(w.head), bp.ID, appraisal.KindAnnual, nil))(t)
	a = must(w.wf.RateAppraisal(w.as(w.head), a.ID, workflow.RateAppraisalInput{}))(t)
	if a.SuggestedResultRating == nil || *a.SuggestedResultRating != scoring.Above {
		t.Errorf("head of an ISTIMEWA unit: suggested %v, want ABOVE", deref(a.SuggestedResultRating))
	}
	must(w.wf.SetUnitRating(w.as(w.hr), w.per.ID, unit.ID, unitrating.RatingBaik))(t)
	a = w.f.Client.Appraisal.GetX(w.f.Ctx, a.ID)
	if a.SuggestedResultRating == nil || *a.SuggestedResultRating != scoring.Meets {
		t.Errorf("head of a BAIK unit: suggested %v, want MEETS", deref(a.SuggestedResultRating))
	}
	// The staff member heads nothing: no rating follows the unit.
	sp := w.f.Client.Plan.Query().Where(plan.HasEmployeeWith(employee.ID(w.staff.ID))).OnlyX(w.f.Ctx)
	sa := must(w.wf.StartAppraisal(w.as(w.boss), sp.ID, appraisal.KindAnnual, nil))(t)
	sa = must(w.wf.RateAppraisal(w.as(w.boss), sa.ID, workflow.RateAppraisalInput{}))(t)
	if sa.SuggestedResultRating != nil {
		t.Errorf("staff suggested %v with no target rated, want none", *sa.SuggestedResultRating)
	}
}
