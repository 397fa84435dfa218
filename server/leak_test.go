package server_test

import (
	"encoding/json"
	"strings"
	"testing"

	"kinerja/ent/employee"
	"kinerja/internal/fx"
	"kinerja/internal/scoring"
	"kinerja/internal/workflow"
)

// TestNoLeaks sets up two chains of command under one head, with released
// and draft appraisals in both, and checks that each caller reaches exactly
// its part through node(id), nodes, lists with where-filters and nested
// edges.
func TestNoLeaks(t *testing.T) {
	s := newScene(t)
	f := s.f
	// A second chain: otherBoss → otherStaff, under the same head.
	otherBoss := f.Employee("Kabid Lain", fx.Supervisor(s.head), fx.Kind(employee.PositionKindAdministrator))
	otherStaff := f.Employee("Staf Lain", fx.Supervisor(otherBoss))
	f.Client.Employee.UpdateOne(otherStaff).SetEmail("rahasia@example.go.id").ExecX(f.Ctx)
	otherCtx, otherBossCtx := f.As(otherStaff), f.As(otherBoss)

	mine := s.stage("released") // the employee's released appraisal
	st := s.stage("appraisal")  // the employee's unreleased appraisal (another period)
	// The other chain: a released appraisal.
	op, err := s.wf.CreatePlan(otherCtx, workflow.CreatePlanInput{PeriodID: mine.period.ID, EmployeeID: otherStaff.ID})
	s.must(err)
	_, err = s.wf.AddTarget(otherCtx, op.ID, workflow.TargetInput{Title: "Hasil lain", Indicators: []*workflow.IndicatorInput{{Description: "d", Aspect: "QUANTITY", TargetValue: 1, Unit: "u"}}})
	s.must(err)
	_, err = s.wf.SubmitPlan(otherCtx, op.ID)
	s.must(err)
	_, err = s.wf.ApprovePlan(otherBossCtx, op.ID, nil)
	s.must(err)
	oa, err := s.wf.StartAppraisal(otherBossCtx, op.ID, "QUARTERLY", ptrTo(1))
	s.must(err)
	r := scoring.Below
	_, err = s.wf.RateAppraisal(otherBossCtx, oa.ID, s.f.Complete(op.ID, r, r))
	s.must(err)
	_, err = s.wf.SubmitAppraisal(otherBossCtx, oa.ID)
	s.must(err)

	staff, boss, head := s.clients[rEmployee], s.clients[rSupervisor], s.clients[rSuperior]
	hidden := func(c *fx.Client, who, what string, nodeID int) {
		t.Helper()
		r := c.Query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id(nodeID)})
		if r.Code() != "NOT_FOUND" {
			t.Errorf("%s reads %s through node(id): %s %+v", who, what, r.Data, r.Errors)
		}
	}
	visible := func(c *fx.Client, who, what string, nodeID int) {
		t.Helper()
		r := c.Query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id(nodeID)})
		if len(r.Errors) > 0 {
			t.Errorf("%s cannot read %s: %+v", who, what, r.Errors)
		}
	}

	// node(id)
	hidden(staff, "the employee", "a colleague's plan", op.ID)
	hidden(staff, "the employee", "a colleague's appraisal", oa.ID)
	hidden(staff, "the employee", "its own unreleased appraisal", st.appraisal.ID)
	visible(staff, "the employee", "its own released appraisal", mine.appraisal.ID)
	hidden(boss, "the supervisor", "another chain's plan", op.ID)
	hidden(boss, "the supervisor", "another chain's appraisal", oa.ID)
	visible(boss, "the supervisor", "its subordinate's draft appraisal", st.appraisal.ID)
	visible(head, "the superior", "the other chain's appraisal", oa.ID)
	visible(head, "the superior", "an indirect subordinate's plan", mine.plan.ID)

	// nodes: hidden ones come back as errors, never as data.
	var ns struct{ Nodes []*struct{ ID string } }
	res := staff.Query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": []string{id(mine.plan.ID), id(op.ID)}})
	_ = json.Unmarshal(res.Data, &ns)
	for _, n := range ns.Nodes {
		if n != nil && n.ID == id(op.ID) {
			t.Error("nodes returned a colleague's plan")
		}
	}

	// Lists, with where-filters aimed at someone else.
	count := func(c *fx.Client, q string, vars map[string]any) int {
		t.Helper()
		var out map[string]struct{ TotalCount int }
		c.MustQuery(q, vars, &out)
		for _, v := range out {
			return v.TotalCount
		}
		return -1
	}
	other := map[string]any{"e": id(otherStaff.ID)}
	for name, q := range map[string]string{
		"plans":       `query($e: ID!) { plans(where: {hasEmployeeWith: {id: $e}}) { totalCount } }`,
		"appraisals":  `query($e: ID!) { appraisals(where: {hasPlanWith: {hasEmployeeWith: {id: $e}}}) { totalCount } }`,
		"objections":  `query($e: ID!) { objections(where: {hasFiledByWith: {id: $e}}) { totalCount } }`,
		"predikat":    `query($e: ID!) { appraisals(where: {predikat: KURANG, hasPlanWith: {hasEmployeeWith: {id: $e}}}) { totalCount } }`,
		"recommended": `query($e: ID!) { recommendations(where: {hasEmployeeWith: {id: $e}}) { totalCount } }`,
	} {
		if n := count(staff, q, other); n != 0 {
			t.Errorf("the employee filters %s of a colleague: %d rows", name, n)
		}
		if n := count(boss, q, other); n != 0 {
			t.Errorf("the supervisor filters %s of another chain: %d rows", name, n)
		}
	}
	if n := count(staff, `{ appraisals { totalCount } }`, nil); n != 1 {
		t.Errorf("the employee lists %d appraisals, want 1 (its released one)", n)
	}
	if n := count(boss, `{ appraisals { totalCount } }`, nil); n != 2 {
		t.Errorf("the supervisor lists %d appraisals, want its subordinate's 2", n)
	}
	if n := count(head, `{ appraisals { totalCount } }`, nil); n != 3 {
		t.Errorf("the superior lists %d appraisals, want all 3 of its chain", n)
	}

	// Nested edges: through the directory, a colleague's plans and
	// personal fields stay out of reach.
	var dir struct {
		Node struct {
			Name, NIP, Email, Rank, Position string
			Plans                            []struct{ ID string }
			Account                          *struct{ NIP string }
			Unit                             struct{ Code string }
		}
	}
	staff.MustQuery(`query($id: ID!) { node(id: $id) { ... on Employee { name nip email rank position plans { id } account { nip } unit { code } } } }`,
		map[string]any{"id": id(otherStaff.ID)}, &dir)
	if dir.Node.Name != "Staf Lain" || dir.Node.Unit.Code == "" {
		t.Errorf("the directory lacks the colleague's name and unit: %+v", dir.Node)
	}
	if dir.Node.NIP != "" || dir.Node.Email != "" || dir.Node.Rank != "" || dir.Node.Position != "" || len(dir.Node.Plans) != 0 {
		t.Errorf("the directory leaks a colleague's personal data: %+v", dir.Node)
	}
	// The employee sees its own fields and its supervisor's name.
	var me struct {
		Viewer struct {
			Employee struct {
				NIP        string
				Supervisor struct{ Name, NIP string }
			}
		}
	}
	staff.MustQuery(`{ viewer { employee { nip supervisor { name nip } } } }`, nil, &me)
	if me.Viewer.Employee.NIP != s.staff.NIP || me.Viewer.Employee.Supervisor.Name != "Kabid" || me.Viewer.Employee.Supervisor.NIP != "" {
		t.Errorf("own view = %+v", me.Viewer.Employee)
	}
	// The supervisor reads its subordinate's personal fields.
	var sub struct{ Node struct{ NIP string } }
	boss.MustQuery(`query($id: ID!) { node(id: $id) { ... on Employee { nip } } }`, map[string]any{"id": id(s.staff.ID)}, &sub)
	if sub.Node.NIP != s.staff.NIP {
		t.Errorf("the supervisor reads nip %q of its subordinate", sub.Node.NIP)
	}
	// An employee's plans edge through its own supervisor stays empty.
	var up struct {
		Node struct{ Plans []struct{ ID string } }
	}
	staff.MustQuery(`query($id: ID!) { node(id: $id) { ... on Employee { plans { id } } } }`, map[string]any{"id": id(s.boss.ID)}, &up)
	if len(up.Node.Plans) != 0 {
		t.Errorf("the employee reads its supervisor's plans: %v", up.Node.Plans)
	}
	// Scores of the unreleased appraisal stay hidden through the plan.
	var pl struct {
		Node struct {
			Appraisals []struct{ ID string }
		}
	}
	staff.MustQuery(`query($id: ID!) { node(id: $id) { ... on Plan { appraisals { id } } } }`, map[string]any{"id": id(st.plan.ID)}, &pl)
	if len(pl.Node.Appraisals) != 0 {
		t.Errorf("the employee reaches its unreleased appraisal through its plan: %v", pl.Node.Appraisals)
	}
	// A READ token of the employee reads exactly what the employee reads.
	tok := staff.Token("READ")
	if n := count(tok, `{ appraisals { totalCount } }`, nil); n != 1 {
		t.Errorf("the employee's token lists %d appraisals, want 1", n)
	}
	// Other accounts stay hidden.
	var acc struct {
		Node struct{ Account *struct{ NIP string } }
	}
	staff.MustQuery(`query($id: ID!) { node(id: $id) { ... on Employee { account { nip } } } }`, map[string]any{"id": id(s.boss.ID)}, &acc)
	if acc.Node.Account != nil {
		t.Errorf("the employee reads its supervisor's account: %+v", acc.Node.Account)
	}
	if strings.Contains(string(staff.Query(`{ employees(first: 100) { edges { node { email } } } }`, nil).Data), "rahasia@") {
		t.Error("a colleague's e-mail leaks through the employee list")
	}
}
