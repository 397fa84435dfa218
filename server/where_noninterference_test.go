package server_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"kinerja/ent"
	"kinerja/ent/account"
	"kinerja/ent/employee"
	"kinerja/ent/migrate"
	"kinerja/graph"
	"kinerja/internal/asn"
	"kinerja/internal/fx"
	"kinerja/internal/scoring"
	"kinerja/internal/store"
	"kinerja/internal/viewer"
	"kinerja/internal/workflow"
	"kinerja/server"

	entsql "entgo.io/ent/dialect/sql"
	"github.com/vektah/gqlparser/v2/ast"
)

// The confidentiality rule, tested as non-interference: for a role R, a
// second database B is made from the first (A) by deleting every row R
// cannot read and changing every field R reads blank. Whatever R asks —
// every where-input field with every operator, every hasX and hasXWith edge
// (one and two levels deep), of every connection (top-level and nested),
// every orderBy field, every dashboard and the export — must get the same
// answer from A and from B: the answer may not depend on what R cannot
// read. The probes come from the GraphQL schema, so a new field or edge is
// tested without code here; their values come from the hidden data, so a
// leak shows. A control run with the guard switched off must find leaks,
// so the test cannot pass by asking nothing.

// entityTables maps every ent entity to its table. A new entity without a
// row here fails the test.
var entityTables = map[string]string{
	"APIToken": "api_tokens", "Account": "accounts", "Appraisal": "appraisals", "AuditEvent": "audit_events",
	"Criterion": "criteria", "Employee": "employees", "Indicator": "indicators", "Objection": "objections",
	"OrgUnit": "org_units", "Period": "periods", "Plan": "plans", "Realization": "realizations",
	"Recommendation": "recommendations", "Score": "scores", "Session": "sessions", "Target": "targets",
	"TrainingProgram": "training_programs", "UnitRating": "unit_ratings",
	"Notification": "notifications", "OutboxMail": "outbox_mails", "Feedback": "feedbacks",
	"ActingAppraiser": "acting_appraisers",
}

// whereRole is one caller of the test.
type whereRole struct {
	name   string
	client *fx.Client
	ctx    context.Context
}

// whereScene is the data: two chains of command under one head with plans,
// cascaded targets, released and draft appraisals, objections,
// recommendations, potentials and e-mails in both, and the HR admin's own
// draft appraisal.
type whereScene struct {
	*scene
	roles  []whereRole
	period int
}

