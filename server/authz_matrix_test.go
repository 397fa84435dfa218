package server_test

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/indicator"
	"kinerja/ent/period"
	"kinerja/internal/asn"
	"kinerja/internal/fx"
	"kinerja/internal/scoring"
	"kinerja/internal/viewer"
	"kinerja/internal/workflow"
)

// The roles of the matrix.
const (
	rEmployee   = "employee"
	rSupervisor = "supervisor"
	rSuperior   = "superior"
	rHR         = "hr-admin"
	rAuditor    = "auditor"
	rToken      = "read-token" // an HR admin's READ token
	rAnonymous  = "anonymous"
)

var allRoles = []string{rEmployee, rSupervisor, rSuperior, rHR, rAuditor, rToken, rAnonymous}

// signedIn are the roles that read the shared lists.
var signedIn = []string{rEmployee, rSupervisor, rSuperior, rHR, rAuditor, rToken}

// sessions are the roles signed in with a session (not a token).
var sessions = []string{rEmployee, rSupervisor, rSuperior, rHR, rAuditor}

// scene is an organisation for the matrix: superior → supervisor →
// employee, an HR admin and an auditor, with helpers that bring a fresh
// plan or appraisal of the employee into a given state.
type scene struct {
	t                                *testing.T
	f                                *fx.Fixture
	wf                               *workflow.Service
	head, boss, staff, hrEmp, audEmp *ent.Employee
	clients                          map[string]*fx.Client
	headCtx, bossCtx, staffCtx       context.Context
	year                             int
}

func newScene(t *testing.T) *scene {
	f := fx.New(t)
	s := &scene{t: t, f: f, wf: workflow.New(f.Client), year: 0}
	s.head = f.Employee("Kepala", fx.Kind(employee.PositionKindJPTPratama))
	s.boss = f.Employee("Kabid", fx.Supervisor(s.head), fx.Kind(employee.PositionKindAdministrator))
	s.staff = f.Employee("Staf", fx.Supervisor(s.boss))
	s.hrEmp = f.Employee("SDM", fx.Supervisor(s.boss))
	s.audEmp = f.Employee("Inspektorat", fx.Unit("ITKO"))
	hr := f.Login(f.Account(s.hrEmp, viewer.HRAdmin))
	s.clients = map[string]*fx.Client{
		rEmployee:   f.Login(f.Account(s.staff)),
		rSupervisor: f.Login(f.Account(s.boss)),
		rSuperior:   f.Login(f.Account(s.head)),
		rHR:         hr,
		rAuditor:    f.Login(f.Account(s.audEmp, viewer.Auditor)),
		rToken:      hr.Token("READ"),
		rAnonymous:  f.Anonymous(),
	}
	s.headCtx, s.bossCtx, s.staffCtx = f.As(s.head), f.As(s.boss), f.As(s.staff)
	return s
}

func (s *scene) must(err error) {
	s.t.Helper()
	if err != nil {
		s.t.Fatalf("scene setup: %v", err)
	}
}

// period returns a new running period (one per call, so every setup gets
// its own plan). There is one period per year and the matrix needs more
// periods than there are years in range: a spent period of the same year
// is moved out of the way first, by SQL (only the field's validator would
// refuse a year past 2100, and no step reads a spent period's year).
func (s *scene) period() *ent.Period {
	s.year++
	year := 2001 + s.year%99
	if _, err := s.f.Client.ExecContext(s.f.Ctx, "UPDATE periods SET year = ? WHERE year = ?", 3000+s.year, year); err != nil {
		s.t.Fatalf("retire the period of %d: %v", year, err)
	}
	return s.f.Period(year, "", period.PhaseExecution)
}

type staged struct {
	period    *ent.Period
	plan      *ent.Plan
	target    *ent.Target
	indicator *ent.Indicator
	appraisal *ent.Appraisal
	objection *ent.Objection
}

