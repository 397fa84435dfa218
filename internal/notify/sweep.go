package notify

import (
	"context"
	"fmt"
	"time"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/notification"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/internal/agency"
	"kinerja/internal/audit"
	"kinerja/internal/authz"
	"kinerja/internal/scoring"
	"kinerja/internal/viewer"
)

// Lead is how long before a deadline the sweep reminds.
const Lead = 3 * 24 * time.Hour

// maxObjectionWindow is the longest objection window a period may set
// (objection_window_days ≤ 90), with the rest of its last day.
const maxObjectionWindow = 91 * 24 * time.Hour

// Sweep writes the reminders of deadlines at most Lead after now that
// have not passed:
//
//   - the plan deadline of an open period: to the employee whose plan is a
//     draft or returned, to the appraiser of a submitted one;
//   - the appraisal deadline of a period in assessment: to the appraiser of
//     an agreed plan whose annual appraisal is not released;
//   - the end of the objection window: to the employee of a released
//     appraisal it has neither accepted nor objected to.
//
// Each reminder is written once per recipient, subject and deadline (a
// deadline moved later is reminded again), so the sweep may run as often
// as wanted, on several replicas. It runs with the system's rights in one
// transaction (audit action "notification.deadline") and returns how many
// it wrote.
func Sweep(ctx context.Context, c *ent.Client, now time.Time, zone *time.Location) (int, error) {
	ctx = authz.System(viewer.NewContext(ctx, nil))
	if zone == nil {
		zone = agency.Default().Zone
	}
	due, err := dueReminders(ctx, c, now, zone)
	if err != nil {
		return 0, fmt.Errorf("notification.deadline: %w", err)
	}
	if len(due) == 0 {
		return 0, nil
	}
	seen, err := written(ctx, c, due)
	if err != nil {
		return 0, fmt.Errorf("notification.deadline: %w", err)
	}
	var fresh []note
	for _, n := range due {
		if !seen[reminder{n.to, n.key}] {
			seen[reminder{n.to, n.key}] = true
			fresh = append(fresh, n)
		}
	}
	if len(fresh) == 0 {
		return 0, nil
	}
	err = inTx(audit.WithAction(ctx, "notification.deadline"), c, func(ctx context.Context, c *ent.Client) error {
		for _, n := range fresh {
			if err := write(ctx, c, now, n); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("notification.deadline: %w", err)
	}
	return len(fresh), nil
}

type reminder struct {
	to  int
	key string
}

func dedupKey(kind notification.Kind, subject string, id int, deadline time.Time) string {
	return fmt.Sprintf("%s:%s:%d:%d", kind, subject, id, deadline.Unix())
}

// dueReminders lists the reminders due at now, written or not.
func dueReminders(ctx context.Context, c *ent.Client, now time.Time, zone *time.Location) ([]note, error) {
	until := now.Add(Lead)
	var out []note

	plans, err := c.Plan.Query().
		Where(plan.StatusIn(plan.StatusDraft, plan.StatusReturned, plan.StatusSubmitted),
			plan.HasPeriodWith(period.PhaseNEQ(period.PhaseClosed), period.PlanDeadlineGT(now), period.PlanDeadlineLTE(until))).
		WithPeriod().WithEmployee().WithAppraiser().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("plans near their deadline: %w", err)
	}
	for _, p := range plans {
		deadline := *p.Edges.Period.PlanDeadline
		n := note{kind: notification.KindPlanDeadline, plan: p.ID, key: dedupKey(notification.KindPlanDeadline, "plan", p.ID, deadline),
			params: with(planParams(p), pDeadline, deadline.Format(time.RFC3339))}
		if p.Status == plan.StatusSubmitted {
			n.to, _ = appraiserOfPlan(p)
			n.params[pRole] = roleAppraiser
		} else {
			n.to, _ = employeeOf(p)
			n.params[pRole] = roleEmployee
		}
		out = append(out, n)
	}

	toWrite, err := c.Plan.Query().
		Where(plan.StatusEQ(plan.StatusAgreed), plan.HasAppraiser(),
			plan.HasPeriodWith(period.PhaseEQ(period.PhaseAssessment), period.AppraisalDeadlineGT(now), period.AppraisalDeadlineLTE(until)),
			plan.Not(plan.HasAppraisalsWith(appraisal.KindEQ(appraisal.KindAnnual), appraisal.StatusNEQ(appraisal.StatusDraft)))).
		WithPeriod().WithEmployee().WithAppraiser().
		WithAppraisals(func(q *ent.AppraisalQuery) { q.Where(appraisal.KindEQ(appraisal.KindAnnual)) }).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("appraisals near their deadline: %w", err)
	}
	for _, p := range toWrite {
		deadline := *p.Edges.Period.AppraisalDeadline
		n := note{kind: notification.KindAppraisalDeadline, plan: p.ID, key: dedupKey(notification.KindAppraisalDeadline, "plan", p.ID, deadline),
			params: with(planParams(p), pDeadline, deadline.Format(time.RFC3339))}
		n.to, _ = appraiserOfPlan(p)
		if len(p.Edges.Appraisals) > 0 {
			n.appraisal = p.Edges.Appraisals[0].ID
		}
		out = append(out, n)
	}

	// The window ends at the end of the day objection_window_days (1–90)
	// after release, in the agency's zone (scoring.ObjectionDeadline): only
	// appraisals released in the last 91 days can be near its end.
	released, err := c.Appraisal.Query().
		Where(appraisal.StatusEQ(appraisal.StatusSubmitted), appraisal.ReleasedAtGT(now.Add(-maxObjectionWindow)), appraisal.ReleasedAtLTE(until)).
		WithAppraiser().WithPlan(func(q *ent.PlanQuery) { q.WithPeriod().WithEmployee().WithAppraiser() }).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("objection windows near their end: %w", err)
	}
	for _, a := range released {
		p := a.Edges.Plan
		end := scoring.ObjectionDeadline(*a.ReleasedAt, p.Edges.Period.ObjectionWindowDays, zone)
		if !end.After(now) || end.After(until) {
			continue
		}
		n := note{kind: notification.KindObjectionDeadline, plan: p.ID, appraisal: a.ID,
			key:    dedupKey(notification.KindObjectionDeadline, "appraisal", a.ID, end),
			params: with(appraisalParams(a, p), pDeadline, end.Format(time.RFC3339))}
		n.to, _ = employeeOf(p)
		out = append(out, n)
	}
	return out, nil
}

// written returns which of the reminders exist already.
func written(ctx context.Context, c *ent.Client, due []note) (map[reminder]bool, error) {
	seen := map[reminder]bool{}
	const chunk = 500
	for i := 0; i < len(due); i += chunk {
		keys := make([]string, 0, chunk)
		for _, n := range due[i:min(i+chunk, len(due))] {
			keys = append(keys, n.key)
		}
		var rows []struct {
			RecipientID int    `json:"recipient_id"`
			DedupKey    string `json:"dedup_key"`
		}
		err := c.Notification.Query().Where(notification.DedupKeyIn(keys...)).
			Select(notification.FieldRecipientID, notification.FieldDedupKey).Scan(ctx, &rows)
		if err != nil {
			return nil, fmt.Errorf("reminders written: %w", err)
		}
		for _, r := range rows {
			seen[reminder{r.RecipientID, r.DedupKey}] = true
		}
	}
	return seen, nil
}