func newWhereScene(t *testing.T) *whereScene {
	s := newScene(t)
	f := s.f
	otherBoss := f.Employee("Kabid Lain", fx.Supervisor(s.head), fx.Kind(employee.PositionKindAdministrator))
	peer := f.Employee("Staf Lain", fx.Supervisor(otherBoss))
	for i, e := range []*ent.Employee{s.staff, peer, s.boss, otherBoss, s.head} {
		f.Client.Employee.UpdateOne(e).SetEmail(fmt.Sprintf("orang%d@example.go.id", i)).
			SetPotential([]employee.Potential{employee.PotentialHigh, employee.PotentialLow}[i%2]).ExecX(f.Ctx)
	}
	peerCtx, otherBossCtx := f.As(peer), f.As(otherBoss)

	// One period: the boss's plan (appraised by the head, released), the
	// staff's plan supporting it (appraised, released, objected), the HR
	// employee's plan (a draft appraisal), the peer's plan (released,
	// objected).
	per := s.period()
	mk := func(ctx context.Context, who *ent.Employee, parent *int) (*ent.Plan, *ent.Target) {
		p, err := s.wf.CreatePlan(ctx, workflow.CreatePlanInput{PeriodID: per.ID, EmployeeID: who.ID})
		s.must(err)
		tg, err := s.wf.AddTarget(ctx, p.ID, workflow.TargetInput{Title: "Hasil " + who.Name, ParentID: parent, Indicators: []*workflow.IndicatorInput{
			{Description: "Dokumen " + who.Name, Aspect: "QUANTITY", TargetValue: 4, Unit: "dokumen"}}})
		s.must(err)
		_, err = s.wf.SubmitPlan(ctx, p.ID)
		s.must(err)
		return p, tg
	}
	appraise := func(appraiserCtx context.Context, p *ent.Plan, r scoring.Rating, release bool) *ent.Appraisal {
		_, err := s.wf.ApprovePlan(appraiserCtx, p.ID, nil)
		s.must(err)
		a, err := s.wf.StartAppraisal(appraiserCtx, p.ID, "QUARTERLY", ptrTo(1))
		s.must(err)
		_, err = s.wf.RateAppraisal(appraiserCtx, a.ID, s.f.Complete(p.ID, r, r))
		s.must(err)
		if release {
			a, err = s.wf.SubmitAppraisal(appraiserCtx, a.ID)
			s.must(err)
		}
		return a
	}
	bp, bt := mk(s.bossCtx, s.boss, nil)
	appraise(s.headCtx, bp, scoring.Above, true)
	sp, st := mk(s.staffCtx, s.staff, &bt.ID)
	sa := appraise(s.bossCtx, sp, scoring.Below, true)
	_, err := s.wf.FileObjection(s.staffCtx, sa.ID, "Saya keberatan atas penilaian ini")
	s.must(err)
	hp, _ := mk(f.As(s.hrEmp), s.hrEmp, &bt.ID)
	appraise(s.bossCtx, hp, scoring.Meets, false)
	pp, _ := mk(peerCtx, peer, nil)
	pa := appraise(otherBossCtx, pp, scoring.Above, true)
	_, err = s.wf.FileObjection(peerCtx, pa.ID, "Rahasia rekan lain")
	s.must(err)
	for _, e := range []*ent.Employee{s.staff, peer} {
		f.Client.Recommendation.Create().SetEmployee(e).SaveX(f.Ctx)
	}
	// Feedback in both chains: on the staff member's target, and on the
	// peer's period as a whole.
	_, err = s.wf.GiveFeedback(s.bossCtx, workflow.FeedbackInput{PlanID: sp.ID, TargetID: &st.ID, Text: "Catatan untuk staf"})
	s.must(err)
	_, err = s.wf.GiveFeedback(peerCtx, workflow.FeedbackInput{PlanID: pp.ID, Text: "Catatan rahasia rekan lain"})
	s.must(err)
	// Acting appraisers in both chains (appointment letters are no secret,
	// but filters on them must not reveal what the caller cannot read).
	for _, e := range []*ent.Employee{s.staff, peer} {
		f.Client.ActingAppraiser.Create().SetEmployee(e).SetActing(s.head).SetKind(asn.Plh).
			SetStartsOn(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)).SetEndsOn(time.Date(2030, 1, 5, 0, 0, 0, 0, time.UTC)).SaveX(f.Ctx)
	}

	login := func(e *ent.Employee, roles ...viewer.Role) (*fx.Client, context.Context) {
		acc, err := f.Client.Account.Query().Where(account.HasEmployeeWith(employee.ID(e.ID))).Only(f.Ctx)
		if ent.IsNotFound(err) {
			f.Account(e, roles...)
			acc, err = f.Client.Account.Query().Where(account.HasEmployeeWith(employee.ID(e.ID))).Only(f.Ctx)
		}
		s.must(err)
		c := f.Login(e.NIP)
		return c, viewer.NewContext(context.Background(), &viewer.Viewer{AccountID: acc.ID, EmployeeID: e.ID, Name: e.Name, Roles: roles})
	}
	w := &whereScene{scene: s, period: per.ID}
	add := func(name string, c *fx.Client, ctx context.Context) {
		w.roles = append(w.roles, whereRole{name: name, client: c, ctx: ctx})
	}
	staffC, staffCtx := login(s.staff)
	add("staff", staffC, staffCtx)
	peerC, peerVCtx := login(peer)
	add("peer in another unit", peerC, peerVCtx)
	bossC, bossCtx := login(s.boss)
	add("supervisor", bossC, bossCtx)
	headC, headCtx := login(s.head)
	add("superior", headC, headCtx)
	audC, audCtx := login(s.audEmp, viewer.Auditor)
	add("auditor", audC, audCtx)
	add("READ token", peerC.Token("READ"), peerVCtx)
	hrC, hrCtx := login(s.hrEmp, viewer.HRAdmin)
	add("HR admin", hrC, hrCtx)
	return w
}

