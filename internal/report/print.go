// The evaluation document of one appraisal: its data, read under the
// caller's privacy rules like the export, and its page (print.html),
// rendered as HTML for printing.

package report

import (
	"cmp"
	"context"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"kinerja/internal/asn"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/feedback"
	"kinerja/ent/objection"
	"kinerja/ent/orgunit"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/target"
	"kinerja/ent/unitrating"
	"kinerja/internal/agency"
	"kinerja/internal/authz"
	"kinerja/internal/scoring"
	"kinerja/internal/viewer"
)

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
	No    int
	Kind  string
	Title string
	// Parent is the title of the supervisor's target this one supports
	// (RHK atasan yang diintervensi), if any.
	Parent     string
	Indicators []PrintIndicator
	// Rows is the number of table rows the target spans (at least 1).
	Rows     int
	Rating   string
	Score    string
	Feedback []PrintFeedback
}

// PrintFeedback is one remark of the plan's feedback thread (umpan balik).
type PrintFeedback struct {
	Date   string
	Author string
	Text   string
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
	Explanation    string
	ExplainedAt    string
	Status         string
	DecidedBy      string
	DecidedAt      string
	DecisionNote   string
	PredikatBefore string
	PredikatAfter  string
}

// PrintDocument is the evaluation document of one appraisal, ready to render.
type PrintDocument struct {
	AppraisalID int
	Agency      string
	Kind        string
	PeriodName  string
	PeriodYear  int
	PeriodRange string
	Method      string
	Status      string
	Draft       bool
	Employee    PrintPerson
	Appraiser   PrintPerson
	Superior    PrintPerson
	// OrgUnit and OrgRating are the employee's unit and its own rating for
	// the period (capaian kinerja organisasi), if HR has set one.
	OrgUnit         string
	OrgRating       string
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
	// Feedback is the thread's remarks on the period as a whole; those on a
	// target are printed with it.
	Feedback  []PrintFeedback
	Place     string
	Date      string
	PrintedAt string
}

