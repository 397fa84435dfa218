package graph_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"kinerja/ent"
	"kinerja/ent/employee"
	"kinerja/ent/period"
	"kinerja/internal/fx"
	"kinerja/internal/scoring"
)

// followUp is a small agency for the follow-up dashboards over the API:
// Kabid (IV/a) supervises Tiga (III/c, three years in rank, BAIK in 2024
// and 2025), Fungsional (III/a, Ahli Pertama, BAIK 2024 and SANGAT_BAIK
// 2025) and a PPPK employee (30 JP this year).
type followUp struct {
	f                             *fx.Fixture
	y24, y25, y26                 *ent.Period
	kabid, tiga, fungsional, pppk *ent.Employee
	functionalCount               int
}

func newFollowUp(t *testing.T) *followUp {
	f := fx.New(t)
	s := &followUp{f: f}
	now := time.Now()
	s.kabid = f.Employee("Kabid", rankSince("IV/a", now.AddDate(-6, 0, 0)))
	s.tiga = f.Employee("Tiga", rankSince("III/c", now.AddDate(-3, 0, 0)), fx.Supervisor(s.kabid))
	s.pppk = f.Employee("PPPK", fx.Supervisor(s.kabid), func(c *ent.EmployeeCreate, _ *fx.Fixture) { c.SetType(employee.TypePPPK).SetRank("IX") })
	s.y24 = f.Period(2024, "", period.PhaseClosed)
	s.y25 = f.Period(2025, "", period.PhaseClosed)
	s.y26 = f.Period(2026, "", period.PhaseExecution)
	s.fungsional = s.functional("Fungsional", scoring.Baik, scoring.SangatBaik)
	s.final(s.tiga, s.y24, scoring.Baik)
	s.final(s.tiga, s.y25, scoring.Baik)
	f.Client.Recommendation.Create().SetEmployee(s.pppk).SetPeriod(s.y25).SetStatus("COMPLETED").SetHours(30).
		SetCompletedAt(time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)).ExecX(f.Ctx)
	return s
}

func rankSince(rank string, since time.Time) fx.EmployeeOption {
	return func(c *ent.EmployeeCreate, _ *fx.Fixture) { c.SetRank(rank).SetRankSince(since) }
}

// functional adds an Ahli Pertama under Kabid with FINAL predikat in 2024
// and 2025.
func (s *followUp) functional(name string, p24, p25 scoring.Predikat) *ent.Employee {
	e := s.f.Employee(name, rankSince("III/a", time.Now().AddDate(-3, 0, 0)), fx.Supervisor(s.kabid), fx.Kind(employee.PositionKindFungsional),
		func(c *ent.EmployeeCreate, _ *fx.Fixture) { c.SetFunctionalLevel(employee.FunctionalLevelAhliPertama) })
	s.final(e, s.y24, p24)
	s.final(e, s.y25, p25)
	s.functionalCount++
	return e
}

func (s *followUp) final(e *ent.Employee, per *ent.Period, p scoring.Predikat) {
	pl := s.f.Client.Plan.Create().SetPeriod(per).SetEmployee(e).SetAppraiser(s.kabid).SetStatus("AGREED").SaveX(s.f.Ctx)
	s.f.Client.Appraisal.Create().SetPlan(pl).SetKind("ANNUAL").SetStatus("FINAL").SetAppraiser(s.kabid).SetPredikat(p).SetScore(85).ExecX(s.f.Ctx)
}

const followUpQuery = `query($p: ID!) {
  promotionCandidates(periodID: $p) {
    employee { name } eligible functional creditPoints creditPointsInRank creditPointsNeeded yearsInRank
    conditions { code holds text }
  }
  creditHistory(periodID: $p) { employee { name functionalLevel } total years { year predikat months points cumulative } }
}`

