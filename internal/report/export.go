// The downloads and the printable document: the appraisal list of a period
// (CSV and XLSX) and the evaluation document of one appraisal (HTML for
// printing).
//
// Every query here runs with the caller's context, so the ent privacy
// policies narrow what comes back exactly as they do for GraphQL: a viewer
// gets the rows it may read, with the personal fields of employees outside
// its chain of command already blanked by ent. Nothing here uses
// authz.System.

package report

import (
	"cmp"
	"context"
	"encoding/csv"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/objection"
	"kinerja/ent/orgunit"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/predicate"
	"kinerja/ent/target"
	"kinerja/internal/apperr"
	"kinerja/internal/scoring"

	"github.com/xuri/excelize/v2"
)

// ExportBatchSize is how many appraisals one query reads; the export pages
// through larger periods by ID.
const ExportBatchSize = 500

// ExportStatuses are the statuses of appraisals the employee has been shown:
// only these are exported.
var ExportStatuses = []appraisal.Status{appraisal.StatusSubmitted, appraisal.StatusObjected, appraisal.StatusFinal}

// ExportColumns are the header of the appraisal export, in order.
var ExportColumns = []string{
	"NIP", "Nama", "Unit", "Unit kerja", "Jabatan", "Golongan",
	"NIP Penilai", "Penilai", "Status", "Hasil kerja", "Perilaku", "Predikat",
	"Nilai", "Ketepatan waktu", "Kualitas", "Kerja sama",
}

// exportNumericFrom is the index of the first numeric column (Nilai); every
// column from there on is a number.
const exportNumericFrom = 12

// ExportQuery selects the appraisals of an export.
type ExportQuery struct {
	// PeriodID is the period; required.
	PeriodID int
	// UnitID, when not 0, keeps the employees of that unit and of every
	// unit below it.
	UnitID int
}

// ExportRow is one annual appraisal in the export.
type ExportRow struct {
	AppraisalID     int
	NIP             string
	Name            string
	UnitCode        string
	UnitName        string
	Position        string
	Rank            string
	AppraiserNIP    string
	AppraiserName   string
	Status          string
	ResultRating    string
	BehaviourRating string
	Predikat        string
	Score           *float64
	Timeliness      *float64
	Quality         *float64
	Teamwork        *float64
}

// Texts returns the text columns of the row (NIP … Predikat), in the
// order of ExportColumns.
func (r ExportRow) Texts() []string {
	return []string{
		r.NIP, r.Name, r.UnitCode, r.UnitName, r.Position, r.Rank,
		r.AppraiserNIP, r.AppraiserName, r.Status, r.ResultRating, r.BehaviourRating, r.Predikat,
	}
}

// Numbers returns the numeric columns of the row (Nilai … Kerja sama); nil
// is an empty cell.
func (r ExportRow) Numbers() []*float64 {
	return []*float64{r.Score, r.Timeliness, r.Quality, r.Teamwork}
}

// Export is the result of an export query.
type Export struct {
	// Period is the period asked for.
	Period *ent.Period
	// Unit is the unit asked for, or nil.
	Unit *ent.OrgUnit
	// Rows are sorted by unit code, then employee name.
	Rows []ExportRow
}

// exportNotFound is the error for an ID the caller cannot see (or that
// does not exist, which is the same to it).
func exportNotFound(field string) *apperr.Error {
	return &apperr.Error{Code: apperr.NotFound, Field: field, ID: "data tidak ditemukan", EN: "not found"}
}

