package server_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"kinerja/ent/auditevent"
	"kinerja/ent/employee"
	"kinerja/ent/period"
	"kinerja/internal/fx"
)

const createEmployee = `mutation($in: CreateEmployeeInput!) {
  createEmployee(input: $in) { id nip name type rank positionKind unit { code } supervisor { name } }
}`

func employeeInput(f *fx.Fixture, nip string) map[string]any {
	return map[string]any{
		"nip": nip, "name": "Nurul Hidayah", "type": "PNS", "rank": "III/b",
		"position": "Analis SDM Aparatur Ahli Pertama", "positionKind": "FUNGSIONAL",
		"unitID": f.UnitNamed("BKPSDM").ID,
	}
}

func TestCreateAndReadEmployee(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	boss := f.Employee("boss", fx.Unit("BKPSDM"))
	in := employeeInput(f, "198609262015052001")
	in["supervisorID"] = boss.ID

	var out struct {
		CreateEmployee struct {
			ID, NIP, Name, Type, Rank, PositionKind string
			Unit                                    struct{ Code string }
			Supervisor                              struct{ Name string }
		}
	}
	hr.MustQuery(createEmployee, map[string]any{"in": in}, &out)
	got := out.CreateEmployee
	if got.NIP != "198609262015052001" || got.Type != "PNS" || got.PositionKind != "FUNGSIONAL" || got.Unit.Code != "BKPSDM" || got.Supervisor.Name != "boss" {
		t.Errorf("createEmployee = %+v", got)
	}

	// node(id) returns the same employee.
	var node struct {
		Node struct {
			Typename string `json:"__typename"`
			NIP      string
		}
	}
	hr.MustQuery(`query($id: ID!) { node(id: $id) { __typename ... on Employee { nip } } }`, map[string]any{"id": got.ID}, &node)
	if node.Node.Typename != "Employee" || node.Node.NIP != got.NIP {
		t.Errorf("node(%s) = %+v", got.ID, node.Node)
	}

	// The change left its audit event, with the actor.
	ev, err := f.Client.AuditEvent.Query().Where(auditevent.Action("Employee.create")).WithActor().All(f.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, e := range ev {
		if fmt.Sprint(e.EntityID) == got.ID && e.Edges.Actor != nil && e.ActorName == "hr" && e.After["nip"] == got.NIP {
			found = true
		}
	}
	if !found {
		t.Errorf("no audit event with actor hr for employee %s among %d events", got.ID, len(ev))
	}
}

func TestBadInputWritesNothing(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	a := f.Employee("a", fx.Unit("BKPSDM"))
	b := f.Employee("b", fx.Supervisor(a))
	c := f.Employee("c", fx.Supervisor(b))
	f.Period(2030, "", period.PhasePlanning)

	tests := []struct {
		name, query string
		vars        map[string]any
		code, field string
	}{
		{"NIP too short", createEmployee, map[string]any{"in": with(employeeInput(f, "19860926201505200"), nil)}, "INVALID_INPUT", "nip"},
		{"NIP birth date 31 April", createEmployee, map[string]any{"in": employeeInput(f, "198604312015052001")}, "INVALID_INPUT", "nip"},
		{"NIP appointment month 13", createEmployee, map[string]any{"in": employeeInput(f, "198609262015132001")}, "INVALID_INPUT", "nip"},
		{"NIP appointed at 17", createEmployee, map[string]any{"in": employeeInput(f, "198609262004052001")}, "INVALID_INPUT", "nip"},
		{"NIP gender 3", createEmployee, map[string]any{"in": employeeInput(f, "198609262015053001")}, "INVALID_INPUT", "nip"},
		{"PPPK number as PNS", createEmployee, map[string]any{"in": employeeInput(f, "198501012021212001")}, "INVALID_INPUT", "nip"},
		{"PNS rank for PPPK", createEmployee, map[string]any{"in": with(employeeInput(f, "198501012021212001"), map[string]any{"type": "PPPK"})}, "INVALID_INPUT", "rank"},
		{"rank IV/f", createEmployee, map[string]any{"in": with(employeeInput(f, "198609262015052001"), map[string]any{"rank": "IV/f"})}, "INVALID_INPUT", "rank"},
		{"bad email", createEmployee, map[string]any{"in": with(employeeInput(f, "198609262015052001"), map[string]any{"email": "not-an-email"})}, "INVALID_INPUT", "email"},
		{"empty name", createEmployee, map[string]any{"in": with(employeeInput(f, "198609262015052001"), map[string]any{"name": ""})}, "INVALID_INPUT", "name"},
		{"duplicate NIP", createEmployee, map[string]any{"in": employeeInput(f, a.NIP)}, "CONFLICT", "nip"},
		{"unknown unit", createEmployee, map[string]any{"in": with(employeeInput(f, "198609262015052001"), map[string]any{"unitID": 999999})}, "INVALID_INPUT", ""},
		{"supervisor cycle", `mutation($id: ID!, $in: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $in) { id } }`,
			map[string]any{"id": a.ID, "in": map[string]any{"supervisorID": c.ID}}, "INVALID_INPUT", "supervisorID"},
		{"own supervisor", `mutation($id: ID!, $in: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $in) { id } }`,
			map[string]any{"id": a.ID, "in": map[string]any{"supervisorID": a.ID}}, "INVALID_INPUT", "supervisorID"},
		{"period ends before it starts", `mutation($in: CreatePeriodInput!) { createPeriod(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"name": "2026", "year": 2026, "startsOn": "2026-12-31T00:00:00Z", "endsOn": "2026-01-01T00:00:00Z"}}, "INVALID_INPUT", "endsOn"},
		{"period year 1999", `mutation($in: CreatePeriodInput!) { createPeriod(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"name": "1999", "year": 1999, "startsOn": "1999-01-01T00:00:00Z", "endsOn": "1999-12-31T00:00:00Z"}}, "INVALID_INPUT", "year"},
		{"objection window 0 days", `mutation($in: CreatePeriodInput!) { createPeriod(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"name": "2026", "year": 2026, "startsOn": "2026-01-01T00:00:00Z", "endsOn": "2026-12-31T00:00:00Z", "objectionWindowDays": 0}}, "INVALID_INPUT", "objectionWindowDays"},
		{"a second period for 2030", `mutation($in: CreatePeriodInput!) { createPeriod(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"name": "Kedua", "year": 2030, "startsOn": "2030-01-01T00:00:00Z", "endsOn": "2030-12-31T00:00:00Z"}}, "CONFLICT", "year"},
		{"bad unit code", `mutation($in: CreateOrgUnitInput!) { createOrgUnit(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"code": "has space", "name": "X"}}, "INVALID_INPUT", "code"},
		{"training hours 0", `mutation($in: CreateTrainingProgramInput!) { createTrainingProgram(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"name": "X", "hours": 0}}, "INVALID_INPUT", "hours"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := counts(t, f)
			r := hr.Query(tt.query, tt.vars)
			if len(r.Errors) != 1 {
				t.Fatalf("errors = %+v, want one", r.Errors)
			}
			e := r.Errors[0]
			if e.Code() != tt.code || (tt.field != "" && e.Field() != tt.field) {
				t.Errorf("error = %s/%s %q, want %s/%s", e.Code(), e.Field(), e.Message, tt.code, tt.field)
			}
			if e.Message == "" || strings.Contains(strings.ToLower(e.Message), "sql") || strings.Contains(e.Message, ".go") {
				t.Errorf("message %q is empty or leaks internals", e.Message)
			}
			if after := counts(t, f); after != before {
				t.Errorf("rows changed: before %v, after %v", before, after)
			}
		})
	}
}

