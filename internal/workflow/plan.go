package workflow

import (
	"context"
	"fmt"
	"strings"

	"kinerja/ent"
	"kinerja/ent/employee"
	"kinerja/ent/indicator"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/target"
	"kinerja/internal/apperr"
	"kinerja/internal/authz"
	"kinerja/internal/notify"
)

// CreatePlanInput starts an employee's SKP for a period.
type CreatePlanInput struct {
	PeriodID   int
	EmployeeID int
}

// IndicatorInput is a performance indicator (IKI) of a target.
type IndicatorInput struct {
	Description string
	Aspect      indicator.Aspect
	TargetValue float64
	Unit        string
}

// TargetInput is a planned result (RHK) with its indicators.
type TargetInput struct {
	Kind          *target.Kind
	Title         string
	ParentID      *int
	StrategicGoal *string
	Weight        *float64
	Indicators    []*IndicatorInput
}

// UpdateTargetInput changes a target. Indicators, when given, replace the
// target's indicators (and their realisations) wholesale.
type UpdateTargetInput struct {
	Kind          *target.Kind
	Title         *string
	ParentID      *int
	ClearParent   *bool
	StrategicGoal *string
	Weight        *float64
	Indicators    []*IndicatorInput
}

// loadPlan reads a plan with its period, employee and appraiser.
func loadPlan(ctx context.Context, c *ent.Client, id int) (*ent.Plan, error) {
	return get(ctx, "plan", c.Plan.Query().Where(plan.ID(id)).WithPeriod().WithEmployee().WithAppraiser().Only)
}

func planEmployeeID(p *ent.Plan) int { return p.Edges.Employee.ID }

func planAppraiserID(p *ent.Plan) int {
	if p.Edges.Appraiser == nil {
		return 0
	}
	return p.Edges.Appraiser.ID
}

// mayEditPlan: the employee (or HR) edits a draft or returned plan.
func mayEditPlan(w who, p *ent.Plan) error {
	if !w.is(planEmployeeID(p)) && !w.hr() {
		return errNotAllowed
	}
	switch p.Status {
	case plan.StatusDraft, plan.StatusReturned:
	default:
		return invalidState(
			"SKP hanya dapat diubah saat draf atau dikembalikan; minta atasan mengembalikannya dahulu",
			"a plan can be changed only while draft or returned; ask the appraiser to return it first")
	}
	if p.Edges.Period.Phase == period.PhaseClosed {
		return invalidState("periode sudah ditutup", "the period is closed")
	}
	return nil
}

// mayAppraisePlan: the plan's appraiser. HR never stands in: a plan without
// an appraiser (the head of the agency before HR records its superior, an
// external official) waits for one.
func mayAppraisePlan(w who, p *ent.Plan) bool {
	a := planAppraiserID(p)
	return a != 0 && w.is(a)
}

// CreatePlan starts the SKP of an employee for a period. The appraiser is
// the acting official (Plt./Plh.) appointed for the employee today, else the
// direct supervisor now, recorded on the plan so that a later change of
// supervisor does not rewrite history.
func (s *Service) CreatePlan(ctx context.Context, in CreatePlanInput) (*ent.Plan, error) {
	return runFor(ctx, s, "plan.create", func(ctx context.Context, c *ent.Client) (*ent.Plan, error) {
		w := caller(ctx)
		if !w.is(in.EmployeeID) && !w.hr() {
			return nil, errNotAllowed
		}
		per, err := get(ctx, "period", c.Period.Query().Where(period.ID(in.PeriodID)).Only)
		if err != nil {
			return nil, err
		}
		emp, err := get(ctx, "employee", c.Employee.Query().Where(employee.ID(in.EmployeeID)).WithSupervisor().Only)
		if err != nil {
			return nil, err
		}
		if !emp.Active {
			return nil, apperr.Invalid("employeeID", "pegawai tidak aktif", "the employee is not active")
		}
		if emp.External {
			return nil, apperr.Invalid("employeeID", "pejabat di luar instansi tidak memiliki SKP di sini", "an official outside the agency has no plan here")
		}
		if per.Phase != period.PhasePlanning && per.Phase != period.PhaseExecution {
			return nil, invalidState("SKP dibuat pada tahap perencanaan atau pelaksanaan", "plans are made in the planning or execution phase")
		}
		exists, err := c.Plan.Query().Where(plan.HasPeriodWith(period.ID(per.ID)), plan.HasEmployeeWith(employee.ID(emp.ID))).Exist(ctx)
		if err != nil {
			return nil, fmt.Errorf("check plan: %w", err)
		}
		if exists {
			return nil, apperr.New(apperr.Conflict, "pegawai ini sudah memiliki SKP pada periode ini", "this employee already has a plan for the period")
		}
		q := c.Plan.Create().SetPeriod(per).SetEmployee(emp)
		appraiser, acting, err := s.appraiserOn(ctx, c, emp.ID, emp.Edges.Supervisor, s.now())
		if err != nil {
			return nil, err
		}
		if appraiser != nil {
			q.SetAppraiser(appraiser).SetNillableAppraiserActing(acting)
		}
		p, err := q.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("save plan: %w", err)
		}
		return p, nil
	})
}