// ExportAppraisals reads the released annual appraisals of a period that the
// viewer in ctx may see, optionally limited to a unit and its sub-units.
// A period or unit the viewer cannot see is an apperr NOT_FOUND.
func ExportAppraisals(ctx context.Context, c *ent.Client, q ExportQuery) (*Export, error) {
	per, err := c.Period.Get(ctx, q.PeriodID)
	if ent.IsNotFound(err) {
		return nil, fmt.Errorf("period %d: %w", q.PeriodID, exportNotFound("periodID"))
	}
	if err != nil {
		return nil, fmt.Errorf("read period %d: %w", q.PeriodID, err)
	}
	out := &Export{Period: per}
	where := []predicate.Appraisal{
		appraisal.KindEQ(appraisal.KindAnnual),
		appraisal.StatusIn(ExportStatuses...),
		appraisal.HasPlanWith(plan.HasPeriodWith(period.ID(per.ID))),
	}
	if q.UnitID != 0 {
		u, err := c.OrgUnit.Get(ctx, q.UnitID)
		if ent.IsNotFound(err) {
			return nil, fmt.Errorf("unit %d: %w", q.UnitID, exportNotFound("unitID"))
		}
		if err != nil {
			return nil, fmt.Errorf("read unit %d: %w", q.UnitID, err)
		}
		out.Unit = u
		units, err := UnitSubtree(ctx, c, q.UnitID)
		if err != nil {
			return nil, err
		}
		where = append(where, appraisal.HasPlanWith(plan.HasEmployeeWith(employee.HasUnitWith(orgunit.IDIn(units...)))))
	}
	last := 0
	for {
		batch, err := c.Appraisal.Query().
			Where(where...).
			Where(appraisal.IDGT(last)).
			WithPlan(func(pq *ent.PlanQuery) {
				pq.WithEmployee(func(eq *ent.EmployeeQuery) { eq.WithUnit() }).WithPeriod()
			}).
			WithAppraiser().
			Order(ent.Asc(appraisal.FieldID)).
			Limit(ExportBatchSize).
			All(ctx)
		if err != nil {
			return nil, fmt.Errorf("read appraisals of period %d: %w", per.ID, err)
		}
		for _, a := range batch {
			out.Rows = append(out.Rows, exportRowOf(a))
		}
		if len(batch) < ExportBatchSize {
			break
		}
		last = batch[len(batch)-1].ID
	}
	slices.SortStableFunc(out.Rows, func(a, b ExportRow) int {
		return cmp.Or(
			cmp.Compare(a.UnitCode, b.UnitCode),
			cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)),
			cmp.Compare(a.Name, b.Name),
			cmp.Compare(a.NIP, b.NIP),
			cmp.Compare(a.AppraisalID, b.AppraisalID),
		)
	})
	return out, nil
}

// exportRowOf builds the export row of an appraisal loaded with its plan
// (employee with unit) and appraiser. An edge the viewer may not read is
// nil and leaves its cells empty.
func exportRowOf(a *ent.Appraisal) ExportRow {
	r := ExportRow{AppraisalID: a.ID, Status: string(a.Status),
		Score: a.Score, Timeliness: a.Timeliness, Quality: a.Quality, Teamwork: a.Teamwork}
	if a.ResultRating != nil {
		r.ResultRating = string(*a.ResultRating)
	}
	if a.BehaviourRating != nil {
		r.BehaviourRating = string(*a.BehaviourRating)
	}
	if a.Predikat != nil {
		r.Predikat = string(*a.Predikat)
	}
	if p := a.Edges.Plan; p != nil {
		if e := p.Edges.Employee; e != nil {
			r.NIP, r.Name, r.Position, r.Rank = e.NIP, e.Name, e.Position, e.Rank
			if u := e.Edges.Unit; u != nil {
				r.UnitCode, r.UnitName = u.Code, u.Name
			}
		}
	}
	if ap := a.Edges.Appraiser; ap != nil {
		r.AppraiserNIP, r.AppraiserName = ap.NIP, ap.Name
	}
	return r
}

// UnitSubtree returns the ID of the unit and of every unit below it,
// walking the children edge one level per query, at most maxTreeDepth
// levels. A cycle in the tree cannot make it loop.
func UnitSubtree(ctx context.Context, c *ent.Client, unitID int) ([]int, error) {
	seen := map[int]bool{unitID: true}
	all, level := []int{unitID}, []int{unitID}
	for depth := 0; len(level) > 0 && depth < maxTreeDepth; depth++ {
		kids, err := c.OrgUnit.Query().Where(orgunit.HasParentWith(orgunit.IDIn(level...))).IDs(ctx)
		if err != nil {
			return nil, fmt.Errorf("read sub-units of unit %d: %w", unitID, err)
		}
		level = level[:0:0]
		for _, id := range kids {
			if !seen[id] {
				seen[id] = true
				all = append(all, id)
				level = append(level, id)
			}
		}
	}
	return all, nil
}

// exportNumber writes a number with two decimals and a decimal point, or
// "" for none.
func exportNumber(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', 2, 64)
}