func with(m, over map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range m {
		out[k] = v
	}
	for k, v := range over {
		out[k] = v
	}
	return out
}

// counts returns the number of rows that a failed mutation must not touch.
func counts(t *testing.T, f *fx.Fixture) [5]int {
	t.Helper()
	n := func(c int, err error) int {
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	sup := 0
	for _, e := range f.Client.Employee.Query().WithSupervisor().AllX(f.Ctx) {
		if e.Edges.Supervisor != nil {
			sup += e.Edges.Supervisor.ID
		}
	}
	return [5]int{
		n(f.Client.Employee.Query().Count(f.Ctx)),
		n(f.Client.Period.Query().Count(f.Ctx)),
		n(f.Client.OrgUnit.Query().Count(f.Ctx)),
		n(f.Client.AuditEvent.Query().Count(f.Ctx)),
		sup,
	}
}

func TestMessagesFollowAcceptLanguage(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	in := map[string]any{"in": employeeInput(f, "198609262015132001")}
	id := hr.Query(createEmployee, in).Errors[0].Message
	hr.Lang = "en-US,en;q=0.9"
	en := hr.Query(createEmployee, in).Errors[0].Message
	if !strings.Contains(id, "bulan") || !strings.Contains(en, "month") {
		t.Errorf("messages id=%q en=%q, want Indonesian then English", id, en)
	}
	// q-values decide, not the order of the list.
	hr.Lang = "id;q=0.1, en;q=0.9"
	if got := hr.Query(createEmployee, in).Errors[0].Message; got != en {
		t.Errorf("Accept-Language %q: message %q, want the English %q", hr.Lang, got, en)
	}
	hr.Lang = "en;q=0.2, id;q=0.8"
	if got := hr.Query(createEmployee, in).Errors[0].Message; got != id {
		t.Errorf("Accept-Language %q: message %q, want the Indonesian %q", hr.Lang, got, id)
	}
}

func TestEmployeeListFiltersAndCursors(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	boss := f.Employee("Zainal Boss", fx.Unit("A"), fx.Kind(employee.PositionKindAdministrator))
	for i := range 12 {
		f.Employee(fmt.Sprintf("Staf %02d", i), fx.Unit("A"), fx.Supervisor(boss))
	}
	f.Employee("Other Unit", fx.Unit("B"))

	const q = `query($first: Int, $after: Cursor, $where: EmployeeWhereInput, $orderBy: [EmployeeOrder!]) {
	  employees(first: $first, after: $after, where: $where, orderBy: $orderBy) {
	    totalCount
	    edges { node { name nip unit { code } supervisor { name } } }
	    pageInfo { hasNextPage endCursor }
	  }
	}`
	type page struct {
		Employees struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Name, NIP  string
					Unit       struct{ Code string }
					Supervisor *struct{ Name string }
				}
			}
			PageInfo struct {
				HasNextPage bool
				EndCursor   string
			}
		}
	}
	where := map[string]any{"hasUnitWith": []map[string]any{{"code": "A"}}, "nameHasPrefix": "Staf"}
	var names []string
	var after any
	for pages := 0; ; pages++ {
		var p page
		hr.MustQuery(q, map[string]any{"first": 5, "after": after, "where": where,
			"orderBy": []map[string]any{{"field": "NAME", "direction": "DESC"}}}, &p)
		if p.Employees.TotalCount != 12 {
			t.Fatalf("totalCount = %d, want 12", p.Employees.TotalCount)
		}
		for _, e := range p.Employees.Edges {
			if e.Node.Unit.Code != "A" || e.Node.Supervisor == nil || e.Node.Supervisor.Name != "Zainal Boss" {
				t.Errorf("row %+v escapes the filter", e.Node)
			}
			names = append(names, e.Node.Name)
		}
		if !p.Employees.PageInfo.HasNextPage {
			break
		}
		if pages > 5 {
			t.Fatal("paging does not end")
		}
		after = p.Employees.PageInfo.EndCursor
	}
	if len(names) != 12 || names[0] != "Staf 11" || names[11] != "Staf 00" {
		t.Errorf("paged names = %v, want Staf 11 … Staf 00", names)
	}

	// Free-text search: name contains (case-insensitive) or NIP prefix.
	var s page
	hr.MustQuery(q, map[string]any{"where": map[string]any{"or": []map[string]any{
		{"nameContainsFold": "other"}, {"nipHasPrefix": "nomatch"},
	}}}, &s)
	if s.Employees.TotalCount != 1 || s.Employees.Edges[0].Node.Name != "Other Unit" {
		t.Errorf("search = %+v, want only Other Unit", s.Employees)
	}

	// Page sizes are capped.
	if r := hr.Query(`{ employees(first: 1000) { totalCount } }`, nil); r.Code() != "INVALID_INPUT" {
		t.Errorf("first: 1000 gave %+v, want INVALID_INPUT", r.Errors)
	}
}