// stage brings a fresh plan of the employee to state: "draft",
// "submitted", "agreed", "appraisal" (a draft quarterly appraisal),
// "released" or "objected".
func (s *scene) stage(state string) staged {
	var st staged
	var err error
	st.period = s.period()
	st.plan, err = s.wf.CreatePlan(s.staffCtx, workflow.CreatePlanInput{PeriodID: st.period.ID, EmployeeID: s.staff.ID})
	s.must(err)
	st.target, err = s.wf.AddTarget(s.staffCtx, st.plan.ID, workflow.TargetInput{Title: "Hasil", Indicators: []*workflow.IndicatorInput{
		{Description: "Dokumen", Aspect: indicator.AspectQuantity, TargetValue: 4, Unit: "dokumen"}}})
	s.must(err)
	st.indicator = s.f.Client.Target.QueryIndicators(st.target).FirstX(s.f.Ctx)
	steps := []string{"draft", "submitted", "agreed", "appraisal", "released", "objected", "explained"}
	for _, step := range steps[1 : slices.Index(steps, state)+1] {
		switch step {
		case "submitted":
			_, err = s.wf.SubmitPlan(s.staffCtx, st.plan.ID)
		case "agreed":
			_, err = s.wf.ApprovePlan(s.bossCtx, st.plan.ID, nil)
		case "appraisal":
			st.appraisal, err = s.wf.StartAppraisal(s.bossCtx, st.plan.ID, appraisal.KindQuarterly, ptrTo(1))
		case "released":
			r := scoring.Meets
			if _, err = s.wf.RateAppraisal(s.bossCtx, st.appraisal.ID, s.f.Complete(st.plan.ID, r, r)); err == nil {
				st.appraisal, err = s.wf.SubmitAppraisal(s.bossCtx, st.appraisal.ID)
			}
		case "objected":
			st.objection, err = s.wf.FileObjection(s.staffCtx, st.appraisal.ID, "keberatan")
		case "explained":
			st.objection, err = s.wf.ExplainObjection(s.bossCtx, st.objection.ID, "penjelasan")
		}
		s.must(err)
	}
	return st
}

// returnedTwice brings a fresh plan to RETURNED after two returns, and
// escalates it when escalate is set.
func (s *scene) returnedTwice(escalate bool) staged {
	st := s.stage("draft")
	for range 2 {
		_, err := s.wf.SubmitPlan(s.staffCtx, st.plan.ID)
		s.must(err)
		_, err = s.wf.ReturnPlan(s.bossCtx, st.plan.ID, "ubah")
		s.must(err)
	}
	if escalate {
		_, err := s.wf.EscalatePlan(s.staffCtx, st.plan.ID, "tidak sepakat")
		s.must(err)
	}
	return st
}

func ptrTo[T any](v T) *T { return &v }

func id(v int) string { return fmt.Sprint(v) }

// op is one row of the matrix: an operation, how to call it (vars may
// stage fresh data per call), and the roles allowed to.
type op struct {
	query   string
	vars    func(s *scene, role string) map[string]any
	allowed []string
}

func none(*scene, string) map[string]any { return nil }

func periodVar(s *scene, _ string) map[string]any { return map[string]any{"p": id(s.period().ID)} }

func staging(state string, f func(st staged) map[string]any) func(*scene, string) map[string]any {
	return func(s *scene, _ string) map[string]any { return f(s.stage(state)) }
}

