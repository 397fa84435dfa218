package server_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/indicator"
	"kinerja/ent/period"
	"kinerja/internal/agency"
	"kinerja/internal/asn"
	"kinerja/internal/fx"
	"kinerja/internal/report"
	"kinerja/internal/scoring"
	"kinerja/internal/viewer"
	"kinerja/internal/workflow"
	"kinerja/server"
)

// exportWorld is an agency with a unit tree DINAS → DINAS.BID →
// DINAS.BID.SUB and a separate unit LAIN, staged through the workflow:
//
//	Kepala Dinas (DINAS)
//	├── Kepala Bidang (DINAS.BID)  annual appraisal released
//	│   ├── =SUM(A1) Andi (DINAS.BID.SUB)  released, objected, upheld: FINAL
//	│   ├── Citra Lestari (DINAS.BID)      released (and one in 2025)
//	│   └── Eko Prasetyo (DINAS.BID)       annual appraisal still a draft
//	└── Dewi Sartika (LAIN)                released
//
// plus an HR admin (Admin SDM, unit SDM) and, for Andi, a released
// quarterly appraisal, which the annual export leaves out.
type exportWorld struct {
	t       *testing.T
	f       *fx.Fixture
	wf      *workflow.Service
	per     *ent.Period
	units   map[string]*ent.OrgUnit
	emps    map[string]*ent.Employee
	annual  map[string]*ent.Appraisal // in per, by employee key
	targets map[string]*ent.Target    // in per, by employee key
}

const exportAndiName = "=SUM(A1) Andi"

func exportPtr[T any](v T) *T { return &v }

func (x *exportWorld) must(err error) {
	x.t.Helper()
	if err != nil {
		x.t.Fatalf("export world: %v", err)
	}
}

func (x *exportWorld) unit(code, parent string) {
	u := x.f.UnitNamed(code)
	if parent != "" {
		u = x.f.Client.OrgUnit.UpdateOne(u).SetParent(x.units[parent]).SaveX(x.f.Ctx)
	}
	x.units[code] = u
}

// planFor creates, fills, agrees and realises the plan of employee key in
// per (execution phase); it returns the plan and its target.
func (x *exportWorld) planFor(per *ent.Period, key string) (*ent.Plan, *ent.Target) {
	x.t.Helper()
	e := x.emps[key]
	me := x.f.As(e)
	p, err := x.wf.CreatePlan(me, workflow.CreatePlanInput{PeriodID: per.ID, EmployeeID: e.ID})
	x.must(err)
	tg, err := x.wf.AddTarget(me, p.ID, workflow.TargetInput{Title: "Layanan administrasi kepegawaian", Indicators: []*workflow.IndicatorInput{
		{Description: "Dokumen diproses", Aspect: indicator.AspectQuantity, TargetValue: 12, Unit: "dokumen"},
		{Description: "Waktu penyelesaian", Aspect: indicator.AspectTime, TargetValue: 12, Unit: "bulan"},
	}})
	x.must(err)
	_, err = x.wf.SubmitPlan(me, p.ID)
	x.must(err)
	sup := x.f.Client.Employee.QuerySupervisor(e).OnlyX(x.f.Ctx)
	_, err = x.wf.ApprovePlan(x.f.As(sup), p.ID, nil)
	x.must(err)
	for _, ind := range x.f.Client.Target.QueryIndicators(tg).AllX(x.f.Ctx) {
		for q := 1; q <= 4; q++ {
			_, err = x.wf.RecordRealization(me, ind.ID, workflow.RealizationInput{Quarter: q, Value: 3, Evidence: "https://arsip.example/bukti.pdf"})
			x.must(err)
		}
	}
	return p, tg
}

// rate rates an appraisal MEETS/MEETS (predikat BAIK) with a KOLABORATIF
// note and a target rating, and releases it unless draft.
func (x *exportWorld) rate(a *ent.Appraisal, by *ent.Employee, tg *ent.Target, draft bool) *ent.Appraisal {
	x.t.Helper()
	meets, above := scoring.Meets, scoring.Above
	note := "Aktif dalam kerja tim"
	// Everything a release needs, then (later entries win) the note on
	// KOLABORATIF and the target rated above expectation.
	in := x.f.Complete(x.f.Client.Appraisal.QueryPlan(a).OnlyIDX(x.f.Ctx), meets, meets)
	in.Scores = append(in.Scores,
		&workflow.ScoreInput{CriterionCode: exportPtr("KOLABORATIF"), Rating: &meets, Note: &note},
		&workflow.ScoreInput{TargetID: &tg.ID, Rating: &above})
	_, err := x.wf.RateAppraisal(x.f.As(by), a.ID, in)
	x.must(err)
	if !draft {
		a, err = x.wf.SubmitAppraisal(x.f.As(by), a.ID)
		x.must(err)
	}
	return a
}