// SafeCell defuses a cell that a spreadsheet would read as a formula
// (starting with = + - @, or a tab or carriage return) by prefixing a
// single quote, as OWASP advises against CSV injection.
func SafeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// WriteCSV writes the rows as RFC 4180 CSV in UTF-8, with a header row.
// Text cells are defused with SafeCell; NIPs stay the exact 18-digit text;
// numbers have two decimals and a decimal point.
func WriteCSV(w io.Writer, rows []ExportRow) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(ExportColumns); err != nil {
		return fmt.Errorf("write csv header: %w", err)
	}
	rec := make([]string, len(ExportColumns))
	for _, r := range rows {
		for i, s := range r.Texts() {
			rec[i] = SafeCell(s)
		}
		for i, v := range r.Numbers() {
			rec[exportNumericFrom+i] = exportNumber(v)
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("write csv row: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// ExportSheet is the worksheet of the XLSX export.
const ExportSheet = "Penilaian"

// exportColumnWidths are the XLSX column widths, in characters, by column.
var exportColumnWidths = []float64{21, 30, 14, 36, 30, 10, 21, 30, 12, 13, 13, 17, 10, 16, 10, 11}

// WriteXLSX writes the rows as an XLSX workbook with one sheet "Penilaian":
// a bold header with an auto filter, panes frozen below the header and
// right of the name, NIPs as text, numbers as numbers with two decimals.
// Cells are typed (a text cell is never a formula), so no SafeCell prefix
// is needed.
func WriteXLSX(w io.Writer, rows []ExportRow) (err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("close workbook: %w", cerr)
		}
	}()
	if err := fillExportSheet(f, rows); err != nil {
		return fmt.Errorf("build workbook: %w", err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return nil
}

func fillExportSheet(f *excelize.File, rows []ExportRow) error {
	if err := f.SetSheetName(f.GetSheetName(0), ExportSheet); err != nil {
		return err
	}
	header, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Border:    []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
	})
	if err != nil {
		return err
	}
	text, err := f.NewStyle(&excelize.Style{NumFmt: 49}) // "@": stays text when edited
	if err != nil {
		return err
	}
	number, err := f.NewStyle(&excelize.Style{NumFmt: 2}) // "0.00"
	if err != nil {
		return err
	}
	lastCol, err := excelize.ColumnNumberToName(len(ExportColumns))
	if err != nil {
		return err
	}
	for i, name := range ExportColumns {
		cell, err := excelize.CoordinatesToCellName(i+1, 1)
		if err != nil {
			return err
		}
		if err := f.SetCellStr(ExportSheet, cell, name); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(ExportSheet, "A1", lastCol+"1", header); err != nil {
		return err
	}
	for i, r := range rows {
		y := i + 2
		for x, s := range r.Texts() {
			cell, err := excelize.CoordinatesToCellName(x+1, y)
			if err != nil {
				return err
			}
			if err := f.SetCellStr(ExportSheet, cell, s); err != nil {
				return err
			}
		}
		for x, v := range r.Numbers() {
			if v == nil {
				continue
			}
			cell, err := excelize.CoordinatesToCellName(exportNumericFrom+x+1, y)
			if err != nil {
				return err
			}
			if err := f.SetCellFloat(ExportSheet, cell, *v, -1, 64); err != nil {
				return err
			}
		}
	}
	if n := len(rows); n > 0 {
		end := strconv.Itoa(n + 1)
		firstNum, err := excelize.ColumnNumberToName(exportNumericFrom + 1)
		if err != nil {
			return err
		}
		lastText, err := excelize.ColumnNumberToName(exportNumericFrom)
		if err != nil {
			return err
		}
		if err := f.SetCellStyle(ExportSheet, "A2", lastText+end, text); err != nil {
			return err
		}
		if err := f.SetCellStyle(ExportSheet, firstNum+"2", lastCol+end, number); err != nil {
			return err
		}
	}
	for i, wd := range exportColumnWidths {
		col, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		if err := f.SetColWidth(ExportSheet, col, col, wd); err != nil {
			return err
		}
	}
	if err := f.SetRowHeight(ExportSheet, 1, 30); err != nil {
		return err
	}
	if err := f.SetPanes(ExportSheet, &excelize.Panes{
		Freeze: true, XSplit: 2, YSplit: 1, TopLeftCell: "C2", ActivePane: "bottomRight",
		Selection: []excelize.Selection{{SQRef: "C2", ActiveCell: "C2", Pane: "bottomRight"}},
	}); err != nil {
		return err
	}
	return f.AutoFilter(ExportSheet, "A1:"+lastCol+strconv.Itoa(len(rows)+1), nil)
}

// PrintPlace is where evaluation documents are signed.
var PrintPlace = "Makassar"

// witaZone is the time zone of Makassar (UTC+8), fixed so that no tz
// database is needed.
var witaZone = time.FixedZone("WITA", 8*60*60)

// PrintPerson is someone named on the evaluation document.
type PrintPerson struct {
	// Known is false when there is no such person (no appraiser, or one
	// the viewer may not read).
	Known    bool
	Name     string
	NIP      string
	Rank     string
	Position string
	Unit     string
}

// PrintIndicator is one indicator of a target on the document.
type PrintIndicator struct {
	Description string
	Aspect      string
	Target      string
	Unit        string
	Realised    string
}

// PrintTarget is one target (RHK) on the document.
type PrintTarget struct {
	No         int
	Kind       string
	Title      string
	Indicators []PrintIndicator
	// Rows is the number of table rows the target spans (at least 1).
	Rows   int
	Rating string
	Score  string
}

// PrintCriterion is one behaviour (or other criterion) score.
type PrintCriterion struct {
	No     int
	Name   string
	Rating string
	Value  string
	Note   string
}

// PrintObjection is one objection and its decision.
type PrintObjection struct {
	FiledAt        string
	Reason         string
	Status         string
	DecidedBy      string
	DecidedAt      string
	DecisionNote   string
	PredikatBefore string
	PredikatAfter  string
}

// PrintDocument is the evaluation document of one appraisal, ready to render.
type PrintDocument struct {
	AppraisalID     int
	Agency          string
	Kind            string
	PeriodName      string
	PeriodYear      int
	PeriodRange     string
	Method          string
	Status          string
	Draft           bool
	Employee        PrintPerson
	Appraiser       PrintPerson
	Superior        PrintPerson
	RealisedUpTo    string
	Targets         []PrintTarget
	ResultRating    string
	BehaviourRating string
	BehaviourTitle  string
	Behaviour       []PrintCriterion
	Predikat        string
	Score           string
	SKPScore        string
	BehaviourScore  string
	Timeliness      string
	Quality         string
	Teamwork        string
	Note            string
	Objections      []PrintObjection
	Place           string
	Date            string
	PrintedAt       string
}

// PrintAppraisal reads one appraisal the viewer in ctx may see, with
// everything its evaluation document shows. An appraisal the viewer may
// not see is an apperr NOT_FOUND. now is the printing time.
func PrintAppraisal(ctx context.Context, c *ent.Client, id int, now time.Time) (*PrintDocument, error) {
	withUnit := func(q *ent.EmployeeQuery) { q.WithUnit() }
	a, err := c.Appraisal.Query().Where(appraisal.ID(id)).
		WithPlan(func(q *ent.PlanQuery) {
			q.WithPeriod().WithEmployee(withUnit).WithAppraiser(func(q *ent.EmployeeQuery) {
				q.WithUnit().WithSupervisor(withUnit)
			})
		}).
		WithAppraiser(func(q *ent.EmployeeQuery) { q.WithUnit().WithSupervisor(withUnit) }).
		WithScores(func(q *ent.ScoreQuery) { q.WithCriterion().WithTarget() }).
		WithObjections(func(q *ent.ObjectionQuery) {
			q.WithDecidedBy().Order(ent.Asc(objection.FieldCreatedAt), ent.Asc(objection.FieldID))
		}).
		Only(ctx)
	if ent.IsNotFound(err) {
		return nil, fmt.Errorf("appraisal %d: %w", id, exportNotFound("id"))
	}
	if err != nil {
		return nil, fmt.Errorf("read appraisal %d: %w", id, err)
	}
	p := a.Edges.Plan
	if p == nil || p.Edges.Period == nil {
		// The appraisal is visible but its plan is not: nothing to print.
		return nil, fmt.Errorf("plan of appraisal %d: %w", id, exportNotFound("id"))
	}
	per := p.Edges.Period
	d := &PrintDocument{
		AppraisalID:     a.ID,
		PeriodName:      per.Name,
		PeriodYear:      per.Year,
		PeriodRange:     indonesianDay(per.StartsOn) + " – " + indonesianDay(per.EndsOn),
		Method:          printMethod(per.ScoringMethod),
		Status:          printStatus(a.Status),
		Draft:           a.Status == appraisal.StatusDraft,
		Employee:        printPersonOf(p.Edges.Employee),
		ResultRating:    printRating(a.ResultRating),
		BehaviourRating: printRating(a.BehaviourRating),
		Predikat:        printPredikat(a.Predikat),
		Score:           printDecimal(a.Score),
		SKPScore:        printDecimal(a.SKPScore),
		BehaviourScore:  printDecimal(a.BehaviourScore),
		Timeliness:      printDecimal(a.Timeliness),
		Quality:         printDecimal(a.Quality),
		Teamwork:        printDecimal(a.Teamwork),
		Note:            a.Note,
		Place:           PrintPlace,
		PrintedAt:       indonesianDate(now) + " " + now.In(witaZone).Format("15.04") + " WITA",
	}
	upTo := 4
	d.Kind, d.RealisedUpTo = "TAHUNAN", "Realisasi tahunan"
	if a.Kind == appraisal.KindQuarterly && a.Quarter != nil {
		upTo = *a.Quarter
		d.Kind = "TRIWULAN " + romanQuarter(upTo)
		d.RealisedUpTo = "Realisasi s.d. triwulan " + romanQuarter(upTo)
	}
	d.BehaviourTitle = "Perilaku Kerja (BerAKHLAK)"
	if per.ScoringMethod == period.ScoringMethodNumeric2011 {
		d.BehaviourTitle = "Perilaku Kerja (PP 46/2011)"
	}
	appraiser := a.Edges.Appraiser
	if appraiser == nil {
		appraiser = p.Edges.Appraiser
	}
	d.Appraiser = printPersonOf(appraiser)
	if appraiser != nil {
		d.Superior = printPersonOf(appraiser.Edges.Supervisor)
	}
	signed := now
	if a.ReleasedAt != nil {
		signed = *a.ReleasedAt
	}
	d.Date = indonesianDate(signed)

	if e := p.Edges.Employee; e != nil && e.Edges.Unit != nil {
		if d.Agency, err = printAgencyOf(ctx, c, e.Edges.Unit); err != nil {
			return nil, err
		}
	}

	targets, err := c.Target.Query().Where(target.HasPlanWith(plan.ID(p.ID))).
		WithIndicators(func(q *ent.IndicatorQuery) { q.WithRealizations() }).
		Order(ent.Asc(target.FieldPosition), ent.Asc(target.FieldID)).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("read targets of plan %d: %w", p.ID, err)
	}
	byTarget := map[int]*ent.Score{}
	var criteria []*ent.Score
	for _, s := range a.Edges.Scores {
		switch {
		case s.Edges.Target != nil:
			byTarget[s.Edges.Target.ID] = s
		case s.Edges.Criterion != nil:
			criteria = append(criteria, s)
		}
	}
	for i, t := range targets {
		tl := PrintTarget{No: i + 1, Kind: printTargetKind(t.Kind), Title: t.Title}
		if s := byTarget[t.ID]; s != nil {
			tl.Rating, tl.Score = printRating(s.Rating), printDecimal(s.Value)
		}
		inds := slices.Clone(t.Edges.Indicators)
		slices.SortFunc(inds, func(x, y *ent.Indicator) int { return cmp.Compare(x.ID, y.ID) })
		for _, ind := range inds {
			var values []float64
			for _, r := range ind.Edges.Realizations {
				if r.Quarter <= upTo {
					values = append(values, r.Value)
				}
			}
			il := PrintIndicator{Description: ind.Description, Aspect: printAspect(string(ind.Aspect)),
				Target: printNumber(ind.TargetValue), Unit: ind.Unit, Realised: "–"}
			if total, ok := scoring.YearTotal(scoring.Aspect(ind.Aspect), values); ok {
				il.Realised = printNumber(total)
			}
			tl.Indicators = append(tl.Indicators, il)
		}
		tl.Rows = max(len(tl.Indicators), 1)
		d.Targets = append(d.Targets, tl)
	}
	slices.SortFunc(criteria, func(x, y *ent.Score) int {
		cx, cy := x.Edges.Criterion, y.Edges.Criterion
		return cmp.Or(cmp.Compare(cx.Kind.String(), cy.Kind.String()), // BEHAVIOUR before RESULT
			cmp.Compare(cx.Position, cy.Position), cmp.Compare(cx.Code, cy.Code))
	})
	for _, s := range criteria {
		d.Behaviour = append(d.Behaviour, PrintCriterion{No: len(d.Behaviour) + 1, Name: s.Edges.Criterion.Name,
			Rating: printRating(s.Rating), Value: printDecimal(s.Value), Note: s.Note})
	}
	for _, o := range a.Edges.Objections {
		ol := PrintObjection{
			FiledAt:        indonesianDate(o.CreatedAt),
			Reason:         o.Reason,
			Status:         printObjectionStatus(o.Status),
			DecisionNote:   o.DecisionNote,
			PredikatBefore: printPredikat(o.PredikatBefore),
			PredikatAfter:  printPredikat(o.PredikatAfter),
		}
		if o.Edges.DecidedBy != nil {
			ol.DecidedBy = o.Edges.DecidedBy.Name
		}
		if o.DecidedAt != nil {
			ol.DecidedAt = indonesianDate(*o.DecidedAt)
		}
		d.Objections = append(d.Objections, ol)
	}
	return d, nil
}

// printAgencyOf is the name of the root of the unit's tree: the agency the
// employee works for.
func printAgencyOf(ctx context.Context, c *ent.Client, u *ent.OrgUnit) (string, error) {
	for range maxTreeDepth { // a tree deeper than this is a cycle
		parent, err := c.OrgUnit.QueryParent(u).Only(ctx)
		if ent.IsNotFound(err) {
			return u.Name, nil
		}
		if err != nil {
			return "", fmt.Errorf("read parent of unit %d: %w", u.ID, err)
		}
		u = parent
	}
	return u.Name, nil
}

func printPersonOf(e *ent.Employee) PrintPerson {
	if e == nil {
		return PrintPerson{}
	}
	p := PrintPerson{Known: true, Name: e.Name, NIP: e.NIP, Rank: e.Rank, Position: e.Position}
	if e.Edges.Unit != nil {
		p.Unit = e.Edges.Unit.Name
	}
	return p
}

var indonesianMonths = [...]string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
	"Agustus", "September", "Oktober", "November", "Desember"}