// matrix lists every query and mutation of the schema. TestAuthorizationMatrix
// fails when the schema has an operation without a row here.
var matrix = map[string]op{
	// Queries: every signed-in caller may ask; what comes back is its part
	// (see the leak tests). The audit trail is for HR admins and auditors.
	"node": {`query($id: ID!) { node(id: $id) { id } }`, func(s *scene, _ string) map[string]any { return map[string]any{"id": id(s.f.UnitNamed("UNIT").ID)} }, signedIn},
	"nodes": {`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, func(s *scene, _ string) map[string]any {
		return map[string]any{"ids": []string{id(s.f.UnitNamed("UNIT").ID)}}
	}, signedIn},
	"viewer":           {`{ viewer { roles } }`, none, signedIn},
	"agency":           {`{ agency { timeZone } }`, none, signedIn},
	"actingAppraisers": {`{ actingAppraisers { totalCount } }`, none, signedIn},
	"inbox":            {`{ inbox { kind } }`, none, signedIn},
	"orgUnits":         {`{ orgUnits { totalCount } }`, none, signedIn},
	"employees":        {`{ employees { totalCount } }`, none, signedIn},
	"periods":          {`{ periods { totalCount } }`, none, signedIn},
	"plans":            {`{ plans { totalCount } }`, none, signedIn},
	"appraisals":       {`{ appraisals { totalCount } }`, none, signedIn},
	"objections":       {`{ objections { totalCount } }`, none, signedIn},
	"criteria":         {`{ criteria { totalCount } }`, none, signedIn},
	"trainingPrograms": {`{ trainingPrograms { totalCount } }`, none, signedIn},
	"recommendations":  {`{ recommendations { totalCount } }`, none, signedIn},
	"apiTokens":        {`{ apiTokens { totalCount } }`, none, signedIn},
	"auditEvents":      {`{ auditEvents { totalCount } }`, none, []string{rHR, rAuditor, rToken}},
	// Notifications: each caller its own (server/notification_test.go).
	"notifications": {`{ notifications { totalCount } }`, none, signedIn},

	// Dashboards: every signed-in caller, over its part.
	"finalCount":           {`query($p: ID!) { finalCount(periodID: $p) }`, periodVar, signedIn},
	"scoreSummary":         {`query($p: ID!) { scoreSummary(periodID: $p, groupBy: UNIT) { count code } }`, periodVar, signedIn},
	"predikatDistribution": {`query($p: ID!) { predikatDistribution(periodID: $p) { total } }`, periodVar, signedIn},
	"appraiserCalibration": {`query($p: ID!) { appraiserCalibration(periodID: $p) { appraised } }`, periodVar, signedIn},
	"promotionCandidates":  {`query($p: ID!) { promotionCandidates(periodID: $p) { rank } }`, periodVar, signedIn},
	"creditHistory":        {`query($p: ID!) { creditHistory(periodID: $p) { total } }`, periodVar, signedIn},
	"trainingNeeds":        {`query($p: ID!) { trainingNeeds(periodID: $p) { employees } }`, periodVar, signedIn},
	"developmentHours":     {`query($p: ID!) { developmentHours(periodID: $p) { hours } }`, periodVar, signedIn},
	// The talent grid aggregates potential, which only HR keeps.
	"talentGrid": {`query($p: ID!) { talentGrid(periodID: $p) { count } }`, periodVar, []string{rHR, rAuditor, rToken}},
	"completion": {`query($p: ID!) { completion(periodID: $p) { employees } }`, periodVar, signedIn},
	"trend":      {`{ trend { count } }`, none, signedIn},

	// Development follow-up: HR admins.
	"updateRecommendation": {`mutation($id: ID!) { updateRecommendation(id: $id, input: {status: PLANNED}) { id } }`,
		func(s *scene, _ string) map[string]any {
			r := s.f.Client.Recommendation.Create().SetEmployee(s.staff).SaveX(s.f.Ctx)
			return map[string]any{"id": id(r.ID)}
		}, []string{rHR}},
	"setUnitRating": {`mutation($p: ID!, $u: ID!) { setUnitRating(periodID: $p, unitID: $u, rating: BAIK) { id } }`,
		func(s *scene, _ string) map[string]any {
			return map[string]any{"p": id(s.period().ID), "u": id(s.f.UnitNamed("UNIT").ID)}
		}, []string{rHR}},

	// Master data: HR admins.
	"importUnits":     {`mutation { importUnits(csv: "code,name,parent_code\nIMP,Unit Impor,\n", dryRun: true) { created problems { line } } }`, none, []string{rHR}},
	"importEmployees": {`mutation { importEmployees(csv: "nip,name,type,rank,position,position_kind,unit_code,supervisor_nip,email\n", dryRun: true) { created } }`, none, []string{rHR}},
	"createOrgUnit": {`mutation($c: String!) { createOrgUnit(input: {code: $c, name: "Unit"}) { id } }`,
		func(s *scene, role string) map[string]any { return map[string]any{"c": "U-" + role} }, []string{rHR}},
	"updateOrgUnit": {`mutation($id: ID!) { updateOrgUnit(id: $id, input: {name: "Baru"}) { id } }`,
		func(s *scene, _ string) map[string]any { return map[string]any{"id": id(s.f.UnitNamed("UNIT").ID)} }, []string{rHR}},
	"createEmployee": {`mutation($in: CreateEmployeeInput!) { createEmployee(input: $in) { id } }`,
		func(s *scene, role string) map[string]any {
			n := 900 + slices.Index(allRoles, role)
			return map[string]any{"in": map[string]any{"nip": fx.NIP(n), "name": "Baru", "rank": "III/a", "position": "Analis", "positionKind": "PELAKSANA", "unitID": id(s.f.UnitNamed("UNIT").ID)}}
		}, []string{rHR}},
	"updateEmployee": {`mutation($id: ID!) { updateEmployee(id: $id, input: {position: "Analis Utama"}) { id } }`,
		func(s *scene, _ string) map[string]any { return map[string]any{"id": id(s.staff.ID)} }, []string{rHR}},
	// Acting appraisers (Plt./Plh.): HR admins, each call on its own days.
	"createActingAppraiser": {`mutation($in: CreateActingAppraiserInput!) { createActingAppraiser(input: $in) { id } }`,
		func(s *scene, role string) map[string]any {
			d := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, slices.Index(allRoles, role), 0)
			return map[string]any{"in": map[string]any{"employeeID": id(s.staff.ID), "actingID": id(s.head.ID), "kind": "PLT",
				"startsOn": d.Format(time.RFC3339), "endsOn": d.AddDate(0, 0, 9).Format(time.RFC3339)}}
		}, []string{rHR}},
	"deleteActingAppraiser": {`mutation($id: ID!) { deleteActingAppraiser(id: $id) }`,
		func(s *scene, role string) map[string]any {
			d := time.Date(2032, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, slices.Index(allRoles, role), 0)
			a := s.f.Client.ActingAppraiser.Create().SetEmployee(s.staff).SetActing(s.head).SetKind(asn.Plh).
				SetStartsOn(d).SetEndsOn(d.AddDate(0, 0, 2)).SaveX(s.f.Ctx)
			return map[string]any{"id": id(a.ID)}
		}, []string{rHR}},
	"createPeriod": {`mutation { createPeriod(input: {name: "P", year: 2040, startsOn: "2040-01-01T00:00:00Z", endsOn: "2040-12-31T00:00:00Z"}) { id } }`, none, []string{rHR}},
	"updatePeriod": {`mutation($id: ID!) { updatePeriod(id: $id, input: {name: "Q"}) { id } }`,
		func(s *scene, _ string) map[string]any { return map[string]any{"id": id(s.period().ID)} }, []string{rHR}},
	"createTrainingProgram": {`mutation { createTrainingProgram(input: {name: "Pelatihan", hours: 8}) { id } }`, none, []string{rHR}},
	"updateTrainingProgram": {`mutation($id: ID!) { updateTrainingProgram(id: $id, input: {hours: 10}) { id } }`,
		func(s *scene, _ string) map[string]any {
			return map[string]any{"id": id(s.f.Client.TrainingProgram.Create().SetName("X").SetHours(4).SaveX(s.f.Ctx).ID)}
		}, []string{rHR}},
	"setPredikatMatrix": {`mutation($id: ID!, $cells: [PredikatCellInput!]!) { setPredikatMatrix(periodID: $id, cells: $cells) { id } }`,
		func(s *scene, _ string) map[string]any {
			var cells []map[string]any
			for _, c := range scoring.DefaultMatrix().Cells() {
				cells = append(cells, map[string]any{"result": c.Result, "behaviour": c.Behaviour, "predikat": c.Predikat})
			}
			return map[string]any{"id": id(s.period().ID), "cells": cells}
		}, []string{rHR}},

	// Planning: the employee (or HR) edits; the appraiser agrees or returns.
	"createPlan": {`mutation($p: ID!, $e: ID!) { createPlan(input: {periodID: $p, employeeID: $e}) { id } }`,
		func(s *scene, _ string) map[string]any {
			return map[string]any{"p": id(s.period().ID), "e": id(s.staff.ID)}
		}, []string{rEmployee, rHR}},
	"addTarget": {`mutation($id: ID!) { addTarget(planID: $id, input: {title: "Baru"}) { id } }`,
		staging("draft", func(st staged) map[string]any { return map[string]any{"id": id(st.plan.ID)} }), []string{rEmployee, rHR}},
	"updateTarget": {`mutation($id: ID!) { updateTarget(id: $id, input: {title: "Ubah"}) { id } }`,
		staging("draft", func(st staged) map[string]any { return map[string]any{"id": id(st.target.ID)} }), []string{rEmployee, rHR}},
	"removeTarget": {`mutation($id: ID!) { removeTarget(id: $id) { id } }`,
		staging("draft", func(st staged) map[string]any { return map[string]any{"id": id(st.target.ID)} }), []string{rEmployee, rHR}},
	"submitPlan": {`mutation($id: ID!) { submitPlan(id: $id) { id } }`,
		staging("draft", func(st staged) map[string]any { return map[string]any{"id": id(st.plan.ID)} }), []string{rEmployee, rHR}},
	"approvePlan": {`mutation($id: ID!) { approvePlan(id: $id) { id } }`,
		staging("submitted", func(st staged) map[string]any { return map[string]any{"id": id(st.plan.ID)} }), []string{rSupervisor}},
	"returnPlan": {`mutation($id: ID!) { returnPlan(id: $id, note: "Perbaiki") { id } }`,
		staging("submitted", func(st staged) map[string]any { return map[string]any{"id": id(st.plan.ID)} }), []string{rSupervisor}},

	// Escalation: the employee asks; the appraiser's superior settles.
	"escalatePlan": {`mutation($id: ID!) { escalatePlan(id: $id, reason: "Tidak sepakat") { id } }`,
		func(s *scene, _ string) map[string]any {
			return map[string]any{"id": id(s.returnedTwice(false).plan.ID)}
		}, []string{rEmployee}},
	"settlePlan": {`mutation($id: ID!) { settlePlan(id: $id, input: {settlement: AGREE, note: "Sesuai renstra"}) { id } }`,
		func(s *scene, _ string) map[string]any {
			return map[string]any{"id": id(s.returnedTwice(true).plan.ID)}
		}, []string{rSuperior}},

	// Feedback: the employee and the appraiser talk in the plan's thread.
	"giveFeedback": {`mutation($id: ID!) { giveFeedback(input: {planID: $id, text: "Umpan balik"}) { id } }`,
		staging("agreed", func(st staged) map[string]any { return map[string]any{"id": id(st.plan.ID)} }), []string{rEmployee, rSupervisor}},

	// The leader's expectations: the appraiser.
	"setPlanExpectations": {`mutation($id: ID!) { setPlanExpectations(planID: $id, expectations: [{code: "KOLABORATIF", text: "Aktif"}]) { id } }`,
		staging("agreed", func(st staged) map[string]any { return map[string]any{"id": id(st.plan.ID)} }), []string{rSupervisor}},

	// Progress: the employee.
	"recordRealization": {`mutation($id: ID!) { recordRealization(indicatorID: $id, input: {quarter: 1, value: 1, evidence: "bukti"}) { id } }`,
		staging("agreed", func(st staged) map[string]any { return map[string]any{"id": id(st.indicator.ID)} }), []string{rEmployee}},

	// Appraisal: the appraiser writes; the employee answers.
	"startAppraisal": {`mutation($id: ID!) { startAppraisal(planID: $id, kind: QUARTERLY, quarter: 1) { id } }`,
		staging("agreed", func(st staged) map[string]any { return map[string]any{"id": id(st.plan.ID)} }), []string{rSupervisor}},
	"rateAppraisal": {`mutation($id: ID!) { rateAppraisal(id: $id, input: {resultRating: MEETS}) { id } }`,
		staging("appraisal", func(st staged) map[string]any { return map[string]any{"id": id(st.appraisal.ID)} }), []string{rSupervisor}},
	// A preview runs the rating's own checks: the appraiser only.
	"appraisalPreview": {`query($id: ID!) { appraisalPreview(id: $id, input: {resultRating: MEETS}) { predikat } }`,
		staging("appraisal", func(st staged) map[string]any { return map[string]any{"id": id(st.appraisal.ID)} }), []string{rSupervisor}},
	"submitAppraisal": {`mutation($id: ID!) { submitAppraisal(id: $id) { id } }`,
		staging("appraisal", func(st staged) map[string]any { return map[string]any{"id": id(st.appraisal.ID)} }), []string{rSupervisor}},
	"acknowledgeAppraisal": {`mutation($id: ID!) { acknowledgeAppraisal(id: $id) { id } }`,
		staging("released", func(st staged) map[string]any { return map[string]any{"id": id(st.appraisal.ID)} }), []string{rEmployee}},
	"finalizeAppraisal": {`mutation($id: ID!) { finalizeAppraisal(id: $id) { id } }`,
		staging("released", func(st staged) map[string]any { return map[string]any{"id": id(st.appraisal.ID)} }), []string{rSupervisor, rHR}},
	"fileObjection": {`mutation($id: ID!) { fileObjection(appraisalID: $id, reason: "Tidak setuju") { id } }`,
		staging("released", func(st staged) map[string]any { return map[string]any{"id": id(st.appraisal.ID)} }), []string{rEmployee}},
	"decideObjection": {`mutation($id: ID!) { decideObjection(id: $id, input: {decision: UPHOLD, note: "Tetap"}) { id } }`,
		staging("explained", func(st staged) map[string]any { return map[string]any{"id": id(st.objection.ID)} }), []string{rSuperior}},
	// The appraiser is heard before the superior decides.
	"explainObjection": {`mutation($id: ID!) { explainObjection(id: $id, explanation: "Sesuai bukti") { id } }`,
		staging("objected", func(st staged) map[string]any { return map[string]any{"id": id(st.objection.ID)} }), []string{rSupervisor}},

	// Access: one's own credentials, with a session.
	"createAPIToken": {`mutation { createAPIToken(name: "Dasbor", scopes: [READ]) { token } }`, none, sessions},
	"revokeAPIToken": {`mutation($id: ID!) { revokeAPIToken(id: $id) { id } }`,
		func(s *scene, role string) map[string]any {
			// The caller's own token (for the token role: its HR account's).
			acc := s.accountOf(role)
			if acc == 0 {
				return map[string]any{"id": "1"}
			}
			t := s.f.Client.APIToken.Create().SetName("t").SetTokenHash([]byte(role + time.Now().String())).SetPrefix("knj_").
				SetScopes([]viewer.TokenScope{viewer.ScopeRead}).SetAccountID(acc).SaveX(s.f.Ctx)
			return map[string]any{"id": id(t.ID)}
		}, sessions},
	// Marking one's own notifications read: any session (an auditor's too,
	// it is its own inbox), not a READ token.
	"markNotificationsRead": {`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
		staging("submitted", func(st staged) map[string]any { return map[string]any{"ids": []string{id(st.plan.ID)}} }), sessions},
	"changePassword": {`mutation { changePassword(currentPassword: "not-the-password", newPassword: "irrelevant-long-password") }`, none, sessions},
}