// PrintAppraisal reads one appraisal the viewer in ctx may see, with
// everything its evaluation document shows. An appraisal the viewer may
// not see is an apperr NOT_FOUND. now is the printing time; ag says where
// the document is signed and in which time zone its dates and times are
// written.
func PrintAppraisal(ctx context.Context, c *ent.Client, id int, now time.Time, ag agency.Settings) (*PrintDocument, error) {
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
		Method:          methodLabels.of(per.ScoringMethod),
		Status:          statusLabels.of(a.Status),
		Draft:           a.Status == appraisal.StatusDraft,
		Employee:        printPersonOf(p.Edges.Employee),
		ResultRating:    ratingLabels.orDash(a.ResultRating),
		BehaviourRating: ratingLabels.orDash(a.BehaviourRating),
		Predikat:        predikatLabels.orDash(a.Predikat),
		Score:           printDecimal(a.Score),
		SKPScore:        printDecimal(a.SKPScore),
		BehaviourScore:  printDecimal(a.BehaviourScore),
		Timeliness:      printDecimal(a.Timeliness),
		Quality:         printDecimal(a.Quality),
		Teamwork:        printDecimal(a.Teamwork),
		Note:            a.Note,
		Place:           ag.Place,
		PrintedAt:       indonesianDate(ag, now) + " " + ag.In(now).Format("15.04") + " " + ag.Abbrev(now),
	}
	upTo := scoring.UpToQuarter(a.Kind == appraisal.KindQuarterly, a.Quarter)
	d.Kind, d.RealisedUpTo = "TAHUNAN", "Realisasi tahunan"
	if a.Kind == appraisal.KindQuarterly && a.Quarter != nil {
		d.Kind = "TRIWULAN " + romanQuarter(upTo)
		d.RealisedUpTo = "Realisasi s.d. triwulan " + romanQuarter(upTo)
	}
	d.BehaviourTitle = "Perilaku Kerja (BerAKHLAK)"
	if per.ScoringMethod == period.ScoringMethodNumeric2011 {
		d.BehaviourTitle = "Perilaku Kerja (PP 46/2011)"
	}
	appraiser, acting := a.Edges.Appraiser, a.AppraiserActing
	if appraiser == nil {
		appraiser, acting = p.Edges.Appraiser, p.AppraiserActing
	}
	people, err := documentPeople(ctx, c, p.Edges.Employee, appraiser)
	if err != nil {
		return nil, fmt.Errorf("people of appraisal %d: %w", id, err)
	}
	if e := people[idOf(p.Edges.Employee)]; e != nil {
		d.Employee = printPersonOf(e)
	}
	if appraiser != nil {
		if full := people[appraiser.ID]; full != nil {
			appraiser = full
		}
	}
	d.Appraiser = actingAs(printPersonOf(appraiser), acting)
	if appraiser != nil {
		d.Superior = printPersonOf(appraiser.Edges.Supervisor)
	}
	signed := now
	if a.ReleasedAt != nil {
		signed = *a.ReleasedAt
	}
	d.Date = indonesianDate(ag, signed)

	if e := p.Edges.Employee; e != nil && e.Edges.Unit != nil {
		if d.Agency, err = printAgencyOf(ctx, c, e.Edges.Unit); err != nil {
			return nil, err
		}
		d.OrgUnit = e.Edges.Unit.Name
		ur, err := c.UnitRating.Query().Where(unitrating.HasPeriodWith(period.ID(per.ID)), unitrating.HasUnitWith(orgunit.ID(e.Edges.Unit.ID))).Only(ctx)
		switch {
		case err == nil:
			d.OrgRating = unitRatingLabels.of(ur.Rating)
		case !ent.IsNotFound(err):
			return nil, fmt.Errorf("read the rating of unit %d: %w", e.Edges.Unit.ID, err)
		}
	}

	targets, err := c.Target.Query().Where(target.HasPlanWith(plan.ID(p.ID))).
		WithIndicators(func(q *ent.IndicatorQuery) { q.WithRealizations() }).
		WithFeedback(func(q *ent.FeedbackQuery) { q.WithAuthor().Order(ent.Asc(feedback.FieldID)) }).
		WithParent().
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
		tl := PrintTarget{No: i + 1, Kind: targetKindLabels.of(t.Kind), Title: t.Title}
		if t.Edges.Parent != nil {
			tl.Parent = t.Edges.Parent.Title
		}
		if s := byTarget[t.ID]; s != nil {
			tl.Rating, tl.Score = ratingLabels.orDash(s.Rating), printDecimal(s.Value)
		}
		for _, f := range t.Edges.Feedback {
			tl.Feedback = append(tl.Feedback, printFeedbackOf(ag, f))
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
			il := PrintIndicator{Description: ind.Description, Aspect: aspectLabels.of(scoring.Aspect(ind.Aspect)),
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
			Rating: ratingLabels.orDash(s.Rating), Value: printDecimal(s.Value), Note: s.Note})
	}
	general, err := c.Feedback.Query().Where(feedback.HasPlanWith(plan.ID(p.ID)), feedback.Not(feedback.HasTarget())).
		WithAuthor().Order(ent.Asc(feedback.FieldID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("read feedback of plan %d: %w", p.ID, err)
	}
	for _, f := range general {
		d.Feedback = append(d.Feedback, printFeedbackOf(ag, f))
	}
	for _, o := range a.Edges.Objections {
		ol := PrintObjection{
			FiledAt:        indonesianDate(ag, o.CreatedAt),
			Reason:         o.Reason,
			Status:         objectionStatusLabels.of(o.Status),
			DecisionNote:   o.DecisionNote,
			Explanation:    o.Explanation,
			PredikatBefore: predikatLabels.orDash(o.PredikatBefore),
			PredikatAfter:  predikatLabels.orDash(o.PredikatAfter),
		}
		if o.Edges.DecidedBy != nil {
			ol.DecidedBy = o.Edges.DecidedBy.Name
		}
		if o.DecidedAt != nil {
			ol.DecidedAt = indonesianDate(ag, *o.DecidedAt)
		}
		if o.ExplainedAt != nil {
			ol.ExplainedAt = indonesianDate(ag, *o.ExplainedAt)
		}
		d.Objections = append(d.Objections, ol)
	}
	return d, nil
}

