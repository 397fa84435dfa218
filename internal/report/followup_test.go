package report_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/period"
	"kinerja/ent/recommendation"
	"kinerja/internal/fx"
	"kinerja/internal/report"
	"kinerja/internal/scoring"
	"kinerja/internal/viewer"
)

// followUpNow is the day the promotion conditions are looked at.
var followUpNow = time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)

// followUpScene is a small agency for the promotion, credit-point and
// development rules, each checked by hand:
//
//	Kepala (IV/b)
//	└── Kabid (IV/a)
//	    ├── Tiga Tahun (III/c, 3 years in rank)   BAIK 2024, BAIK 2025
//	    ├── Lima Tahun (III/c, 5 years)           SANGAT_BAIK 2024, BAIK 2025: eligible
//	    ├── Cukup (III/c, 5 years)                CUKUP 2024, BAIK 2025
//	    ├── Setara (IV/a, 5 years)                BAIK 2024, BAIK 2025: the superior's rank
//	    ├── Fungsional (III/a, Ahli Pertama, TMT October 2023)
//	    │                                          BAIK 2023, CUKUP 2024, SANGAT_BAIK 2025
//	    └── PPPK (IX)                              30 JP in 2026
//
// Kabid has 10 JP in 2026 (a PNS below 20); 2024 uses the 2011 bands, so
// CUKUP is a predikat there.
type followUpScene struct {
	f                                        *fx.Fixture
	y23, y24, y25, y26                       *ent.Period
	kepala, kabid, tiga, lima, cukup, setara *ent.Employee
	fungsional, pppk                         *ent.Employee
}

func newFollowUpScene(t *testing.T) *followUpScene {
	f := fx.New(t)
	s := &followUpScene{f: f}
	years := func(n int) time.Time { return followUpNow.AddDate(-n, 0, 0) }
	rank := func(r string, since time.Time) fx.EmployeeOption {
		return func(c *ent.EmployeeCreate, _ *fx.Fixture) { c.SetRank(r).SetRankSince(since) }
	}
	s.kepala = f.Employee("Kepala", rank("IV/b", years(6)))
	s.kabid = f.Employee("Kabid", rank("IV/a", years(6)), fx.Supervisor(s.kepala))
	s.tiga = f.Employee("Tiga Tahun", rank("III/c", years(3)), fx.Supervisor(s.kabid))
	s.lima = f.Employee("Lima Tahun", rank("III/c", years(5)), fx.Supervisor(s.kabid))
	s.cukup = f.Employee("Cukup", rank("III/c", years(5)), fx.Supervisor(s.kabid))
	s.setara = f.Employee("Setara", rank("IV/a", years(5)), fx.Supervisor(s.kabid))
	s.fungsional = f.Employee("Fungsional", rank("III/a", time.Date(2023, 10, 1, 0, 0, 0, 0, time.UTC)), fx.Supervisor(s.kabid),
		fx.Kind(employee.PositionKindFungsional),
		func(c *ent.EmployeeCreate, _ *fx.Fixture) { c.SetFunctionalLevel(employee.FunctionalLevelAhliPertama) })
	s.pppk = f.Employee("PPPK", fx.Supervisor(s.kabid),
		func(c *ent.EmployeeCreate, _ *fx.Fixture) { c.SetType(employee.TypePPPK).SetRank("IX") })

	s.y23 = f.Period(2023, "", period.PhaseClosed)
	s.y24 = f.Period(2024, period.ScoringMethodNumeric2011, period.PhaseClosed)
	s.y25 = f.Period(2025, "", period.PhaseClosed)
	s.y26 = f.Period(2026, "", period.PhasePlanning)
	for _, r := range []struct {
		e   *ent.Employee
		per *ent.Period
		p   scoring.Predikat
	}{
		{s.tiga, s.y24, scoring.Baik}, {s.tiga, s.y25, scoring.Baik},
		{s.lima, s.y24, scoring.SangatBaik}, {s.lima, s.y25, scoring.Baik},
		{s.cukup, s.y24, scoring.Cukup}, {s.cukup, s.y25, scoring.Baik},
		{s.setara, s.y24, scoring.Baik}, {s.setara, s.y25, scoring.Baik},
		{s.fungsional, s.y23, scoring.Baik}, {s.fungsional, s.y24, scoring.Cukup}, {s.fungsional, s.y25, scoring.SangatBaik},
	} {
		s.final(r.e, r.per, r.p)
	}
	for _, r := range []struct {
		e     *ent.Employee
		hours int
	}{{s.kabid, 10}, {s.pppk, 30}} {
		f.Client.Recommendation.Create().SetEmployee(r.e).SetPeriod(s.y25).SetStatus(recommendation.StatusCompleted).
			SetHours(r.hours).SetCompletedAt(time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)).ExecX(f.Ctx)
	}
	return s
}