func TestEmployeeListHasNoNPlusOne(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	const q = `{ employees(first: 100) { edges { node { name unit { code name } supervisor { name unit { code } } } } } }`
	statements := func() int64 {
		before := f.Store.Statements.Load()
		hr.MustQuery(q, nil, &struct{}{})
		return f.Store.Statements.Load() - before
	}
	boss := f.Employee("boss", fx.Unit("U0"))
	for i := range 5 {
		f.Employee(fmt.Sprintf("e%d", i), fx.Unit(fmt.Sprintf("U%d", i)), fx.Supervisor(boss))
	}
	small := statements()
	for i := range 40 {
		f.Employee(fmt.Sprintf("f%d", i), fx.Unit(fmt.Sprintf("V%d", i)), fx.Supervisor(boss))
	}
	large := statements()
	if large != small {
		t.Errorf("statements for 7 rows = %d, for 47 rows = %d: the count grows with the rows (N+1)", small, large)
	}
}

func TestUnauthenticatedIsRefused(t *testing.T) {
	f := fx.New(t)
	anon := f.Anonymous()
	for _, q := range []string{
		`{ employees { totalCount } }`,
		`{ viewer { roles } }`,
		`mutation { createOrgUnit(input: {code: "X", name: "X"}) { id } }`,
		`{ __schema { types { name } } }`,
	} {
		r := anon.Query(q, nil)
		if r.Status != http.StatusUnauthorized || r.Code() != "UNAUTHENTICATED" || r.Data != nil {
			t.Errorf("%s: status %d, errors %+v, data %s; want 401 UNAUTHENTICATED and no data", q, r.Status, r.Errors, r.Data)
		}
	}
	if n := f.Client.OrgUnit.Query().CountX(f.Ctx); n != 0 {
		t.Errorf("anonymous mutation wrote %d units", n)
	}
	// A forged cookie is anonymous too.
	forged := f.Anonymous()
	req, _ := http.NewRequest(http.MethodPost, f.Server.URL+"/graphql", strings.NewReader(`{"query":"{ viewer { roles } }"}`))
	req.Header.Set("Content-Type", "application/json")
	req.AddCookie(&http.Cookie{Name: "kinerja_session", Value: "forged"}) //nolint:gosec // G124: a request sends only the name and value; attributes are the server's to set
	if res := forged.Do(req); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("forged cookie: status %d, want 401", res.StatusCode)
	}
}

