package report_test

import (
	"context"
	"testing"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/period"
	"kinerja/internal/fx"
	"kinerja/internal/report"
	"kinerja/internal/scoring"
	"kinerja/internal/viewer"
)

// headScene is a small agency to check by hand:
//
//	ROOT (head: Kepala, in ROOT)   Sekretaris 100 in ROOT
//	├── A (head: Kabid A, recorded in ROOT)   70
//	│     Staf A1 80, Staf A2 90 (supervisor: Kabid A)
//	└── B   Staf B 60, released but not final (supervisor: Kepala)
//
// Every score is of a released annual appraisal of the period; all are
// FINAL but Staf B's. A quarterly FINAL appraisal of Staf A1 counts nowhere.
type headScene struct {
	f                             *fx.Fixture
	per, empty                    *ent.Period
	root, a, b                    *ent.OrgUnit
	kepala, kabidA, a1, a2, staff *ent.Employee
}

func newHeadScene(t *testing.T) *headScene {
	f := fx.New(t)
	s := &headScene{f: f}
	s.root = f.UnitNamed("ROOT")
	s.a, s.b = f.UnitNamed("ROOT.A"), f.UnitNamed("ROOT.B")
	f.Client.OrgUnit.UpdateOne(s.a).SetParent(s.root).ExecX(f.Ctx)
	f.Client.OrgUnit.UpdateOne(s.b).SetParent(s.root).ExecX(f.Ctx)
	// The fixtures' default unit sits under ROOT too, empty.
	f.Client.OrgUnit.UpdateOne(f.UnitNamed("UNIT")).SetParent(s.root).ExecX(f.Ctx)
	s.kepala = f.Employee("Kepala", fx.Unit("ROOT"))
	sek := f.Employee("Sekretaris", fx.Unit("ROOT"), fx.Supervisor(s.kepala))
	s.kabidA = f.Employee("Kabid A", fx.Unit("ROOT"), fx.Supervisor(s.kepala))
	s.a1 = f.Employee("Staf A1", fx.Unit("ROOT.A"), fx.Supervisor(s.kabidA))
	s.a2 = f.Employee("Staf A2", fx.Unit("ROOT.A"), fx.Supervisor(s.kabidA))
	s.staff = f.Employee("Staf B", fx.Unit("ROOT.B"), fx.Supervisor(s.kepala))
	f.Client.OrgUnit.UpdateOne(s.root).SetHead(s.kepala).ExecX(f.Ctx)
	f.Client.OrgUnit.UpdateOne(s.a).SetHead(s.kabidA).ExecX(f.Ctx)
	s.per = f.Period(2025, "", period.PhaseClosed)
	s.empty = f.Period(2026, "", period.PhaseAssessment)
	for _, r := range []struct {
		e      *ent.Employee
		by     *ent.Employee
		score  float64
		status appraisal.Status
	}{
		{sek, s.kepala, 100, appraisal.StatusFinal},
		{s.kabidA, s.kepala, 70, appraisal.StatusFinal},
		{s.a1, s.kabidA, 80, appraisal.StatusFinal},
		{s.a2, s.kabidA, 90, appraisal.StatusFinal},
		{s.staff, s.kepala, 60, appraisal.StatusSubmitted},
	} {
		pl := f.Client.Plan.Create().SetPeriod(s.per).SetEmployee(r.e).SetAppraiser(r.by).SetStatus("AGREED").SaveX(f.Ctx)
		f.Client.Appraisal.Create().SetPlan(pl).SetKind(appraisal.KindAnnual).SetStatus(r.status).
			SetAppraiser(r.by).SetPredikat(scoring.Baik).SetScore(r.score).ExecX(f.Ctx)
		if r.e == s.a1 {
			f.Client.Appraisal.Create().SetPlan(pl).SetKind(appraisal.KindQuarterly).SetQuarter(1).SetStatus(appraisal.StatusFinal).
				SetAppraiser(r.by).SetPredikat(scoring.Baik).SetScore(10).ExecX(f.Ctx)
		}
	}
	// An empty plan in the second period: nothing final there.
	f.Client.Plan.Create().SetPeriod(s.empty).SetEmployee(s.a1).SetAppraiser(s.kabidA).SaveX(f.Ctx)
	return s
}

