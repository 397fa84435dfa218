package server_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"kinerja/ent"
	"kinerja/ent/auditevent"
	"kinerja/ent/notification"
	"kinerja/internal/fx"
)

// notificationScene is the matrix's organisation with a peer of the staff
// (same supervisor) and the staff's plan brought to an objection, which
// tells the supervisor (submitted, objected), the staff (agreed, released)
// and the superior (objected).
type notificationScene struct {
	*scene
	peer    *ent.Employee
	peerC   *fx.Client
	staged  staged
	clients map[string]*fx.Client
	emps    map[string]*ent.Employee
}

func newNotificationScene(t *testing.T) *notificationScene {
	s := newScene(t)
	n := &notificationScene{scene: s, peer: s.f.Employee("Rekan", fx.Supervisor(s.boss))}
	n.peerC = s.f.Login(s.f.Account(n.peer))
	n.staged = s.stage("objected")
	n.clients = map[string]*fx.Client{"peer": n.peerC}
	for k, v := range s.clients {
		n.clients[k] = v
	}
	n.emps = map[string]*ent.Employee{rEmployee: s.staff, rSupervisor: s.boss, rSuperior: s.head, rHR: s.hrEmp,
		rAuditor: s.audEmp, rToken: s.hrEmp, "peer": n.peer}
	return n
}

// own returns the IDs of e's notifications, from the database.
func (n *notificationScene) own(e *ent.Employee) []string {
	var out []string
	for _, id := range n.f.Client.Notification.Query().Where(notification.RecipientID(e.ID)).IDsX(n.f.Ctx) {
		out = append(out, fmt.Sprint(id))
	}
	sort.Strings(out)
	return out
}

func (n *notificationScene) allIDs() []string {
	var out []string
	for _, id := range n.f.Client.Notification.Query().IDsX(n.f.Ctx) {
		out = append(out, fmt.Sprint(id))
	}
	return out
}

type notificationsOut struct {
	Notifications struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   string
		}
		Edges []struct {
			Node struct {
				ID, Kind, Message string
				ReadAt            *string
				Plan, Appraisal   *idOnly
				Objection         *idOnly
			}
		}
	}
}

func (o notificationsOut) ids() []string {
	var out []string
	for _, e := range o.Notifications.Edges {
		out = append(out, e.Node.ID)
	}
	return out
}

func TestEachCallerReadsOnlyItsOwnNotifications(t *testing.T) {
	n := newNotificationScene(t)
	all := n.allIDs()
	if len(all) != 5 || len(n.own(n.boss)) != 2 || len(n.own(n.staff)) != 2 || len(n.own(n.head)) != 1 {
		t.Fatalf("the scene: %d notifications (boss %d, staff %d, head %d)", len(all), len(n.own(n.boss)), len(n.own(n.staff)), len(n.own(n.head)))
	}
	for role, c := range n.clients {
		if role == rAnonymous {
			if r := c.Query(`{ notifications { totalCount } }`, nil); r.Code() != "UNAUTHENTICATED" {
				t.Errorf("anonymous: %+v", r.Errors)
			}
			continue
		}
		want := n.own(n.emps[role])
		var out notificationsOut
		c.MustQuery(`{ notifications(first: 50) { totalCount edges { node { id kind message plan { id } appraisal { id } objection { id } } } } }`, nil, &out)
		got := out.ids()
		sort.Strings(got)
		if !slices.Equal(got, want) || out.Notifications.TotalCount != len(want) {
			t.Errorf("%s reads %v (total %d), want its own %v", role, got, out.Notifications.TotalCount, want)
		}
		// node(id) and nodes(ids) of every notification: only its own.
		for _, id := range all {
			var node struct{ Node *idOnly }
			r := c.Query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id})
			if err := json.Unmarshal(r.Data, &node); err != nil {
				t.Fatal(err)
			}
			if mine := slices.Contains(want, id); mine != (node.Node != nil) {
				t.Errorf("%s: node(%s) = %+v (errors %+v), own %v", role, id, node.Node, r.Errors, mine)
			}
		}
		var nodes struct{ Nodes []*idOnly }
		r := c.Query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": all})
		if err := json.Unmarshal(r.Data, &nodes); err != nil {
			t.Fatal(err)
		}
		var seen []string
		for _, x := range nodes.Nodes {
			if x != nil {
				seen = append(seen, x.ID)
			}
		}
		sort.Strings(seen)
		if !slices.Equal(seen, want) {
			t.Errorf("%s: nodes(all) = %v, want %v", role, seen, want)
		}
		// The count on the viewer agrees.
		var v struct {
			Viewer struct{ UnreadNotifications int }
		}
		c.MustQuery(`{ viewer { unreadNotifications } }`, nil, &v)
		if v.Viewer.UnreadNotifications != len(want) {
			t.Errorf("%s: unreadNotifications %d, want %d", role, v.Viewer.UnreadNotifications, len(want))
		}
	}

	// What the supervisor sees, and what it is about.
	var out notificationsOut
	n.clients[rSupervisor].MustQuery(`{ notifications { edges { node { id kind message plan { id } appraisal { id } objection { id } } } } }`, nil, &out)
	e := out.Notifications.Edges
	if len(e) != 2 || e[0].Node.Kind != "OBJECTION_FILED" || e[1].Node.Kind != "PLAN_SUBMITTED" {
		t.Fatalf("supervisor's notifications, newest first: %+v", e)
	}
	if e[0].Node.Objection == nil || e[0].Node.Objection.ID != id(n.staged.objection.ID) || e[0].Node.Appraisal.ID != id(n.staged.appraisal.ID) ||
		e[1].Node.Plan.ID != id(n.staged.plan.ID) || e[1].Node.Appraisal != nil {
		t.Errorf("subjects: %+v", e)
	}
	if !strings.HasPrefix(e[1].Node.Message, "Staf mengajukan SKP") {
		t.Errorf("message in Indonesian by default: %q", e[1].Node.Message)
	}
	en := n.f.Login(n.boss.NIP)
	en.Lang = "en-GB,en;q=0.9"
	en.MustQuery(`{ notifications { edges { node { message } } } }`, nil, &out)
	if m := out.Notifications.Edges[1].Node.Message; !strings.HasPrefix(m, "Staf submitted the plan") {
		t.Errorf("message in English: %q", m)
	}
}

