package seed

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/indicator"
	"kinerja/ent/orgunit"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/recommendation"
	"kinerja/ent/target"
	"kinerja/ent/unitrating"
	"kinerja/internal/authz"
	"kinerja/internal/scoring"
	"kinerja/internal/viewer"
	"kinerja/internal/workflow"
)

// cycle plays the demo organisation through the yearly cycle by calling
// the workflow as each person would, so the demo obeys every rule.
type cycle struct {
	c      *ent.Client
	wf     *workflow.Service
	clock  time.Time
	rnd    *rand.Rand
	people []*ent.Employee // top-down: everyone after their supervisor
	// outside are the external officials above the agency (the Sekretaris
	// Daerah): they agree, appraise and decide for the head of the agency
	// but have no plan here.
	outside []*ent.Employee
	sup     map[int]int // employee → supervisor
	hr      *ent.Employee
	// form is each employee's performance (about 0.6–1.2 of target) and
	// lenience each appraiser's bias, so dashboards have a spread to show.
	form     map[int]float64
	lenience map[int]float64
	weak     map[int]scoring.CriterionCode // employee → a behaviour the appraiser finds weak
}

// as is ctx (the transaction, without system rights) acting as e.
func (cy *cycle) as(ctx context.Context, e *ent.Employee) context.Context {
	v := &viewer.Viewer{EmployeeID: e.ID, Name: e.Name}
	if cy.hr != nil && e.ID == cy.hr.ID {
		v.Roles = []viewer.Role{viewer.HRAdmin}
	}
	return viewer.NewContext(ctx, v)
}

// isOutside reports whether id is an external official.
func (cy *cycle) isOutside(id int) bool {
	for _, e := range cy.outside {
		if e.ID == id {
			return true
		}
	}
	return false
}

func (cy *cycle) byID(id int) *ent.Employee {
	for _, e := range append(cy.people, cy.outside...) {
		if e.ID == id {
			return e
		}
	}
	return nil
}

func (cy *cycle) at(t time.Time) { cy.clock = t }

func (cy *cycle) phase(ctx context.Context, p *ent.Period, ph period.Phase) error {
	return cy.c.Period.UpdateOne(p).SetPhase(ph).Exec(authz.System(ctx))
}

// newCycle orders the employees top-down and draws their form.
func newCycle(ctx context.Context, c *ent.Client, hrNIP string) (*cycle, error) {
	cy := &cycle{c: c, rnd: rand.New(rand.NewPCG(7, 2026)), sup: map[int]int{}, //nolint:gosec // G404: a fixed seed, so every demo database is the same
		form: map[int]float64{}, lenience: map[int]float64{}, weak: map[int]scoring.CriterionCode{}}
	cy.wf = workflow.New(c).WithClock(func() time.Time { return cy.clock })
	all, err := c.Employee.Query().WithSupervisor().Order(ent.Asc(employee.FieldID)).All(authz.System(ctx))
	if err != nil {
		return nil, fmt.Errorf("read employees: %w", err)
	}
	placed := map[int]bool{}
	for _, e := range all {
		if e.External {
			cy.outside = append(cy.outside, e)
			placed[e.ID] = true
		}
	}
	for len(placed) < len(all) {
		for _, e := range all {
			if placed[e.ID] {
				continue
			}
			if s := e.Edges.Supervisor; s == nil || placed[s.ID] {
				if s != nil {
					cy.sup[e.ID] = s.ID
				}
				cy.people = append(cy.people, e)
				placed[e.ID] = true
			}
		}
	}
	weakOnes := []scoring.CriterionCode{scoring.Kolaboratif, scoring.Kompeten, scoring.BerorientasiPelayanan, scoring.Adaptif}
	for i, e := range cy.people {
		if e.NIP == hrNIP {
			cy.hr = e
		}
		cy.form[e.ID] = 0.74 + cy.rnd.Float64()*0.46
		cy.lenience[e.ID] = []float64{-0.1, 0, 0, 0.08, 0.15}[i%5]
		if cy.rnd.IntN(8) == 0 {
			cy.weak[e.ID] = weakOnes[cy.rnd.IntN(len(weakOnes))]
		}
	}
	return cy, nil
}