// indonesianDay writes the calendar date of t, as stored, the Indonesian way:
// 2 Januari 2027. Period bounds are dates, not instants, and are not moved
// to another time zone.
func indonesianDay(t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.Day(), indonesianMonths[t.Month()-1], t.Year())
}

// indonesianDate writes the date of an instant in Makassar time (WITA).
func indonesianDate(t time.Time) string { return indonesianDay(t.In(witaZone)) }

// printNumber writes a number with a decimal comma, without trailing
// zeros beyond two decimals: 92,67; 120; 2,5.
func printNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return strings.Replace(s, ".", ",", 1)
}

func printDecimal(v *float64) string {
	if v == nil {
		return "–"
	}
	return printNumber(*v)
}

func romanQuarter(q int) string {
	if q >= 1 && q <= 4 {
		return [...]string{"I", "II", "III", "IV"}[q-1]
	}
	return strconv.Itoa(q)
}

func printRating(r *scoring.Rating) string {
	if r == nil {
		return "–"
	}
	switch *r {
	case scoring.Above:
		return "Di Atas Ekspektasi"
	case scoring.Meets:
		return "Sesuai Ekspektasi"
	case scoring.Below:
		return "Di Bawah Ekspektasi"
	}
	return string(*r)
}

// printPredikatName is the Indonesian name of a predikat: Sangat Baik, Baik, …
func printPredikatName(p scoring.Predikat) string {
	switch p {
	case scoring.SangatBaik:
		return "Sangat Baik"
	case scoring.Baik:
		return "Baik"
	case scoring.Cukup:
		return "Cukup"
	case scoring.ButuhPerbaikan:
		return "Butuh Perbaikan"
	case scoring.Kurang:
		return "Kurang"
	case scoring.SangatKurang:
		return "Sangat Kurang"
	case scoring.Buruk:
		return "Buruk"
	}
	return string(p)
}

