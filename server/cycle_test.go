package server_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"kinerja/ent/employee"
	"kinerja/ent/period"
	"kinerja/internal/fx"
	"kinerja/internal/viewer"
)

// people are the four roles of the cycle, each signed in over HTTP.
type people struct {
	staff, boss, head, hr *fx.Client
	periodID              string
}

// cycleWorld is a unit of four, signed in, and a period in planning.
func cycleWorld(t *testing.T, method period.ScoringMethod) people {
	f := fx.New(t)
	head := f.Employee("Kepala Badan", fx.Unit("BKPSDM"), fx.Kind(employee.PositionKindJPTPratama))
	boss := f.Employee("Kepala Bidang", fx.Unit("BKPSDM"), fx.Supervisor(head), fx.Kind(employee.PositionKindAdministrator))
	staff := f.Employee("Analis", fx.Unit("BKPSDM"), fx.Supervisor(boss))
	hr := f.Employee("Admin SDM", fx.Unit("BKPSDM"), fx.Supervisor(boss))
	per := f.Period(2026, method, period.PhasePlanning)
	return people{
		staff:    f.Login(f.Account(staff)),
		boss:     f.Login(f.Account(boss)),
		head:     f.Login(f.Account(head)),
		hr:       f.Login(f.Account(hr, viewer.HRAdmin)),
		periodID: fmt.Sprint(per.ID),
	}
}

type idOnly struct{ ID string }

// plan creates, fills and submits a plan for the caller; parent is the
// supervisor's target to support ("" for none). It returns the plan ID, the
// target ID and the indicator IDs.
func submitPlan(t *testing.T, c *fx.Client, periodID, employeeID, parent string) (string, string, []string) {
	t.Helper()
	var p struct{ CreatePlan idOnly }
	c.MustQuery(`mutation($p: ID!, $e: ID!) { createPlan(input: {periodID: $p, employeeID: $e}) { id } }`,
		map[string]any{"p": periodID, "e": employeeID}, &p)
	in := map[string]any{"title": "Layanan kepegawaian tepat waktu", "indicators": []map[string]any{
		{"description": "Dokumen diproses", "aspect": "QUANTITY", "targetValue": 120, "unit": "dokumen"},
		{"description": "Mutu dokumen", "aspect": "QUALITY", "targetValue": 100, "unit": "%"},
		{"description": "Waktu penyelesaian", "aspect": "TIME", "targetValue": 12, "unit": "bulan"},
	}}
	if parent != "" {
		in["parentID"] = parent
	}
	var tg struct {
		AddTarget struct {
			ID         string
			Parent     *idOnly
			Indicators []idOnly
		}
	}
	c.MustQuery(`mutation($id: ID!, $in: TargetInput!) { addTarget(planID: $id, input: $in) { id parent { id } indicators { id } } }`,
		map[string]any{"id": p.CreatePlan.ID, "in": in}, &tg)
	if parent != "" && (tg.AddTarget.Parent == nil || tg.AddTarget.Parent.ID != parent) {
		t.Errorf("cascade: parent = %+v, want %s", tg.AddTarget.Parent, parent)
	}
	var s struct{ SubmitPlan struct{ Status string } }
	c.MustQuery(`mutation($id: ID!) { submitPlan(id: $id) { status } }`, map[string]any{"id": p.CreatePlan.ID}, &s)
	if s.SubmitPlan.Status != "SUBMITTED" {
		t.Errorf("submitPlan status = %s", s.SubmitPlan.Status)
	}
	var ids []string
	for _, i := range tg.AddTarget.Indicators {
		ids = append(ids, i.ID)
	}
	return p.CreatePlan.ID, tg.AddTarget.ID, ids
}

func viewerEmployeeID(c *fx.Client) string {
	var v struct{ Viewer struct{ Employee idOnly } }
	c.MustQuery(`{ viewer { employee { id } } }`, nil, &v)
	return v.Viewer.Employee.ID
}

func setPhase(t *testing.T, hr *fx.Client, periodID, phase string) {
	t.Helper()
	hr.MustQuery(`mutation($id: ID!, $ph: PeriodPhase!) { updatePeriod(id: $id, input: {phase: $ph}) { phase } }`,
		map[string]any{"id": periodID, "ph": phase}, &struct{}{})
}