func newExportWorld(t *testing.T) *exportWorld {
	f := fx.New(t)
	x := &exportWorld{t: t, f: f, wf: workflow.New(f.Client), units: map[string]*ent.OrgUnit{},
		emps: map[string]*ent.Employee{}, annual: map[string]*ent.Appraisal{}, targets: map[string]*ent.Target{}}
	x.unit("DINAS", "")
	x.unit("DINAS.BID", "DINAS")
	x.unit("DINAS.BID.SUB", "DINAS.BID")
	x.unit("LAIN", "")
	x.f.Client.OrgUnit.UpdateOne(x.units["DINAS"]).SetName("Badan Kepegawaian Daerah").ExecX(f.Ctx)

	x.emps["kepala"] = f.Employee("Kepala Dinas", fx.Unit("DINAS"), fx.Kind(employee.PositionKindJPTPratama))
	x.emps["kabid"] = f.Employee("Kepala Bidang", fx.Unit("DINAS.BID"), fx.Supervisor(x.emps["kepala"]), fx.Kind(employee.PositionKindAdministrator))
	x.emps["andi"] = f.Employee(exportAndiName, fx.Unit("DINAS.BID.SUB"), fx.Supervisor(x.emps["kabid"]))
	x.emps["citra"] = f.Employee("Citra Lestari", fx.Unit("DINAS.BID"), fx.Supervisor(x.emps["kabid"]))
	x.emps["eko"] = f.Employee("Eko Prasetyo", fx.Unit("DINAS.BID"), fx.Supervisor(x.emps["kabid"]))
	x.emps["dewi"] = f.Employee("Dewi Sartika", fx.Unit("LAIN"), fx.Supervisor(x.emps["kepala"]))
	x.emps["hr"] = f.Employee("Admin SDM", fx.Unit("SDM"))

	// An earlier year: Citra's released annual appraisal must not show up
	// in 2026.
	old := f.Period(2025, "", period.PhaseExecution)
	oldPlan, oldTarget := x.planFor(old, "citra")
	f.SetPhase(old, period.PhaseAssessment)
	a, err := x.wf.StartAppraisal(f.As(x.emps["kabid"]), oldPlan.ID, appraisal.KindAnnual, nil)
	x.must(err)
	x.rate(a, x.emps["kabid"], oldTarget, false)

	x.per = f.Period(2026, "", period.PhaseExecution)
	plans := map[string]*ent.Plan{}
	for _, k := range []string{"kabid", "andi", "citra", "eko", "dewi"} {
		plans[k], x.targets[k] = x.planFor(x.per, k)
	}
	q, err := x.wf.StartAppraisal(f.As(x.emps["kabid"]), plans["andi"].ID, appraisal.KindQuarterly, exportPtr(1))
	x.must(err)
	x.rate(q, x.emps["kabid"], x.targets["andi"], false)

	// Feedback through the year: the appraiser on Andi's target, Andi on
	// the period.
	_, err = x.wf.GiveFeedback(f.As(x.emps["kabid"]), workflow.FeedbackInput{PlanID: plans["andi"].ID, TargetID: &x.targets["andi"].ID, Text: "Percepat verifikasi berkas bulan ini."})
	x.must(err)
	_, err = x.wf.GiveFeedback(f.As(x.emps["andi"]), workflow.FeedbackInput{PlanID: plans["andi"].ID, Text: "Mohon arahan untuk triwulan berikutnya."})
	x.must(err)
	f.SetPhase(x.per, period.PhaseAssessment)
	for _, k := range []string{"kabid", "andi", "citra", "eko", "dewi"} {
		by := f.Client.Employee.QuerySupervisor(x.emps[k]).OnlyX(f.Ctx)
		a, err := x.wf.StartAppraisal(f.As(by), plans[k].ID, appraisal.KindAnnual, nil)
		x.must(err)
		x.annual[k] = x.rate(a, by, x.targets[k], k == "eko")
	}
	// Andi objects; the appraiser explains; the head upholds the appraisal.
	o, err := x.wf.FileObjection(f.As(x.emps["andi"]), x.annual["andi"].ID, "Target kuantitas sudah terlampaui.")
	x.must(err)
	_, err = x.wf.ExplainObjection(f.As(x.emps["kabid"]), o.ID, "Kualitas dokumen belum memenuhi standar.")
	x.must(err)
	_, err = x.wf.DecideObjection(f.As(x.emps["kepala"]), o.ID, workflow.DecideObjectionInput{Decision: workflow.Uphold, Note: "Penilaian sudah sesuai bukti."})
	x.must(err)
	return x
}

func (x *exportWorld) login(key string, roles ...viewer.Role) *fx.Client {
	return x.f.Login(x.f.Account(x.emps[key], roles...))
}