func TestMasterDataNeedsHRAdmin(t *testing.T) {
	f := fx.New(t)
	staff := f.Login(f.Account(f.Employee("staff")))
	r := staff.Query(`mutation { createOrgUnit(input: {code: "X", name: "X"}) { id } }`, nil)
	if r.Code() != "FORBIDDEN" {
		t.Errorf("staff createOrgUnit: %+v, want FORBIDDEN", r.Errors)
	}
	if n := f.Client.OrgUnit.Query().Where().CountX(f.Ctx); n != 1 { // only the fixture's UNIT
		t.Errorf("units = %d after a refused create, want 1", n)
	}
	var v struct {
		Viewer struct {
			Roles []string
			Can   struct{ ManageMasterData bool }
		}
	}
	staff.MustQuery(`{ viewer { roles can { manageMasterData } } }`, nil, &v)
	if len(v.Viewer.Roles) != 0 || v.Viewer.Can.ManageMasterData {
		t.Errorf("staff viewer = %+v", v.Viewer)
	}
}

func TestMasterDataMutations(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	var u struct {
		CreateOrgUnit struct {
			ID     string
			Code   string
			Parent *struct{ Code string }
		}
	}
	parent := f.UnitNamed("ROOT")
	hr.MustQuery(`mutation($in: CreateOrgUnitInput!) { createOrgUnit(input: $in) { id code parent { code } } }`,
		map[string]any{"in": map[string]any{"code": "ROOT.A", "name": "Bidang A", "parentID": parent.ID}}, &u)
	if u.CreateOrgUnit.Parent == nil || u.CreateOrgUnit.Parent.Code != "ROOT" {
		t.Errorf("createOrgUnit = %+v", u.CreateOrgUnit)
	}
	var up struct{ UpdateOrgUnit struct{ Name string } }
	hr.MustQuery(`mutation($id: ID!) { updateOrgUnit(id: $id, input: {name: "Bidang A (baru)"}) { name } }`,
		map[string]any{"id": u.CreateOrgUnit.ID}, &up)
	if up.UpdateOrgUnit.Name != "Bidang A (baru)" {
		t.Errorf("updateOrgUnit = %+v", up)
	}

	var p struct {
		CreatePeriod struct {
			ID                  string
			Phase               string
			ScoringMethod       string
			ObjectionWindowDays int
		}
	}
	hr.MustQuery(`mutation { createPeriod(input: {name: "Penilaian 2026", year: 2026, startsOn: "2026-01-01T00:00:00Z", endsOn: "2026-12-31T00:00:00Z"}) { id phase scoringMethod objectionWindowDays } }`, nil, &p)
	if p.CreatePeriod.Phase != "PLANNING" || p.CreatePeriod.ScoringMethod != "PERMENPAN_2022" || p.CreatePeriod.ObjectionWindowDays != 14 {
		t.Errorf("createPeriod defaults = %+v", p.CreatePeriod)
	}
	var pu struct {
		UpdatePeriod struct{ Phase, ScoringMethod string }
	}
	hr.MustQuery(`mutation($id: ID!) { updatePeriod(id: $id, input: {phase: EXECUTION, scoringMethod: NUMERIC_2011}) { phase scoringMethod } }`,
		map[string]any{"id": p.CreatePeriod.ID}, &pu)
	if pu.UpdatePeriod.Phase != "EXECUTION" || pu.UpdatePeriod.ScoringMethod != "NUMERIC_2011" {
		t.Errorf("updatePeriod = %+v", pu)
	}
	// Moving the end before the start is refused even when only one date changes.
	if r := hr.Query(`mutation($id: ID!) { updatePeriod(id: $id, input: {endsOn: "2025-06-01T00:00:00Z"}) { id } }`,
		map[string]any{"id": p.CreatePeriod.ID}); r.Code() != "INVALID_INPUT" {
		t.Errorf("updatePeriod with end before start: %+v", r.Errors)
	}

	var tp struct {
		CreateTrainingProgram struct {
			ID        string
			Hours     int
			Criterion struct{ Code string }
		}
	}
	crit := f.Client.Criterion.Query().FirstX(f.Ctx)
	hr.MustQuery(`mutation($c: ID!) { createTrainingProgram(input: {name: "Public Speaking", hours: 24, criterionID: $c}) { id hours criterion { code } } }`,
		map[string]any{"c": crit.ID}, &tp)
	if tp.CreateTrainingProgram.Hours != 24 || tp.CreateTrainingProgram.Criterion.Code != crit.Code {
		t.Errorf("createTrainingProgram = %+v", tp)
	}
	var tu struct{ UpdateTrainingProgram struct{ Active bool } }
	hr.MustQuery(`mutation($id: ID!) { updateTrainingProgram(id: $id, input: {active: false}) { active } }`,
		map[string]any{"id": tp.CreateTrainingProgram.ID}, &tu)
	if tu.UpdateTrainingProgram.Active {
		t.Error("updateTrainingProgram did not deactivate")
	}

	// Update an employee's rank and type together (PNS → PPPK needs a PPPK number and grade).
	e := f.Employee("pegawai")
	r := hr.Query(`mutation($id: ID!) { updateEmployee(id: $id, input: {type: PPPK, rank: "IX", nip: "198501012021212001"}) { type rank } }`, map[string]any{"id": e.ID})
	if len(r.Errors) > 0 {
		t.Errorf("updateEmployee to PPPK: %+v", r.Errors)
	}
	if r := hr.Query(`mutation($id: ID!) { updateEmployee(id: $id, input: {rank: "III/a"}) { rank } }`, map[string]any{"id": e.ID}); r.Code() != "INVALID_INPUT" {
		t.Errorf("PNS rank on a PPPK: %+v, want INVALID_INPUT", r.Errors)
	}
}

func TestNodeNotFound(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	for _, id := range []string{"17179869999", "999999999999999"} {
		r := hr.Query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id})
		if r.Code() != "NOT_FOUND" {
			t.Errorf("node(%s): %+v, want NOT_FOUND", id, r.Errors)
		}
	}
}