func printPredikat(p *scoring.Predikat) string {
	if p == nil {
		return "–"
	}
	return printPredikatName(*p)
}

func printStatus(s appraisal.Status) string {
	switch s {
	case appraisal.StatusDraft:
		return "Draf (belum dirilis)"
	case appraisal.StatusSubmitted:
		return "Dirilis kepada pegawai"
	case appraisal.StatusObjected:
		return "Dalam proses keberatan"
	case appraisal.StatusFinal:
		return "Final"
	}
	return string(s)
}

func printMethod(m period.ScoringMethod) string {
	switch m {
	case period.ScoringMethodPermenpan2022:
		return "PermenPANRB Nomor 6 Tahun 2022"
	case period.ScoringMethodNumeric2011:
		return "PP Nomor 46 Tahun 2011"
	}
	return string(m)
}

func printAspect(a string) string {
	switch scoring.Aspect(a) {
	case scoring.AspectQuantity:
		return "Kuantitas"
	case scoring.AspectQuality:
		return "Kualitas"
	case scoring.AspectTime:
		return "Waktu"
	case scoring.AspectCost:
		return "Biaya"
	}
	return a
}

func printTargetKind(k target.Kind) string {
	if k == target.KindAdditional {
		return "Tambahan"
	}
	return "Utama"
}

