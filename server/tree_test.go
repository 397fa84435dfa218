package server_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/orgunit"
	"kinerja/ent/period"
	"kinerja/internal/apperr"
	"kinerja/internal/fx"
	"kinerja/internal/scoring"
)

// treeState is what a refused move must leave untouched: the number of
// units, employees and audit events, and every parent and supervisor link.
type treeState struct {
	units, employees, events int
	parents, supervisors     string
}

func readTreeState(t *testing.T, f *fx.Fixture) treeState {
	t.Helper()
	var s treeState
	var err error
	if s.units, err = f.Client.OrgUnit.Query().Count(f.Ctx); err != nil {
		t.Fatal(err)
	}
	if s.employees, err = f.Client.Employee.Query().Count(f.Ctx); err != nil {
		t.Fatal(err)
	}
	if s.events, err = f.Client.AuditEvent.Query().Count(f.Ctx); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, u := range f.Client.OrgUnit.Query().WithParent().Order(ent.Asc(orgunit.FieldID)).AllX(f.Ctx) {
		fmt.Fprintf(&b, "%s<", u.Code)
		if u.Edges.Parent != nil {
			b.WriteString(u.Edges.Parent.Code)
		}
		b.WriteString(" ")
	}
	s.parents = b.String()
	b.Reset()
	for _, e := range f.Client.Employee.Query().WithSupervisor().AllX(f.Ctx) {
		fmt.Fprintf(&b, "%s<", e.Name)
		if e.Edges.Supervisor != nil {
			b.WriteString(e.Edges.Supervisor.Name)
		}
		b.WriteString(" ")
	}
	s.supervisors = b.String()
	return s
}

// unitChain makes units ROOT ← A ← B ← C (each the parent of the next).
func unitChain(t *testing.T, f *fx.Fixture) map[string]*ent.OrgUnit {
	t.Helper()
	us := map[string]*ent.OrgUnit{}
	prev := ""
	for _, code := range []string{"ROOT", "A", "B", "C"} {
		u := f.UnitNamed(code)
		if prev != "" {
			u = f.Client.OrgUnit.UpdateOne(u).SetParent(us[prev]).SaveX(f.Ctx)
		}
		us[code], prev = u, code
	}
	return us
}

const updateUnit = `mutation($id: ID!, $in: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $in) { id code parent { code } } }`

func TestUnitTreeRefusesCycles(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	us := unitChain(t, f)

	tests := []struct {
		name         string
		unit, parent string
	}{
		{"own parent", "A", "A"},
		{"two-unit cycle", "B", "C"},
		{"three-unit cycle", "A", "C"},
		{"the root under a leaf", "ROOT", "C"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := readTreeState(t, f)
			r := hr.Query(updateUnit, map[string]any{"id": us[tt.unit].ID, "in": map[string]any{"parentID": us[tt.parent].ID}})
			if len(r.Errors) != 1 || r.Code() != "INVALID_INPUT" || r.Errors[0].Field() != "parentID" {
				t.Fatalf("updateOrgUnit(%s, parent %s): errors %+v, want one INVALID_INPUT on parentID", tt.unit, tt.parent, r.Errors)
			}
			if string(r.Data) != "null" {
				t.Errorf("data = %s, want null", r.Data)
			}
			if after := readTreeState(t, f); after != before {
				t.Errorf("the refused move changed the database:\nbefore %+v\nafter  %+v", before, after)
			}
		})
	}

	t.Run("English message", func(t *testing.T) {
		en := *hr
		en.Lang = "en"
		r := en.Query(updateUnit, map[string]any{"id": us["A"].ID, "in": map[string]any{"parentID": us["C"].ID}})
		if len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Message, "cycle") {
			t.Errorf("errors %+v, want the English message about a cycle", r.Errors)
		}
	})

	t.Run("createOrgUnit is checked too", func(t *testing.T) {
		// A new unit cannot close a cycle by itself, but it must name a
		// parent that exists; with a good parent it is created.
		var out struct {
			CreateOrgUnit struct{ Parent struct{ Code string } }
		}
		hr.MustQuery(`mutation($p: ID!) { createOrgUnit(input: {code: "D", name: "Unit D", parentID: $p}) { parent { code } } }`,
			map[string]any{"p": us["C"].ID}, &out)
		if out.CreateOrgUnit.Parent.Code != "C" {
			t.Errorf("createOrgUnit under C: %+v", out)
		}
	})

	t.Run("other write paths", func(t *testing.T) {
		before := readTreeState(t, f)
		for name, err := range map[string]error{
			"update one":      f.Client.OrgUnit.UpdateOne(us["ROOT"]).SetParent(us["B"]).Exec(f.Ctx),
			"adopt an anchor": f.Client.OrgUnit.UpdateOne(us["C"]).AddChildIDs(us["A"].ID).Exec(f.Ctx),
			"adopt itself":    f.Client.OrgUnit.UpdateOne(us["C"]).AddChildIDs(us["C"].ID).Exec(f.Ctx),
			"bulk move":       f.Client.OrgUnit.Update().Where(orgunit.ID(us["A"].ID)).SetParentID(us["C"].ID).Exec(f.Ctx),
			"new unit adopting the root": f.Client.OrgUnit.Create().SetCode("E").SetName("Unit E").
				SetParent(us["C"]).AddChildIDs(us["ROOT"].ID).Exec(f.Ctx),
		} {
			e, ok := apperr.As(err)
			if !ok || e.Code != apperr.InvalidInput || e.Field != "parentID" {
				t.Errorf("%s: err = %v, want INVALID_INPUT on parentID", name, err)
			}
		}
		if after := readTreeState(t, f); after != before {
			t.Errorf("a refused write changed the database:\nbefore %+v\nafter  %+v", before, after)
		}
	})

	t.Run("a valid move", func(t *testing.T) {
		before := readTreeState(t, f)
		var out struct {
			UpdateOrgUnit struct{ Parent struct{ Code string } }
		}
		hr.MustQuery(updateUnit, map[string]any{"id": us["C"].ID, "in": map[string]any{"parentID": us["ROOT"].ID}}, &out)
		if out.UpdateOrgUnit.Parent.Code != "ROOT" {
			t.Errorf("updateOrgUnit(C, parent ROOT) = %+v", out)
		}
		after := readTreeState(t, f)
		if after.events != before.events+1 || after.units != before.units {
			t.Errorf("the move left %d new audit events and %d new units, want 1 and 0", after.events-before.events, after.units-before.units)
		}
		if !strings.Contains(after.parents, "C<ROOT ") {
			t.Errorf("parents after the move: %s", after.parents)
		}
		// The former cycle is now a legal move: B under C.
		hr.MustQuery(updateUnit, map[string]any{"id": us["B"].ID, "in": map[string]any{"parentID": us["C"].ID}}, &out)
	})
}