type indicatorTpl struct {
	desc   string
	aspect indicator.Aspect
	target float64
	unit   string
}

type targetTpl struct {
	title string
	inds  []indicatorTpl
}

func targetsFor(e *ent.Employee) []targetTpl {
	switch e.PositionKind {
	case employee.PositionKindJPTPratama, employee.PositionKindJPTMadya, employee.PositionKindJPTUtama:
		return []targetTpl{
			{"Meningkatnya kualitas manajemen ASN Pemerintah Kota", []indicatorTpl{
				{"Indeks Sistem Merit", indicator.AspectQuality, 80, "indeks"},
				{"Persentase ASN dengan predikat kinerja minimal Baik", indicator.AspectQuantity, 90, "%"}}},
			{"Meningkatnya kompetensi ASN", []indicatorTpl{
				{"ASN yang memenuhi 20 JP pengembangan kompetensi", indicator.AspectQuantity, 75, "%"},
				{"Penyelesaian program pengembangan kompetensi", indicator.AspectTime, 12, "bulan"}}},
		}
	case employee.PositionKindAdministrator, employee.PositionKindPengawas:
		return []targetTpl{
			{"Terlaksananya layanan " + unitWord(e) + " yang akuntabel", []indicatorTpl{
				{"Layanan yang diselesaikan sesuai standar", indicator.AspectQuantity, 240, "layanan"},
				{"Kepuasan pengguna layanan", indicator.AspectQuality, 85, "%"},
				{"Waktu penyelesaian layanan", indicator.AspectTime, 12, "bulan"}}},
			{"Tersusunnya dokumen perencanaan dan pelaporan kinerja", []indicatorTpl{
				{"Dokumen perencanaan dan laporan", indicator.AspectQuantity, 6, "dokumen"},
				{"Realisasi anggaran kegiatan", indicator.AspectCost, 450, "juta rupiah"}}},
		}
	}
	return []targetTpl{
		{"Terverifikasinya usulan layanan kepegawaian", []indicatorTpl{
			{"Usulan yang diverifikasi", indicator.AspectQuantity, 120, "berkas"},
			{"Ketepatan hasil verifikasi", indicator.AspectQuality, 95, "%"},
			{"Waktu penyelesaian verifikasi", indicator.AspectTime, 12, "bulan"}}},
		{"Termutakhirkannya data kepegawaian", []indicatorTpl{
			{"Data ASN yang dimutakhirkan", indicator.AspectQuantity, 400, "data"},
			{"Kelengkapan data", indicator.AspectQuality, 98, "%"}}},
	}
}

func unitWord(e *ent.Employee) string {
	if e.PositionKind == employee.PositionKindPengawas {
		return "subbagian"
	}
	return "bidang"
}