func (x *exportWorld) query(extra string) string {
	return fmt.Sprintf("?periodID=%d%s", x.per.ID, extra)
}

// readExportCSV downloads the CSV export and returns its records, header first.
func readExportCSV(t *testing.T, c *fx.Client, query string) [][]string {
	t.Helper()
	res := c.Get("/export/appraisals.csv" + query)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("csv export: status %d: %s", res.StatusCode, res.Body)
	}
	if ct := res.Header.Get("Content-Type"); ct != "text/csv; charset=utf-8" {
		t.Errorf("Content-Type = %q", ct)
	}
	if cd := res.Header.Get("Content-Disposition"); cd != `attachment; filename="penilaian-2026.csv"` {
		t.Errorf("Content-Disposition = %q", cd)
	}
	recs, err := csv.NewReader(bytes.NewReader(res.Body)).ReadAll()
	if err != nil {
		t.Fatalf("csv export is not RFC 4180: %v\n%s", err, res.Body)
	}
	if len(recs) == 0 || !slices.Equal(recs[0], report.ExportColumns) {
		t.Fatalf("csv header = %v, want %v", recs, report.ExportColumns)
	}
	return recs
}

// exportColumn returns one column of the records (header excluded).
func exportColumn(recs [][]string, name string) []string {
	i := slices.Index(recs[0], name)
	var out []string
	for _, r := range recs[1:] {
		out = append(out, r[i])
	}
	return out
}

