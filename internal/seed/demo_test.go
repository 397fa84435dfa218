package seed_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/auditevent"
	"kinerja/ent/employee"
	"kinerja/ent/feedback"
	"kinerja/ent/objection"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/internal/asn"
	"kinerja/internal/auth"
	"kinerja/internal/authz"
	"kinerja/internal/scoring"
	"kinerja/internal/seed"
	"kinerja/internal/store"
)

func TestDemo(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
	if err := seed.Demo(ctx, st.Client, now); err != nil {
		t.Fatalf("Demo: %v", err)
	}
	sys := authz.System(ctx)
	c := st.Client

	if n := c.OrgUnit.Query().CountX(sys); n < 5 {
		t.Errorf("units = %d, want at least 5", n)
	}
	emps := c.Employee.Query().WithSupervisor().WithUnit().AllX(sys)
	if len(emps) < 80 {
		t.Errorf("employees = %d, want at least 80", len(emps))
	}
	roots := 0
	byID := map[int]*ent.Employee{}
	for _, e := range emps {
		byID[e.ID] = e
	}
	for _, e := range emps {
		if err := asn.ValidateNIP(e.NIP, string(e.Type), now); err != nil {
			t.Errorf("%s has an invalid NIP %s: %v", e.Name, e.NIP, err)
		}
		if !asn.ValidRank(string(e.Type), e.Rank) {
			t.Errorf("%s has rank %s, not a %s rank", e.Name, e.Rank, e.Type)
		}
		if e.Edges.Supervisor == nil {
			roots++
			continue
		}
		// The chain of command reaches the head of the agency without loops.
		seen := map[int]bool{}
		for cur := e; cur.Edges.Supervisor != nil; cur = byID[cur.Edges.Supervisor.ID] {
			if seen[cur.ID] {
				t.Fatalf("supervisor loop at %s", cur.Name)
			}
			seen[cur.ID] = true
		}
	}
	if roots != 1 {
		t.Errorf("employees without a supervisor = %d, want 1 (the head of the agency)", roots)
	}
	if n := c.Employee.Query().Where(employee.TypeEQ(employee.TypePPPK)).CountX(sys); n == 0 {
		t.Error("no PPPK employees in the demo")
	}
	if n := c.TrainingProgram.Query().CountX(sys); n < 10 {
		t.Errorf("training programmes = %d", n)
	}
	if n := c.Criterion.Query().CountX(sys); n != len(scoring.Catalogue()) {
		t.Errorf("criteria = %d, want %d", n, len(scoring.Catalogue()))
	}
	ps := c.Period.Query().Order(ent.Asc(period.FieldYear)).AllX(sys)
	if len(ps) != 3 || ps[0].Year != 2024 || ps[0].Phase != period.PhaseClosed || ps[1].Phase != period.PhaseClosed || ps[2].Year != 2026 {
		t.Errorf("periods = %v", ps)
	}

	// The printed logins work, and the staff member reports to the supervisor.
	svc := auth.NewService(c)
	for _, l := range seed.DemoLogins() {
		if _, _, err := svc.Login(ctx, l.NIP, l.Password, "test", "127.0.0.1"); err != nil {
			t.Errorf("demo login %s: %v", l.Role, err)
		}
	}
	staff := c.Employee.Query().Where(employee.NIP(seed.DemoStaff.NIP)).QuerySupervisor().OnlyX(sys)
	if staff.NIP != seed.DemoSupervisor.NIP {
		t.Errorf("staff's supervisor = %s, want the demo supervisor", staff.NIP)
	}
	head := c.Employee.Query().Where(employee.NIP(seed.DemoSupervisor.NIP)).QuerySupervisor().OnlyX(sys)
	if head.NIP != seed.DemoHead.NIP {
		t.Errorf("supervisor's superior = %s, want the head of the agency", head.NIP)
	}

	// Feedback threads in both years, and objections heard: the appraiser
	// explained all but one before the decision.
	for _, per := range ps[1:] {
		if n := c.Feedback.Query().Where(feedback.HasPlanWith(plan.HasPeriodWith(period.ID(per.ID)))).CountX(sys); n < 9 {
			t.Errorf("feedback remarks in %d = %d, want a thread for several employees", per.Year, n)
		}
	}
	if explained, all := c.Objection.Query().Where(objection.ExplainedAtNotNil()).CountX(sys), c.Objection.Query().CountX(sys); explained == 0 || explained >= all {
		t.Errorf("objections explained = %d of %d, want all but one", explained, all)
	}

	// Last year: every plan agreed, every annual appraisal final, a spread
	// of predikat, objections both upheld and revised.
	last, this := ps[1], ps[2]
	// The external official above the head of the agency has no plan here;
	// everyone else has one, and the head's is agreed by the official.
	inside := 0
	for _, e := range emps {
		if !e.External {
			inside++
		}
	}
	if inside != len(emps)-1 {
		t.Errorf("external officials = %d, want the Sekretaris Daerah only", len(emps)-inside)
	}
	if got := c.Plan.Query().Where(plan.HasPeriodWith(period.ID(last.ID)), plan.HasEmployeeWith(employee.NIP(seed.DemoHead.NIP))).
		QueryAppraiser().OnlyX(sys); got.NIP != seed.DemoOfficial.NIP || !got.External {
		t.Errorf("the head's plan is appraised by %s, want the external official %s", got.NIP, seed.DemoOfficial.NIP)
	}
	if n, m := c.Plan.Query().Where(plan.HasPeriodWith(period.ID(last.ID)), plan.StatusEQ(plan.StatusAgreed)).CountX(sys), inside; n != m {
		t.Errorf("last year's agreed plans = %d, want one per employee (%d)", n, m)
	}
	finals := c.Appraisal.Query().Where(appraisal.HasPlanWith(plan.HasPeriodWith(period.ID(last.ID))), appraisal.KindEQ(appraisal.KindAnnual)).AllX(sys)
	spread := map[scoring.Predikat]int{}
	for _, a := range finals {
		if a.Status != appraisal.StatusFinal || a.Predikat == nil || a.Score == nil {
			t.Errorf("last year's appraisal %d: status %s, predikat %v, score %v", a.ID, a.Status, a.Predikat, a.Score)
			continue
		}
		spread[*a.Predikat]++
	}
	if len(finals) != inside || len(spread) < 3 {
		t.Errorf("final annual appraisals = %d with predikat %v; want %d with at least 3 kinds", len(finals), spread, inside)
	}
	for _, st := range []objection.Status{objection.StatusUpheld, objection.StatusRevised} {
		if n := c.Objection.Query().Where(objection.StatusEQ(st)).CountX(sys); n == 0 {
			t.Errorf("no %s objection in the demo", st)
		}
	}
	// This year: plans in every state, and employees still without one.
	states := map[plan.Status]int{}
	for _, p := range c.Plan.Query().Where(plan.HasPeriodWith(period.ID(this.ID))).AllX(sys) {
		states[p.Status]++
	}
	for _, st := range []plan.Status{plan.StatusDraft, plan.StatusSubmitted, plan.StatusAgreed, plan.StatusReturned} {
		if states[st] == 0 {
			t.Errorf("this year has no %s plan: %v", st, states)
		}
	}
	if this.Phase != period.PhaseExecution {
		t.Errorf("this year's phase = %s", this.Phase)
	}
	// Every change was made by a person, through the workflow.
	if n := c.AuditEvent.Query().Where(auditevent.Action("plan.approve"), auditevent.ActorNameNEQ("")).CountX(sys); n < len(emps) {
		t.Errorf("plan.approve events with an actor = %d", n)
	}

	// A second run refuses: the demo only loads into an empty database.
	if err := seed.Demo(ctx, c, now); !errors.Is(err, seed.ErrNotEmpty) {
		t.Errorf("second Demo = %v, want ErrNotEmpty", err)
	}
}