// planFor creates and fills an employee's plan, cascading its first target
// from the supervisor's first target. It returns the plan.
func (cy *cycle) planFor(ctx context.Context, per *ent.Period, e *ent.Employee, parents map[int]int) (*ent.Plan, error) {
	ectx := cy.as(ctx, e)
	p, err := cy.wf.CreatePlan(ectx, workflow.CreatePlanInput{PeriodID: per.ID, EmployeeID: e.ID})
	if err != nil {
		return nil, fmt.Errorf("plan of %s: %w", e.Name, err)
	}
	for i, tpl := range targetsFor(e) {
		in := workflow.TargetInput{Title: tpl.title, StrategicGoal: ptr("Renstra BKPSDM: ASN profesional dan berkinerja tinggi")}
		if i == 0 {
			if parent, ok := parents[cy.sup[e.ID]]; ok {
				in.ParentID = &parent
			}
		}
		for _, ind := range tpl.inds {
			in.Indicators = append(in.Indicators, &workflow.IndicatorInput{Description: ind.desc, Aspect: ind.aspect, TargetValue: ind.target, Unit: ind.unit})
		}
		t, err := cy.wf.AddTarget(ectx, p.ID, in)
		if err != nil {
			return nil, fmt.Errorf("target of %s: %w", e.Name, err)
		}
		if i == 0 {
			parents[e.ID] = t.ID
		}
	}
	if e.PositionKind == employee.PositionKindPelaksana || e.PositionKind == employee.PositionKindFungsional {
		k := target.KindAdditional
		_, err := cy.wf.AddTarget(ectx, p.ID, workflow.TargetInput{Title: "Menjadi narasumber sosialisasi SKP", Kind: &k,
			Indicators: []*workflow.IndicatorInput{{Description: "Sosialisasi yang diisi", Aspect: indicator.AspectQuantity, TargetValue: 2, Unit: "kegiatan"}}})
		if err != nil {
			return nil, fmt.Errorf("additional target of %s: %w", e.Name, err)
		}
	}
	return p, nil
}

// approver is whoever agrees e's plan: the supervisor, or HR at the top.
func (cy *cycle) approver(e *ent.Employee) *ent.Employee {
	if s, ok := cy.sup[e.ID]; ok {
		return cy.byID(s)
	}
	return cy.hr
}

// realise records quarters from..to of a plan at the employee's form.
func (cy *cycle) realise(ctx context.Context, e *ent.Employee, p *ent.Plan, from, to int, year int) error {
	inds, err := cy.c.Indicator.Query().Where(indicator.HasTargetWith(target.HasPlanWith(plan.ID(p.ID)))).All(cy.as(ctx, e))
	if err != nil {
		return err
	}
	f := cy.form[e.ID]
	for q := from; q <= to; q++ {
		cy.at(time.Date(year, time.Month(q*3), 25, 10, 0, 0, 0, time.UTC))
		for _, ind := range inds {
			var v float64
			switch ind.Aspect {
			case indicator.AspectQuality:
				v = min(100, ind.TargetValue*(0.85+0.2*f)*(0.95+0.1*cy.rnd.Float64()))
			case indicator.AspectTime, indicator.AspectCost:
				// Using less than planned is efficient; the best score
				// sits at 76 % of plan (Perka BKN 1/2013).
				v = ind.TargetValue / 4 * (1.25 - 0.45*f) * (0.95 + 0.1*cy.rnd.Float64())
			default:
				v = ind.TargetValue / 4 * f * (0.9 + 0.2*cy.rnd.Float64())
			}
			v = float64(int(v*100)) / 100
			_, err := cy.wf.RecordRealization(cy.as(ctx, e), ind.ID, workflow.RealizationInput{Quarter: q, Value: v,
				Evidence: fmt.Sprintf("Laporan triwulan %d: arsip/%d/%s/TW%d.pdf", q, year, e.NIP, q)})
			if err != nil {
				return fmt.Errorf("realisation of %s: %w", e.Name, err)
			}
		}
	}
	return nil
}

func ratingFor(x float64) scoring.Rating {
	switch {
	case x >= 1.06:
		return scoring.Above
	case x >= 0.8:
		return scoring.Meets
	}
	return scoring.Below
}

