package workflow

import (
	"context"
	"fmt"
	"sort"
	"time"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/objection"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/internal/scoring"
)

// InboxItemKind says what the viewer is asked to do.
type InboxItemKind string

// The kinds of open task.
const (
	// PlanToAgree: a subordinate's submitted plan awaits agreement.
	PlanToAgree InboxItemKind = "PLAN_TO_AGREE"
	// PlanToComplete: the viewer's own plan is a draft or was returned.
	PlanToComplete InboxItemKind = "PLAN_TO_COMPLETE"
	// AppraisalToWrite: an agreed plan in the assessment phase has no
	// released annual appraisal yet.
	AppraisalToWrite InboxItemKind = "APPRAISAL_TO_WRITE"
	// AppraisalToAnswer: an appraisal released to the viewer awaits
	// acknowledgement or an objection.
	AppraisalToAnswer InboxItemKind = "APPRAISAL_TO_ANSWER"
	// ObjectionToDecide: an objection against a subordinate appraiser.
	ObjectionToDecide InboxItemKind = "OBJECTION_TO_DECIDE"
	// ObjectionFiled: an objection against an appraisal the viewer wrote,
	// explained, awaiting the superior's decision.
	ObjectionFiled InboxItemKind = "OBJECTION_FILED"
	// PlanToSettle: a plan escalated to the viewer, the superior of its
	// appraiser, by the period's plan deadline.
	PlanToSettle InboxItemKind = "PLAN_TO_SETTLE"
	// ObjectionToExplain: an objection against an appraisal the viewer
	// wrote, awaiting its explanation by the explanation deadline.
	ObjectionToExplain InboxItemKind = "OBJECTION_TO_EXPLAIN"
)

// InboxItem is one open task of the viewer.
type InboxItem struct {
	Kind     InboxItemKind
	Deadline *time.Time
	Overdue  bool
	// DaysLeft counts whole days until Deadline in the agency's time zone (nil without one).
	DaysLeft  *int
	Employee  *ent.Employee
	Plan      *ent.Plan
	Appraisal *ent.Appraisal
	Objection *ent.Objection
}

