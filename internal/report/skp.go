package report

import (
	"cmp"
	"context"
	_ "embed" // the SKP page template
	"fmt"
	"html/template"
	"io"
	"slices"
	"time"

	"kinerja/ent"
	"kinerja/ent/criterion"
	"kinerja/ent/plan"
	"kinerja/ent/target"
	"kinerja/internal/agency"
	"kinerja/internal/scoring"
)

// SKPTarget is one target (RHK) of the printed SKP with the supervisor's
// target it supports and its indicators.
type SKPTarget struct {
	No         int
	Kind       string
	Title      string
	Parent     string
	Indicators []SKPIndicator
	Rows       int
}

// SKPIndicator is one indicator (IKI) of a target with its annual target.
type SKPIndicator struct {
	Description string
	Aspect      string
	Target      string
	Unit        string
}

// SKPBehaviour is one behaviour criterion the employee is appraised on,
// with the leader's specific expectation.
type SKPBehaviour struct {
	No          int
	Name        string
	Description string
	Expectation string
}

// SKPDocument is the printable SKP (Sasaran Kinerja Pegawai) of one plan.
type SKPDocument struct {
	PlanID      int
	Agency      string
	PeriodName  string
	PeriodYear  int
	PeriodRange string
	Method      string
	Status      string
	Agreed      bool
	Employee    PrintPerson
	Appraiser   PrintPerson
	Superior    PrintPerson
	Targets     []SKPTarget
	Behaviour   []SKPBehaviour
	Title       string
	Place       string
	Date        string
	PrintedAt   string
}

// planStatusLabels name a plan's status on the printed SKP.
var planStatusLabels = labels[plan.Status]{
	plan.StatusDraft:     "Draf",
	plan.StatusSubmitted: "Diajukan kepada pejabat penilai",
	plan.StatusAgreed:    "Disetujui",
	plan.StatusReturned:  "Dikembalikan untuk diperbaiki",
	plan.StatusEscalated: "Diajukan kepada atasan pejabat penilai",
}