// appraise starts, rates and releases e's annual appraisal as the appraiser
// would: results from form, behaviour with the appraiser's lenience and
// the employee's weak point.
func (cy *cycle) appraise(ctx context.Context, e *ent.Employee, p *ent.Plan, method period.ScoringMethod) (*ent.Appraisal, error) {
	appraiser := cy.approver(e)
	actx := cy.as(ctx, appraiser)
	a, err := cy.wf.StartAppraisal(actx, p.ID, appraisal.KindAnnual, nil)
	if err != nil {
		return nil, fmt.Errorf("start appraisal of %s: %w", e.Name, err)
	}
	level := cy.form[e.ID] + cy.lenience[appraiser.ID]
	in := workflow.RateAppraisalInput{}
	m := scoring.Method(method)
	for _, code := range scoring.BehaviourCriteria(m, string(e.PositionKind)) {
		x := level + 0.12*(cy.rnd.Float64()-0.5)
		if code == cy.weak[e.ID] || (m == scoring.Method2011 && code == scoring.KerjaSama && cy.weak[e.ID] == scoring.Kolaboratif) {
			x = 0.7
		}
		r := ratingFor(x)
		sc := &workflow.ScoreInput{CriterionCode: ptr(string(code)), Rating: &r}
		if m == scoring.Method2011 {
			v := float64(int(min(98, 55+40*x)))
			sc = &workflow.ScoreInput{CriterionCode: ptr(string(code)), Value: &v}
		}
		in.Scores = append(in.Scores, sc)
	}
	if m == scoring.Method2022 {
		// Every target is rated, each near the employee's form.
		ts, err := cy.c.Target.Query().Where(target.HasPlanWith(plan.ID(p.ID))).
			Order(ent.Asc(target.FieldPosition), ent.Asc(target.FieldID)).IDs(actx)
		if err != nil {
			return nil, fmt.Errorf("targets of %s: %w", e.Name, err)
		}
		for _, id := range ts {
			r := ratingFor(cy.form[e.ID] + 0.1*(cy.rnd.Float64()-0.5))
			in.Scores = append(in.Scores, &workflow.ScoreInput{TargetID: ptr(id), Rating: &r})
		}
	}
	if cy.weak[e.ID] != "" && cy.rnd.IntN(2) == 0 {
		r := scoring.Below
		in.Scores = append(in.Scores, &workflow.ScoreInput{CriterionCode: ptr(string(scoring.Komunikasi)), Rating: &r, Note: ptr("Perlu meningkatkan kemampuan presentasi")})
	}
	// Behaviour mostly meets expectation; lenient appraisers see more
	// above, severe ones more below.
	res, beh := ratingFor(level), ratingFor(0.96+cy.lenience[appraiser.ID]+0.24*(cy.rnd.Float64()-0.5))
	if w := cy.weak[e.ID]; w == scoring.Kolaboratif || w == scoring.BerorientasiPelayanan {
		beh = scoring.Below
	}
	if method == period.ScoringMethodPermenpan2022 {
		in.ResultRating, in.BehaviourRating = &res, &beh
	}
	if _, err := cy.wf.RateAppraisal(actx, a.ID, in); err != nil {
		return nil, fmt.Errorf("rate %s: %w", e.Name, err)
	}
	return cy.wf.SubmitAppraisal(actx, a.ID)
}