func TestExportCSVRowsPerViewer(t *testing.T) {
	x := newExportWorld(t)
	all := []string{"Citra Lestari", "Kepala Bidang", "'" + exportAndiName, "Dewi Sartika"}
	for _, tc := range []struct {
		who   string
		roles []viewer.Role
		query string
		want  []string
	}{
		{"hr", []viewer.Role{viewer.HRAdmin}, "", all},
		{"kepala", nil, "", all},
		{"kabid", nil, "", []string{"Citra Lestari", "Kepala Bidang", "'" + exportAndiName}},
		{"andi", nil, "", []string{"'" + exportAndiName}},
		{"eko", nil, "", nil}, // its appraisal is a draft
		{"dewi", nil, "", []string{"Dewi Sartika"}},
	} {
		t.Run(tc.who, func(t *testing.T) {
			recs := readExportCSV(t, x.login(tc.who, tc.roles...), x.query(tc.query))
			if got := exportColumn(recs, "Nama"); !slices.Equal(got, tc.want) {
				t.Errorf("names = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestExportCSVUnitFilterIncludesSubUnits(t *testing.T) {
	x := newExportWorld(t)
	hr := x.login("hr", viewer.HRAdmin)
	kabid := x.login("kabid")
	for _, tc := range []struct {
		c    *fx.Client
		unit string
		want []string
	}{
		{hr, "DINAS", []string{"Citra Lestari", "Kepala Bidang", "'" + exportAndiName}},
		{hr, "DINAS.BID", []string{"Citra Lestari", "Kepala Bidang", "'" + exportAndiName}},
		{hr, "DINAS.BID.SUB", []string{"'" + exportAndiName}},
		{hr, "LAIN", []string{"Dewi Sartika"}},
		{kabid, "LAIN", nil}, // the unit filter never widens what a viewer sees
	} {
		recs := readExportCSV(t, tc.c, x.query(fmt.Sprintf("&unitID=%d", x.units[tc.unit].ID)))
		if got := exportColumn(recs, "Nama"); !slices.Equal(got, tc.want) {
			t.Errorf("unit %s: names = %q, want %q", tc.unit, got, tc.want)
		}
		if got := exportColumn(recs, "Unit"); len(got) > 0 && !strings.HasPrefix(got[0], tc.unit) {
			t.Errorf("unit %s: unit codes %q", tc.unit, got)
		}
	}
	res := hr.Get("/export/appraisals.csv" + x.query("&unitID=999999999"))
	if res.StatusCode != http.StatusNotFound {
		t.Errorf("unknown unit: status %d, want 404: %s", res.StatusCode, res.Body)
	}
}

func TestExportCSVCells(t *testing.T) {
	x := newExportWorld(t)
	recs := readExportCSV(t, x.login("hr", viewer.HRAdmin), x.query(""))
	byName := map[string][]string{}
	for _, r := range recs[1:] {
		byName[r[1]] = r
	}
	citra := byName["Citra Lestari"]
	if citra == nil {
		t.Fatalf("no row for Citra: %v", recs)
	}
	get := func(r []string, col string) string { return r[slices.Index(report.ExportColumns, col)] }
	// NIPs stay exact 18-digit text.
	for name, key := range map[string]string{"Citra Lestari": "citra", "'" + exportAndiName: "andi", "Kepala Bidang": "kabid"} {
		r := byName[name]
		if nip := get(r, "NIP"); nip != x.emps[key].NIP || len(nip) != 18 || strings.Trim(nip, "0123456789") != "" {
			t.Errorf("%s: NIP %q, want %q", name, nip, x.emps[key].NIP)
		}
	}
	if got := get(citra, "NIP Penilai"); got != x.emps["kabid"].NIP {
		t.Errorf("appraiser NIP = %q, want %q", got, x.emps["kabid"].NIP)
	}
	for col, want := range map[string]string{
		"Unit": "DINAS.BID", "Unit kerja": "Unit DINAS.BID", "Jabatan": "Analis", "Golongan": "III/a",
		"Penilai": "Kepala Bidang", "Status": "SUBMITTED", "Hasil kerja": "MEETS", "Perilaku": "MEETS",
		"Predikat": "BAIK", "Kerja sama": "83.00",
	} {
		if got := get(citra, col); got != want {
			t.Errorf("Citra %s = %q, want %q", col, got, want)
		}
	}
	for _, col := range []string{"Nilai", "Ketepatan waktu"} {
		if _, err := strconv.ParseFloat(get(citra, col), 64); err != nil || !strings.Contains(get(citra, col), ".") {
			t.Errorf("Citra %s = %q, want a number with decimals", col, get(citra, col))
		}
	}
	if got := get(byName["'"+exportAndiName], "Status"); got != "FINAL" {
		t.Errorf("Andi status = %q, want FINAL after the upheld objection", got)
	}
	// Formula injection: the name starting with "=" is defused.
	if _, ok := byName[exportAndiName]; ok {
		t.Errorf("a cell starts with '=': %v", byName[exportAndiName])
	}

	// The employee reads its own row; its appraiser is outside its chain
	// of command, so ent blanks the appraiser's NIP but not the name.
	own := readExportCSV(t, x.login("andi"), x.query(""))
	nipCol, nameCol := slices.Index(report.ExportColumns, "NIP Penilai"), slices.Index(report.ExportColumns, "Penilai")
	if len(own) != 2 || own[1][0] != x.emps["andi"].NIP || own[1][nipCol] != "" || own[1][nameCol] != "Kepala Bidang" {
		t.Errorf("employee's own export = %q", own)
	}
}

func TestExportXLSX(t *testing.T) {
	x := newExportWorld(t)
	hr := x.login("hr", viewer.HRAdmin)
	res := hr.Get("/export/appraisals.xlsx" + x.query(""))
	if res.StatusCode != http.StatusOK {
		t.Fatalf("xlsx export: status %d: %s", res.StatusCode, res.Body)
	}
	if ct := res.Header.Get("Content-Type"); ct != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" {
		t.Errorf("Content-Type = %q", ct)
	}
	if cd := res.Header.Get("Content-Disposition"); cd != `attachment; filename="penilaian-2026.xlsx"` {
		t.Errorf("Content-Disposition = %q", cd)
	}
	f, err := excelize.OpenReader(bytes.NewReader(res.Body))
	if err != nil {
		t.Fatalf("not a workbook: %v", err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{"Penilaian"}) {
		t.Fatalf("sheets = %v, want [Penilaian]", got)
	}
	rows, err := f.GetRows("Penilaian")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 || !slices.Equal(rows[0], report.ExportColumns) {
		t.Fatalf("header = %v", rows)
	}
	// The same rows as the CSV (whose text cells carry the injection guard).
	csvRows := readExportCSV(t, hr, x.query(""))
	if len(rows) != len(csvRows) {
		t.Fatalf("xlsx has %d rows, csv %d", len(rows), len(csvRows))
	}
	for i := 1; i < len(rows); i++ {
		row := slices.Concat(rows[i], make([]string, len(report.ExportColumns)-len(rows[i])))
		for j, cell := range row {
			if report.SafeCell(cell) != csvRows[i][j] {
				t.Errorf("row %d col %s: xlsx %q, csv %q", i, report.ExportColumns[j], cell, csvRows[i][j])
			}
		}
	}
	if rows[3][1] != exportAndiName {
		t.Errorf("xlsx name cell = %q, want the raw text %q (typed as text, not a formula)", rows[3][1], exportAndiName)
	}
	if formula, _ := f.GetCellFormula("Penilaian", "B4"); formula != "" {
		t.Errorf("B4 holds a formula %q", formula)
	}

	// Types: NIP is text, the score a number with two decimals.
	for _, cell := range []string{"A2", "K2"} {
		typ, err := f.GetCellType("Penilaian", cell)
		if err != nil || (typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString) {
			t.Errorf("%s type = %v (%v), want text", cell, typ, err)
		}
	}
	nip, _ := f.GetCellValue("Penilaian", "A2")
	if nip != x.emps["citra"].NIP {
		t.Errorf("A2 = %q, want Citra's NIP %q", nip, x.emps["citra"].NIP)
	}
	for _, cell := range []string{"U2", "V2", "X2"} { // Nilai, Ketepatan waktu, Kerja sama
		typ, err := f.GetCellType("Penilaian", cell)
		if err != nil || (typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset) {
			t.Errorf("%s type = %v (%v), want a number", cell, typ, err)
		}
		raw, _ := f.GetCellValue("Penilaian", cell, excelize.Options{RawCellValue: true})
		if _, err := strconv.ParseFloat(raw, 64); err != nil {
			t.Errorf("%s raw value %q is not a number", cell, raw)
		}
		styleID, _ := f.GetCellStyle("Penilaian", cell)
		if st, err := f.GetStyle(styleID); err != nil || st.NumFmt != 2 {
			t.Errorf("%s number format = %+v (%v), want 0.00", cell, st, err)
		}
	}
	if st, _ := f.GetCellStyle("Penilaian", "A1"); st == 0 {
		t.Error("header has no style")
	} else if s, _ := f.GetStyle(st); s.Font == nil || !s.Font.Bold {
		t.Errorf("header font = %+v, want bold", s.Font)
	}
	panes, err := f.GetPanes("Penilaian")
	if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.XSplit != 2 || panes.TopLeftCell != "C2" {
		t.Errorf("panes = %+v (%v), want frozen below the header and right of the name", panes, err)
	}
	if w, _ := f.GetColWidth("Penilaian", "A"); w < 19 {
		t.Errorf("NIP column width %v is too narrow for 18 digits", w)
	}

	// The employee's workbook has only its own row.
	own := x.login("andi").Get("/export/appraisals.xlsx" + x.query(""))
	g, err := excelize.OpenReader(bytes.NewReader(own.Body))
	if err != nil {
		t.Fatalf("employee workbook: %v (%d %s)", err, own.StatusCode, own.Body)
	}
	defer g.Close()
	if rows, _ := g.GetRows("Penilaian"); len(rows) != 2 || rows[1][0] != x.emps["andi"].NIP {
		t.Errorf("employee workbook rows = %q", rows)
	}
}

func TestExportErrors(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	per := f.Period(2026, "", period.PhaseExecution)
	for _, tc := range []struct {
		path, code, field string
		status            int
	}{
		{"/export/appraisals.csv", "INVALID_INPUT", "periodID", http.StatusBadRequest},
		{"/export/appraisals.xlsx?periodID=", "INVALID_INPUT", "periodID", http.StatusBadRequest},
		{"/export/appraisals.csv?periodID=abc", "INVALID_INPUT", "periodID", http.StatusBadRequest},
		{"/export/appraisals.csv?periodID=-3", "INVALID_INPUT", "periodID", http.StatusBadRequest},
		{fmt.Sprintf("/export/appraisals.csv?periodID=%d&unitID=x", per.ID), "INVALID_INPUT", "unitID", http.StatusBadRequest},
		{"/export/appraisals.csv?periodID=987654321", "NOT_FOUND", "periodID", http.StatusNotFound},
		{"/export/appraisals.xlsx?periodID=987654321", "NOT_FOUND", "periodID", http.StatusNotFound},
	} {
		res := hr.Get(tc.path)
		e := res.Error()
		if res.StatusCode != tc.status || e.Code() != tc.code || e.Field() != tc.field || e.Message == "" {
			t.Errorf("%s: %d %s, want %d %s on %s", tc.path, res.StatusCode, res.Body, tc.status, tc.code, tc.field)
		}
	}
	// An empty period is a header-only file, not an error.
	res := hr.Get(fmt.Sprintf("/export/appraisals.csv?periodID=%d", per.ID))
	if res.StatusCode != http.StatusOK || strings.Count(string(res.Body), "\n") != 1 {
		t.Errorf("empty period: %d %q", res.StatusCode, res.Body)
	}
}

func TestExportAndPrintNeedAViewer(t *testing.T) {
	f := fx.New(t)
	anon := f.Anonymous()
	for _, path := range []string{"/export/appraisals.csv?periodID=1", "/export/appraisals.xlsx?periodID=1", "/export/appraisals.csv", "/print/appraisals/1"} {
		res := anon.Get(path)
		var body struct {
			Errors []fx.GQLError `json:"errors"`
		}
		if err := json.Unmarshal(res.Body, &body); err != nil || res.StatusCode != http.StatusUnauthorized ||
			len(body.Errors) != 1 || body.Errors[0].Code() != "UNAUTHENTICATED" {
			t.Errorf("anonymous %s: %d %s, want 401 UNAUTHENTICATED", path, res.StatusCode, res.Body)
		}
	}
	// A bad bearer token is refused too.
	bad := f.Anonymous()
	bad.Bearer = "knj_not-a-token"
	if res := bad.Get("/export/appraisals.csv?periodID=1"); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("bad token: %d", res.StatusCode)
	}
}

func TestExportWithReadToken(t *testing.T) {
	x := newExportWorld(t)
	tok := x.login("hr", viewer.HRAdmin).Token("READ")
	recs := readExportCSV(t, tok, x.query(""))
	if len(recs) != 5 {
		t.Errorf("READ token export has %d records, want header + 4", len(recs))
	}
}

func TestPrintAppraisal(t *testing.T) {
	x := newExportWorld(t)
	andi := x.login("andi")
	path := fmt.Sprintf("/print/appraisals/%d", x.annual["andi"].ID)
	res := andi.Get(path)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("print: %d %s", res.StatusCode, res.Body)
	}
	if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type = %q", ct)
	}
	page := string(res.Body)
	for _, want := range []string{
		`<html lang="id">`, "@media print", "size: A4",
		"Badan Kepegawaian Daerah", "Penilaian Kinerja 2026", "TAHUNAN", "1 Januari 2026 – 31 Desember 2026",
		"=SUM(A1) Andi", x.emps["andi"].NIP, "Unit DINAS.BID.SUB",
		"Kepala Bidang", "Kepala Dinas",
		"Layanan administrasi kepegawaian", "Dokumen diproses", "Kuantitas", "dokumen",
		"<td class=\"num\">12</td>", // year total of 4 × 3 via scoring.YearTotal
		"Di Atas Ekspektasi",        // the target's rating
		"Sesuai Ekspektasi", "Kolaboratif", "Aktif dalam kerja tim",
		`<td class="predikat">Baik</td>`,
		"Target kuantitas sudah terlampaui.", "Penilaian sudah sesuai bukti.", "Ditolak: penilaian dikuatkan",
		"Kualitas dokumen belum memenuhi standar.", // the appraiser's explanation
		"Percepat verifikasi berkas bulan ini.",    // feedback on the target, in its row
		"Umpan Balik Berkelanjutan", "Mohon arahan untuk triwulan berikutnya.",
		"RHK atasan yang diintervensi", "<h2>Atasan Pejabat Penilai Kinerja</h2>",
		"Capaian Kinerja Organisasi", "Belum ditetapkan", // no unit rating yet
		"Pegawai yang Dinilai", "Pejabat Penilai Kinerja", "Atasan Pejabat Penilai Kinerja", "Makassar, ",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("print page lacks %q", want)
		}
	}
	// The signature block names the employee with its NIP under a line.
	_, sig, _ := strings.Cut(page, `class="signatures"`)
	_, emp, _ := strings.Cut(sig, `class="signature employee"`)
	emp, _, _ = strings.Cut(emp, `class="signature appraiser"`)
	for _, want := range []string{"Pegawai yang Dinilai", `class="line"`, "=SUM(A1) Andi", "NIP. " + x.emps["andi"].NIP, "Makassar, "} {
		if !strings.Contains(emp, want) {
			t.Errorf("employee signature lacks %q:\n%s", want, emp)
		}
	}
	if strings.Contains(strings.ToLower(page), "<script") {
		t.Error("the print page has a script")
	}

	// Once HR rates the unit, the document states the organisation's rating.
	if _, err := x.wf.SetUnitRating(x.f.As(x.emps["kepala"], viewer.HRAdmin), x.per.ID, x.emps["andi"].QueryUnit().OnlyIDX(x.f.Ctx), "BAIK"); err != nil {
		t.Fatal(err)
	}
	if page := string(andi.Get(path).Body); !strings.Contains(page, "<td>Predikat kinerja organisasi</td><td>Baik</td>") {
		t.Error("the document lacks the organisation's rating Baik")
	}

	// Another employee's appraisal, an unknown ID and a malformed one do
	// not exist for Andi; Eko's own appraisal does not exist for Eko while
	// it is an unreleased draft.
	for _, p := range []string{
		fmt.Sprintf("/print/appraisals/%d", x.annual["citra"].ID),
		"/print/appraisals/abc", "/print/appraisals/987654321",
	} {
		if res := andi.Get(p); res.StatusCode != http.StatusNotFound {
			t.Errorf("%s as Andi: %d, want 404", p, res.StatusCode)
		}
	}
	if res := x.login("eko").Get(fmt.Sprintf("/print/appraisals/%d", x.annual["eko"].ID)); res.StatusCode != http.StatusNotFound {
		t.Errorf("Eko prints its unreleased appraisal: %d", res.StatusCode)
	}
	// The appraiser prints its draft, marked as such; HR prints anyone's.
	if res := x.login("kabid").Get(fmt.Sprintf("/print/appraisals/%d", x.annual["eko"].ID)); res.StatusCode != http.StatusOK || !strings.Contains(string(res.Body), "DRAF") {
		t.Errorf("appraiser prints the draft: %d", res.StatusCode)
	}
	hrPage := x.login("hr", viewer.HRAdmin).Get(fmt.Sprintf("/print/appraisals/%d", x.annual["citra"].ID))
	if hrPage.StatusCode != http.StatusOK || !strings.Contains(string(hrPage.Body), "Citra Lestari") ||
		!strings.Contains(string(hrPage.Body), "NIP. "+x.emps["kabid"].NIP) {
		t.Errorf("HR print of Citra: %d", hrPage.StatusCode)
	}
}

// TestPrintAppraisalInTheAgencysZone prints through a server configured
// for Jayapura: the document is signed there and its times are written in
// WIT (UTC+9), not in the default Makassar time.
func TestPrintAppraisalInTheAgencysZone(t *testing.T) {
	x := newExportWorld(t)
	jayapura, err := agency.Load("Jayapura", "Asia/Jayapura")
	if err != nil {
		t.Fatal(err)
	}
	srv := serverWith(t, x.f, server.Options{Agency: jayapura})
	// Sessions live in the database: Andi's session, opened on the
	// fixture's server, is good on this one too.
	andi := x.login("andi")
	req, err := http.NewRequest(http.MethodGet, srv.URL+fmt.Sprintf("/print/appraisals/%d", x.annual["andi"].ID), http.NoBody)
	if err != nil {
		t.Fatal(err)
	}
	before := time.Now()
	res := andi.Do(req)
	after := time.Now()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("print: %d %s", res.StatusCode, res.Body)
	}
	page := string(res.Body)
	for _, want := range []string{"Jayapura, ", "WIT"} {
		if !strings.Contains(page, want) {
			t.Errorf("print page lacks %q", want)
		}
	}
	for _, unwanted := range []string{"Makassar", "WITA"} {
		if strings.Contains(page, unwanted) {
			t.Errorf("print page names %q", unwanted)
		}
	}
	// The footer's time is Jayapura's wall clock: the printing instant
	// (before or after the minute turned) at UTC+9.
	wit := time.FixedZone("UTC+9", 9*60*60)
	printed := func(at time.Time) string { return at.In(wit).Format("15.04") + " WIT · penilaian #" }
	if !strings.Contains(page, printed(before)) && !strings.Contains(page, printed(after)) {
		i := max(strings.Index(page, "<footer>"), 0)
		t.Errorf("footer = %q, want the time %q in Jayapura", page[i:], printed(before))
	}
}

