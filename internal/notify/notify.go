// Package notify tells people what the yearly cycle needs of them.
//
//   - In-app notifications, written by the workflow step that causes them
//     in that step's transaction (a step that rolls back leaves none): plan
//     submitted, returned or agreed, appraisal released, objection filed or
//     decided.
//   - Reminders of deadlines three days away (plan, annual appraisal,
//     objection window), written by Sweep once per recipient, subject and
//     deadline.
//   - E-mail, when an SMTP server is configured (EnableMail): each
//     notification for an employee with an address queues a mail in the
//     outbox in the same transaction; the Worker sends it later with
//     retries, so a mail server that is down never fails or delays a step.
//
// Each caller reads only its own notifications (OwnOnly, an ent privacy
// rule); nobody writes them but this package, with the workflow's or the
// system's context (WritesThroughNotify).
package notify

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/notification"
	"kinerja/internal/viewer"
)

// The parameters a message may name, stored with the notification and
// rendered per language (message.go).
const (
	pEmployee  = "employee"  // the appraised employee's name
	pAppraiser = "appraiser" // the appraiser's name
	pBy        = "by"        // who took the step
	pPeriod    = "period"    // the period's name
	pKind      = "appraisalKind"
	pQuarter   = "quarter"
	pDeadline  = "deadline" // RFC 3339
	pDecision  = "decision" // UPHELD or REVISED
	pRole      = "role"     // which message of the kind: employee, appraiser, decider
)

// The recipients' roles, for kinds whose message depends on who reads it.
const (
	roleEmployee  = "employee"
	roleAppraiser = "appraiser"
	roleDecider   = "decider"
)

// note is one notification to write.
type note struct {
	to                         int // the recipient employee
	kind                       notification.Kind
	plan, appraisal, objection int // what it is about (0: nothing)
	params                     map[string]string
	key                        string // the sweep's deduplication key
}

// writeKey marks a context as internal/notify writing (WritesThroughNotify).
type writeKey struct{}

type writeMode int

const (
	modeCreate writeMode = iota + 1
	modeRead
)

func withMode(ctx context.Context, m writeMode) context.Context {
	return context.WithValue(ctx, writeKey{}, m)
}

// write creates the notes with c (the step's transaction) at the time at.
// Nobody is told of a step it took itself, and nobody twice of one step.
func write(ctx context.Context, c *ent.Client, at time.Time, notes ...note) error {
	ctx = withMode(ctx, modeCreate)
	me := 0
	if v := viewer.FromContext(ctx); v != nil {
		me = v.EmployeeID
	}
	told := map[int]bool{}
	for _, n := range notes {
		if n.to == 0 || n.to == me || told[n.to] {
			continue
		}
		told[n.to] = true
		q := c.Notification.Create().SetRecipientID(n.to).SetKind(n.kind).SetCreatedAt(at).SetParams(n.params)
		if n.plan != 0 {
			q.SetPlanID(n.plan)
		}
		if n.appraisal != 0 {
			q.SetAppraisalID(n.appraisal)
		}
		if n.objection != 0 {
			q.SetObjectionID(n.objection)
		}
		if n.key != "" {
			q.SetDedupKey(n.key)
		}
		if err := q.Exec(ctx); err != nil {
			return fmt.Errorf("save %s notification: %w", n.kind, err)
		}
	}
	return nil
}

// The steps. Each takes what the workflow step has loaded already, so a
// notification costs no extra reads: a plan with its period, employee and
// appraiser; an appraisal with its appraiser.

func employeeOf(p *ent.Plan) (int, string) {
	if e := p.Edges.Employee; e != nil {
		return e.ID, e.Name
	}
	return 0, ""
}

func appraiserOfPlan(p *ent.Plan) (int, string) {
	if e := p.Edges.Appraiser; e != nil {
		return e.ID, e.Name
	}
	return 0, ""
}

func appraiserOf(a *ent.Appraisal) (int, string) {
	if e := a.Edges.Appraiser; e != nil {
		return e.ID, e.Name
	}
	return 0, ""
}

func periodName(p *ent.Plan) string {
	if per := p.Edges.Period; per != nil {
		return per.Name
	}
	return ""
}