// printFeedbackOf is a remark of the thread as printed: its date in the
// agency's zone, its author and its text.
func printFeedbackOf(ag agency.Settings, f *ent.Feedback) PrintFeedback {
	pf := PrintFeedback{Date: indonesianDate(ag, f.CreatedAt), Text: f.Text, Author: "–"}
	if a := f.Edges.Author; a != nil {
		pf.Author = a.Name
	}
	return pf
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

// documentPeople reads, whole, the people the document names: the
// employee and the appraiser with its own supervisor (the superior). The
// document is the employee's own, so it shows their NIP, rank and position
// even to an employee whom the directory rule would show only names; the
// read is privileged but scoped to exactly the people of the appraisal the
// viewer has already read under its own rights, and widens nothing else.
// The result is keyed by employee ID.
func documentPeople(ctx context.Context, c *ent.Client, emp, appraiser *ent.Employee) (map[int]*ent.Employee, error) {
	var ids []int
	for _, e := range []*ent.Employee{emp, appraiser} {
		if e != nil {
			ids = append(ids, e.ID)
		}
	}
	out := map[int]*ent.Employee{}
	if len(ids) == 0 {
		return out, nil
	}
	// Without a viewer the directory rule redacts nothing; the decision
	// lets the read past the privacy rules.
	sys := authz.System(viewer.NewContext(ctx, nil))
	withUnit := func(q *ent.EmployeeQuery) { q.WithUnit() }
	es, err := c.Employee.Query().Where(employee.IDIn(ids...)).WithUnit().WithSupervisor(withUnit).All(sys)
	if err != nil {
		return nil, err
	}
	for _, e := range es {
		out[e.ID] = e
	}
	return out, nil
}

func idOf(e *ent.Employee) int {
	if e == nil {
		return 0
	}
	return e.ID
}

// actingAs prefixes the position of an appraiser who acted as Plt. or Plh.
// when the plan or appraisal was started ("Plt. Kepala Bidang …"), as the
// document is signed.
func actingAs(p PrintPerson, acting *asn.Acting) PrintPerson {
	if acting != nil && p.Known && p.Position != "" {
		p.Position = acting.Prefix() + " " + p.Position
	}
	return p
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

// indonesianDate writes the date of an instant in the agency's time zone.
func indonesianDate(ag agency.Settings, t time.Time) string { return indonesianDay(ag.In(t)) }

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

// labels are the Indonesian words the document prints for the codes of
// one kind (a rating, a predikat, a status, …).
type labels[K ~string] map[K]string

// of is the words for k, or k itself for a code the table does not know.
func (l labels[K]) of(k K) string {
	if s, ok := l[k]; ok {
		return s
	}
	return string(k)
}

// orDash is of for an optional code: "–" when there is none.
func (l labels[K]) orDash(k *K) string {
	if k == nil {
		return "–"
	}
	return l.of(*k)
}

var (
	ratingLabels = labels[scoring.Rating]{
		scoring.Above: "Di Atas Ekspektasi",
		scoring.Meets: "Sesuai Ekspektasi",
		scoring.Below: "Di Bawah Ekspektasi",
	}
	predikatLabels = labels[scoring.Predikat]{
		scoring.SangatBaik:     "Sangat Baik",
		scoring.Baik:           "Baik",
		scoring.Cukup:          "Cukup",
		scoring.ButuhPerbaikan: "Butuh Perbaikan",
		scoring.Kurang:         "Kurang",
		scoring.SangatKurang:   "Sangat Kurang",
		scoring.Buruk:          "Buruk",
	}
	statusLabels = labels[appraisal.Status]{
		appraisal.StatusDraft:     "Draf (belum dirilis)",
		appraisal.StatusSubmitted: "Dirilis kepada pegawai",
		appraisal.StatusObjected:  "Dalam proses keberatan",
		appraisal.StatusFinal:     "Final",
	}
	methodLabels = labels[period.ScoringMethod]{
		period.ScoringMethodPermenpan2022: "PermenPANRB Nomor 6 Tahun 2022",
		period.ScoringMethodNumeric2011:   "PP Nomor 46 Tahun 2011",
	}
	aspectLabels = labels[scoring.Aspect]{
		scoring.AspectQuantity: "Kuantitas",
		scoring.AspectQuality:  "Kualitas",
		scoring.AspectTime:     "Waktu",
		scoring.AspectCost:     "Biaya",
	}
	unitRatingLabels = labels[unitrating.Rating]{
		unitrating.RatingIstimewa:       "Istimewa",
		unitrating.RatingBaik:           "Baik",
		unitrating.RatingButuhPerbaikan: "Butuh Perbaikan",
		unitrating.RatingKurang:         "Kurang",
		unitrating.RatingSangatKurang:   "Sangat Kurang",
	}
	targetKindLabels = labels[target.Kind]{
		target.KindMain:       "Utama",
		target.KindAdditional: "Tambahan",
	}
	objectionStatusLabels = labels[objection.Status]{
		objection.StatusAwaitingExplanation: "Menunggu penjelasan pejabat penilai",
		objection.StatusOpen:                "Menunggu keputusan atasan pejabat penilai",
		objection.StatusUpheld:              "Ditolak: penilaian dikuatkan",
		objection.StatusRevised:             "Diterima: penilaian diubah",
	}
)

// WriteHTML renders the document as a print-styled HTML page (A4), with no
// scripts.
func (d *PrintDocument) WriteHTML(w io.Writer) error {
	if err := printPageTemplate.Execute(w, d); err != nil {
		return fmt.Errorf("render appraisal %d: %w", d.AppraisalID, err)
	}
	return nil
}

// printPage is the page of the evaluation document: print-styled HTML,
// A4, no scripts.
//
//go:embed print.html
var printPage string

var printPageTemplate = template.Must(template.New("print").Parse(printPage))