// TestExportPagesThroughLargePeriods stages more appraisals than one batch
// holds (directly, with system rights) and checks that every one comes out
// once, sorted, with a number of SQL statements that does not grow with
// the rows (eager loading, no N+1).
func TestExportPagesThroughLargePeriods(t *testing.T) {
	x := newExportWorld(t)
	hr := x.login("hr", viewer.HRAdmin)
	count := func() (int64, [][]string) {
		before := x.f.Store.Statements.Load()
		recs := readExportCSV(t, hr, x.query(""))
		return x.f.Store.Statements.Load() - before, recs
	}
	small, recs := count()
	if len(recs) != 5 {
		t.Fatalf("baseline has %d records", len(recs))
	}

	const extra = report.ExportBatchSize + 20
	ctx, c := x.f.Ctx, x.f.Client
	bulk := x.f.UnitNamed("BULK")
	emps := make([]*ent.EmployeeCreate, extra)
	for i := range emps {
		emps[i] = c.Employee.Create().SetNIP(fx.NIP(100 + i)).SetName(fmt.Sprintf("Pegawai %04d", extra-i)).
			SetRank("II/c").SetPosition("Pengadministrasi").SetPositionKind(employee.PositionKindPelaksana).
			SetUnit(bulk).SetSupervisor(x.emps["kabid"])
	}
	es := c.Employee.CreateBulk(emps...).SaveX(ctx)
	plans := make([]*ent.PlanCreate, extra)
	for i, e := range es {
		plans[i] = c.Plan.Create().SetPeriod(x.per).SetEmployee(e).SetAppraiser(x.emps["kabid"]).SetStatus("AGREED")
	}
	ps := c.Plan.CreateBulk(plans...).SaveX(ctx)
	apps := make([]*ent.AppraisalCreate, extra)
	for i, p := range ps {
		apps[i] = c.Appraisal.Create().SetPlan(p).SetKind(appraisal.KindAnnual).SetStatus(appraisal.StatusFinal).
			SetAppraiser(x.emps["kabid"]).SetPredikat(scoring.Baik).SetScore(80 + float64(i%20)/4)
	}
	c.Appraisal.CreateBulk(apps...).ExecX(ctx)

	large, recs := count()
	if len(recs) != 5+extra {
		t.Fatalf("export has %d records, want %d", len(recs), 5+extra)
	}
	names := exportColumn(recs, "Nama")
	// Unit BULK sorts before DINAS.BID; inside it, by name.
	if names[0] != "Pegawai 0001" || names[extra-1] != fmt.Sprintf("Pegawai %04d", extra) ||
		names[extra] != "Citra Lestari" || names[len(names)-1] != "Dewi Sartika" {
		t.Errorf("not sorted by unit, then name: %q … %q", names[:6], names[len(names)-3:])
	}
	seen := map[string]bool{}
	for _, nip := range exportColumn(recs, "NIP") {
		if seen[nip] {
			t.Errorf("NIP %s exported twice", nip)
		}
		seen[nip] = true
	}
	// One more batch: one more query per eager-loaded edge (appraisals,
	// plans, employees, units, periods, appraisers).
	t.Logf("statements: %d rows %d, %d rows %d", 4, small, extra+4, large)
	if large > small+6 {
		t.Errorf("%d rows took %d statements, %d rows %d: the export does not batch its eager loads", extra+4, large, 4, small)
	}
}

