package server_test

import (
	"testing"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/period"
	"kinerja/internal/scoring"
)

// What reporting tools and the dashboards read: the latest final predikat
// with its period on every employee, the count of final appraisals for
// empty states, and unit groups with their codes — each as every role.

// finals gives the scene's staff (BAIK in 2024 and 2025) and supervisor
// (SANGAT_BAIK in 2025) FINAL annual appraisals, and returns the 2025
// period and an empty one.
func finals(s *scene) (this, empty *ent.Period) {
	f := s.f
	old := f.Period(2024, "", period.PhaseClosed)
	this = f.Period(2025, "", period.PhaseClosed)
	empty = f.Period(2026, "", period.PhaseExecution)
	for _, r := range []struct {
		per      *ent.Period
		emp, by  *ent.Employee
		predikat scoring.Predikat
	}{
		{old, s.staff, s.boss, scoring.Baik},
		{this, s.staff, s.boss, scoring.Baik},
		{this, s.boss, s.head, scoring.SangatBaik},
	} {
		pl := f.Client.Plan.Create().SetPeriod(r.per).SetEmployee(r.emp).SetAppraiser(r.by).SetStatus("AGREED").SaveX(f.Ctx)
		f.Client.Appraisal.Create().SetPlan(pl).SetKind(appraisal.KindAnnual).SetStatus(appraisal.StatusFinal).
			SetAppraiser(r.by).SetPredikat(r.predikat).SetScore(90).ExecX(f.Ctx)
	}
	return this, empty
}

func TestLatestPredikatAndPeriodForEveryRole(t *testing.T) {
	s := newScene(t)
	finals(s)
	// What each role sees of the latest predikat and period, by name.
	want := map[string]map[string]string{
		rToken:      {"Staf": "BAIK 2025", "Kabid": "SANGAT_BAIK 2025"},
		rHR:         {"Staf": "BAIK 2025", "Kabid": "SANGAT_BAIK 2025"},
		rAuditor:    {"Staf": "BAIK 2025", "Kabid": "SANGAT_BAIK 2025"},
		rSuperior:   {"Staf": "BAIK 2025", "Kabid": "SANGAT_BAIK 2025"},
		rSupervisor: {"Staf": "BAIK 2025", "Kabid": "SANGAT_BAIK 2025"},
		rEmployee:   {"Staf": "BAIK 2025"},
	}
	q := `{ employees(first: 100) { edges { node { name latestPredikat latestPeriod { year } latestAppraisal { id } } } } }`
	for role, w := range want {
		t.Run(role, func(t *testing.T) {
			var out struct {
				Employees struct {
					Edges []struct {
						Node struct {
							Name            string
							LatestPredikat  *string
							LatestPeriod    *struct{ Year int }
							LatestAppraisal *struct{ ID string }
						}
					}
				}
			}
			before := s.f.Store.Statements.Load()
			s.clients[role].MustQuery(q, nil, &out)
			if n := s.f.Store.Statements.Load() - before; n > 20 {
				t.Errorf("%d SQL statements", n)
			}
			got := map[string]string{}
			for _, e := range out.Employees.Edges {
				n := e.Node
				if (n.LatestPredikat == nil) != (n.LatestPeriod == nil) || (n.LatestPredikat == nil) != (n.LatestAppraisal == nil) {
					t.Errorf("%s: predikat %v, period %v, appraisal %v: not all or none", n.Name, n.LatestPredikat, n.LatestPeriod, n.LatestAppraisal)
					continue
				}
				if n.LatestPredikat != nil {
					got[n.Name] = *n.LatestPredikat + " " + id(n.LatestPeriod.Year)
				}
			}
			if len(got) != len(w) {
				t.Errorf("sees %v, want %v", got, w)
			}
			for name, v := range w {
				if got[name] != v {
					t.Errorf("%s: %q, want %q", name, got[name], v)
				}
			}
		})
	}
	if r := s.clients[rAnonymous].Query(q, nil); r.Code() != "UNAUTHENTICATED" {
		t.Errorf("anonymous: %+v", r.Errors)
	}
}

func TestFinalCountAndUnitCodesForEveryRole(t *testing.T) {
	s := newScene(t)
	this, empty := finals(s)
	want := map[string]int{rToken: 2, rHR: 2, rAuditor: 2, rSuperior: 2, rSupervisor: 2, rEmployee: 1}
	for role, n := range want {
		t.Run(role, func(t *testing.T) {
			var out struct {
				This, Empty int
				Dist        struct{ Total, FinalCount int }
				Groups      []struct {
					Key, Label string
					Code       *string
					Count      int
				}
			}
			s.clients[role].MustQuery(`query($p: ID!, $e: ID!) { this: finalCount(periodID: $p) empty: finalCount(periodID: $e)
				dist: predikatDistribution(periodID: $p) { total finalCount }
				groups: scoreSummary(periodID: $p, groupBy: UNIT) { key label code count } }`,
				map[string]any{"p": id(this.ID), "e": id(empty.ID)}, &out)
			if out.This != n || out.Empty != 0 || out.Dist.FinalCount != n {
				t.Errorf("finalCount %d in 2025 (distribution %d), %d in the empty period; want %d and 0", out.This, out.Dist.FinalCount, out.Empty, n)
			}
			count := 0
			for _, g := range out.Groups {
				count += g.Count
				if g.Code == nil || *g.Code != "UNIT" || g.Label != "Unit UNIT" {
					t.Errorf("group %+v: want code UNIT", g)
				}
			}
			if count != n {
				t.Errorf("the UNIT groups count %d, want %d", count, n)
			}
		})
	}
	if r := s.clients[rAnonymous].Query(`query($p: ID!) { finalCount(periodID: $p) }`, map[string]any{"p": id(this.ID)}); r.Code() != "UNAUTHENTICATED" {
		t.Errorf("anonymous: %+v", r.Errors)
	}
	// Grouped otherwise, no code.
	var out struct{ ScoreSummary []struct{ Code *string } }
	s.clients[rHR].MustQuery(`query($p: ID!) { scoreSummary(periodID: $p, groupBy: RANK) { code } }`, map[string]any{"p": id(this.ID)}, &out)
	if len(out.ScoreSummary) != 1 || out.ScoreSummary[0].Code != nil {
		t.Errorf("RANK groups: %+v", out.ScoreSummary)
	}
}
