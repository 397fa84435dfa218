package notify_test

import (
	"context"
	"errors"
	"sort"
	"strings"
	"testing"
	"time"

	"kinerja/internal/agency"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/indicator"
	"kinerja/ent/notification"
	"kinerja/ent/period"
	"kinerja/internal/apperr"
	"kinerja/internal/authz"
	"kinerja/internal/fx"
	"kinerja/internal/notify"
	"kinerja/internal/scoring"
	"kinerja/internal/viewer"
	"kinerja/internal/workflow"
)

// world is the head of the agency, a supervisor (boss) and a member of
// staff, with a period, a controllable clock and the workflow.
type world struct {
	t                          *testing.T
	f                          *fx.Fixture
	wf                         *workflow.Service
	per                        *ent.Period
	head, boss, staff          *ent.Employee
	now                        time.Time
	headCtx, bossCtx, staffCtx context.Context
}

func newWorld(t *testing.T) *world {
	f := fx.New(t)
	w := &world{t: t, f: f, now: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	w.wf = workflow.New(f.Client).WithClock(func() time.Time { return w.now })
	w.head = f.Employee("Kepala Badan", fx.Kind(employee.PositionKindJPTPratama))
	w.boss = f.Employee("Kepala Bidang", fx.Supervisor(w.head), fx.Kind(employee.PositionKindAdministrator))
	w.staff = f.Employee("Analis", fx.Supervisor(w.boss))
	w.headCtx, w.bossCtx, w.staffCtx = f.As(w.head), f.As(w.boss), f.As(w.staff)
	w.per = f.Period(2026, "", period.PhaseExecution)
	return w
}

func (w *world) must(err error) {
	w.t.Helper()
	if err != nil {
		w.t.Fatal(err)
	}
}

// plan creates the staff's plan with one target and submits it.
func (w *world) plan() *ent.Plan {
	w.t.Helper()
	p, err := w.wf.CreatePlan(w.staffCtx, workflow.CreatePlanInput{PeriodID: w.per.ID, EmployeeID: w.staff.ID})
	w.must(err)
	_, err = w.wf.AddTarget(w.staffCtx, p.ID, workflow.TargetInput{Title: "Layanan tepat waktu", Indicators: []*workflow.IndicatorInput{
		{Description: "Dokumen", Aspect: indicator.AspectQuantity, TargetValue: 4, Unit: "dokumen"}}})
	w.must(err)
	_, err = w.wf.SubmitPlan(w.staffCtx, p.ID)
	w.must(err)
	return p
}

// released agrees the plan and releases a rated quarterly appraisal of it.
func (w *world) released(p *ent.Plan) *ent.Appraisal {
	w.t.Helper()
	_, err := w.wf.ApprovePlan(w.bossCtx, p.ID, nil)
	w.must(err)
	a, err := w.wf.StartAppraisal(w.bossCtx, p.ID, appraisal.KindQuarterly, ptr(1))
	w.must(err)
	r := scoring.Meets
	_, err = w.wf.RateAppraisal(w.bossCtx, a.ID, w.f.Complete(p.ID, r, r))
	w.must(err)
	a, err = w.wf.SubmitAppraisal(w.bossCtx, a.ID)
	w.must(err)
	return a
}

func ptr[T any](v T) *T { return &v }

// got is a notification as a test sees it.
type got struct {
	to              string
	kind            notification.Kind
	id              string // the Indonesian message
	en              string
	plan, appr, obj int
}

// all returns every notification (system rights), oldest first.
func (w *world) all() []got {
	w.t.Helper()
	ns := w.f.Client.Notification.Query().WithRecipient().WithPlan().WithAppraisal().WithObjection().
		Order(notification.ByID()).AllX(w.f.Ctx)
	out := make([]got, len(ns))
	for i, n := range ns {
		g := got{to: n.Edges.Recipient.Name, kind: n.Kind, id: notify.Message(n, "id", agency.Default()), en: notify.Message(n, "en", agency.Default())}
		if n.Edges.Plan != nil {
			g.plan = n.Edges.Plan.ID
		}
		if n.Edges.Appraisal != nil {
			g.appr = n.Edges.Appraisal.ID
		}
		if n.Edges.Objection != nil {
			g.obj = n.Edges.Objection.ID
		}
		out[i] = g
	}
	return out
}

// since returns the notifications after the first n.
func (w *world) since(n int) []got {
	w.t.Helper()
	return w.all()[n:]
}

func (w *world) count() int { return w.f.Client.Notification.Query().CountX(w.f.Ctx) }

func TestEachStepWritesItsNotification(t *testing.T) {
	w := newWorld(t)

	p := w.plan()
	n := w.all()
	if len(n) != 1 || n[0].to != "Kepala Bidang" || n[0].kind != notification.KindPlanSubmitted || n[0].plan != p.ID {
		t.Fatalf("after submitting: %+v, want PLAN_SUBMITTED to the appraiser", n)
	}
	if want := "Analis mengajukan SKP Penilaian Kinerja 2026 untuk Anda setujui."; n[0].id != want {
		t.Errorf("message id = %q, want %q", n[0].id, want)
	}
	if want := "Analis submitted the plan for Penilaian Kinerja 2026 for your agreement."; n[0].en != want {
		t.Errorf("message en = %q, want %q", n[0].en, want)
	}

	_, err := w.wf.ReturnPlan(w.bossCtx, p.ID, "Perjelas indikator")
	w.must(err)
	if n := w.since(1); len(n) != 1 || n[0].to != "Analis" || n[0].kind != notification.KindPlanReturned ||
		!strings.Contains(n[0].id, "dikembalikan oleh Kepala Bidang") {
		t.Fatalf("after returning: %+v, want PLAN_RETURNED to the employee", n)
	}
	_, err = w.wf.SubmitPlan(w.staffCtx, p.ID)
	w.must(err)

	a := w.released(p)
	n = w.since(3)
	if len(n) != 2 || n[0].kind != notification.KindPlanAgreed || n[0].to != "Analis" ||
		n[1].kind != notification.KindAppraisalReleased || n[1].to != "Analis" || n[1].appr != a.ID || n[1].plan != p.ID {
		t.Fatalf("after agreeing and releasing: %+v", n)
	}
	// Released 2 March 2026 09:00 UTC, 14 days: to the end of 16 March in WITA.
	if want := "Penilaian triwulan 1 Anda (Penilaian Kinerja 2026) telah dirilis. Terima, atau ajukan keberatan paling lambat 16-03-2026 23:59 WITA."; n[1].id != want {
		t.Errorf("release message = %q, want %q", n[1].id, want)
	}
	if want := "Your Q1 quarterly appraisal (Penilaian Kinerja 2026) has been released. Accept it, or object by 16 March 2026, 23:59 WITA."; n[1].en != want {
		t.Errorf("release message = %q, want %q", n[1].en, want)
	}

	o, err := w.wf.FileObjection(w.staffCtx, a.ID, "Realisasi saya belum dihitung")
	w.must(err)
	n = w.since(5)
	sort.Slice(n, func(i, j int) bool { return n[i].to < n[j].to })
	if len(n) != 2 || n[0].to != "Kepala Badan" || n[1].to != "Kepala Bidang" ||
		n[0].kind != notification.KindObjectionFiled || n[1].kind != notification.KindObjectionFiled || n[0].obj != o.ID {
		t.Fatalf("after the objection: %+v, want OBJECTION_FILED to the appraiser and its superior", n)
	}
	if !strings.Contains(n[0].id, "oleh Kepala Bidang; Anda yang memutuskan") || !strings.Contains(n[1].id, "yang Anda buat") {
		t.Errorf("objection messages: %q / %q", n[0].id, n[1].id)
	}

	// The appraiser is heard, which writes no notification, then the
	// superior decides.
	_, err = w.wf.ExplainObjection(w.bossCtx, o.ID, "Sesuai capaian")
	w.must(err)
	_, err = w.wf.DecideObjection(w.headCtx, o.ID, workflow.DecideObjectionInput{Decision: workflow.Uphold, Note: "Penilaian sudah sesuai"})
	w.must(err)
	n = w.since(7)
	sort.Slice(n, func(i, j int) bool { return n[i].to < n[j].to })
	if len(n) != 2 || n[0].to != "Analis" || n[1].to != "Kepala Bidang" ||
		n[0].kind != notification.KindObjectionDecided || n[1].kind != notification.KindObjectionDecided {
		t.Fatalf("after the decision: %+v, want OBJECTION_DECIDED to the employee and the appraiser", n)
	}
	if !strings.HasSuffix(n[0].id, "telah diputus: penilaian tetap.") || !strings.HasSuffix(n[0].en, "has been decided: the appraisal stands.") {
		t.Errorf("decision message: %q / %q", n[0].id, n[0].en)
	}

	// Each notification was audited under its step's action.
	events := w.f.Client.AuditEvent.Query().AllX(w.f.Ctx)
	actions := map[string]int{}
	for _, e := range events {
		if e.EntityType == "Notification" {
			actions[e.Action]++
		}
	}
	if actions["plan.submit"] != 2 || actions["objection.file"] != 2 || actions["objection.decide"] != 2 || actions["appraisal.submit"] != 1 {
		t.Errorf("audited notification writes by action: %v", actions)
	}
}

func TestRefusedStepWritesNone(t *testing.T) {
	w := newWorld(t)
	p, err := w.wf.CreatePlan(w.staffCtx, workflow.CreatePlanInput{PeriodID: w.per.ID, EmployeeID: w.staff.ID})
	w.must(err)

	// Invalid: a plan without a main target cannot be submitted.
	if _, err := w.wf.SubmitPlan(w.staffCtx, p.ID); !apperr.Is(err, apperr.InvalidInput) {
		t.Fatalf("submitting an empty plan: %v", err)
	}
	_, err = w.wf.AddTarget(w.staffCtx, p.ID, workflow.TargetInput{Title: "Hasil", Indicators: []*workflow.IndicatorInput{
		{Description: "Dokumen", Aspect: indicator.AspectQuantity, TargetValue: 4, Unit: "dokumen"}}})
	w.must(err)
	// Forbidden: the employee cannot agree its own plan; the superior
	// cannot return a plan it does not appraise.
	_, err = w.wf.SubmitPlan(w.staffCtx, p.ID)
	w.must(err)
	if _, err := w.wf.ApprovePlan(w.staffCtx, p.ID, nil); !apperr.Is(err, apperr.Forbidden) {
		t.Fatalf("the employee agreeing its own plan: %v", err)
	}
	if _, err := w.wf.ReturnPlan(w.headCtx, p.ID, "tidak"); !apperr.Is(err, apperr.Forbidden) {
		t.Fatalf("the superior returning the plan: %v", err)
	}
	if n := w.count(); n != 1 {
		t.Fatalf("%d notifications, want only the submission's: %+v", n, w.all())
	}

	// A step that rolls back takes its notification with it.
	tx, err := w.f.Client.Tx(context.Background())
	w.must(err)
	ctx := ent.NewTxContext(ent.NewContext(w.bossCtx, tx.Client()), tx)
	if _, err := w.wf.ApprovePlan(ctx, p.ID, nil); err != nil {
		t.Fatal(err)
	}
	if n, err := tx.Client().Notification.Query().Count(authz.System(ctx)); err != nil || n != 2 {
		t.Fatalf("inside the step's transaction: %d notifications (%v), want 2", n, err)
	}
	w.must(tx.Rollback())
	if n := w.count(); n != 1 {
		t.Fatalf("after rolling the step back: %d notifications, want 1", n)
	}
}

func TestNobodyWritesNotificationsDirectly(t *testing.T) {
	w := newWorld(t)
	p := w.plan()
	n := w.f.Client.Notification.Query().OnlyX(w.f.Ctx)
	hr := w.f.Employee("SDM")
	hrCtx := w.f.As(hr, viewer.HRAdmin)
	for name, ctx := range map[string]context.Context{
		"an HR admin":         hrCtx,
		"the recipient":       w.bossCtx,
		"workflow-marked":     authz.Workflow(w.staffCtx),
		"workflow-marked HR":  authz.Workflow(hrCtx),
		"nobody (no viewer)":  context.Background(),
		"the recipient as HR": w.f.As(w.boss, viewer.HRAdmin),
	} {
		err := w.f.Client.Notification.Create().SetRecipientID(w.staff.ID).SetKind(notification.KindPlanAgreed).SetPlanID(p.ID).Exec(ctx)
		if err == nil {
			t.Errorf("%s created a notification directly", name)
		}
		if err := w.f.Client.Notification.UpdateOneID(n.ID).SetReadAt(w.now).Exec(ctx); err == nil {
			t.Errorf("%s marked a notification read without internal/notify", name)
		}
		if err := w.f.Client.Notification.DeleteOneID(n.ID).Exec(ctx); err == nil {
			t.Errorf("%s deleted a notification", name)
		}
	}
	// Each reads only its own: the boss its one, HR and the staff none.
	for name, c := range map[string]struct {
		ctx  context.Context
		want int
	}{"the appraiser": {w.bossCtx, 1}, "an HR admin": {hrCtx, 0}, "the employee": {w.staffCtx, 0}, "an auditor": {w.f.As(hr, viewer.Auditor), 0}} {
		if got := w.f.Client.Notification.Query().CountX(c.ctx); got != c.want {
			t.Errorf("%s reads %d notifications, want %d", name, got, c.want)
		}
		if _, err := w.f.Client.Notification.Get(c.ctx, n.ID); (err == nil) != (c.want == 1) {
			t.Errorf("%s reading the appraiser's notification by ID: %v", name, err)
		}
	}
	if _, err := w.f.Client.Notification.Query().Count(context.Background()); err == nil {
		t.Error("an anonymous context read notifications")
	}
}

func TestMarkRead(t *testing.T) {
	w := newWorld(t)
	p := w.plan()
	_, err := w.wf.ReturnPlan(w.bossCtx, p.ID, "Perbaiki")
	w.must(err)
	_, err = w.wf.SubmitPlan(w.staffCtx, p.ID)
	w.must(err)
	ids := w.f.Client.Notification.Query().Order(notification.ByID()).IDsX(w.f.Ctx) // boss, staff, boss
	unread := func(ctx context.Context) int {
		n, err := notify.Unread(ctx, w.f.Client)
		w.must(err)
		return n
	}
	if unread(w.bossCtx) != 2 || unread(w.staffCtx) != 1 || unread(w.headCtx) != 0 {
		t.Fatalf("unread: boss %d, staff %d, head %d", unread(w.bossCtx), unread(w.staffCtx), unread(w.headCtx))
	}
	// The staff names all three: only its own changes.
	n, err := notify.MarkRead(w.staffCtx, w.f.Client, ids, w.now)
	if err != nil || n != 1 {
		t.Fatalf("staff marking all: %d, %v; want 1", n, err)
	}
	if unread(w.bossCtx) != 2 || unread(w.staffCtx) != 0 {
		t.Fatalf("after the staff marked: boss %d, staff %d", unread(w.bossCtx), unread(w.staffCtx))
	}
	// Again: nothing left to change.
	if n, err := notify.MarkRead(w.staffCtx, w.f.Client, ids, w.now); err != nil || n != 0 {
		t.Fatalf("staff marking again: %d, %v; want 0", n, err)
	}
	if n, err := notify.MarkRead(w.bossCtx, w.f.Client, ids[:1], w.now); err != nil || n != 1 || unread(w.bossCtx) != 1 {
		t.Fatalf("boss marking one: %d, %v", n, err)
	}
	readOnly := viewer.NewContext(context.Background(), &viewer.Viewer{EmployeeID: w.boss.ID, TokenID: 7, ReadOnly: true})
	if _, err := notify.MarkRead(readOnly, w.f.Client, ids, w.now); !apperr.Is(err, apperr.Forbidden) {
		t.Fatalf("a READ token marking: %v, want FORBIDDEN", err)
	}
	if _, err := notify.MarkRead(w.bossCtx, w.f.Client, make([]int, notify.MaxMarkIDs+1), w.now); !apperr.Is(err, apperr.InvalidInput) {
		t.Fatalf("too many IDs: %v, want INVALID_INPUT", err)
	}
	// Each mark is audited.
	if n := countAction(w.f.Client.AuditEvent.Query().AllX(w.f.Ctx), "notification.read"); n != 2 {
		t.Errorf("%d notification.read events, want 2", n)
	}
}

func countAction(es []*ent.AuditEvent, action string) int {
	n := 0
	for _, e := range es {
		if e.Action == action {
			n++
		}
	}
	return n
}

func TestSweepIsIdempotent(t *testing.T) {
	w := newWorld(t)
	p := w.plan() // submitted: the appraiser is reminded of the plan deadline
	draft, err := w.wf.CreatePlan(w.headCtx, workflow.CreatePlanInput{PeriodID: w.per.ID, EmployeeID: w.head.ID})
	w.must(err) // a draft: its employee is reminded
	base := w.count()

	deadline := time.Date(2026, 3, 31, 15, 59, 0, 0, time.UTC) // 23:59 WITA
	w.f.Client.Period.UpdateOne(w.per).SetPlanDeadline(deadline).ExecX(w.f.Ctx)
	sweep := func(at time.Time) int {
		t.Helper()
		n, err := notify.Sweep(context.Background(), w.f.Client, at, nil)
		w.must(err)
		return n
	}
	if n := sweep(deadline.Add(-4 * 24 * time.Hour)); n != 0 {
		t.Fatalf("four days before: %d reminders, want 0", n)
	}
	if n := sweep(deadline.Add(-70 * time.Hour)); n != 2 {
		t.Fatalf("within three days: %d reminders, want 2", n)
	}
	for range 3 {
		if n := sweep(deadline.Add(-69 * time.Hour)); n != 0 {
			t.Fatalf("sweeping again: %d reminders, want 0", n)
		}
	}
	n := w.since(base)
	sort.Slice(n, func(i, j int) bool { return n[i].to < n[j].to })
	if len(n) != 2 || n[0].to != "Kepala Badan" || n[0].plan != draft.ID || n[1].to != "Kepala Bidang" || n[1].plan != p.ID ||
		n[0].kind != notification.KindPlanDeadline || n[1].kind != notification.KindPlanDeadline {
		t.Fatalf("plan reminders: %+v", n)
	}
	if want := "Batas waktu SKP Penilaian Kinerja 2026 adalah 31-03-2026 23:59 WITA, dan SKP Anda belum disetujui."; n[0].id != want {
		t.Errorf("employee reminder %q, want %q", n[0].id, want)
	}
	if want := "The plan deadline for Penilaian Kinerja 2026 is 31 March 2026, 23:59 WITA; Analis's plan awaits your agreement."; n[1].en != want {
		t.Errorf("appraiser reminder %q, want %q", n[1].en, want)
	}
	// Past the deadline: nothing; a deadline moved later is reminded anew.
	if n := sweep(deadline.Add(time.Minute)); n != 0 {
		t.Fatalf("after the deadline: %d reminders", n)
	}
	w.f.Client.Period.UpdateOne(w.per).SetPlanDeadline(deadline.Add(7 * 24 * time.Hour)).ExecX(w.f.Ctx)
	if n := sweep(deadline.Add(5 * 24 * time.Hour)); n != 2 {
		t.Fatalf("a moved deadline: %d reminders, want 2", n)
	}
	if n := sweep(deadline.Add(5*24*time.Hour + time.Hour)); n != 0 {
		t.Fatalf("a moved deadline, again: %d reminders, want 0", n)
	}
}

func TestSweepAppraisalAndObjectionDeadlines(t *testing.T) {
	w := newWorld(t)
	p := w.plan()
	a := w.released(p) // 2 March 09:00 UTC, 14 days: the window ends with 16 March in WITA
	base := w.count()

	makassar, _ := time.LoadLocation("Asia/Makassar")
	end := time.Date(2026, 3, 17, 0, 0, 0, 0, makassar)
	sweep := func(at time.Time) int {
		t.Helper()
		n, err := notify.Sweep(context.Background(), w.f.Client, at, nil)
		w.must(err)
		return n
	}
	if n := sweep(end.Add(-73 * time.Hour)); n != 0 {
		t.Fatalf("more than three days before the window ends: %d", n)
	}
	if n := sweep(end.Add(-71 * time.Hour)); n != 1 {
		t.Fatalf("three days before the window ends: %d reminders, want 1", n)
	}
	if n := sweep(end.Add(-time.Hour)); n != 0 {
		t.Fatalf("again: %d", n)
	}
	got := w.since(base)
	if got[0].to != "Analis" || got[0].kind != notification.KindObjectionDeadline || got[0].appr != a.ID ||
		got[0].id != "Masa keberatan atas penilaian triwulan 1 Anda (Penilaian Kinerja 2026) berakhir 16-03-2026 23:59 WITA." {
		t.Fatalf("objection reminder: %+v", got)
	}
	// Once acknowledged, nothing more is asked of the employee.
	_, err := w.wf.AcknowledgeAppraisal(w.staffCtx, a.ID)
	w.must(err)

	// The annual appraisal: to the appraiser, in the assessment phase.
	deadline := time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC)
	w.f.Client.Period.UpdateOne(w.per).SetPhase(period.PhaseAssessment).SetAppraisalDeadline(deadline).ExecX(w.f.Ctx)
	base = w.count()
	if n := sweep(deadline.Add(-48 * time.Hour)); n != 1 {
		t.Fatalf("annual appraisal deadline: %d reminders, want 1", n)
	}
	got = w.since(base)
	if got[0].to != "Kepala Bidang" || got[0].kind != notification.KindAppraisalDeadline || got[0].plan != p.ID ||
		!strings.Contains(got[0].en, "Analis's appraisal is not released yet") {
		t.Fatalf("appraisal reminder: %+v", got)
	}
	if n := sweep(deadline.Add(-47 * time.Hour)); n != 0 {
		t.Fatalf("again: %d", n)
	}
	// Released: no reminder for a later deadline either.
	w.now = deadline.Add(-40 * time.Hour)
	an, err := w.wf.StartAppraisal(w.bossCtx, p.ID, appraisal.KindAnnual, nil)
	w.must(err)
	r := scoring.Above
	_, err = w.wf.RateAppraisal(w.bossCtx, an.ID, w.f.Complete(p.ID, r, r))
	w.must(err)
	_, err = w.wf.SubmitAppraisal(w.bossCtx, an.ID)
	w.must(err)
	w.f.Client.Period.UpdateOne(w.per).SetAppraisalDeadline(deadline.Add(time.Hour)).ExecX(w.f.Ctx)
	base = w.count()
	if n := sweep(deadline.Add(-30 * time.Hour)); n != 0 {
		t.Fatalf("after release: %d reminders: %+v", n, w.since(base))
	}
}