func TestUnitGroupsCarryTheCodeAndTheHeadCountsWithItsUnit(t *testing.T) {
	s := newHeadScene(t)
	in := report.New(s.f.Client)
	hr := s.f.As(s.f.Employee("hr"), viewer.HRAdmin)
	type want struct {
		count int
		avg   float64
	}
	for _, tt := range []struct {
		name string
		unit *int
		want map[string]want // by code
	}{
		// The agency's single top unit: its children, and its own staff
		// (Kepala's appraisal is not among them: it is written by no one
		// here; Sekretaris 100 is). Kabid A, recorded in ROOT, counts in A.
		{"top unit", nil, map[string]want{"ROOT": {1, 100}, "ROOT.A": {3, 80}, "ROOT.B": {1, 60}}},
		{"ROOT", &s.root.ID, map[string]want{"ROOT": {1, 100}, "ROOT.A": {3, 80}, "ROOT.B": {1, 60}}},
		// Limited to A, its head comes along as A's own.
		{"ROOT.A", &s.a.ID, map[string]want{"ROOT.A": {3, 80}}},
		{"ROOT.B", &s.b.ID, map[string]want{"ROOT.B": {1, 60}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			gs, err := in.ScoreSummary(hr, report.Filter{PeriodID: s.per.ID, UnitID: tt.unit}, report.ByUnit)
			if err != nil {
				t.Fatal(err)
			}
			if len(gs) != len(tt.want) {
				t.Errorf("%d groups, want %d: %+v", len(gs), len(tt.want), gs)
			}
			for _, g := range gs {
				if g.Code == nil {
					t.Errorf("group %s has no code", g.Label)
					continue
				}
				w, ok := tt.want[*g.Code]
				if !ok || g.Count != w.count || g.Average == nil || *g.Average != w.avg || g.Label != "Unit "+*g.Code {
					t.Errorf("group %s (%s): %d, avg %v; want %+v", *g.Code, g.Label, g.Count, deref(g.Average), w)
				}
			}
		})
	}
	// Other dimensions have no code.
	gs, err := in.ScoreSummary(hr, report.Filter{PeriodID: s.per.ID}, report.ByRank)
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != 1 || gs[0].Code != nil || gs[0].Count != 5 {
		t.Errorf("RANK: %+v", gs)
	}
	// The distribution limited to A counts its head too.
	d, err := in.PredikatDistribution(hr, report.Filter{PeriodID: s.per.ID, UnitID: &s.a.ID}, "id")
	if err != nil {
		t.Fatal(err)
	}
	if d.Total != 3 || d.FinalCount != 3 {
		t.Errorf("distribution of A: total %d, final %d; want 3 and 3", d.Total, d.FinalCount)
	}
	// Completion limited to A: its two staff and its head.
	cs, err := in.Completion(hr, report.Filter{PeriodID: s.per.ID, UnitID: &s.a.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].Employees != 3 || cs[0].AppraisalsFinal != 3 {
		t.Errorf("completion of A: %+v", cs)
	}
}

func TestFinalCountPerRole(t *testing.T) {
	s := newHeadScene(t)
	in := report.New(s.f.Client)
	hr := s.f.As(s.f.Employee("hr"), viewer.HRAdmin)
	auditor := s.f.As(s.f.Employee("auditor"), viewer.Auditor)
	for _, tt := range []struct {
		who  string
		ctx  context.Context
		unit *int
		per  *ent.Period
		want int
	}{
		{"HR, everything", hr, nil, s.per, 4},
		{"HR, ROOT", hr, &s.root.ID, s.per, 4},
		{"HR, A with its head", hr, &s.a.ID, s.per, 3},
		{"HR, B: released, not final", hr, &s.b.ID, s.per, 0},
		{"HR, a period without final appraisals", hr, nil, s.empty, 0},
		{"auditor", auditor, nil, s.per, 4},
		// The head of the agency reads its chain: everyone.
		{"head of the agency", s.f.As(s.kepala), nil, s.per, 4},
		// The head of A: itself and its two staff.
		{"head of A", s.f.As(s.kabidA), nil, s.per, 3},
		{"head of A, unit B", s.f.As(s.kabidA), &s.b.ID, s.per, 0},
		// A staff member: itself only.
		{"staff A1", s.f.As(s.a1), nil, s.per, 1},
		{"staff A1, ROOT", s.f.As(s.a1), &s.root.ID, s.per, 1},
		{"staff B (not final)", s.f.As(s.staff), nil, s.per, 0},
	} {
		t.Run(tt.who, func(t *testing.T) {
			n, err := in.FinalCount(tt.ctx, report.Filter{PeriodID: tt.per.ID, UnitID: tt.unit})
			if err != nil {
				t.Fatal(err)
			}
			if n != tt.want {
				t.Errorf("finalCount = %d, want %d", n, tt.want)
			}
		})
	}
}