// lastYear plays a whole closed year: every plan agreed, realised, appraised
// and final; a few objections upheld and a few revised.
func (cy *cycle) lastYear(ctx context.Context, per *ent.Period) error {
	y := per.Year
	cy.at(time.Date(y, 1, 10, 9, 0, 0, 0, time.UTC))
	plans := map[int]*ent.Plan{}
	parents := map[int]int{}
	for _, e := range cy.people {
		p, err := cy.planFor(ctx, per, e, parents)
		if err != nil {
			return err
		}
		if _, err := cy.wf.SubmitPlan(cy.as(ctx, e), p.ID); err != nil {
			return fmt.Errorf("submit plan of %s: %w", e.Name, err)
		}
		if _, err := cy.wf.ApprovePlan(cy.as(ctx, cy.approver(e)), p.ID, ptr("Disetujui")); err != nil {
			return fmt.Errorf("agree plan of %s: %w", e.Name, err)
		}
		plans[e.ID] = p
	}
	if err := cy.phase(ctx, per, period.PhaseExecution); err != nil {
		return err
	}
	for _, e := range cy.people {
		if err := cy.realise(ctx, e, plans[e.ID], 1, 4, y); err != nil {
			return err
		}
		if err := cy.feedback(ctx, e, plans[e.ID], y, 12); err != nil {
			return err
		}
	}
	if err := cy.phase(ctx, per, period.PhaseAssessment); err != nil {
		return err
	}
	cy.at(time.Date(y+1, 1, 8, 9, 0, 0, 0, time.UTC))
	released := map[int]*ent.Appraisal{}
	for _, e := range cy.people {
		a, err := cy.appraise(ctx, e, plans[e.ID], per.ScoringMethod)
		if err != nil {
			return err
		}
		released[e.ID] = a
	}
	// Answers: most accept; those rated low object more often; a few let
	// the window pass and the appraiser finalises.
	cy.at(time.Date(y+1, 1, 14, 9, 0, 0, 0, time.UTC))
	var objected []*ent.Objection
	var silent []*ent.Appraisal
	for i, e := range cy.people {
		a := released[e.ID]
		low := a.Predikat != nil && !a.Predikat.AtLeast(scoring.Baik)
		switch {
		case low && len(objected) < 6 && cy.sup[e.ID] != 0 && cy.sup[cy.sup[e.ID]] != 0 && !cy.isOutside(cy.sup[cy.sup[e.ID]]):
			o, err := cy.wf.FileObjection(cy.as(ctx, e), a.ID, "Saya keberatan: capaian dan bukti dukung saya menunjukkan kinerja sesuai ekspektasi. Mohon ditinjau kembali.")
			if err != nil {
				return fmt.Errorf("objection of %s: %w", e.Name, err)
			}
			objected = append(objected, o)
		case i%9 == 4:
			silent = append(silent, a)
		default:
			if _, err := cy.wf.AcknowledgeAppraisal(cy.as(ctx, e), a.ID); err != nil {
				return fmt.Errorf("acknowledge of %s: %w", e.Name, err)
			}
		}
	}
	// The appraisers are heard: all but the last explain within the week;
	// the last lets the time pass and the superior decides without it.
	cy.at(time.Date(y+1, 1, 17, 9, 0, 0, 0, time.UTC))
	for i, o := range objected {
		if i == len(objected)-1 && i > 0 {
			break
		}
		a, err := cy.c.Objection.QueryAppraisal(o).WithAppraiser().Only(authz.System(ctx))
		if err != nil {
			return err
		}
		if _, err := cy.wf.ExplainObjection(cy.as(ctx, a.Edges.Appraiser), o.ID,
			"Penilaian didasarkan pada capaian triwulan III dan IV yang di bawah target serta catatan kehadiran rapat koordinasi."); err != nil {
			return fmt.Errorf("explain objection: %w", err)
		}
	}
	cy.at(time.Date(y+1, 1, 27, 9, 0, 0, 0, time.UTC))
	for i, o := range objected {
		a, err := cy.c.Objection.QueryAppraisal(o).WithAppraiser().Only(authz.System(ctx))
		if err != nil {
			return err
		}
		decider := cy.byID(cy.sup[a.Edges.Appraiser.ID])
		in := workflow.DecideObjectionInput{Decision: workflow.Uphold, Note: "Setelah mendengar kedua pihak, penilaian atasan langsung sudah sesuai bukti."}
		if i%2 == 0 {
			up := scoring.Meets
			in = workflow.DecideObjectionInput{Decision: workflow.Revise, Note: "Bukti dukung menunjukkan perilaku kerja sesuai ekspektasi; penilaian diubah.", BehaviourRating: &up, ResultRating: &up}
		}
		if _, err := cy.wf.DecideObjection(cy.as(ctx, decider), o.ID, in); err != nil {
			return fmt.Errorf("decide objection: %w", err)
		}
	}
	cy.at(time.Date(y+1, 2, 2, 9, 0, 0, 0, time.UTC))
	defer func() { cy.at(time.Date(y+1, 2, 10, 9, 0, 0, 0, time.UTC)) }()
	for _, a := range silent {
		ap, err := cy.c.Appraisal.QueryAppraiser(a).Only(authz.System(ctx))
		if err != nil {
			return err
		}
		if _, err := cy.wf.FinalizeAppraisal(cy.as(ctx, ap), a.ID); err != nil {
			return fmt.Errorf("finalize: %w", err)
		}
	}
	if err := cy.phase(ctx, per, period.PhaseClosed); err != nil {
		return err
	}
	return cy.followThrough(ctx, per)
}