// validateIndicators checks indicator inputs; field names are GraphQL paths.
func validateIndicators(in []*IndicatorInput) error {
	for i, ind := range in {
		f := fmt.Sprintf("indicators.%d", i)
		if ind == nil {
			return apperr.Invalid(f, "indikator kosong", "empty indicator")
		}
		if strings.TrimSpace(ind.Description) == "" {
			return apperr.Invalid(f+".description", "uraian indikator wajib diisi", "the indicator needs a description")
		}
		if !(ind.TargetValue > 0) {
			return apperr.Invalid(f+".targetValue", "target harus lebih dari 0", "the target must be above 0")
		}
		if ind.TargetValue > MaxValue {
			return apperr.Invalidf(f+".targetValue", "target paling besar %g", "the target is at most %g", MaxValue)
		}
		if strings.TrimSpace(ind.Unit) == "" {
			return apperr.Invalid(f+".unit", "satuan wajib diisi", "the unit is required")
		}
	}
	return nil
}

func createIndicators(ctx context.Context, c *ent.Client, t *ent.Target, in []*IndicatorInput) error {
	if len(in) == 0 {
		return nil
	}
	b := make([]*ent.IndicatorCreate, len(in))
	for i, ind := range in {
		b[i] = c.Indicator.Create().SetTarget(t).SetDescription(strings.TrimSpace(ind.Description)).
			SetAspect(ind.Aspect).SetTargetValue(ind.TargetValue).SetUnit(strings.TrimSpace(ind.Unit))
	}
	if err := c.Indicator.CreateBulk(b...).Exec(ctx); err != nil {
		return fmt.Errorf("save indicators: %w", err)
	}
	return nil
}

// checkParent: a target may support a target of the plan of the employee's
// appraiser (the supervisor recorded on the plan) in the same period.
func checkParent(ctx context.Context, c *ent.Client, p *ent.Plan, parentID int) error {
	// The rule looks at the supervisor's plan, which the employee may not
	// read in full: read it with the system's eyes.
	ctx = authz.System(ctx)
	parent, err := c.Target.Query().Where(target.ID(parentID)).
		WithPlan(func(q *ent.PlanQuery) { q.WithEmployee().WithPeriod() }).Only(ctx)
	if ent.IsNotFound(err) {
		return apperr.Invalid("parentID", "target atasan tidak ditemukan", "the supervisor's target does not exist")
	}
	if err != nil {
		return fmt.Errorf("read parent target: %w", err)
	}
	pp := parent.Edges.Plan
	if a := planAppraiserID(p); a == 0 || pp.Edges.Employee.ID != a || pp.Edges.Period.ID != p.Edges.Period.ID {
		return apperr.Invalid("parentID",
			"target yang diintervensi harus milik SKP atasan langsung pada periode yang sama",
			"the supported target must belong to the direct supervisor's plan in the same period")
	}
	return nil
}

// AddTarget adds a planned result with its indicators to a draft or
// returned plan.
func (s *Service) AddTarget(ctx context.Context, planID int, in TargetInput) (*ent.Target, error) {
	return runFor(ctx, s, "target.add", func(ctx context.Context, c *ent.Client) (*ent.Target, error) {
		p, err := loadPlan(ctx, c, planID)
		if err != nil {
			return nil, err
		}
		if err := mayEditPlan(caller(ctx), p); err != nil {
			return nil, err
		}
		if strings.TrimSpace(in.Title) == "" {
			return nil, apperr.Invalid("title", "judul rencana hasil kerja wajib diisi", "the planned result needs a title")
		}
		if err := validateIndicators(in.Indicators); err != nil {
			return nil, err
		}
		n, err := c.Target.Query().Where(target.HasPlanWith(plan.ID(p.ID))).Count(ctx)
		if err != nil {
			return nil, fmt.Errorf("count targets: %w", err)
		}
		q := c.Target.Create().SetPlan(p).SetTitle(strings.TrimSpace(in.Title)).SetPosition(n + 1).
			SetNillableKind(in.Kind).SetNillableStrategicGoal(in.StrategicGoal).SetNillableWeight(in.Weight)
		if in.ParentID != nil {
			if err := checkParent(ctx, c, p, *in.ParentID); err != nil {
				return nil, err
			}
			q.SetParentID(*in.ParentID)
		}
		t, err := q.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("save target: %w", err)
		}
		if err := createIndicators(ctx, c, t, in.Indicators); err != nil {
			return nil, err
		}
		return t, nil
	})
}