// PrintPlan reads one plan the viewer in ctx may see, with everything its
// SKP shows: the employee, the appraiser and the appraiser's superior; each
// target with the supervisor's target it supports and its indicators; the
// behaviour criteria the period's method requires, with the appraiser's
// specific expectations. A plan the viewer may not see is an apperr
// NOT_FOUND. The document is dated when the plan was agreed (or now) in the
// agency's zone.
func PrintPlan(ctx context.Context, c *ent.Client, id int, now time.Time, ag agency.Settings) (*SKPDocument, error) {
	withUnit := func(q *ent.EmployeeQuery) { q.WithUnit() }
	p, err := c.Plan.Query().Where(plan.ID(id)).WithPeriod().WithEmployee(withUnit).WithAppraiser(withUnit).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, fmt.Errorf("plan %d: %w", id, exportNotFound("id"))
	}
	if err != nil {
		return nil, fmt.Errorf("read plan %d: %w", id, err)
	}
	per := p.Edges.Period
	method := scoring.Method(per.ScoringMethod)
	d := &SKPDocument{
		PlanID:      p.ID,
		PeriodName:  per.Name,
		PeriodYear:  per.Year,
		PeriodRange: indonesianDay(per.StartsOn) + " – " + indonesianDay(per.EndsOn),
		Method:      methodLabels.of(per.ScoringMethod),
		Status:      planStatusLabels.of(p.Status),
		Agreed:      p.Status == plan.StatusAgreed,
		Place:       ag.Place,
		PrintedAt:   indonesianDate(ag, now) + " " + ag.In(now).Format("15.04") + " " + ag.Abbrev(now),
		Title:       "Perilaku Kerja (BerAKHLAK)",
	}
	if method == scoring.Method2011 {
		d.Title = "Perilaku Kerja (PP 46/2011)"
	}
	signed := now
	if p.AgreedAt != nil {
		signed = *p.AgreedAt
	}
	d.Date = indonesianDate(ag, signed)

	people, err := documentPeople(ctx, c, p.Edges.Employee, p.Edges.Appraiser)
	if err != nil {
		return nil, fmt.Errorf("people of plan %d: %w", id, err)
	}
	emp := p.Edges.Employee
	if full := people[idOf(emp)]; full != nil {
		emp = full
	}
	d.Employee = printPersonOf(emp)
	appraiser := p.Edges.Appraiser
	if appraiser != nil {
		if full := people[appraiser.ID]; full != nil {
			appraiser = full
		}
		d.Superior = printPersonOf(appraiser.Edges.Supervisor)
	}
	d.Appraiser = actingAs(printPersonOf(appraiser), p.AppraiserActing)
	if emp != nil && emp.Edges.Unit != nil {
		if d.Agency, err = printAgencyOf(ctx, c, emp.Edges.Unit); err != nil {
			return nil, err
		}
	}

	targets, err := c.Target.Query().Where(target.HasPlanWith(plan.ID(p.ID))).
		WithIndicators().WithParent().
		Order(ent.Asc(target.FieldPosition), ent.Asc(target.FieldID)).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("read targets of plan %d: %w", p.ID, err)
	}
	for i, t := range targets {
		st := SKPTarget{No: i + 1, Kind: targetKindLabels.of(t.Kind), Title: t.Title}
		if t.Edges.Parent != nil {
			st.Parent = t.Edges.Parent.Title
		}
		inds := slices.Clone(t.Edges.Indicators)
		slices.SortFunc(inds, func(x, y *ent.Indicator) int { return cmp.Compare(x.ID, y.ID) })
		for _, ind := range inds {
			st.Indicators = append(st.Indicators, SKPIndicator{Description: ind.Description,
				Aspect: aspectLabels.of(scoring.Aspect(ind.Aspect)), Target: printNumber(ind.TargetValue), Unit: ind.Unit})
		}
		st.Rows = max(len(st.Indicators), 1)
		d.Targets = append(d.Targets, st)
	}

	codes := scoring.BehaviourCriteria(method, string(emp.PositionKind))
	names := make([]string, len(codes))
	for i, code := range codes {
		names[i] = string(code)
	}
	crs, err := c.Criterion.Query().Where(criterion.CodeIn(names...)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("read criteria: %w", err)
	}
	byCode := map[string]*ent.Criterion{}
	for _, cr := range crs {
		byCode[cr.Code] = cr
	}
	expect := map[scoring.CriterionCode]string{}
	for _, e := range p.Expectations {
		expect[e.Code] = e.Text
	}
	for i, code := range codes {
		b := SKPBehaviour{No: i + 1, Name: string(code), Expectation: expect[code]}
		if cr := byCode[string(code)]; cr != nil {
			b.Name, b.Description = cr.Name, cr.Description
		}
		d.Behaviour = append(d.Behaviour, b)
	}
	return d, nil
}

// WriteHTML renders the SKP as a print-styled HTML page (A4), with no
// scripts.
func (d *SKPDocument) WriteHTML(w io.Writer) error {
	if err := skpPageTemplate.Execute(w, d); err != nil {
		return fmt.Errorf("render plan %d: %w", d.PlanID, err)
	}
	return nil
}

//go:embed skp.html
var skpPage string

var skpPageTemplate = template.Must(template.New("skp").Funcs(template.FuncMap{"dict": dict}).Parse(skpPage))

// dict makes a map of its key-value arguments, to pass several values to a
// template.
func dict(kv ...any) (map[string]any, error) {
	if len(kv)%2 != 0 {
		return nil, fmt.Errorf("dict: %d arguments, want pairs", len(kv))
	}
	m := make(map[string]any, len(kv)/2)
	for i := 0; i < len(kv); i += 2 {
		k, ok := kv[i].(string)
		if !ok {
			return nil, fmt.Errorf("dict: key %v is not a string", kv[i])
		}
		m[k] = kv[i+1]
	}
	return m, nil
}
