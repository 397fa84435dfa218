package server_test

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	"kinerja/ent"
	"kinerja/ent/period"
	"kinerja/internal/fx"
	"kinerja/internal/seed"
)

// TestDashboardsOnTheDemo asks every dashboard through the API, as HR, on
// the demo organisation: each answers with data, in a bounded number of
// SQL statements.
func TestDashboardsOnTheDemo(t *testing.T) {
	f := fx.New(t)
	// A fixed day, so the demo's periods and phases are the same whenever
	// the test runs.
	if err := seed.Demo(context.Background(), f.Client, time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	ps := f.Client.Period.Query().Order(ent.Asc(period.FieldYear)).AllX(f.Ctx)
	last, this := fmt.Sprint(ps[len(ps)-2].ID), fmt.Sprint(ps[len(ps)-1].ID)
	hr := f.Anonymous()
	if res := hr.Post("/auth/login", map[string]string{"nip": seed.DemoHRAdmin.NIP, "password": seed.DemoPassword}); res.StatusCode != http.StatusOK {
		t.Fatalf("demo HR login: %d", res.StatusCode)
	}
	tests := []struct {
		name, query, period string
		minItems            int
	}{
		{"scoreSummary UNIT", `query($p: ID!) { r: scoreSummary(periodID: $p, groupBy: UNIT) { key label count average min max timeliness quality teamwork } }`, last, 5},
		{"scoreSummary CRITERION", `query($p: ID!) { r: scoreSummary(periodID: $p, groupBy: CRITERION) { key count average } }`, last, 7},
		{"scoreSummary RANK", `query($p: ID!) { r: scoreSummary(periodID: $p, groupBy: RANK) { key count average } }`, last, 5},
		{"scoreSummary POSITION_KIND", `query($p: ID!) { r: scoreSummary(periodID: $p, groupBy: POSITION_KIND) { key count average } }`, last, 4},
		{"scoreSummary APPRAISER", `query($p: ID!) { r: scoreSummary(periodID: $p, groupBy: APPRAISER) { key label count average } }`, last, 5},
		{"appraiserCalibration", `query($p: ID!) { r: appraiserCalibration(periodID: $p) { appraiser { name } appraised mean stddev gapToUnitMean objections upheld revised } }`, last, 5},
		{"trainingNeeds", `query($p: ID!) { r: trainingNeeds(periodID: $p) { criterion { code name } employees programs { name hours } } }`, last, 2},
		{"developmentHours", `query($p: ID!) { r: developmentHours(periodID: $p) { employee { name } hours belowMinimum } }`, this, 80},
		{"talentGrid", `query($p: ID!) { r: talentGrid(periodID: $p) { performance potential count employees { name } } }`, last, 9},
		{"completion", `query($p: ID!) { r: completion(periodID: $p) { unit { code } employees noPlan plansDraft plansSubmitted plansAgreed plansReturned appraisalsDraft plansOverdue } }`, this, 5},
		{"trend", `{ r: trend { period { year } count average } }`, "", 3},
		{"promotionCandidates", `query($p: ID!) { r: promotionCandidates(periodID: $p) { employee { name } predikats creditPoints rank yearsInRank } }`, last, 1},
	}
	for _, tt := range tests {
		vars := map[string]any{}
		if tt.period != "" {
			vars["p"] = tt.period
		}
		before := f.Store.Statements.Load()
		var out struct{ R []map[string]any }
		hr.MustQuery(tt.query, vars, &out)
		stmts := f.Store.Statements.Load() - before
		if len(out.R) < tt.minItems {
			t.Errorf("%s: %d items, want at least %d", tt.name, len(out.R), tt.minItems)
		}
		if stmts > 40 {
			t.Errorf("%s: %d SQL statements for %d items: grows with the rows?", tt.name, stmts, len(out.R))
		}
	}
	var d struct {
		R struct {
			Total      int
			UnitRating *string
			Guideline  *string
			Buckets    []struct {
				Predikat string
				Count    int
				Share    float64
			}
		}
	}
	hr.MustQuery(`query($p: ID!) { r: predikatDistribution(periodID: $p) { total unitRating guideline deviates deviations buckets { predikat count share } } }`,
		map[string]any{"p": last}, &d)
	if d.R.Total < 80 || d.R.UnitRating == nil || d.R.Guideline == nil || len(d.R.Buckets) < 5 {
		t.Errorf("predikatDistribution = %+v", d.R)
	}
}