func TestMarkNotificationsRead(t *testing.T) {
	n := newNotificationScene(t)
	all := n.allIDs()
	unread := func(c *fx.Client) int {
		var v struct {
			Viewer struct{ UnreadNotifications int }
		}
		c.MustQuery(`{ viewer { unreadNotifications } }`, nil, &v)
		return v.Viewer.UnreadNotifications
	}
	mark := func(c *fx.Client, ids []string) fx.Result {
		return c.Query(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, map[string]any{"ids": ids})
	}
	staff, boss, peer := n.clients[rEmployee], n.clients[rSupervisor], n.peerC

	// A peer and an HR admin naming every notification change nothing.
	for name, c := range map[string]*fx.Client{"peer": peer, "HR admin": n.clients[rHR], "auditor": n.clients[rAuditor]} {
		var out struct{ MarkNotificationsRead int }
		mark(c, all).Decode(t, &out)
		if out.MarkNotificationsRead != 0 {
			t.Errorf("%s marked %d of others' notifications", name, out.MarkNotificationsRead)
		}
	}
	if r := mark(n.clients[rToken], all); r.Code() != "FORBIDDEN" {
		t.Errorf("a READ token marking: %+v", r.Errors)
	}
	if unread(staff) != 2 || unread(boss) != 2 || unread(n.clients[rSuperior]) != 1 {
		t.Fatalf("unread after others tried: staff %d, boss %d", unread(staff), unread(boss))
	}

	var out struct{ MarkNotificationsRead int }
	mark(staff, all).Decode(t, &out)
	if out.MarkNotificationsRead != 2 || unread(staff) != 0 || unread(boss) != 2 {
		t.Fatalf("staff marked %d; unread staff %d, boss %d", out.MarkNotificationsRead, unread(staff), unread(boss))
	}
	mark(staff, all).Decode(t, &out)
	if out.MarkNotificationsRead != 0 {
		t.Errorf("marking again changed %d", out.MarkNotificationsRead)
	}
	// unreadOnly leaves out what is read; readAt is set.
	var list notificationsOut
	staff.MustQuery(`{ notifications(unreadOnly: true) { totalCount } }`, nil, &list)
	if list.Notifications.TotalCount != 0 {
		t.Errorf("unread staff notifications: %d", list.Notifications.TotalCount)
	}
	staff.MustQuery(`{ notifications { edges { node { readAt } } } }`, nil, &list)
	for _, e := range list.Notifications.Edges {
		if e.Node.ReadAt == nil {
			t.Errorf("a marked notification has no readAt")
		}
	}
	boss.MustQuery(`{ notifications(unreadOnly: true) { totalCount } }`, nil, &list)
	if list.Notifications.TotalCount != 2 {
		t.Errorf("unread boss notifications: %d", list.Notifications.TotalCount)
	}
	// One audit event per notification marked, by the staff's account.
	events := n.f.Client.AuditEvent.Query().Where(auditevent.Action("notification.read")).AllX(n.f.Ctx)
	if len(events) != 2 || events[0].EntityType != "Notification" {
		t.Errorf("audit events: %+v", events)
	}
	if r := mark(staff, make([]string, 101)); r.Code() != "INVALID_INPUT" {
		t.Errorf("101 IDs: %+v", r.Errors)
	}
}