func TestSupervisorChainRefusesCycles(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	a := f.Employee("a")
	b := f.Employee("b", fx.Supervisor(a))
	c := f.Employee("c", fx.Supervisor(b))
	const update = `mutation($id: ID!, $s: ID!) { updateEmployee(id: $id, input: {supervisorID: $s}) { id } }`
	for _, tt := range []struct {
		name       string
		emp, super *ent.Employee
	}{
		{"own supervisor", a, a},
		{"two-person cycle", b, c},
		{"three-person cycle", a, c},
	} {
		t.Run(tt.name, func(t *testing.T) {
			before := readTreeState(t, f)
			r := hr.Query(update, map[string]any{"id": tt.emp.ID, "s": tt.super.ID})
			if len(r.Errors) != 1 || r.Code() != "INVALID_INPUT" || r.Errors[0].Field() != "supervisorID" {
				t.Fatalf("errors %+v, want one INVALID_INPUT on supervisorID", r.Errors)
			}
			if after := readTreeState(t, f); after != before {
				t.Errorf("the refused change wrote:\nbefore %+v\nafter  %+v", before, after)
			}
		})
	}
	before := readTreeState(t, f)
	if r := hr.Query(update, map[string]any{"id": c.ID, "s": a.ID}); len(r.Errors) > 0 {
		t.Fatalf("a valid new supervisor: %+v", r.Errors)
	}
	if after := readTreeState(t, f); after.events != before.events+1 || !strings.Contains(after.supervisors, "c<a ") {
		t.Errorf("the valid change: %+v", after)
	}
}