// TestDemoIsOneTransaction: when the last step of the demo (its logins)
// fails, nothing of the demo stays, so the next start loads it whole
// instead of refusing a half-loaded database nobody can sign in to.
func TestDemoIsOneTransaction(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	logins := seed.DemoLogins()
	last := logins[len(logins)-1].NIP
	// A real failure at the very end: the database refuses the last login.
	if _, err := st.Client.ExecContext(ctx, "CREATE TRIGGER refuse_login BEFORE INSERT ON accounts WHEN NEW.nip = '"+last+"' BEGIN SELECT RAISE(ABORT, 'planted failure'); END"); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
	if err := seed.Demo(ctx, st.Client, now); err == nil {
		t.Fatal("Demo succeeded although its last login was refused")
	}
	sys := authz.System(ctx)
	for name, n := range map[string]int{
		"employees": st.Client.Employee.Query().CountX(sys),
		"accounts":  st.Client.Account.Query().CountX(sys),
		"plans":     st.Client.Plan.Query().CountX(sys),
	} {
		if n != 0 {
			t.Errorf("%d %s left by a failed demo", n, name)
		}
	}
	if _, err := st.Client.ExecContext(ctx, "DROP TRIGGER refuse_login"); err != nil {
		t.Fatal(err)
	}
	if err := seed.Demo(ctx, st.Client, now); err != nil {
		t.Fatalf("Demo after a failed one: %v", err)
	}
	if n := st.Client.Account.Query().CountX(sys); n != len(logins) {
		t.Errorf("accounts = %d, want the %d demo logins", n, len(logins))
	}
}