func TestSweepErrorsAreReported(t *testing.T) {
	w := newWorld(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := notify.Sweep(ctx, w.f.Client, w.now, nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("a cancelled sweep: %v", err)
	}
}

func TestMessagesFallBack(t *testing.T) {
	n := &ent.Notification{Kind: notification.KindPlanAgreed, Params: map[string]string{"period": "P"}}
	if got := notify.Message(n, "id", agency.Default()); got != "SKP Anda untuk P disetujui oleh —." {
		t.Errorf("missing parameter: %q", got)
	}
	n = &ent.Notification{Kind: "SOMETHING_NEW"}
	if got := notify.Message(n, "en", agency.Default()); got != "SOMETHING_NEW" {
		t.Errorf("unknown kind: %q", got)
	}
	for _, k := range []notification.Kind{
		notification.KindPlanSubmitted, notification.KindPlanReturned, notification.KindPlanAgreed,
		notification.KindAppraisalReleased, notification.KindObjectionFiled, notification.KindObjectionDecided,
		notification.KindPlanDeadline, notification.KindAppraisalDeadline, notification.KindObjectionDeadline,
	} {
		if notification.KindValidator(k) != nil {
			t.Errorf("kind %s is not in the schema", k)
		}
		if notify.Title(k, "id") == string(k) || notify.Message(&ent.Notification{Kind: k, Params: map[string]string{"role": "employee"}}, "en", agency.Default()) == string(k) {
			t.Errorf("kind %s has no title or message", k)
		}
	}
}