func TestNotificationsPageNewestFirst(t *testing.T) {
	n := newNotificationScene(t)
	for range 2 {
		n.stage("released") // two more each for the staff
	}
	want := n.own(n.staff)
	var got []string
	after := any(nil)
	for page := 0; ; page++ {
		var out notificationsOut
		n.clients[rEmployee].MustQuery(`query($after: Cursor) { notifications(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
			map[string]any{"after": after}, &out)
		got = append(got, out.ids()...)
		if out.Notifications.TotalCount != 6 || page > 3 {
			t.Fatalf("page %d: %+v", page, out.Notifications)
		}
		if !out.Notifications.PageInfo.HasNextPage {
			break
		}
		after = out.Notifications.PageInfo.EndCursor
	}
	sort.Sort(sort.Reverse(sort.StringSlice(want))) // IDs grow with time: newest first
	if !slices.Equal(got, want) {
		t.Errorf("pages %v, want newest first %v", got, want)
	}
	if r := n.clients[rEmployee].Query(`{ notifications(first: 101) { totalCount } }`, nil); r.Code() != "INVALID_INPUT" {
		t.Errorf("a page of 101: %+v", r.Errors)
	}
}

func TestNotificationsListHasNoNPlusOne(t *testing.T) {
	n := newNotificationScene(t)
	staff := n.clients[rEmployee]
	count := func() (int64, int) {
		var out notificationsOut
		before := n.f.Store.Statements.Load()
		staff.MustQuery(`{ notifications(first: 50) { edges { node { plan { id } appraisal { id } } } } }`, nil, &out)
		return n.f.Store.Statements.Load() - before, len(out.Notifications.Edges)
	}
	few, rows := count()
	for range 5 {
		n.stage("released")
	}
	many, more := count()
	if rows != 2 || more != 12 {
		t.Fatalf("rows %d then %d, want 2 then 12", rows, more)
	}
	if many != few {
		t.Errorf("statements grew with rows: %d for %d notifications, %d for %d", few, rows, many, more)
	}
	t.Logf("%d statements for %d notifications, %d for %d", few, rows, many, more)
}

func TestStepsThroughTheAPIWriteNotifications(t *testing.T) {
	n := newNotificationScene(t)
	st := n.stage("submitted")
	before := len(n.own(n.staff))
	// Refused: the staff cannot agree its own plan; nothing is written.
	if r := n.clients[rEmployee].Query(`mutation($id: ID!) { approvePlan(id: $id) { id } }`, map[string]any{"id": id(st.plan.ID)}); r.Code() != "FORBIDDEN" {
		t.Fatalf("staff agreeing: %+v", r.Errors)
	}
	if got := len(n.allIDs()); got != 6 {
		t.Fatalf("%d notifications after a refused step, want 6", got)
	}
	n.clients[rSupervisor].MustQuery(`mutation($id: ID!) { returnPlan(id: $id, note: "Perjelas") { id } }`, map[string]any{"id": id(st.plan.ID)}, &struct{}{})
	var out notificationsOut
	n.clients[rEmployee].MustQuery(`{ notifications(first: 1) { edges { node { kind plan { id } message } } } }`, nil, &out)
	if len(n.own(n.staff)) != before+1 || out.Notifications.Edges[0].Node.Kind != "PLAN_RETURNED" || out.Notifications.Edges[0].Node.Plan.ID != id(st.plan.ID) {
		t.Fatalf("after returnPlan: %+v", out.Notifications.Edges)
	}
}