// dashboardQueries are the insight queries of the API, each asked with
// $p (a period, where it takes one) and $u (a unit, or null).
var dashboardQueries = map[string]string{
	"finalCount":                 `query($p: ID!, $u: ID) { r: finalCount(periodID: $p, unitID: $u) }`,
	"scoreSummary UNIT":          `query($p: ID!, $u: ID) { r: scoreSummary(periodID: $p, groupBy: UNIT, unitID: $u) { key label code count average } }`,
	"scoreSummary CRITERION":     `query($p: ID!, $u: ID) { r: scoreSummary(periodID: $p, groupBy: CRITERION, unitID: $u) { key count } }`,
	"scoreSummary RANK":          `query($p: ID!, $u: ID) { r: scoreSummary(periodID: $p, groupBy: RANK, unitID: $u) { key count } }`,
	"scoreSummary POSITION_KIND": `query($p: ID!, $u: ID) { r: scoreSummary(periodID: $p, groupBy: POSITION_KIND, unitID: $u) { key count } }`,
	"scoreSummary APPRAISER":     `query($p: ID!, $u: ID) { r: scoreSummary(periodID: $p, groupBy: APPRAISER, unitID: $u) { key count } }`,
	"predikatDistribution":       `query($p: ID!, $u: ID) { r: predikatDistribution(periodID: $p, unitID: $u) { total buckets { predikat count } } }`,
	"appraiserCalibration":       `query($p: ID!, $u: ID) { r: appraiserCalibration(periodID: $p, unitID: $u) { appraised mean } }`,
	"trainingNeeds":              `query($p: ID!, $u: ID) { r: trainingNeeds(periodID: $p, unitID: $u) { employees } }`,
	"developmentHours":           `query($p: ID!, $u: ID) { r: developmentHours(periodID: $p, unitID: $u) { hours } }`,
	"talentGrid":                 `query($p: ID!, $u: ID) { r: talentGrid(periodID: $p, unitID: $u) { count } }`,
	"completion":                 `query($p: ID!, $u: ID) { r: completion(periodID: $p, unitID: $u) { unit { code } employees } }`,
	"promotionCandidates":        `query($p: ID!, $u: ID) { r: promotionCandidates(periodID: $p, unitID: $u) { predikats } }`,
	"trend":                      `query($u: ID) { r: trend(unitID: $u) { count } }`,
}

// TestDashboardsSurviveAUnitCycle plants cycles in the unit tree and the
// supervisor chain with raw SQL (past the hooks, as a bad migration or a
// hand edit would) and asks every dashboard as an ordinary employee and as
// HR: each must answer within the request instead of walking a cycle
// forever.
func TestDashboardsSurviveAUnitCycle(t *testing.T) {
	f := fx.New(t)
	us := unitChain(t, f)
	x, y := f.UnitNamed("X"), f.UnitNamed("Y")
	boss := f.Employee("boss", fx.Unit("A"))
	staff := f.Employee("staff", fx.Unit("B"), fx.Supervisor(boss))
	other := f.Employee("other", fx.Unit("X"), fx.Supervisor(boss))
	last := f.Period(2025, "", period.PhaseClosed)
	this := f.Period(2026, "", period.PhaseAssessment)
	for _, p := range []*ent.Period{last, this} {
		for _, e := range []*ent.Employee{staff, other} {
			pl := f.Client.Plan.Create().SetPeriod(p).SetEmployee(e).SetAppraiser(boss).SetStatus("AGREED").SaveX(f.Ctx)
			f.Client.Appraisal.Create().SetPlan(pl).SetKind(appraisal.KindAnnual).SetStatus(appraisal.StatusFinal).
				SetAppraiser(boss).SetPredikat(scoring.Baik).SetScore(85).ExecX(f.Ctx)
		}
	}

	// ROOT ← A ← B ← C ← ROOT, X ← Y ← X and UNIT (the fixtures' default)
	// under X: no unit is a root any more.
	for child, parent := range map[*ent.OrgUnit]*ent.OrgUnit{us["ROOT"]: us["C"], x: y, y: x, f.UnitNamed("UNIT"): x} {
		if _, err := f.Client.ExecContext(f.Ctx, "UPDATE org_units SET org_unit_children = ? WHERE id = ?", parent.ID, child.ID); err != nil {
			t.Fatalf("plant the cycle: %v", err)
		}
	}
	// And boss ← staff ← boss in the supervisor chain, which the access
	// rules walk for every read of an ordinary employee.
	if _, err := f.Client.ExecContext(f.Ctx, "UPDATE employees SET employee_subordinates = ? WHERE id = ?", staff.ID, boss.ID); err != nil {
		t.Fatalf("plant the supervisor cycle: %v", err)
	}
	if n := f.Client.OrgUnit.Query().Where(orgunit.Not(orgunit.HasParent())).CountX(f.Ctx); n != 0 {
		t.Fatalf("%d root units left; the cycle was not planted", n)
	}

	for who, c := range map[string]*fx.Client{"employee": f.Login(f.Account(staff)), "HR": f.HRAdmin()} {
		// The budget is the server's own request timeout: a walk that
		// loops never answers, and the client gives up with an error.
		c.HTTP.Timeout = 30 * time.Second
		for name, q := range dashboardQueries {
			for _, unit := range []any{nil, us["A"].ID, x.ID} {
				vars := map[string]any{"u": unit}
				if strings.Contains(q, "$p:") {
					vars["p"] = last.ID
				}
				r := c.Query(q, vars)
				if r.Status != 200 {
					t.Errorf("%s as %s (unit %v): status %d %+v", name, who, unit, r.Status, r.Errors)
				}
				if len(r.Errors) > 0 {
					t.Logf("%s as %s (unit %v): answered with errors %+v", name, who, unit, r.Errors)
				}
			}
		}
	}
}