// Inbox lists the viewer's open tasks, those with the nearest deadline
// first.
func (s *Service) Inbox(ctx context.Context, c *ent.Client) ([]*InboxItem, error) {
	w := caller(ctx)
	if w.v == nil || w.v.EmployeeID == 0 {
		return []*InboxItem{}, nil
	}
	me := w.v.EmployeeID
	now := s.now()
	var items []*InboxItem
	add := func(k InboxItemKind, deadline *time.Time, e *ent.Employee, p *ent.Plan, a *ent.Appraisal, o *ent.Objection) {
		item := &InboxItem{Kind: k, Deadline: deadline, Overdue: scoring.Overdue(now, deadline),
			Employee: e, Plan: p, Appraisal: a, Objection: o}
		if deadline != nil {
			d := s.agency.DaysLeft(now, *deadline)
			item.DaysLeft = &d
		}
		items = append(items, item)
	}
	open := period.PhaseNEQ(period.PhaseClosed)

	toAgree, err := c.Plan.Query().
		Where(plan.HasAppraiserWith(employee.ID(me)), plan.StatusEQ(plan.StatusSubmitted), plan.HasPeriodWith(open)).
		WithEmployee().WithPeriod().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("inbox plans to agree: %w", err)
	}
	for _, p := range toAgree {
		add(PlanToAgree, p.Edges.Period.PlanDeadline, p.Edges.Employee, p, nil, nil)
	}

	toSettle, err := c.Plan.Query().
		Where(plan.StatusEQ(plan.StatusEscalated), settledBy(w), plan.HasPeriodWith(open)).
		WithEmployee().WithPeriod().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("inbox plans to settle: %w", err)
	}
	for _, p := range toSettle {
		add(PlanToSettle, p.Edges.Period.PlanDeadline, p.Edges.Employee, p, nil, nil)
	}

	mine, err := c.Plan.Query().
		Where(plan.HasEmployeeWith(employee.ID(me)), plan.StatusIn(plan.StatusDraft, plan.StatusReturned), plan.HasPeriodWith(open)).
		WithEmployee().WithPeriod().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("inbox own plans: %w", err)
	}
	for _, p := range mine {
		add(PlanToComplete, p.Edges.Period.PlanDeadline, p.Edges.Employee, p, nil, nil)
	}

	toWrite, err := c.Plan.Query().
		Where(plan.HasAppraiserWith(employee.ID(me)), plan.StatusEQ(plan.StatusAgreed),
			plan.HasPeriodWith(period.PhaseEQ(period.PhaseAssessment)),
			plan.Not(plan.HasAppraisalsWith(appraisal.KindEQ(appraisal.KindAnnual), appraisal.StatusNEQ(appraisal.StatusDraft)))).
		WithEmployee().WithPeriod().
		WithAppraisals(func(q *ent.AppraisalQuery) { q.Where(appraisal.KindEQ(appraisal.KindAnnual)) }).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("inbox appraisals to write: %w", err)
	}
	for _, p := range toWrite {
		var a *ent.Appraisal
		if len(p.Edges.Appraisals) > 0 {
			a = p.Edges.Appraisals[0]
		}
		add(AppraisalToWrite, p.Edges.Period.AppraisalDeadline, p.Edges.Employee, p, a, nil)
	}

	released, err := c.Appraisal.Query().
		Where(appraisal.StatusEQ(appraisal.StatusSubmitted), appraisal.HasPlanWith(plan.HasEmployeeWith(employee.ID(me)))).
		WithPlan(func(q *ent.PlanQuery) { q.WithPeriod().WithEmployee() }).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("inbox appraisals to answer: %w", err)
	}
	for _, a := range released {
		end, _ := s.objectionDeadline(a, a.Edges.Plan.Edges.Period)
		add(AppraisalToAnswer, &end, a.Edges.Plan.Edges.Employee, a.Edges.Plan, a, nil)
	}

	// Objections the viewer decides (decidedBy, the rule DecideObjection
	// checks), with the end of the appraiser's time to explain: after it,
	// or once explained, the decision can be made.
	undecided := objection.StatusIn(objection.StatusAwaitingExplanation, objection.StatusOpen)
	objs, err := c.Objection.Query().
		Where(undecided, decidedBy(w)).
		WithAppraisal(func(q *ent.AppraisalQuery) { q.WithPlan(func(q *ent.PlanQuery) { q.WithEmployee() }) }).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("inbox objections: %w", err)
	}
	for _, o := range objs {
		a := o.Edges.Appraisal
		add(ObjectionToDecide, o.ExplanationDue, a.Edges.Plan.Edges.Employee, a.Edges.Plan, a, o)
	}

	filed, err := c.Objection.Query().
		Where(undecided, objection.HasAppraisalWith(appraisal.HasAppraiserWith(employee.ID(me)))).
		WithAppraisal(func(q *ent.AppraisalQuery) { q.WithPlan(func(q *ent.PlanQuery) { q.WithEmployee() }) }).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("inbox objections filed: %w", err)
	}
	for _, o := range filed {
		a := o.Edges.Appraisal
		if o.Status == objection.StatusAwaitingExplanation {
			add(ObjectionToExplain, o.ExplanationDue, a.Edges.Plan.Edges.Employee, a.Edges.Plan, a, o)
			continue
		}
		add(ObjectionFiled, nil, a.Edges.Plan.Edges.Employee, a.Edges.Plan, a, o)
	}

	sort.SliceStable(items, func(i, j int) bool {
		di, dj := items[i].Deadline, items[j].Deadline
		switch {
		case di == nil:
			return false
		case dj == nil:
			return true
		}
		return di.Before(*dj)
	})
	return items, nil
}