// final adds a FINAL annual appraisal with the predikat, by the employee's
// supervisor.
func (s *followUpScene) final(e *ent.Employee, per *ent.Period, p scoring.Predikat) {
	boss := s.kabid
	pl := s.f.Client.Plan.Create().SetPeriod(per).SetEmployee(e).SetAppraiser(boss).SetStatus("AGREED").SaveX(s.f.Ctx)
	s.f.Client.Appraisal.Create().SetPlan(pl).SetKind(appraisal.KindAnnual).SetStatus(appraisal.StatusFinal).
		SetAppraiser(boss).SetPredikat(p).SetScore(80).ExecX(s.f.Ctx)
}

func (s *followUpScene) hr() context.Context { return s.f.As(s.f.Employee("hr"), viewer.HRAdmin) }

// holds returns the conditions of a candidate by code.
func holds(c *report.Candidate) map[string]bool {
	out := map[string]bool{}
	for _, cd := range c.Conditions {
		out[cd.Code] = cd.Holds
	}
	return out
}

func TestPromotionConditionsThroughReport(t *testing.T) {
	s := newFollowUpScene(t)
	cands, err := report.New(s.f.Client).PromotionCandidates(s.hr(), report.Filter{PeriodID: s.y25.ID}, followUpNow)
	if err != nil {
		t.Fatal(err)
	}
	by := map[int]*report.Candidate{}
	for _, c := range cands {
		by[c.EmployeeID] = c
	}
	type want struct {
		eligible bool
		holds    map[string]bool
	}
	for _, tt := range []struct {
		name string
		e    *ent.Employee
		want want
	}{
		{"3 years in rank", s.tiga, want{false, map[string]bool{"YEARS_IN_RANK": false, "PREDIKAT": true, "SUPERIOR_RANK": true}}},
		{"eligible", s.lima, want{true, map[string]bool{"YEARS_IN_RANK": true, "PREDIKAT": true, "SUPERIOR_RANK": true}}},
		{"Cukup the year before", s.cukup, want{false, map[string]bool{"YEARS_IN_RANK": true, "PREDIKAT": false, "SUPERIOR_RANK": true}}},
		{"the superior's rank", s.setara, want{false, map[string]bool{"YEARS_IN_RANK": true, "PREDIKAT": true, "SUPERIOR_RANK": false}}},
		// 2.41 years; 3.13 + 9.38 + 18.75 = 31.26 credit points in rank of the 50 needed.
		{"functional", s.fungsional, want{false, map[string]bool{"YEARS_IN_RANK": true, "CREDIT_POINTS": false, "PREDIKAT": false}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := by[tt.e.ID]
			if c == nil {
				t.Fatalf("%s is not listed", tt.e.Name)
			}
			got := holds(c)
			if c.Eligible != tt.want.eligible || len(got) != len(tt.want.holds) {
				t.Errorf("eligible %v, conditions %+v; want %v, %v", c.Eligible, c.Conditions, tt.want.eligible, tt.want.holds)
			}
			for code, w := range tt.want.holds {
				if got[code] != w {
					t.Errorf("%s holds = %v, want %v (%+v)", code, got[code], w, c.Conditions)
				}
			}
		})
	}
	if len(cands) != 5 {
		t.Errorf("%d candidates, want the 5 with BAIK or better in 2025", len(cands))
	}
	tiga := by[s.tiga.ID]
	if tiga.YearsInRank == nil || *tiga.YearsInRank != 3 || tiga.Conditions[0].ID != "Masa dalam pangkat 3 tahun (paling sedikit 4 tahun)" {
		t.Errorf("3 years in rank: %v, %+v", tiga.YearsInRank, tiga.Conditions[0])
	}
	fn := by[s.fungsional.ID]
	if !fn.Functional || fn.CreditPointsInRank == nil || *fn.CreditPointsInRank != 31.26 || fn.CreditPointsNeeded == nil || *fn.CreditPointsNeeded != 50 ||
		fn.CreditPoints == nil || *fn.CreditPoints != 18.75 {
		t.Errorf("functional credit points: %+v", fn)
	}
	if want := "Credit points 31.26 of the 50 needed"; fn.Conditions[1].EN != want {
		t.Errorf("CREDIT_POINTS says %q, want %q", fn.Conditions[1].EN, want)
	}
	if lima := by[s.lima.ID]; lima.Functional || lima.CreditPoints != nil ||
		len(lima.Predikats) != 2 || lima.Predikats[0] != scoring.Baik || lima.Predikats[1] != scoring.SangatBaik {
		t.Errorf("regular candidate: %+v", lima)
	}
}