type followUpData struct {
	PromotionCandidates []struct {
		Employee           struct{ Name string }
		Eligible           bool
		Functional         bool
		CreditPoints       *float64
		CreditPointsInRank *float64
		CreditPointsNeeded *float64
		YearsInRank        *float64
		Conditions         []struct {
			Code  string
			Holds bool
			Text  string
		}
	}
	CreditHistory []struct {
		Employee struct {
			Name            string
			FunctionalLevel *string
		}
		Total float64
		Years []struct {
			Year               int
			Predikat           string
			Months             int
			Points, Cumulative float64
		}
	}
}

func TestFollowUpOverTheAPI(t *testing.T) {
	s := newFollowUp(t)
	hr := s.f.HRAdmin()
	vars := map[string]any{"p": fmt.Sprint(s.y25.ID)}
	var d followUpData
	hr.MustQuery(followUpQuery, vars, &d)

	if len(d.PromotionCandidates) != 2 {
		t.Fatalf("candidates %+v, want Fungsional and Tiga", d.PromotionCandidates)
	}
	fn, tiga := d.PromotionCandidates[0], d.PromotionCandidates[1] // by name
	if fn.Employee.Name != "Fungsional" || tiga.Employee.Name != "Tiga" {
		t.Fatalf("candidates in order %q, %q", fn.Employee.Name, tiga.Employee.Name)
	}
	// Three years in rank: the regular 4-year condition fails, the rest hold.
	wantTiga := []string{"YEARS_IN_RANK false", "PREDIKAT true", "SUPERIOR_RANK true"}
	if got := conditionCodes(tiga.Conditions); strings.Join(got, ",") != strings.Join(wantTiga, ",") || tiga.Eligible || tiga.Functional {
		t.Errorf("Tiga: %v eligible %v, want %v", got, tiga.Eligible, wantTiga)
	}
	if !strings.HasPrefix(tiga.Conditions[0].Text, "Masa dalam pangkat ") {
		t.Errorf("the condition's text is not Indonesian by default: %q", tiga.Conditions[0].Text)
	}
	// 2024 BAIK 12.5 + 2025 SANGAT_BAIK 18.75 = 31.25 of the 50 needed.
	wantFn := []string{"YEARS_IN_RANK true", "CREDIT_POINTS false", "PREDIKAT true"}
	if got := conditionCodes(fn.Conditions); strings.Join(got, ",") != strings.Join(wantFn, ",") || fn.Eligible || !fn.Functional ||
		deref(fn.CreditPointsInRank) != 31.25 || deref(fn.CreditPointsNeeded) != 50 || deref(fn.CreditPoints) != 18.75 {
		t.Errorf("Fungsional: %v eligible %v, credit points %v in rank %v of %v", got, fn.Eligible,
			deref(fn.CreditPoints), deref(fn.CreditPointsInRank), deref(fn.CreditPointsNeeded))
	}

	if len(d.CreditHistory) != 1 {
		t.Fatalf("credit histories %+v, want Fungsional's", d.CreditHistory)
	}
	h := d.CreditHistory[0]
	if h.Employee.Name != "Fungsional" || h.Total != 31.25 || len(h.Years) != 2 ||
		h.Years[0].Year != 2024 || h.Years[0].Predikat != "BAIK" || h.Years[0].Months != 12 || h.Years[0].Points != 12.5 || h.Years[0].Cumulative != 12.5 ||
		h.Years[1].Year != 2025 || h.Years[1].Points != 18.75 || h.Years[1].Cumulative != 31.25 {
		t.Errorf("credit history %+v", h)
	}

	// In English on request.
	hr.Lang = "en"
	var en followUpData
	hr.MustQuery(followUpQuery, vars, &en)
	if got := en.PromotionCandidates[1].Conditions[0].Text; got != "3 years in rank (at least 4)" {
		t.Errorf("English text %q", got)
	}

	// Development hours: the PPPK employee above the cap, a PNS without
	// hours below the minimum, each with the field that says which.
	var dev struct {
		DevelopmentHours []struct {
			Employee     struct{ Name string }
			Hours        int
			BelowMinimum bool
			Flag         *string
		}
	}
	hr.MustQuery(`query($p: ID!) { developmentHours(periodID: $p) { employee { name } hours belowMinimum flag } }`,
		map[string]any{"p": fmt.Sprint(s.y26.ID)}, &dev)
	flags := map[string]string{}
	for _, h := range dev.DevelopmentHours {
		flag := ""
		if h.Flag != nil {
			flag = *h.Flag
		}
		flags[h.Employee.Name] = fmt.Sprintf("%d %v %s", h.Hours, h.BelowMinimum, flag)
	}
	if flags["PPPK"] != "30 false ABOVE_CAP" || flags["Tiga"] != "0 true BELOW_MINIMUM" {
		t.Errorf("development flags %v", flags)
	}
}