const appraisalFields = `id status resultRating behaviourRating predikat score skpScore behaviourScore timeliness quality teamwork objectionDeadline
  scores { value rating criterion { code } target { id } }`

type appraisalOut struct {
	ID, Status                    string
	ResultRating, BehaviourRating *string
	Predikat                      *string
	Score, SKPScore               *float64
	BehaviourScore                *float64
	Timeliness, Quality, Teamwork *float64
	ObjectionDeadline             *string
}

// TestCycle walks the whole yearly cycle through the API with four people
// — staff, supervisor, the supervisor's superior, HR — under each method.
func TestCycle(t *testing.T) {
	for _, method := range []period.ScoringMethod{period.ScoringMethodPermenpan2022, period.ScoringMethodNumeric2011} {
		t.Run(string(method), func(t *testing.T) { walkCycle(t, method) })
	}
}

func walkCycle(t *testing.T, method period.ScoringMethod) {
	p := cycleWorld(t, method)
	staffID, bossID := viewerEmployeeID(p.staff), viewerEmployeeID(p.boss)

	// Planning: the supervisor's plan, agreed by the head; the staff plan
	// cascades from it, is returned once, then agreed.
	bossPlan, bossTarget, _ := submitPlan(t, p.boss, p.periodID, bossID, "")
	p.head.MustQuery(`mutation($id: ID!) { approvePlan(id: $id, note: "Setuju") { status } }`, map[string]any{"id": bossPlan}, &struct{}{})
	staffPlan, staffTarget, inds := submitPlan(t, p.staff, p.periodID, staffID, bossTarget)
	if r := p.staff.Query(`mutation($id: ID!) { approvePlan(id: $id) { status } }`, map[string]any{"id": staffPlan}); r.Code() != "FORBIDDEN" {
		t.Errorf("staff approving its own plan: %+v", r.Errors)
	}
	var inbox struct {
		Inbox []struct {
			Kind     string
			Employee struct{ Name string }
			Plan     *idOnly
		}
	}
	p.boss.MustQuery(`{ inbox { kind employee { name } plan { id } } }`, nil, &inbox)
	if len(inbox.Inbox) != 1 || inbox.Inbox[0].Kind != "PLAN_TO_AGREE" || inbox.Inbox[0].Plan.ID != staffPlan {
		t.Errorf("supervisor inbox = %+v, want the staff plan to agree", inbox.Inbox)
	}
	p.boss.MustQuery(`mutation($id: ID!) { returnPlan(id: $id, note: "Perjelas indikator") { status } }`, map[string]any{"id": staffPlan}, &struct{}{})
	p.staff.MustQuery(`mutation($id: ID!) { submitPlan(id: $id) { status } }`, map[string]any{"id": staffPlan}, &struct{}{})
	var agreed struct{ ApprovePlan struct{ Status, Note string } }
	p.boss.MustQuery(`mutation($id: ID!) { approvePlan(id: $id, note: "Disetujui") { status note } }`, map[string]any{"id": staffPlan}, &agreed)
	if agreed.ApprovePlan.Status != "AGREED" {
		t.Fatalf("approvePlan = %+v", agreed.ApprovePlan)
	}
	if r := p.staff.Query(`mutation($id: ID!) { updateTarget(id: $id, input: {title: "Ubah"}) { id } }`, map[string]any{"id": staffTarget}); r.Code() != "INVALID_STATE" {
		t.Errorf("editing an agreed plan: %+v, want INVALID_STATE", r.Errors)
	}

	// Execution: realisations with evidence, four quarters.
	setPhase(t, p.hr, p.periodID, "EXECUTION")
	per := map[int]float64{0: 30, 1: 95, 2: 2.5} // quantity 120/120, quality 95, time 10 of 12 months
	for i, ind := range inds {
		for q := 1; q <= 4; q++ {
			p.staff.MustQuery(`mutation($id: ID!, $in: RealizationInput!) { recordRealization(indicatorID: $id, input: $in) { id } }`,
				map[string]any{"id": ind, "in": map[string]any{"quarter": q, "value": per[i], "evidence": fmt.Sprintf("https://arsip.example/q%d.pdf", q)}}, &struct{}{})
		}
	}
	var totals struct {
		Node struct {
			Targets []struct {
				Indicators []struct {
					Aspect    string
					YearTotal float64
				}
			}
		}
	}
	p.staff.MustQuery(`query($id: ID!) { node(id: $id) { ... on Plan { targets { indicators { aspect yearTotal } } } } }`, map[string]any{"id": staffPlan}, &totals)
	got := map[string]float64{}
	for _, i := range totals.Node.Targets[0].Indicators {
		got[i.Aspect] = i.YearTotal
	}
	if got["QUANTITY"] != 120 || got["QUALITY"] != 95 || got["TIME"] != 10 {
		t.Errorf("year totals = %v, want QUANTITY 120 (sum), QUALITY 95 (mean), TIME 10 (sum)", got)
	}

	// Assessment: the supervisor appraises; the staff cannot see it yet.
	setPhase(t, p.hr, p.periodID, "ASSESSMENT")
	var started struct{ StartAppraisal idOnly }
	p.boss.MustQuery(`mutation($id: ID!) { startAppraisal(planID: $id, kind: ANNUAL) { id } }`, map[string]any{"id": staffPlan}, &started)
	aID := started.StartAppraisal.ID
	if r := p.staff.Query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": aID}); r.Code() != "NOT_FOUND" {
		t.Errorf("staff reads the unreleased appraisal: %+v %s", r.Errors, r.Data)
	}
	var list struct{ Appraisals struct{ TotalCount int } }
	p.staff.MustQuery(`{ appraisals { totalCount } }`, nil, &list)
	if list.Appraisals.TotalCount != 0 {
		t.Errorf("staff lists %d unreleased appraisals", list.Appraisals.TotalCount)
	}

	var rate map[string]any
	if method == period.ScoringMethodPermenpan2022 {
		rate = map[string]any{"resultRating": "ABOVE", "behaviourRating": "BELOW", "scores": []map[string]any{
			{"criterionCode": "KOLABORATIF", "rating": "BELOW", "note": "Jarang terlibat kerja tim"},
			{"targetID": staffTarget, "rating": "ABOVE"},
		}}
	} else {
		var scores []map[string]any
		for code, v := range map[string]float64{"ORIENTASI_PELAYANAN": 70, "INTEGRITAS": 60, "KOMITMEN": 65, "DISIPLIN": 60, "KERJA_SAMA": 55} {
			scores = append(scores, map[string]any{"criterionCode": code, "value": v})
		}
		rate = map[string]any{"scores": scores}
	}
	var rated struct{ RateAppraisal appraisalOut }
	p.boss.MustQuery(`mutation($id: ID!, $in: RateAppraisalInput!) { rateAppraisal(id: $id, input: $in) { `+appraisalFields+` } }`,
		map[string]any{"id": aID, "in": rate}, &rated)
	a := rated.RateAppraisal
	// Brute force of the numeric score: quantity 100, quality 95, time
	// efficiency 100−10/12·100 = 16.7 % ≤ 24 → (1.76·12 − 10)/12·100 = 92.67.
	skp := (100 + 95 + (1.76*12-10)/12*100) / 3
	if a.SKPScore == nil || math.Abs(*a.SKPScore-skp) > 0.01 {
		t.Errorf("SKP value = %v, want %.2f", a.SKPScore, skp)
	}
	if a.Timeliness == nil || math.Abs(*a.Timeliness-92.67) > 0.01 || a.Quality == nil || *a.Quality != 95 || a.Teamwork == nil {
		t.Errorf("timeliness %v quality %v teamwork %v", a.Timeliness, a.Quality, a.Teamwork)
	}
	wantPredikat := "KURANG" // 2022: result ABOVE, behaviour BELOW
	if method == period.ScoringMethodNumeric2011 {
		beh := (70.0 + 60 + 65 + 60 + 55) / 5
		final := math.Round((0.6*skp+0.4*beh)*100) / 100
		if a.Score == nil || math.Abs(*a.Score-final) > 0.001 {
			t.Errorf("score = %v, want %.2f", a.Score, final)
		}
		wantPredikat = "BAIK" // 0.6·95.89 + 0.4·62 = 82.33
		if final < 76 || final >= 91 {
			t.Fatalf("fixture drifted: final %.2f is not in the BAIK band", final)
		}
	}
	if a.Predikat == nil || *a.Predikat != wantPredikat {
		t.Errorf("predikat = %v, want %s", a.Predikat, wantPredikat)
	}

	if method == period.ScoringMethodPermenpan2022 {
		// One BerAKHLAK value rated of seven: the release is refused, naming
		// the six, and nothing changes; then the rest are rated.
		r := p.boss.Query(`mutation($id: ID!) { submitAppraisal(id: $id) { id } }`, map[string]any{"id": aID})
		if r.Code() != "INVALID_STATE" || !strings.Contains(r.Message(), "Loyal") || strings.Contains(r.Message(), "Kolaboratif") {
			t.Errorf("release with six values unrated = %s %q, want INVALID_STATE naming them", r.Code(), r.Message())
		}
		var rest []map[string]any
		for _, code := range []string{"BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF"} {
			rest = append(rest, map[string]any{"criterionCode": code, "rating": "MEETS"})
		}
		var again struct{ RateAppraisal struct{ ID string } }
		p.boss.MustQuery(`mutation($id: ID!, $in: RateAppraisalInput!) { rateAppraisal(id: $id, input: $in) { id } }`,
			map[string]any{"id": aID, "in": map[string]any{"scores": rest}}, &again)
	}
	var released struct{ SubmitAppraisal appraisalOut }
	p.boss.MustQuery(`mutation($id: ID!) { submitAppraisal(id: $id) { `+appraisalFields+` } }`, map[string]any{"id": aID}, &released)
	if released.SubmitAppraisal.Status != "SUBMITTED" || released.SubmitAppraisal.ObjectionDeadline == nil {
		t.Errorf("released = %+v", released.SubmitAppraisal)
	}
	if r := p.boss.Query(`mutation($id: ID!) { finalizeAppraisal(id: $id) { id } }`, map[string]any{"id": aID}); r.Code() != "INVALID_STATE" {
		t.Errorf("finalize inside the window: %+v", r.Errors)
	}

	// The employee objects; the supervisor cannot decide, its superior does.
	var filed struct{ FileObjection idOnly }
	p.staff.MustQuery(`mutation($id: ID!) { fileObjection(appraisalID: $id, reason: "Saya aktif dalam tim; lihat notulen rapat.") { id } }`,
		map[string]any{"id": aID}, &filed)
	if r := p.staff.Query(`mutation($id: ID!) { fileObjection(appraisalID: $id, reason: "lagi") { id } }`, map[string]any{"id": aID}); r.Code() != "INVALID_STATE" {
		t.Errorf("second objection: %+v", r.Errors)
	}
	// The head's inbox: the objection to decide, due when the appraiser's
	// time to explain ends (the earliest deadline, so first), and the
	// supervisor's own annual appraisal to write.
	var headInbox struct{ Inbox []struct{ Kind string } }
	p.head.MustQuery(`{ inbox { kind } }`, nil, &headInbox)
	if fmt.Sprint(headInbox.Inbox) != "[{OBJECTION_TO_DECIDE} {APPRAISAL_TO_WRITE}]" {
		t.Errorf("head inbox = %+v", headInbox.Inbox)
	}
	decide := `mutation($id: ID!, $in: DecideObjectionInput!) { decideObjection(id: $id, input: $in) { status decisionNote decidedBy { name } predikatBefore predikatAfter appraisal { status predikat } } }`
	revise := map[string]any{"decision": "REVISE", "note": "Notulen menunjukkan kerja sama yang baik."}
	if method == period.ScoringMethodPermenpan2022 {
		revise["behaviourRating"] = "MEETS"
	} else {
		revise["scores"] = []map[string]any{{"criterionCode": "KERJA_SAMA", "value": 80}}
	}
	if r := p.boss.Query(decide, map[string]any{"id": filed.FileObjection.ID, "in": revise}); r.Code() != "FORBIDDEN" {
		t.Errorf("the appraiser deciding: %+v", r.Errors)
	}
	// The appraiser is heard first: the superior cannot decide yet, the
	// appraiser's inbox asks for the explanation by its deadline.
	if r := p.head.Query(decide, map[string]any{"id": filed.FileObjection.ID, "in": revise}); r.Code() != "INVALID_STATE" {
		t.Errorf("deciding before the explanation: %+v", r.Errors)
	}
	var toExplain struct {
		Inbox []struct {
			Kind     string
			Deadline *string
		}
	}
	p.boss.MustQuery(`{ inbox { kind deadline } }`, nil, &toExplain)
	var asked bool
	for _, it := range toExplain.Inbox {
		asked = asked || (it.Kind == "OBJECTION_TO_EXPLAIN" && it.Deadline != nil)
	}
	if !asked {
		t.Errorf("the appraiser's inbox = %+v, want OBJECTION_TO_EXPLAIN with a deadline", toExplain.Inbox)
	}
	explain := `mutation($id: ID!, $e: String!) { explainObjection(id: $id, explanation: $e) { status explanation explainedAt explanationDue decider { name } } }`
	if r := p.staff.Query(explain, map[string]any{"id": filed.FileObjection.ID, "e": "saya"}); r.Code() != "FORBIDDEN" && r.Code() != "NOT_FOUND" {
		t.Errorf("the employee explaining: %+v", r.Errors)
	}
	if r := p.boss.Query(explain, map[string]any{"id": filed.FileObjection.ID, "e": " "}); r.Code() != "INVALID_INPUT" {
		t.Errorf("an empty explanation: %+v", r.Errors)
	}
	var explained struct {
		ExplainObjection struct {
			Status, Explanation, ExplainedAt, ExplanationDue string
			Decider                                          struct{ Name string }
		}
	}
	p.boss.MustQuery(explain, map[string]any{"id": filed.FileObjection.ID, "e": "Kerja sama tim belum tampak pada rapat koordinasi."}, &explained)
	if e := explained.ExplainObjection; e.Status != "OPEN" || e.Explanation == "" || e.ExplainedAt == "" || e.ExplanationDue == "" || e.Decider.Name != "Kepala Badan" {
		t.Errorf("explained objection = %+v", e)
	}
	var decided struct {
		DecideObjection struct {
			Status, DecisionNote          string
			DecidedBy                     struct{ Name string }
			PredikatBefore, PredikatAfter string
			Appraisal                     struct{ Status, Predikat string }
		}
	}
	p.head.MustQuery(decide, map[string]any{"id": filed.FileObjection.ID, "in": revise}, &decided)
	d := decided.DecideObjection
	if d.Status != "REVISED" || d.DecidedBy.Name != "Kepala Badan" || d.PredikatBefore != wantPredikat || d.Appraisal.Status != "FINAL" {
		t.Errorf("decision = %+v", d)
	}
	if method == period.ScoringMethodPermenpan2022 && d.PredikatAfter != "BAIK" {
		t.Errorf("predikat after REVISE (ABOVE/MEETS) = %s, want BAIK", d.PredikatAfter)
	}

	// The employee sees the reason, the decision and who made it.
	var mine struct {
		Objections struct {
			Edges []struct {
				Node struct {
					Reason, Status, DecisionNote, Explanation string
					DecidedBy                                 struct{ Name string }
				}
			}
		}
	}
	p.staff.MustQuery(`{ objections { edges { node { reason status decisionNote decidedBy { name } explanation } } } }`, nil, &mine)
	// Both sides are heard, and the employee reads the appraiser's side too.
	if len(mine.Objections.Edges) != 1 || mine.Objections.Edges[0].Node.DecidedBy.Name != "Kepala Badan" || mine.Objections.Edges[0].Node.DecisionNote == "" ||
		mine.Objections.Edges[0].Node.Explanation == "" {
		t.Errorf("the employee's view = %+v", mine.Objections)
	}
	// Final is final.
	if r := p.boss.Query(`mutation($id: ID!) { rateAppraisal(id: $id, input: {resultRating: BELOW}) { id } }`, map[string]any{"id": aID}); r.Code() != "INVALID_STATE" {
		t.Errorf("rating a final appraisal: %+v", r.Errors)
	}

	// HR reads the audit trail of it all; staff cannot.
	var trail struct {
		AuditEvents struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Action, EntityType string
					Actor              *struct{ Name string }
					Before, After      map[string]any
				}
			}
		}
	}
	p.hr.MustQuery(`{ auditEvents(first: 100) { totalCount edges { node { action entityType actor { name } before after } } } }`, nil, &trail)
	actions := map[string]bool{}
	for _, e := range trail.AuditEvents.Edges {
		actions[e.Node.Action] = true
	}
	for _, want := range []string{"plan.create", "target.add", "plan.submit", "plan.return", "plan.approve", "realization.record",
		"appraisal.start", "appraisal.rate", "appraisal.submit", "objection.file", "objection.decide"} {
		if !actions[want] {
			t.Errorf("audit trail lacks %s", want)
		}
	}
	if first := trail.AuditEvents.Edges[0].Node; first.Action != "objection.decide" || first.Actor == nil || first.Actor.Name != "Kepala Badan" {
		t.Errorf("newest audit event = %+v, want objection.decide by Kepala Badan", first)
	}
	if r := p.staff.Query(`{ auditEvents { totalCount } }`, nil); r.Code() != "FORBIDDEN" {
		t.Errorf("staff reading the audit trail: %+v", r.Errors)
	}
}