func TestCreditHistoryThroughReport(t *testing.T) {
	s := newFollowUpScene(t)
	in := report.New(s.f.Client)
	hs, err := in.CreditHistory(s.hr(), report.Filter{PeriodID: s.y25.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != 1 || hs[0].EmployeeID != s.fungsional.ID {
		t.Fatalf("credit histories %+v, want the one functional employee's", hs)
	}
	// Whole years: 12.5 (Baik), 9.38 (Cukup earns 75 %), 18.75 (Sangat Baik).
	want := []scoring.CreditYear{
		{Year: 2023, Predikat: scoring.Baik, Months: 12, Points: 12.5, Cumulative: 12.5},
		{Year: 2024, Predikat: scoring.Cukup, Months: 12, Points: 9.38, Cumulative: 21.88},
		{Year: 2025, Predikat: scoring.SangatBaik, Months: 12, Points: 18.75, Cumulative: 40.63},
	}
	h := hs[0]
	if len(h.Years) != len(want) || h.Total != 40.63 || h.Level != employee.FunctionalLevelAhliPertama {
		t.Fatalf("history %+v, want %+v and total 40.63", h, want)
	}
	for i := range want {
		if h.Years[i] != want[i] {
			t.Errorf("year %d = %+v, want %+v", want[i].Year, h.Years[i], want[i])
		}
	}
	// The period's year is the last counted.
	hs, err = in.CreditHistory(s.hr(), report.Filter{PeriodID: s.y24.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != 1 || len(hs[0].Years) != 2 || hs[0].Total != 21.88 {
		t.Errorf("history up to 2024: %+v", hs)
	}
}

func TestDevelopmentFlagsThroughReport(t *testing.T) {
	s := newFollowUpScene(t)
	hours, err := report.New(s.f.Client).DevelopmentHours(s.hr(), report.Filter{PeriodID: s.y26.ID})
	if err != nil {
		t.Fatal(err)
	}
	by := map[int]*report.EmployeeHours{}
	for _, h := range hours {
		by[h.EmployeeID] = h
	}
	for _, tt := range []struct {
		name  string
		e     *ent.Employee
		hours int
		want  scoring.HoursFlag
	}{
		{"PNS with 10 JP", s.kabid, 10, scoring.HoursBelowMinimum},
		{"PPPK with 30 JP", s.pppk, 30, scoring.HoursAboveCap},
		{"PNS without any", s.lima, 0, scoring.HoursBelowMinimum},
	} {
		h := by[tt.e.ID]
		if h == nil || h.Hours != tt.hours || h.Flag != tt.want {
			t.Errorf("%s: %+v, want %d JP flagged %q", tt.name, h, tt.hours, tt.want)
		}
	}
	if h := by[s.pppk.ID]; h == nil || h.PNS {
		t.Errorf("PPPK counted as PNS: %+v", h)
	}
	// Anyone but HR and auditors is counted alone: colleagues' hours are
	// not theirs to read, so they are not listed at 0 JP either.
	mine, err := report.New(s.f.Client).DevelopmentHours(s.f.As(s.kabid), report.Filter{PeriodID: s.y26.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(mine) != 1 || mine[0].EmployeeID != s.kabid.ID || mine[0].Hours != 10 {
		t.Errorf("a supervisor's development hours = %+v, want its own 10 JP alone", mine)
	}
}

// TestFollowUpFollowsTheRulesOfAccess asks as a staff member, a functional
// employee, the supervisor and HR: each sees only what the privacy rules
// let it read.
func TestFollowUpFollowsTheRulesOfAccess(t *testing.T) {
	s := newFollowUpScene(t)
	in := report.New(s.f.Client)
	f25 := report.Filter{PeriodID: s.y25.ID}
	for _, tt := range []struct {
		who        string
		ctx        context.Context
		candidates []*ent.Employee
		histories  []*ent.Employee
	}{
		{"HR", s.hr(), []*ent.Employee{s.tiga, s.lima, s.cukup, s.setara, s.fungsional}, []*ent.Employee{s.fungsional}},
		{"the supervisor", s.f.As(s.kabid), []*ent.Employee{s.tiga, s.lima, s.cukup, s.setara, s.fungsional}, []*ent.Employee{s.fungsional}},
		{"a staff member", s.f.As(s.tiga), []*ent.Employee{s.tiga}, nil},
		{"the functional employee", s.f.As(s.fungsional), []*ent.Employee{s.fungsional}, []*ent.Employee{s.fungsional}},
		{"a colleague without appraisals", s.f.As(s.pppk), nil, nil},
	} {
		t.Run(tt.who, func(t *testing.T) {
			cands, err := in.PromotionCandidates(tt.ctx, f25, followUpNow)
			if err != nil {
				t.Fatal(err)
			}
			if got := candidateIDs(cands); !sameIDs(got, tt.candidates) {
				t.Errorf("candidates %v, want %v", got, names(tt.candidates))
			}
			hs, err := in.CreditHistory(tt.ctx, f25)
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, h := range hs {
				got = append(got, h.EmployeeID)
			}
			if !sameIDs(got, tt.histories) {
				t.Errorf("credit histories of %v, want %v", got, names(tt.histories))
			}
		})
	}
	// The staff member may not read its superior's rank: SUPERIOR_RANK
	// says it is unknown, where HR sees it compared.
	staff, err := in.PromotionCandidates(s.f.As(s.setara), f25, followUpNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(staff) != 1 {
		t.Fatalf("the staff member's candidates: %+v", staff)
	}
	for _, c := range staff[0].Conditions {
		if c.Code == scoring.CondSuperiorRank && (!c.Holds || !strings.Contains(c.EN, "unknown")) {
			t.Errorf("SUPERIOR_RANK for a staff member: %+v, want it to hold as unknown", c)
		}
	}
}

func candidateIDs(cs []*report.Candidate) []int {
	var out []int
	for _, c := range cs {
		out = append(out, c.EmployeeID)
	}
	return out
}

func sameIDs(got []int, want []*ent.Employee) bool {
	if len(got) != len(want) {
		return false
	}
	seen := map[int]bool{}
	for _, id := range got {
		seen[id] = true
	}
	for _, e := range want {
		if !seen[e.ID] {
			return false
		}
	}
	return true
}

func names(es []*ent.Employee) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Name
	}
	return out
}