func loadTargetPlan(ctx context.Context, c *ent.Client, id int) (*ent.Target, *ent.Plan, error) {
	t, err := get(ctx, "target", c.Target.Query().Where(target.ID(id)).WithPlan().Only)
	if err != nil {
		return nil, nil, err
	}
	p, err := loadPlan(ctx, c, t.Edges.Plan.ID)
	return t, p, err
}

// UpdateTarget changes a target of a draft or returned plan.
func (s *Service) UpdateTarget(ctx context.Context, id int, in UpdateTargetInput) (*ent.Target, error) {
	return runFor(ctx, s, "target.update", func(ctx context.Context, c *ent.Client) (*ent.Target, error) {
		t, p, err := loadTargetPlan(ctx, c, id)
		if err != nil {
			return nil, err
		}
		if err := mayEditPlan(caller(ctx), p); err != nil {
			return nil, err
		}
		u := c.Target.UpdateOne(t).SetNillableKind(in.Kind).SetNillableStrategicGoal(in.StrategicGoal).SetNillableWeight(in.Weight)
		if in.Title != nil {
			if strings.TrimSpace(*in.Title) == "" {
				return nil, apperr.Invalid("title", "judul rencana hasil kerja wajib diisi", "the planned result needs a title")
			}
			u.SetTitle(strings.TrimSpace(*in.Title))
		}
		switch {
		case in.ClearParent != nil && *in.ClearParent:
			u.ClearParent()
		case in.ParentID != nil:
			if err := checkParent(ctx, c, p, *in.ParentID); err != nil {
				return nil, err
			}
			u.SetParentID(*in.ParentID)
		}
		if in.Indicators != nil {
			if err := validateIndicators(in.Indicators); err != nil {
				return nil, err
			}
			if err := removeIndicators(ctx, c, t.ID); err != nil {
				return nil, err
			}
		}
		t, err = u.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("save target: %w", err)
		}
		if in.Indicators != nil {
			if err := createIndicators(ctx, c, t, in.Indicators); err != nil {
				return nil, err
			}
		}
		return t, nil
	})
}

func removeIndicators(ctx context.Context, c *ent.Client, targetID int) error {
	ids, err := c.Indicator.Query().Where(indicator.HasTargetWith(target.ID(targetID))).IDs(ctx)
	if err != nil {
		return fmt.Errorf("read indicators: %w", err)
	}
	for _, id := range ids {
		if _, err := c.Realization.Delete().Where(realizationOf(id)).Exec(ctx); err != nil {
			return fmt.Errorf("remove realisations: %w", err)
		}
		if err := c.Indicator.DeleteOneID(id).Exec(ctx); err != nil {
			return fmt.Errorf("remove indicator: %w", err)
		}
	}
	return nil
}

// RemoveTarget removes a target of a draft or returned plan (with its
// indicators) and returns the plan. Targets of subordinates that supported
// it no longer point at it.
func (s *Service) RemoveTarget(ctx context.Context, id int) (*ent.Plan, error) {
	return runFor(ctx, s, "target.remove", func(ctx context.Context, c *ent.Client) (*ent.Plan, error) {
		t, p, err := loadTargetPlan(ctx, c, id)
		if err != nil {
			return nil, err
		}
		if err := mayEditPlan(caller(ctx), p); err != nil {
			return nil, err
		}
		if err := removeIndicators(ctx, c, t.ID); err != nil {
			return nil, err
		}
		if _, err := c.Target.Update().Where(target.HasParentWith(target.ID(t.ID))).ClearParent().Save(ctx); err != nil {
			return nil, fmt.Errorf("detach supported targets: %w", err)
		}
		if err := c.Target.DeleteOne(t).Exec(ctx); err != nil {
			return nil, fmt.Errorf("remove target: %w", err)
		}
		return p, nil
	})
}