// TestFollowUpAccessOverTheAPI asks as a staff member and as a functional
// employee: each sees its own line only, and not its superior's rank.
func TestFollowUpAccessOverTheAPI(t *testing.T) {
	s := newFollowUp(t)
	vars := map[string]any{"p": fmt.Sprint(s.y25.ID)}
	for _, tt := range []struct {
		who                   *ent.Employee
		candidates, histories []string
	}{
		{s.tiga, []string{"Tiga"}, nil},
		{s.fungsional, []string{"Fungsional"}, []string{"Fungsional"}},
		{s.pppk, nil, nil},
		{s.kabid, []string{"Fungsional", "Tiga"}, []string{"Fungsional"}},
	} {
		t.Run(tt.who.Name, func(t *testing.T) {
			c := s.f.Login(s.f.Account(tt.who))
			var d followUpData
			c.MustQuery(followUpQuery, vars, &d)
			var cands, hists []string
			for _, cd := range d.PromotionCandidates {
				cands = append(cands, cd.Employee.Name)
			}
			for _, h := range d.CreditHistory {
				hists = append(hists, h.Employee.Name)
			}
			if fmt.Sprint(cands) != fmt.Sprint(tt.candidates) || fmt.Sprint(hists) != fmt.Sprint(tt.histories) {
				t.Errorf("candidates %v, credit histories %v; want %v, %v", cands, hists, tt.candidates, tt.histories)
			}
			if tt.who == s.tiga {
				for _, cd := range d.PromotionCandidates[0].Conditions {
					if cd.Code == "SUPERIOR_RANK" && !strings.Contains(cd.Text, "pangkat atasan tidak diketahui") {
						t.Errorf("a staff member learns of its superior's rank: %+v", cd)
					}
				}
			}
		})
	}
}

// TestFollowUpHasNoNPlusOne counts the SQL statements of the follow-up
// queries for 1 and for 21 functional employees: the same.
func TestFollowUpHasNoNPlusOne(t *testing.T) {
	s := newFollowUp(t)
	hr := s.f.HRAdmin()
	vars := map[string]any{"p": fmt.Sprint(s.y25.ID)}
	statements := func() (int64, followUpData) {
		var d followUpData
		before := s.f.Store.Statements.Load()
		hr.MustQuery(followUpQuery, vars, &d)
		return s.f.Store.Statements.Load() - before, d
	}
	small, d := statements()
	if len(d.CreditHistory) != 1 {
		t.Fatalf("%d credit histories, want 1", len(d.CreditHistory))
	}
	for i := range 20 {
		s.functional(fmt.Sprintf("Fungsional %02d", i), scoring.SangatBaik, scoring.Baik)
	}
	large, d := statements()
	if len(d.CreditHistory) != 21 || len(d.PromotionCandidates) != 22 {
		t.Fatalf("%d credit histories and %d candidates, want 21 and 22", len(d.CreditHistory), len(d.PromotionCandidates))
	}
	if large != small {
		t.Errorf("statements for 1 functional employee = %d, for 21 = %d: the count grows with the rows (N+1)", small, large)
	}
	t.Logf("%d statements for both follow-up queries, whatever the number of employees", small)
}

func conditionCodes(cs []struct {
	Code  string
	Holds bool
	Text  string
}) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = fmt.Sprintf("%s %v", c.Code, c.Holds)
	}
	return out
}

func deref(p *float64) float64 {
	if p == nil {
		return -1
	}
	return *p
}