func TestSetPredikatMatrix(t *testing.T) {
	p := cycleWorld(t, "")
	var cells []map[string]any
	var got struct {
		Node struct {
			PredikatMatrix []struct{ Result, Behaviour, Predikat string }
		}
	}
	p.staff.MustQuery(`query($id: ID!) { node(id: $id) { ... on Period { predikatMatrix { result behaviour predikat } } } }`, map[string]any{"id": p.periodID}, &got)
	if len(got.Node.PredikatMatrix) != 9 {
		t.Fatalf("default matrix has %d cells", len(got.Node.PredikatMatrix))
	}
	for _, c := range got.Node.PredikatMatrix {
		pk := c.Predikat
		if c.Result == "ABOVE" && c.Behaviour == "MEETS" {
			pk = "SANGAT_BAIK"
		}
		cells = append(cells, map[string]any{"result": c.Result, "behaviour": c.Behaviour, "predikat": pk})
	}
	const m = `mutation($id: ID!, $cells: [PredikatCellInput!]!) { setPredikatMatrix(periodID: $id, cells: $cells) { predikatMatrix { result behaviour predikat } } }`
	if r := p.staff.Query(m, map[string]any{"id": p.periodID, "cells": cells}); r.Code() != "FORBIDDEN" {
		t.Errorf("staff sets the matrix: %+v", r.Errors)
	}
	if r := p.hr.Query(m, map[string]any{"id": p.periodID, "cells": cells[:8]}); r.Code() != "INVALID_INPUT" {
		t.Errorf("eight cells: %+v", r.Errors)
	}
	bad := append([]map[string]any{}, cells...)
	bad[0] = map[string]any{"result": cells[0]["result"], "behaviour": cells[0]["behaviour"], "predikat": "CUKUP"}
	if r := p.hr.Query(m, map[string]any{"id": p.periodID, "cells": bad}); r.Code() != "INVALID_INPUT" {
		t.Errorf("a 2011 predikat in the matrix: %+v", r.Errors)
	}
	var set struct {
		SetPredikatMatrix struct {
			PredikatMatrix []struct{ Result, Behaviour, Predikat string }
		}
	}
	p.hr.MustQuery(m, map[string]any{"id": p.periodID, "cells": cells}, &set)
	found := false
	for _, c := range set.SetPredikatMatrix.PredikatMatrix {
		if c.Result == "ABOVE" && c.Behaviour == "MEETS" && c.Predikat == "SANGAT_BAIK" {
			found = true
		}
	}
	if !found {
		t.Errorf("matrix after set = %+v", set.SetPredikatMatrix.PredikatMatrix)
	}
}