// SubmitPlan hands a draft or returned plan to the appraiser. It needs at
// least one main target, and every target at least one indicator.
func (s *Service) SubmitPlan(ctx context.Context, id int) (*ent.Plan, error) {
	return runFor(ctx, s, "plan.submit", func(ctx context.Context, c *ent.Client) (*ent.Plan, error) {
		p, err := loadPlan(ctx, c, id)
		if err != nil {
			return nil, err
		}
		if err := mayEditPlan(caller(ctx), p); err != nil {
			return nil, err
		}
		ts, err := c.Target.Query().Where(target.HasPlanWith(plan.ID(p.ID))).WithIndicators().All(ctx)
		if err != nil {
			return nil, fmt.Errorf("read targets: %w", err)
		}
		main := 0
		for _, t := range ts {
			if t.Kind == target.KindMain {
				main++
			}
			if len(t.Edges.Indicators) == 0 {
				return nil, apperr.Invalidf("targets", "rencana hasil kerja %q belum memiliki indikator", "planned result %q has no indicator", t.Title)
			}
		}
		if main == 0 {
			return nil, apperr.Invalid("targets", "SKP memerlukan sedikitnya satu rencana hasil kerja utama", "a plan needs at least one main planned result")
		}
		submitted, err := c.Plan.UpdateOne(p).SetStatus(plan.StatusSubmitted).SetSubmittedAt(s.now()).Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("mark plan submitted: %w", err)
		}
		if err := notify.PlanSubmitted(ctx, c, p, s.now()); err != nil {
			return nil, fmt.Errorf("notify: %w", err)
		}
		return submitted, nil
	})
}

// ApprovePlan is the appraiser agreeing a submitted plan; it is then locked.
func (s *Service) ApprovePlan(ctx context.Context, id int, note *string) (*ent.Plan, error) {
	return runFor(ctx, s, "plan.approve", func(ctx context.Context, c *ent.Client) (*ent.Plan, error) {
		p, err := loadPlan(ctx, c, id)
		if err != nil {
			return nil, err
		}
		if !mayAppraisePlan(caller(ctx), p) {
			return nil, errNotAllowed
		}
		if p.Status != plan.StatusSubmitted {
			return nil, invalidState("hanya SKP yang diajukan dapat disetujui", "only a submitted plan can be agreed")
		}
		u := c.Plan.UpdateOne(p).SetStatus(plan.StatusAgreed).SetAgreedAt(s.now())
		if note != nil {
			u.SetNote(*note)
		}
		agreed, err := u.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("mark plan agreed: %w", err)
		}
		if err := notify.PlanAgreed(ctx, c, p, s.now()); err != nil {
			return nil, fmt.Errorf("notify: %w", err)
		}
		return agreed, nil
	})
}

// ReturnPlan is the appraiser sending a submitted (or agreed) plan back to
// the employee with comments. An agreed plan can be changed only this way,
// and only before any appraisal of it exists.
func (s *Service) ReturnPlan(ctx context.Context, id int, note string) (*ent.Plan, error) {
	return runFor(ctx, s, "plan.return", func(ctx context.Context, c *ent.Client) (*ent.Plan, error) {
		p, err := loadPlan(ctx, c, id)
		if err != nil {
			return nil, err
		}
		if !mayAppraisePlan(caller(ctx), p) {
			return nil, errNotAllowed
		}
		if strings.TrimSpace(note) == "" {
			return nil, apperr.Invalid("note", "sebutkan alasan pengembalian", "say why the plan is returned")
		}
		switch p.Status {
		case plan.StatusSubmitted:
		case plan.StatusAgreed:
			has, err := p.QueryAppraisals().Exist(ctx)
			if err != nil {
				return nil, fmt.Errorf("check appraisals: %w", err)
			}
			if has {
				return nil, invalidState("SKP yang sudah dinilai tidak dapat dikembalikan", "a plan that has been appraised cannot be returned")
			}
		default:
			return nil, invalidState("hanya SKP yang diajukan atau disetujui dapat dikembalikan", "only a submitted or agreed plan can be returned")
		}
		returned, err := c.Plan.UpdateOne(p).SetStatus(plan.StatusReturned).SetNote(note).ClearAgreedAt().AddReturnCount(1).Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("mark plan returned: %w", err)
		}
		if err := notify.PlanReturned(ctx, c, p, s.now()); err != nil {
			return nil, fmt.Errorf("notify: %w", err)
		}
		return returned, nil
	})
}