// by is the name of whoever takes a step on plan p: the appraiser's name
// from the directory, else (HR standing in) the account's.
func by(ctx context.Context, p *ent.Plan) string {
	v := viewer.FromContext(ctx)
	if v == nil {
		return ""
	}
	if id, name := appraiserOfPlan(p); id != 0 && id == v.EmployeeID {
		return name
	}
	return v.Name
}

func planParams(p *ent.Plan) map[string]string {
	_, emp := employeeOf(p)
	_, appr := appraiserOfPlan(p)
	return map[string]string{pEmployee: emp, pAppraiser: appr, pPeriod: periodName(p)}
}

func appraisalParams(a *ent.Appraisal, p *ent.Plan) map[string]string {
	m := planParams(p)
	if _, name := appraiserOf(a); name != "" {
		m[pAppraiser] = name
	}
	m[pKind] = string(a.Kind)
	if a.Kind == appraisal.KindQuarterly && a.Quarter != nil {
		m[pQuarter] = strconv.Itoa(*a.Quarter)
	}
	return m
}

func with(m map[string]string, kv ...string) map[string]string {
	out := make(map[string]string, len(m)+len(kv)/2)
	for k, v := range m {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i]] = kv[i+1]
	}
	return out
}

// PlanSubmitted tells the appraiser that plan p awaits its agreement.
func PlanSubmitted(ctx context.Context, c *ent.Client, p *ent.Plan, at time.Time) error {
	to, _ := appraiserOfPlan(p)
	return write(ctx, c, at, note{to: to, kind: notification.KindPlanSubmitted, plan: p.ID, params: planParams(p)})
}

// PlanReturned tells the employee that its plan p was returned.
func PlanReturned(ctx context.Context, c *ent.Client, p *ent.Plan, at time.Time) error {
	to, _ := employeeOf(p)
	return write(ctx, c, at, note{to: to, kind: notification.KindPlanReturned, plan: p.ID,
		params: with(planParams(p), pBy, by(ctx, p))})
}

// PlanAgreed tells the employee that its plan p was agreed.
func PlanAgreed(ctx context.Context, c *ent.Client, p *ent.Plan, at time.Time) error {
	to, _ := employeeOf(p)
	return write(ctx, c, at, note{to: to, kind: notification.KindPlanAgreed, plan: p.ID,
		params: with(planParams(p), pBy, by(ctx, p))})
}

// AppraisalReleased tells the employee that appraisal a of its plan p was
// released, and until when it may object.
func AppraisalReleased(ctx context.Context, c *ent.Client, a *ent.Appraisal, p *ent.Plan, objectUntil time.Time, at time.Time) error {
	to, _ := employeeOf(p)
	return write(ctx, c, at, note{to: to, kind: notification.KindAppraisalReleased, plan: p.ID, appraisal: a.ID,
		params: with(appraisalParams(a, p), pDeadline, objectUntil.Format(time.RFC3339))})
}

// ObjectionFiled tells the appraiser of a and the appraiser's superior who
// decides (decider; 0 when HR decides) that the employee objected.
func ObjectionFiled(ctx context.Context, c *ent.Client, o *ent.Objection, a *ent.Appraisal, p *ent.Plan, decider int, at time.Time) error {
	appr, _ := appraiserOf(a)
	params := appraisalParams(a, p)
	return write(ctx, c, at,
		note{to: appr, kind: notification.KindObjectionFiled, plan: p.ID, appraisal: a.ID, objection: o.ID,
			params: with(params, pRole, roleAppraiser)},
		note{to: decider, kind: notification.KindObjectionFiled, plan: p.ID, appraisal: a.ID, objection: o.ID,
			params: with(params, pRole, roleDecider)},
	)
}

// ObjectionDecided tells the employee and the appraiser how objection o
// was decided.
func ObjectionDecided(ctx context.Context, c *ent.Client, o *ent.Objection, a *ent.Appraisal, p *ent.Plan, at time.Time) error {
	emp, _ := employeeOf(p)
	appr, _ := appraiserOf(a)
	params := with(appraisalParams(a, p), pDecision, string(o.Status))
	return write(ctx, c, at,
		note{to: emp, kind: notification.KindObjectionDecided, plan: p.ID, appraisal: a.ID, objection: o.ID,
			params: with(params, pRole, roleEmployee)},
		note{to: appr, kind: notification.KindObjectionDecided, plan: p.ID, appraisal: a.ID, objection: o.ID,
			params: with(params, pRole, roleAppraiser)},
	)
}