// TestPrintSKP: the SKP shows the three people, each target with the
// supervisor's target it supports and its indicators, and the behaviours
// with the appraiser's expectations; a plan the reader may not see does not
// exist.
func TestPrintSKP(t *testing.T) {
	x := newExportWorld(t)
	plan := x.f.Client.Target.QueryPlan(x.targets["andi"]).OnlyX(x.f.Ctx)
	if _, err := x.wf.SetPlanExpectations(x.f.As(x.emps["kabid"]), plan.ID, []scoring.Expectation{
		{Code: scoring.Kolaboratif, Text: "Membantu rekan menyelesaikan berkas pada akhir bulan."},
	}); err != nil {
		t.Fatal(err)
	}
	path := fmt.Sprintf("/print/plans/%d", plan.ID)
	andi := x.login("andi")
	res := andi.Get(path)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("print SKP: %d %s", res.StatusCode, res.Body)
	}
	page := string(res.Body)
	for _, want := range []string{
		"<h1>Sasaran Kinerja Pegawai</h1>", "Penilaian Kinerja 2026",
		"<h2>Pegawai yang Dinilai</h2>", "<h2>Pejabat Penilai Kinerja</h2>", "<h2>Atasan Pejabat Penilai Kinerja</h2>",
		"=SUM(A1) Andi", x.emps["andi"].NIP, "Kepala Bidang", "Kepala Dinas",
		"RHK atasan yang diintervensi", x.targets["andi"].Title, "Dokumen diproses",
		"Perilaku Kerja (BerAKHLAK)", "Berorientasi Pelayanan", "Kolaboratif", "Membantu rekan menyelesaikan berkas pada akhir bulan.",
		"Ekspektasi khusus pimpinan", "Makassar, ",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("SKP lacks %q", want)
		}
	}
	if strings.Contains(strings.ToLower(page), "<script") {
		t.Error("the SKP page has a script")
	}
	// Seven BerAKHLAK values, one row each.
	if n := strings.Count(page, `<td class="no">`); n < 7 {
		t.Errorf("SKP rows numbered = %d, want the seven values at least", n)
	}
	citraPlan := x.f.Client.Target.QueryPlan(x.targets["citra"]).OnlyIDX(x.f.Ctx)
	for _, p := range []string{fmt.Sprintf("/print/plans/%d", citraPlan), "/print/plans/abc", "/print/plans/987654321"} {
		if res := andi.Get(p); res.StatusCode != http.StatusNotFound {
			t.Errorf("%s as Andi: %d, want 404", p, res.StatusCode)
		}
	}
	if res := x.f.Anonymous().Get(path); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("SKP without a session: %d, want 401", res.StatusCode)
	}
	if res := x.login("hr", viewer.HRAdmin).Get(path); res.StatusCode != http.StatusOK {
		t.Errorf("HR prints the SKP: %d", res.StatusCode)
	}
	// A plan started under an acting appraiser signs as such.
	signed := "Plt. " + x.emps["kabid"].Position
	if strings.Contains(page, signed) {
		t.Error("the SKP names an acting appraiser the plan does not have")
	}
	x.f.Client.Plan.UpdateOneID(plan.ID).SetAppraiserActing(asn.Plt).ExecX(x.f.Ctx)
	if page := string(andi.Get(path).Body); !strings.Contains(page, signed) {
		t.Errorf("the SKP of a plan started under a Plt. does not sign %q", signed)
	}
}