func printObjectionStatus(s objection.Status) string {
	switch s {
	case objection.StatusOpen:
		return "Menunggu keputusan atasan pejabat penilai"
	case objection.StatusUpheld:
		return "Ditolak: penilaian dikuatkan"
	case objection.StatusRevised:
		return "Diterima: penilaian diubah"
	}
	return string(s)
}

// WriteHTML renders the document as a print-styled HTML page (A4), with no
// scripts.
func (d *PrintDocument) WriteHTML(w io.Writer) error {
	if err := printPageTemplate.Execute(w, d); err != nil {
		return fmt.Errorf("render appraisal %d: %w", d.AppraisalID, err)
	}
	return nil
}

var printPageTemplate = template.Must(template.New("print").Parse(`<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dokumen Evaluasi Kinerja – {{.Employee.Name}} – {{.PeriodYear}}</title>
<style>
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { margin: 0; background: #eef0f3; color: #111; font: 11pt/1.4 "Times New Roman", Times, serif; }
  .page { max-width: 210mm; margin: 16px auto; padding: 18mm 16mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
  .hint { max-width: 210mm; margin: 16px auto 0; font: 10pt/1.4 system-ui, sans-serif; color: #444; }
  header { text-align: center; margin-bottom: 10px; }
  header .agency { font-weight: bold; text-transform: uppercase; }
  h1 { font-size: 13pt; margin: 6px 0 2px; text-transform: uppercase; }
  h2 { font-size: 11pt; margin: 14px 0 4px; text-transform: uppercase; }
  .meta { font-size: 10pt; }
  .draft { border: 2px solid #a00; color: #a00; font-weight: bold; text-align: center; padding: 4px; margin: 8px 0; }
  table { width: 100%; border-collapse: collapse; page-break-inside: auto; }
  tr { page-break-inside: avoid; }
  th, td { border: 1px solid #000; padding: 3px 5px; vertical-align: top; text-align: left; }
  th { background: #e8e8e8; }
  td.num, th.num { text-align: right; white-space: nowrap; }
  td.no { width: 2.2em; text-align: center; }
  table.identity td:first-child { width: 32%; }
  .people { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
  .summary td:first-child { width: 40%; }
  .predikat { font-weight: bold; font-size: 12pt; }
  .signatures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; margin-top: 18px; page-break-inside: avoid; }
  .signature { text-align: center; }
  .signature .role { font-weight: bold; }
  .signature .line { margin: 60px 12px 4px; border-bottom: 1px solid #000; }
  .muted { color: #555; }
  footer { margin-top: 14px; font-size: 8.5pt; color: #555; }
  @page { size: A4; margin: 15mm 12mm 15mm 15mm; }
  @media print {
    body { background: #fff; font-size: 10.5pt; }
    .page { margin: 0; padding: 0; max-width: none; box-shadow: none; }
    .hint, .no-print, button { display: none !important; }
    th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    h2 { page-break-after: avoid; }
  }
</style>
</head>
<body>
<p class="hint no-print">Gunakan menu cetak peramban (Ctrl+P) untuk mencetak dokumen ini atau menyimpannya sebagai PDF.</p>
<main class="page">
<header>
  {{with .Agency}}<div class="agency">{{.}}</div>{{end}}
  <h1>Dokumen Evaluasi Kinerja Pegawai</h1>
  <div>PERIODE: {{.Kind}} · {{.PeriodName}} ({{.PeriodYear}})</div>
  <div class="meta">{{.PeriodRange}} · Metode penilaian: {{.Method}} · Status: {{.Status}}</div>
</header>
{{if .Draft}}<div class="draft">DRAF – penilaian ini belum dirilis kepada pegawai</div>{{end}}

<div class="people">
<section>
<h2>Pegawai yang Dinilai</h2>
<table class="identity">
  <tr><td>Nama</td><td>{{.Employee.Name}}</td></tr>
  <tr><td>NIP</td><td>{{or .Employee.NIP "–"}}</td></tr>
  <tr><td>Pangkat/Gol. Ruang</td><td>{{or .Employee.Rank "–"}}</td></tr>
  <tr><td>Jabatan</td><td>{{or .Employee.Position "–"}}</td></tr>
  <tr><td>Unit Kerja</td><td>{{or .Employee.Unit "–"}}</td></tr>
</table>
</section>
<section>
<h2>Pejabat Penilai Kinerja</h2>
<table class="identity">
{{if .Appraiser.Known}}
  <tr><td>Nama</td><td>{{.Appraiser.Name}}</td></tr>
  <tr><td>NIP</td><td>{{or .Appraiser.NIP "–"}}</td></tr>
  <tr><td>Pangkat/Gol. Ruang</td><td>{{or .Appraiser.Rank "–"}}</td></tr>
  <tr><td>Jabatan</td><td>{{or .Appraiser.Position "–"}}</td></tr>
  <tr><td>Unit Kerja</td><td>{{or .Appraiser.Unit "–"}}</td></tr>
{{else}}
  <tr><td colspan="2" class="muted">Tidak ada pejabat penilai tercatat.</td></tr>
{{end}}
</table>
</section>
</div>

<h2>Hasil Kerja</h2>
<table>
  <thead><tr>
    <th class="no">No</th><th>Rencana Hasil Kerja (RHK)</th><th>Indikator Kinerja Individu</th><th>Aspek</th>
    <th class="num">Target</th><th>Satuan</th><th class="num">{{.RealisedUpTo}}</th><th>Umpan balik</th><th class="num">Nilai</th>
  </tr></thead>
  <tbody>
  {{range $t := .Targets}}
    {{if $t.Indicators}}
      {{range $i, $ind := $t.Indicators}}
      <tr>
        {{if eq $i 0}}<td class="no" rowspan="{{$t.Rows}}">{{$t.No}}</td><td rowspan="{{$t.Rows}}">{{$t.Title}}{{if eq $t.Kind "Tambahan"}} <span class="muted">(tambahan)</span>{{end}}</td>{{end}}
        <td>{{$ind.Description}}</td><td>{{$ind.Aspect}}</td><td class="num">{{$ind.Target}}</td><td>{{$ind.Unit}}</td><td class="num">{{$ind.Realised}}</td>
        {{if eq $i 0}}<td rowspan="{{$t.Rows}}">{{or $t.Rating "–"}}</td><td class="num" rowspan="{{$t.Rows}}">{{or $t.Score "–"}}</td>{{end}}
      </tr>
      {{end}}
    {{else}}
      <tr><td class="no">{{$t.No}}</td><td>{{$t.Title}}</td><td colspan="5" class="muted">Belum ada indikator.</td><td>{{or $t.Rating "–"}}</td><td class="num">{{or $t.Score "–"}}</td></tr>
    {{end}}
  {{else}}
    <tr><td colspan="9" class="muted">SKP ini belum memuat rencana hasil kerja.</td></tr>
  {{end}}
  </tbody>
</table>

<h2>{{.BehaviourTitle}}</h2>
<table>
  <thead><tr><th class="no">No</th><th>Perilaku / Kriteria</th><th>Umpan balik</th><th class="num">Nilai</th><th>Catatan</th></tr></thead>
  <tbody>
  {{range $b := .Behaviour}}
    <tr><td class="no">{{$b.No}}</td><td>{{$b.Name}}</td><td>{{$b.Rating}}</td><td class="num">{{$b.Value}}</td><td>{{$b.Note}}</td></tr>
  {{else}}
    <tr><td colspan="5" class="muted">Belum ada penilaian perilaku terperinci.</td></tr>
  {{end}}
  </tbody>
</table>

<h2>Penilaian</h2>
<table class="summary">
  <tr><td>Rating hasil kerja</td><td>{{.ResultRating}}</td></tr>
  <tr><td>Rating perilaku kerja</td><td>{{.BehaviourRating}}</td></tr>
  <tr><td>Predikat kinerja pegawai</td><td class="predikat">{{.Predikat}}</td></tr>
  <tr><td>Nilai</td><td>{{.Score}}</td></tr>
  <tr><td>Nilai SKP / nilai perilaku</td><td>{{.SKPScore}} / {{.BehaviourScore}}</td></tr>
  <tr><td>Ketepatan waktu · kualitas · kerja sama</td><td>{{.Timeliness}} · {{.Quality}} · {{.Teamwork}}</td></tr>
  {{with .Note}}<tr><td>Catatan pejabat penilai</td><td>{{.}}</td></tr>{{end}}
</table>

{{if .Objections}}
<h2>Keberatan</h2>
<table>
  <thead><tr><th>Diajukan</th><th>Alasan keberatan</th><th>Keputusan</th><th>Diputus oleh</th><th>Catatan keputusan</th><th>Predikat sebelum / sesudah</th></tr></thead>
  <tbody>
  {{range .Objections}}
    <tr><td>{{.FiledAt}}</td><td>{{.Reason}}</td><td>{{.Status}}</td><td>{{or .DecidedBy "–"}}{{with .DecidedAt}}<br><span class="muted">{{.}}</span>{{end}}</td><td>{{or .DecisionNote "–"}}</td><td>{{.PredikatBefore}} / {{.PredikatAfter}}</td></tr>
  {{end}}
  </tbody>
</table>
{{end}}

<section class="signatures">
  <div class="signature employee">
    <div>{{.Place}}, {{.Date}}</div>
    <div class="role">Pegawai yang Dinilai</div>
    <div class="line"></div>
    <div class="name">{{.Employee.Name}}</div>
    <div class="nip">NIP. {{or .Employee.NIP "–"}}</div>
  </div>
  <div class="signature appraiser">
    <div>{{.Place}}, {{.Date}}</div>
    <div class="role">Pejabat Penilai Kinerja</div>
    <div class="line"></div>
    <div class="name">{{if .Appraiser.Known}}{{.Appraiser.Name}}{{else}}–{{end}}</div>
    <div class="nip">NIP. {{or .Appraiser.NIP "–"}}</div>
  </div>
  <div class="signature superior">
    <div>{{.Place}}, {{.Date}}</div>
    <div class="role">Atasan Pejabat Penilai Kinerja</div>
    <div class="line"></div>
    <div class="name">{{if .Superior.Known}}{{.Superior.Name}}{{else}}–{{end}}</div>
    <div class="nip">NIP. {{or .Superior.NIP "–"}}</div>
  </div>
</section>
<footer>Dicetak dari Kinerja pada {{.PrintedAt}} · penilaian #{{.AppraisalID}}</footer>
</main>
</body>
</html>
`))