// followThrough is HR's work after a year closes: the units' own ratings,
// the employees' potential for the talent grid, and the development
// recommendations planned and partly completed.
func (cy *cycle) followThrough(ctx context.Context, per *ent.Period) error {
	hr := cy.as(ctx, cy.hr)
	units, err := cy.c.OrgUnit.Query().Order(ent.Asc(orgunit.FieldCode)).All(hr)
	if err != nil {
		return err
	}
	ratings := []unitrating.Rating{unitrating.RatingBaik, unitrating.RatingIstimewa, unitrating.RatingBaik, unitrating.RatingButuhPerbaikan}
	for i, u := range units {
		if _, err := cy.wf.SetUnitRating(hr, per.ID, u.ID, ratings[i%len(ratings)]); err != nil {
			return fmt.Errorf("unit rating %s: %w", u.Code, err)
		}
	}
	for i, e := range cy.people {
		pot := []employee.Potential{employee.PotentialMedium, employee.PotentialHigh, employee.PotentialMedium, employee.PotentialLow}[i%4]
		if cy.form[e.ID] > 1.05 {
			pot = employee.PotentialHigh
		}
		if err := cy.c.Employee.UpdateOneID(e.ID).SetPotential(pot).Exec(hr); err != nil {
			return fmt.Errorf("potential of %s: %w", e.Name, err)
		}
	}
	recs, err := cy.c.Recommendation.Query().
		Where(recommendation.HasPeriodWith(period.ID(per.ID)), recommendation.StatusEQ(recommendation.StatusProposed)).
		Order(ent.Asc(recommendation.FieldID)).All(hr)
	if err != nil {
		return err
	}
	for i, r := range recs {
		planned := recommendation.StatusPlanned
		on := time.Date(per.Year+1, time.Month(3+i%6), 10, 0, 0, 0, 0, time.UTC)
		if _, err := cy.wf.UpdateRecommendation(hr, r.ID, workflow.UpdateRecommendationInput{Status: &planned, PlannedOn: &on}); err != nil {
			return fmt.Errorf("plan recommendation: %w", err)
		}
		if i%3 == 0 {
			done := recommendation.StatusCompleted
			cy.at(on.AddDate(0, 0, 5))
			if _, err := cy.wf.UpdateRecommendation(hr, r.ID, workflow.UpdateRecommendationInput{Status: &done}); err != nil {
				return fmt.Errorf("complete recommendation: %w", err)
			}
		}
	}
	return nil
}

