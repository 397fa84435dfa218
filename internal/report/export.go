// The appraisal export: the rows of a period's appraisal list, which
// csv.go and xlsx.go encode for download.
//
// Every query here and in print.go runs with the caller's context, so the
// ent privacy policies narrow what comes back exactly as they do for
// GraphQL: a viewer gets the rows it may read, with the personal fields of
// employees outside its chain of command already blanked by ent. Nothing
// here uses authz.System.

package report

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/orgunit"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/predicate"
	"kinerja/internal/apperr"
)

// ExportBatchSize is how many appraisals one query reads; the export pages
// through larger periods by ID.
const ExportBatchSize = 500

// ExportStatuses are the statuses of appraisals the employee has been shown
// (scoring.ReleasedStatuses): only these are exported.
var ExportStatuses = releasedStatuses()

// ExportColumns are the header of the appraisal export, in order. Every
// coded column keeps the code and has its words, in the request's language,
// in the "_label" column beside it.
var ExportColumns = []string{
	"NIP", "Nama", "Unit", "Unit kerja", "Jabatan", "Golongan",
	"Jenis jabatan", "Jenis jabatan_label", "Jenis ASN", "Jenis ASN_label",
	"NIP Penilai", "Penilai", "Status", "Status_label", "Hasil kerja", "Hasil kerja_label",
	"Perilaku", "Perilaku_label", "Predikat", "Predikat_label",
	"Nilai", "Ketepatan waktu", "Kualitas", "Kerja sama",
}

// exportNumericFrom is the index of the first numeric column (Nilai); every
// column from there on is a number.
const exportNumericFrom = 20

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
	PositionKind    string
	Type            string
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

// Texts returns the text columns of the row (NIP … Predikat_label), in the
// order of ExportColumns, with the words of the codes in lang ("id" or
// "en").
func (r ExportRow) Texts(lang string) []string {
	return []string{
		r.NIP, r.Name, r.UnitCode, r.UnitName, r.Position, r.Rank,
		r.PositionKind, exportPositionKindLabels.of(r.PositionKind, lang), r.Type, exportTypeLabels.of(r.Type, lang),
		r.AppraiserNIP, r.AppraiserName,
		r.Status, exportStatusLabels.of(r.Status, lang),
		r.ResultRating, exportRatingLabels.of(r.ResultRating, lang),
		r.BehaviourRating, exportRatingLabels.of(r.BehaviourRating, lang),
		r.Predikat, exportPredikatLabels.of(r.Predikat, lang),
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
			r.PositionKind, r.Type = string(e.PositionKind), string(e.Type)
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