// readAll reads every row of every entity with ctx, as JSON objects keyed
// by ent field name, by entity and ID.
func readAll(ctx context.Context, t *testing.T, c *ent.Client) map[string]map[int]map[string]any {
	t.Helper()
	out := map[string]map[int]map[string]any{}
	cv := reflect.ValueOf(c).Elem()
	for i := range cv.NumField() {
		name := cv.Type().Field(i).Name
		q := cv.Field(i).MethodByName("Query")
		if !q.IsValid() || !strings.HasSuffix(cv.Field(i).Type().String(), "Client") {
			continue
		}
		if _, ok := entityTables[name]; !ok {
			t.Fatalf("entity %s has no row in entityTables: add it so its rows are tested", name)
		}
		res := q.Call(nil)[0].MethodByName("All").Call([]reflect.Value{reflect.ValueOf(ctx)})
		rows := map[int]map[string]any{}
		out[name] = rows
		if err, _ := res[1].Interface().(error); err != nil {
			continue // not readable at all: every row hidden
		}
		list := res[0]
		for j := range list.Len() {
			b, err := json.Marshal(list.Index(j).Interface())
			if err != nil {
				t.Fatal(err)
			}
			var m map[string]any
			if err := json.Unmarshal(b, &m); err != nil {
				t.Fatal(err)
			}
			rows[int(m["id"].(float64))] = m
		}
	}
	return out
}

// hiddenView is what one role cannot read: rows it cannot see, and fields
// of visible rows that it reads differently (blank).
type hiddenView struct {
	all, visible map[string]map[int]map[string]any
}

func (h hiddenView) hiddenRows(typ string) []int {
	var ids []int
	for id := range h.all[typ] {
		if _, ok := h.visible[typ][id]; !ok {
			ids = append(ids, id)
		}
	}
	sort.Ints(ids)
	return ids
}

func (h hiddenView) hiddenFields(typ string, id int) []string {
	v, ok := h.visible[typ][id]
	if !ok {
		return nil
	}
	var fs []string
	for k, a := range h.all[typ][id] {
		if k == "edges" {
			continue
		}
		if !reflect.DeepEqual(a, v[k]) {
			fs = append(fs, k)
		}
	}
	sort.Strings(fs)
	return fs
}

// probeValue returns a value of the ent field in the data, preferring one
// the role cannot read, or nil.
func (h hiddenView) probeValue(typ, field string) any {
	for _, id := range h.hiddenRows(typ) {
		if v := h.all[typ][id][field]; v != nil && v != "" {
			return v
		}
	}
	ids := make([]int, 0, len(h.all[typ]))
	for id := range h.all[typ] {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		if slices.Contains(h.hiddenFields(typ, id), field) {
			if v := h.all[typ][id][field]; v != nil && v != "" {
				return v
			}
		}
	}
	for _, id := range ids {
		if v := h.all[typ][id][field]; v != nil && v != "" {
			return v
		}
	}
	return nil
}