// thisYear leaves the running year with plans in every state, realisations
// up to the last quarter for agreed plans, and a quarterly appraisal or two.
func (cy *cycle) thisYear(ctx context.Context, per *ent.Period, now time.Time, keep, fresh map[int]bool) error {
	y := per.Year
	cy.at(time.Date(y, 1, 12, 9, 0, 0, 0, time.UTC))
	parents := map[int]int{}
	plans := map[int]*ent.Plan{}
	state := map[int]int{}
	for i, e := range cy.people {
		// Supervisors (and the demo logins) agree their plans so the
		// cascade and the inbox have something to show.
		s := i % 10
		if keep[e.ID] || cy.hasSubordinates(e) {
			s = 0
		}
		if fresh[e.ID] {
			s = 9
		}
		state[e.ID] = s
		if s == 9 {
			continue // no plan yet
		}
		p, err := cy.planFor(ctx, per, e, parents)
		if err != nil {
			return err
		}
		plans[e.ID] = p
		if s == 8 {
			continue // draft
		}
		if _, err := cy.wf.SubmitPlan(cy.as(ctx, e), p.ID); err != nil {
			return err
		}
		switch s {
		case 6, 7: // awaiting agreement
		case 5:
			if _, err := cy.wf.ReturnPlan(cy.as(ctx, cy.approver(e)), p.ID, "Indikator kualitas perlu dibuat terukur; mohon diperbaiki."); err != nil {
				return err
			}
		default:
			if _, err := cy.wf.ApprovePlan(cy.as(ctx, cy.approver(e)), p.ID, ptr("Disetujui")); err != nil {
				return err
			}
		}
	}
	if err := cy.phase(ctx, per, period.PhaseExecution); err != nil {
		return err
	}
	lastQuarter := min(4, max(0, (int(now.Month())-1)/3))
	for _, e := range cy.people {
		if s := state[e.ID]; s > 4 || plans[e.ID] == nil || lastQuarter == 0 {
			continue
		}
		if err := cy.realise(ctx, e, plans[e.ID], 1, lastQuarter, y); err != nil {
			return err
		}
		if err := cy.feedback(ctx, e, plans[e.ID], y, lastQuarter*3); err != nil {
			return err
		}
		if cy.sup[e.ID] != 0 && state[e.ID] == 1 {
			cy.at(time.Date(y, time.Month(lastQuarter*3+1), 5, 9, 0, 0, 0, time.UTC))
			q := lastQuarter
			a, err := cy.wf.StartAppraisal(cy.as(ctx, cy.approver(e)), plans[e.ID].ID, appraisal.KindQuarterly, &q)
			if err != nil {
				return err
			}
			r := ratingFor(cy.form[e.ID])
			if _, err := cy.wf.RateAppraisal(cy.as(ctx, cy.approver(e)), a.ID, workflow.RateAppraisalInput{ResultRating: &r, BehaviourRating: &r}); err != nil {
				return err
			}
		}
	}
	cy.at(now)
	return nil
}

func (cy *cycle) hasSubordinates(e *ent.Employee) bool {
	for _, s := range cy.sup {
		if s == e.ID {
			return true
		}
	}
	return false
}

func ptr[T any](v T) *T { return &v }

// feedback plays the thread of a plan for about one employee in three with
// a supervisor: late in the month (after its realisations), the appraiser
// remarks on the first target, the employee answers the next day, and the
// appraiser adds a word on the period.
func (cy *cycle) feedback(ctx context.Context, e *ent.Employee, p *ent.Plan, year, month int) error {
	boss := cy.sup[e.ID]
	if boss == 0 || month < 1 || (e.ID+year)%3 != 0 {
		return nil
	}
	first, err := cy.c.Target.Query().Where(target.HasPlanWith(plan.ID(p.ID))).
		Order(ent.Asc(target.FieldPosition), ent.Asc(target.FieldID)).FirstID(authz.System(ctx))
	if err != nil {
		return fmt.Errorf("first target of %s: %w", e.Name, err)
	}
	appraiser := cy.byID(boss)
	for _, r := range []struct {
		by     *ent.Employee
		day    int
		target *int
		text   string
	}{
		{appraiser, 26, &first, "Capaian bulan ini baik; mohon bukti dukung diunggah paling lambat tanggal 5 bulan berikutnya."},
		{e, 27, &first, "Baik, Pak/Bu. Bukti dukung bulan ini sudah saya lengkapi."},
		{appraiser, 28, nil, "Pertahankan ketepatan waktu; koordinasikan pekerjaan tambahan lebih awal."},
	} {
		cy.at(time.Date(year, time.Month(month), r.day, 10, 0, 0, 0, time.UTC))
		if _, err := cy.wf.GiveFeedback(cy.as(ctx, r.by), workflow.FeedbackInput{PlanID: p.ID, TargetID: r.target, Text: r.text}); err != nil {
			return fmt.Errorf("feedback on the plan of %s: %w", e.Name, err)
		}
	}
	return nil
}
