package server_test

import (
	"strings"
	"testing"

	"kinerja/internal/fx"
)

// The leaks found from outside, each as a named regression over HTTP
// (the general rule is TestFiltersDoNotDiscriminateOnHiddenData).

func (w *whereScene) role(name string) *fx.Client {
	for _, r := range w.roles {
		if r.name == name {
			return r.client
		}
	}
	w.t.Fatalf("no role %q", name)
	return nil
}

// names runs q as c and returns the names of the employees it lists.
func names(t *testing.T, c *fx.Client, q string, vars map[string]any) []string {
	t.Helper()
	var out struct {
		Employees struct {
			TotalCount int
			Edges      []struct{ Node struct{ Name string } }
		}
	}
	c.MustQuery(q, vars, &out)
	var ns []string
	for _, e := range out.Employees.Edges {
		ns = append(ns, e.Node.Name)
	}
	if out.Employees.TotalCount != len(ns) {
		t.Fatalf("totalCount %d but %d rows", out.Employees.TotalCount, len(ns))
	}
	return ns
}

func TestWhereLeakRegressions(t *testing.T) {
	w := newWhereScene(t)
	peer, staff, boss, hr := w.role("peer in another unit"), w.role("staff"), w.role("supervisor"), w.role("HR admin")
	token := w.role("READ token")

	t.Run("a peer learns nobody's predikat through hasPlansWith.hasAppraisalsWith", func(t *testing.T) {
		for _, c := range []*fx.Client{peer, token} {
			for _, p := range []string{"KURANG", "SANGAT_KURANG", "BUTUH_PERBAIKAN", "BAIK", "SANGAT_BAIK"} {
				got := names(t, c, `query($p: Predikat) { employees(where: {hasPlansWith: [{hasAppraisalsWith: [{predikat: $p}]}]}) { totalCount edges { node { name } } } }`, map[string]any{"p": p})
				for _, n := range got {
					if n != "Staf Lain" {
						t.Errorf("predikat %s names %s", p, n)
					}
				}
			}
		}
		// The supervisor does see its subordinate's released result.
		got := names(t, boss, `{ employees(where: {hasPlansWith: [{hasAppraisalsWith: [{predikatNotNil: true}]}]}) { totalCount edges { node { name } } } }`, nil)
		if !strings.Contains(strings.Join(got, ","), "Staf") {
			t.Errorf("the supervisor no longer finds its own staff's appraisal: %v", got)
		}
	})

	t.Run("scores cannot be bisected", func(t *testing.T) {
		got := names(t, peer, `{ employees(where: {hasPlansWith: [{hasAppraisalsWith: [{scoreGT: -1}]}]}) { totalCount edges { node { name } } } }`, nil)
		for _, n := range got {
			if n != "Staf Lain" {
				t.Errorf("scoreGT names %s", n)
			}
		}
	})

	t.Run("an objection's text cannot be read letter by letter", func(t *testing.T) {
		got := names(t, peer, `{ employees(where: {hasPlansWith: [{hasAppraisalsWith: [{hasObjectionsWith: [{reasonHasPrefix: "Saya k"}]}]}]}) { totalCount edges { node { name } } } }`, nil)
		if len(got) != 0 {
			t.Errorf("reasonHasPrefix names %v", got)
		}
	})

	t.Run("nobody learns of its own unreleased appraisal", func(t *testing.T) {
		var out struct{ Plans struct{ TotalCount int } }
		for _, c := range []*fx.Client{w.role("HR admin")} { // the HR employee has a draft appraisal
			c.MustQuery(`{ plans(where: {hasEmployeeWith: [{name: "SDM"}], hasAppraisalsWith: [{releasedAtIsNil: true}]}) { totalCount } }`, nil, &out)
			if out.Plans.TotalCount != 0 {
				t.Errorf("releasedAtIsNil reveals the viewer's own draft appraisal")
			}
			var a struct{ Appraisals struct{ TotalCount int } }
			c.MustQuery(`{ appraisals(where: {hasPlanWith: [{hasEmployeeWith: [{name: "SDM"}]}]}) { totalCount } }`, nil, &a)
			if a.Appraisals.TotalCount != 0 {
				t.Errorf("an HR admin reads its own appraisal before release")
			}
		}
	})

	t.Run("blanked fields cannot be matched or sorted", func(t *testing.T) {
		var nip struct {
			Employees struct {
				Edges []struct{ Node struct{ NIP, Name string } }
			}
		}
		hr.MustQuery(`{ employees(where: {name: "Kepala"}) { edges { node { nip name } } } }`, nil, &nip)
		headNIP := nip.Employees.Edges[0].Node.NIP
		for _, f := range []string{`nipHasPrefix: "` + headNIP[:8] + `"`, `nip: "` + headNIP + `"`, `emailContains: "orang"`, `rankNEQ: ""`, `positionHasPrefix: "J"`} {
			got := names(t, staff, `{ employees(where: {`+f+`}) { totalCount edges { node { name } } } }`, nil)
			for _, n := range got {
				if n != "Staf" {
					t.Errorf("%s names %s, whose field the staff cannot read", f, n)
				}
			}
		}
		r := staff.Query(`{ employees(orderBy: {field: NIP, direction: ASC}) { totalCount } }`, nil)
		if r.Code() != "FORBIDDEN" || r.Errors[0].Field() != "orderBy" {
			t.Errorf("orderBy NIP as staff: %+v", r.Errors)
		}
		r = staff.Query(`{ orgUnits { edges { node { employees(orderBy: {field: NIP, direction: ASC}) { totalCount } } } } }`, nil)
		if r.Code() != "FORBIDDEN" {
			t.Errorf("nested orderBy NIP as staff: %+v", r.Errors)
		}
		if r := hr.Query(`{ employees(orderBy: {field: NIP, direction: ASC}) { totalCount } }`, nil); len(r.Errors) > 0 {
			t.Errorf("HR admins order by NIP: %+v", r.Errors)
		}
		// The supervisor matches its own chain's NIPs.
		var self struct {
			Viewer struct{ Employee struct{ NIP string } }
		}
		staff.MustQuery(`{ viewer { employee { nip } } }`, nil, &self)
		if got := names(t, boss, `query($n: String) { employees(where: {nip: $n}) { totalCount edges { node { name } } } }`, map[string]any{"n": self.Viewer.Employee.NIP}); len(got) != 1 {
			t.Errorf("the supervisor cannot find its staff by NIP: %v", got)
		}
	})

	t.Run("the same through orgUnits, periods, nested employees and a target's parent", func(t *testing.T) {
		var units struct{ OrgUnits struct{ TotalCount int } }
		peer.MustQuery(`{ orgUnits(where: {hasEmployeesWith: [{hasPlansWith: [{hasAppraisalsWith: [{predikat: KURANG}]}]}]}) { totalCount } }`, nil, &units)
		if units.OrgUnits.TotalCount != 0 {
			t.Errorf("orgUnits(where) reveals a unit with a KURANG")
		}
		var periods struct{ Periods struct{ TotalCount int } }
		peer.MustQuery(`{ periods(where: {hasPlansWith: [{hasAppraisalsWith: [{predikat: KURANG}]}]}) { totalCount } }`, nil, &periods)
		if periods.Periods.TotalCount != 0 {
			t.Errorf("periods(where) reveals a period with a KURANG")
		}
		var nested struct {
			OrgUnits struct {
				Edges []struct {
					Node struct{ Employees struct{ TotalCount int } }
				}
			}
		}
		peer.MustQuery(`{ orgUnits { edges { node { employees(where: {hasPlansWith: [{hasAppraisalsWith: [{predikat: KURANG}]}]}) { totalCount } } } } }`, nil, &nested)
		for _, e := range nested.OrgUnits.Edges {
			if e.Node.Employees.TotalCount != 0 {
				t.Errorf("orgUnit.employees(where) counts someone with a KURANG")
			}
		}
		// The staff's target supports the supervisor's; the supervisor's
		// appraisal (SANGAT_BAIK, released to the supervisor) stays hidden.
		var plans struct{ Plans struct{ TotalCount int } }
		staff.MustQuery(`{ plans(where: {hasTargetsWith: [{hasParentWith: [{hasPlanWith: [{hasAppraisalsWith: [{predikatNotNil: true}]}]}]}]}) { totalCount } }`, nil, &plans)
		if plans.Plans.TotalCount != 0 {
			t.Errorf("a target's parent edge reveals the supervisor's appraisal")
		}
	})

	t.Run("HR-only data is HR's", func(t *testing.T) {
		var pot struct {
			Employees struct {
				Edges []struct{ Node struct{ Potential *string } }
			}
		}
		for _, c := range []*fx.Client{staff, boss, peer} {
			c.MustQuery(`{ employees { edges { node { potential } } } }`, nil, &pot)
			for _, e := range pot.Employees.Edges {
				if e.Node.Potential != nil {
					t.Errorf("potential readable by a non-HR caller")
				}
			}
			for _, f := range []string{`potential: HIGH`, `potentialNotNil: true`, `hasAccountWith: [{lastLoginAtNotNil: true}]`, `hasAccount: true`, `hasRecommendations: true`} {
				got := names(t, c, `{ employees(where: {`+f+`}) { totalCount edges { node { name } } } }`, nil)
				for _, n := range got {
					if !strings.HasPrefix(f, "has") || (n != "Staf" && n != "Kabid" && n != "Staf Lain") {
						t.Errorf("%s names %s", f, n)
					}
				}
			}
		}
		hr.MustQuery(`{ employees(where: {potential: HIGH}) { edges { node { potential } } } }`, nil, &pot)
		if len(pot.Employees.Edges) == 0 {
			t.Errorf("HR admins no longer find potentials")
		}
		var rec struct{ Recommendations struct{ TotalCount int } }
		boss.MustQuery(`{ recommendations { totalCount } }`, nil, &rec)
		if rec.Recommendations.TotalCount != 0 {
			t.Errorf("a supervisor reads its staff's recommendations")
		}
		staff.MustQuery(`{ recommendations { totalCount } }`, nil, &rec)
		if rec.Recommendations.TotalCount != 1 {
			t.Errorf("the staff reads %d recommendations of its own, want 1", rec.Recommendations.TotalCount)
		}
	})

	t.Run("a megabyte LIKE pattern is bad input", func(t *testing.T) {
		r := staff.Query(`query($p: String) { employees(where: {nameContains: $p}) { totalCount } }`, map[string]any{"p": strings.Repeat("a", 500<<10)})
		if r.Code() != "INVALID_INPUT" || !strings.HasPrefix(r.Errors[0].Field(), "where.") {
			t.Errorf("500 KB pattern: %+v", r.Errors)
		}
	})
}