// accountOf returns the account ID behind a role, 0 for anonymous.
func (s *scene) accountOf(role string) int {
	emp := map[string]*ent.Employee{rEmployee: s.staff, rSupervisor: s.boss, rSuperior: s.head, rHR: s.hrEmp, rAuditor: s.audEmp, rToken: s.hrEmp}[role]
	if emp == nil {
		return 0
	}
	return s.f.Client.Employee.QueryAccount(emp).OnlyIDX(s.f.Ctx)
}

// denied classifies a response: refused for want of identity or right, or
// because the object is hidden from the caller.
func denied(r fx.Result) bool {
	for _, e := range r.Errors {
		switch e.Code() {
		case "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND":
			return true
		}
	}
	return false
}

func TestAuthorizationMatrix(t *testing.T) {
	s := newScene(t)

	// Every operation of the schema has a row.
	var schema struct {
		Schema struct {
			QueryType    struct{ Fields []struct{ Name string } }
			MutationType struct{ Fields []struct{ Name string } }
		} `json:"__schema"`
	}
	s.clients[rHR].MustQuery(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`, nil, &schema)
	var ops []string
	for _, f := range append(schema.Schema.QueryType.Fields, schema.Schema.MutationType.Fields...) {
		ops = append(ops, f.Name)
		if _, ok := matrix[f.Name]; !ok {
			t.Errorf("operation %s has no row in the authorization matrix", f.Name)
		}
	}
	for name := range matrix {
		if !slices.Contains(ops, name) {
			t.Errorf("the matrix lists %s, which the schema no longer has", name)
		}
	}
	sort.Strings(ops)

	for _, name := range ops {
		row, ok := matrix[name]
		if !ok {
			continue
		}
		t.Run(name, func(t *testing.T) {
			for _, role := range allRoles {
				t.Run(role, func(t *testing.T) {
					r := s.clients[role].Query(row.query, row.vars(s, role))
					want := slices.Contains(row.allowed, role)
					if got := !denied(r); got != want {
						t.Errorf("allowed=%v, want %v (errors %+v)", got, want, r.Errors)
					}
					if !want && r.Data != nil && string(r.Data) != "null" && strings.Contains(name, "create") && !strings.Contains(string(r.Data), "null") {
						t.Errorf("refused but returned data %s", r.Data)
					}
				})
			}
		})
	}
}