// shadow writes B: a copy of A without what the role cannot read, and
// serves it through the real handler.
func shadow(t *testing.T, f *fx.Fixture, h hiddenView) *httptest.Server {
	t.Helper()
	path := filepath.Join(t.TempDir(), "shadow.db")
	if err := f.Store.Backup(context.Background(), path); err != nil {
		t.Fatalf("copy database: %v", err)
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?_fk=0")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	enums := map[string]map[string][]string{}
	for _, tb := range migrate.Tables {
		enums[tb.Name] = map[string][]string{}
		for _, c := range tb.Columns {
			enums[tb.Name][c.Name] = c.Enums
		}
	}
	for typ, table := range entityTables {
		if typ == "Session" {
			continue // sign-ins; no where input reaches them (see rowScope)
		}
		for _, id := range h.hiddenRows(typ) {
			if _, err := db.Exec(`DELETE FROM `+table+` WHERE id = ?`, id); err != nil { //nolint:gosec // G202: the table is the schema's own; the id is bound
				t.Fatalf("delete %s %d: %v", typ, id, err)
			}
		}
		for id := range h.visible[typ] {
			for _, col := range h.hiddenFields(typ, id) {
				v := perturb(h.all[typ][id][col], enums[table][col], id)
				if _, err := db.Exec(`UPDATE `+table+` SET `+col+` = ? WHERE id = ?`, v, id); err != nil { //nolint:gosec // G202: table and column are the schema's own; values are bound
					t.Fatalf("change %s.%s of %d: %v", typ, col, id, err)
				}
			}
		}
	}
	db.Close()
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(server.New(server.Options{Store: st, Introspection: true,
		Frontend: fstest.MapFS{"index.html": {Data: []byte(`<!doctype html>`)}}}))
	t.Cleanup(func() { srv.Close(); st.Close() })
	return srv
}

// perturb returns a different value of the same kind.
func perturb(v any, enum []string, id int) any {
	switch x := v.(type) {
	case nil:
		if len(enum) > 0 {
			return enum[0]
		}
		return "x"
	case string:
		for _, e := range enum {
			if e != x {
				return e
			}
		}
		if tm, err := time.Parse(time.RFC3339Nano, x); err == nil {
			return tm.Add(37 * 24 * time.Hour).Format("2006-01-02 15:04:05.999999999-07:00")
		}
		if len(x) == 18 && strings.Trim(x, "0123456789") == "" {
			return fmt.Sprintf("9%017d", id) // a NIP: still unique
		}
		return "zz" + x
	case float64:
		return x + 1.25
	case bool:
		return !x
	}
	return nil
}

// postTo sends one GraphQL request to base with c's credentials.
func postTo(t *testing.T, c *fx.Client, base, query string, vars map[string]any) map[string]any {
	t.Helper()
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	if c.Bearer != "" {
		req.Header.Set("Authorization", "Bearer "+c.Bearer)
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	var out map[string]any
	if err := json.Unmarshal(body, &out); err != nil {
		t.Fatalf("response %d is not JSON: %s", res.StatusCode, body)
	}
	return out
}

// probe is a place to ask a where question: a field with a where argument.
type probe struct {
	desc  string
	field string // the selection, with $w for the where input
	typ   string // the where input's GraphQL type
}

var ops = []string{"NEQ", "NotIn", "In", "GTE", "GT", "LTE", "LT", "ContainsFold", "Contains", "HasPrefix", "HasSuffix", "EqualFold", "IsNil", "NotNil", ""}

// splitOp splits a where field name into its entity field (camel case) and
// operator.
func splitOp(name string) (string, string) {
	for _, op := range ops {
		if op != "" && strings.HasSuffix(name, op) && len(name) > len(op) {
			return strings.TrimSuffix(name, op), op
		}
	}
	return name, ""
}

func snake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 && (s[i-1] < 'A' || s[i-1] > 'Z') {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// scalarProbes returns one where input per scalar field and operator of
// the where type wt, with values from the data; edgeDepth levels of edges
// are added below it (ids of hidden rows, and each scalar probe one level
// down).
func scalarProbes(sch *ast.Schema, h hiddenView, wt string, allOps bool) []map[string]any {
	typ := strings.TrimSuffix(wt, "WhereInput")
	var out []map[string]any
	for _, fd := range sch.Types[wt].Fields {
		if fd.Name == "not" || fd.Name == "or" || fd.Name == "and" || strings.HasPrefix(fd.Name, "has") && (fd.Type.Name() == "Boolean" || fd.Type.Elem != nil && strings.HasSuffix(fd.Type.Elem.Name(), "WhereInput")) {
			continue
		}
		field, op := splitOp(fd.Name)
		if !allOps && op != "" && op != "IsNil" && op != "NotNil" && op != "HasPrefix" && op != "GT" {
			continue
		}
		col := snake(field)
		if field == "id" || field == "ID" {
			col = "id"
		}
		var v any
		switch op {
		case "IsNil", "NotNil":
			v = true
		default:
			pv := h.probeValue(typ, col)
			if pv == nil {
				continue
			}
			if fd.Type.Name() == "ID" {
				pv = fmt.Sprint(int(pv.(float64)))
			}
			if f, ok := pv.(float64); ok && fd.Type.Name() == "Int" {
				pv = int(f)
			}
			v = pv
			if fd.Type.Elem != nil {
				v = []any{pv}
			}
		}
		out = append(out, map[string]any{fd.Name: v})
	}
	return out
}

// edgeProbes returns, for every edge of wt, hasX true/false, hasXWith the
// hidden rows, hasXWith each scalar probe of the target, and one level
// further down hasXWith{hasYWith the hidden rows}.
func edgeProbes(sch *ast.Schema, h hiddenView, wt string, depth int) []map[string]any {
	var out []map[string]any
	for _, fd := range sch.Types[wt].Fields {
		if !strings.HasPrefix(fd.Name, "has") {
			continue
		}
		if fd.Type.Name() == "Boolean" {
			out = append(out, map[string]any{fd.Name: true}, map[string]any{fd.Name: false})
			continue
		}
		if fd.Type.Elem == nil || !strings.HasSuffix(fd.Type.Elem.Name(), "WhereInput") {
			continue
		}
		target := fd.Type.Elem.Name()
		ids := []string{}
		for _, id := range h.hiddenRows(strings.TrimSuffix(target, "WhereInput")) {
			ids = append(ids, fmt.Sprint(id))
		}
		if len(ids) > 0 {
			out = append(out, map[string]any{fd.Name: []any{map[string]any{"idIn": ids}}})
		}
		if depth > 1 {
			for _, p := range scalarProbes(sch, h, target, false) {
				out = append(out, map[string]any{fd.Name: []any{p}})
			}
			for _, p := range edgeProbes(sch, h, target, depth-1) {
				if _, ok := p[firstKey(p)].([]any); ok {
					out = append(out, map[string]any{fd.Name: []any{p}})
				}
			}
		}
	}
	return out
}

func firstKey(m map[string]any) string {
	for k := range m {
		return k
	}
	return ""
}

// positions lists every field with a where argument: top-level
// connections as they are, nested ones under a top-level connection of
// their owner.
func positions(sch *ast.Schema) (top map[string]string, nested []probe) {
	top = map[string]string{} // node type → top-level field
	for _, fd := range sch.Query.Fields {
		if a := fd.Arguments.ForName("where"); a != nil && strings.HasSuffix(fd.Type.Name(), "Connection") {
			top[strings.TrimSuffix(fd.Type.Name(), "Connection")] = fd.Name
		}
	}
	names := make([]string, 0, len(sch.Types))
	for n := range sch.Types {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		d := sch.Types[n]
		if d.Kind != ast.Object || d.Name == "Query" || d.Name == "Mutation" {
			continue
		}
		for _, fd := range d.Fields {
			a := fd.Arguments.ForName("where")
			if a == nil {
				continue
			}
			owner, ok := top[d.Name]
			if !ok {
				continue
			}
			nested = append(nested, probe{
				desc:  d.Name + "." + fd.Name,
				field: fmt.Sprintf("%s(first: 10) { edges { node { id inner: %s(where: $w, first: 10) { totalCount edges { node { id } } } } } }", owner, fd.Name),
				typ:   a.Type.Name(),
			})
		}
	}
	return top, nested
}

// question is a probe ready to run.
type question struct {
	desc, field, typ string
	where            map[string]any
}

func questions(sch *ast.Schema, h hiddenView) []question {
	top, nested := positions(sch)
	var qs []question
	types := make([]string, 0, len(top))
	for t := range top {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		fd := sch.Query.Fields.ForName(top[t])
		wt := fd.Arguments.ForName("where").Type.Name()
		sel := fmt.Sprintf("%s(where: $w, first: 100) { totalCount edges { node { id } } }", top[t])
		for _, w := range append(scalarProbes(sch, h, wt, true), edgeProbes(sch, h, wt, 2)...) {
			qs = append(qs, question{desc: top[t], field: sel, typ: wt, where: w})
		}
		// Every order field, both ways.
		if ob := fd.Arguments.ForName("orderBy"); ob != nil {
			ot := ob.Type.Name()
			of := sch.Types[sch.Types[ot].Fields.ForName("field").Type.Name()]
			for _, v := range of.EnumValues {
				for _, dir := range []string{"ASC", "DESC"} {
					qs = append(qs, question{desc: top[t] + " orderBy " + v.Name + " " + dir,
						field: fmt.Sprintf("%s(first: 100, orderBy: {field: %s, direction: %s}) { edges { node { id } } }", top[t], v.Name, dir)})
				}
			}
		}
	}
	for _, n := range nested {
		for _, w := range edgeProbes(sch, h, n.typ, 1) {
			qs = append(qs, question{desc: n.desc, field: n.field, typ: n.typ, where: w})
		}
		for _, w := range scalarProbes(sch, h, n.typ, false) {
			qs = append(qs, question{desc: n.desc, field: n.field, typ: n.typ, where: w})
		}
	}
	return qs
}

// ask runs the questions in batches of aliases against base and returns
// each answer as JSON.
func ask(t *testing.T, c *fx.Client, base string, qs []question) []string {
	t.Helper()
	out := make([]string, len(qs))
	for i, end := 0, 0; i < len(qs); i = end {
		var decl, body []string
		vars := map[string]any{}
		// Ten plain questions, or one nested one, per request: under
		// the complexity limit.
		for weight := 0; end < len(qs) && weight < 10; end++ {
			weight++
			if strings.Contains(qs[end].field, "inner:") {
				weight += 9
			}
		}
		for j := i; j < end; j++ {
			q := qs[j]
			sel := q.field
			if q.typ != "" {
				v := fmt.Sprintf("w%d", j)
				decl = append(decl, fmt.Sprintf("$%s: %s", v, q.typ))
				sel = strings.ReplaceAll(sel, "$w", "$"+v)
				vars[v] = q.where
			}
			body = append(body, fmt.Sprintf("a%d: %s", j, sel))
		}
		doc := "query"
		if len(decl) > 0 {
			doc += "(" + strings.Join(decl, ", ") + ")"
		}
		doc += " { " + strings.Join(body, " ") + " }"
		res := postTo(t, c, base, doc, vars)
		data, _ := res["data"].(map[string]any)
		errs := map[string][]string{}
		if list, ok := res["errors"].([]any); ok {
			for _, e := range list {
				em, _ := e.(map[string]any)
				path, _ := em["path"].([]any)
				ext, _ := em["extensions"].(map[string]any)
				key := "request"
				if len(path) > 0 {
					key = fmt.Sprint(path[0])
				}
				errs[key] = append(errs[key], fmt.Sprint(ext["code"]))
			}
		}
		if e, ok := errs["request"]; ok {
			t.Fatalf("batch refused as a whole (%v): %s", e, doc)
		}
		for j := i; j < end; j++ {
			k := fmt.Sprintf("a%d", j)
			b, _ := json.Marshal(map[string]any{"data": data[k], "errors": errs[k]})
			out[j] = string(b)
		}
	}
	return out
}

// dashboards are the aggregates, the other way to ask about many rows.
func dashboards(period int) []question {
	p := fmt.Sprintf(`"%d"`, period)
	qs := []question{
		{desc: "finalCount", field: "finalCount(periodID: " + p + ")"},
		{desc: "predikatDistribution", field: "predikatDistribution(periodID: " + p + ") { total finalCount buckets { predikat count } deviates }"},
		{desc: "appraiserCalibration", field: "appraiserCalibration(periodID: " + p + ") { appraiser { id } appraised mean stddev gapToUnitMean objections upheld revised }"},
		{desc: "promotionCandidates", field: "promotionCandidates(periodID: " + p + ") { employee { id } predikats creditPoints eligible conditions { code holds } }"},
		{desc: "creditHistory", field: "creditHistory(periodID: " + p + ") { employee { id } total years { year predikat points cumulative } }"},
		{desc: "trainingNeeds", field: "trainingNeeds(periodID: " + p + ") { criterion { id } employees }"},
		{desc: "developmentHours", field: "developmentHours(periodID: " + p + ") { __typename }"},
		{desc: "developmentHours flags", field: "developmentHours(periodID: " + p + ") { employee { id } hours flag }"},
		{desc: "talentGrid", field: "talentGrid(periodID: " + p + ") { performance potential count employees { id } }"},
		{desc: "completion", field: "completion(periodID: " + p + ") { unit { id } employees noPlan plansDraft plansSubmitted plansAgreed plansEscalated }"},
		{desc: "trend", field: "trend { period { id } count average }"},
	}
	for _, g := range []string{"UNIT", "CRITERION", "RANK", "POSITION_KIND", "APPRAISER"} {
		qs = append(qs, question{desc: "scoreSummary " + g, field: "scoreSummary(periodID: " + p + ", groupBy: " + g + ") { key label count average min max timeliness quality teamwork }"})
	}
	return qs
}

func exportCSV(t *testing.T, c *fx.Client, base string, period int) string {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, fmt.Sprintf("%s/export/appraisals.csv?periodID=%d", base, period), http.NoBody)
	if c.Bearer != "" {
		req.Header.Set("Authorization", "Bearer "+c.Bearer)
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return fmt.Sprintf("%d %s", res.StatusCode, b)
}

func TestFiltersDoNotDiscriminateOnHiddenData(t *testing.T) {
	w := newWhereScene(t)
	f := w.f
	sch := graph.NewExecutableSchema(graph.Config{}).Schema()
	all := readAll(f.Ctx, t, f.Client)
	leaks := func(t *testing.T, r whereRole, report bool) (int, int) {
		h := hiddenView{all: all, visible: readAll(r.ctx, t, f.Client)}
		b := shadow(t, f, h)
		qs := append(questions(sch, h), dashboards(w.period)...)
		a, bb := ask(t, r.client, f.Server.URL, qs), ask(t, r.client, b.URL, qs)
		n := 0
		for i := range qs {
			if a[i] != bb[i] {
				n++
				if report && n <= 25 {
					wj, _ := json.Marshal(qs[i].where)
					t.Errorf("%s answers differently when hidden data changes: %s where %s\n  with:    %s\n  without: %s", r.name, qs[i].desc, wj, a[i], bb[i])
				}
			}
		}
		if ea, eb := exportCSV(t, r.client, f.Server.URL, w.period), exportCSV(t, r.client, b.URL, w.period); ea != eb {
			n++
			if report {
				t.Errorf("%s: the export depends on hidden data:\n%s\n---\n%s", r.name, ea, eb)
			}
		}
		return n, len(qs)
	}
	for _, r := range w.roles {
		t.Run(r.name, func(t *testing.T) {
			n, total := leaks(t, r, true)
			t.Logf("%d questions, %d answered differently", total, n)
		})
	}
	// The control: with the guard off, the same questions must find leaks.
	t.Run("control without the guard", func(t *testing.T) {
		saved := ent.WhereScope
		ent.WhereScope = passThrough{}
		defer func() { ent.WhereScope = saved }()
		n, total := leaks(t, w.roles[1], false)
		if n == 0 {
			t.Fatalf("with the guard off none of %d questions leaked: the probes do not reach hidden data", total)
		}
		t.Logf("guard off: %d of %d questions leak", n, total)
	})
}

// passThrough is the where scope of old: no narrowing at all.
type passThrough struct{}

func (passThrough) Rows(*entsql.Selector, string) {}
func (passThrough) Field(s *entsql.Selector, _, _ string, p func(*entsql.Selector)) {
	p(s)
}
