package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"kinerja/graph"
	"kinerja/internal/fx"
	"kinerja/internal/viewer"
)

// logRecorder is a slog handler that keeps every record.
type logRecorder struct {
	mu   sync.Mutex
	recs []slog.Record
}

func (l *logRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (l *logRecorder) WithAttrs([]slog.Attr) slog.Handler       { return l }
func (l *logRecorder) WithGroup(string) slog.Handler            { return l }
func (l *logRecorder) Handle(_ context.Context, r slog.Record) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	// The presenter logs a *gqlerror.Error and then clears its cause:
	// keep the chain as it is now.
	out := slog.NewRecord(r.Time, r.Level, r.Message, r.PC)
	r.Attrs(func(a slog.Attr) bool {
		if err, ok := a.Value.Any().(error); ok {
			a = slog.Any(a.Key, freeze(err))
		}
		out.AddAttrs(a)
		return true
	})
	l.recs = append(l.recs, out)
	return nil
}

// frozen is an error chain as it was when it was logged.
type frozen struct {
	msg   string
	chain []error
}

func freeze(err error) frozen {
	f := frozen{msg: err.Error()}
	for e := err; e != nil; e = errors.Unwrap(e) {
		f.chain = append(f.chain, e)
	}
	return f
}

func (f frozen) Error() string { return f.msg }

// Is reports whether any error of the chain as logged is target.
func (f frozen) Is(target error) bool {
	for _, e := range f.chain[1:] {
		if errors.Is(e, target) {
			return true
		}
	}
	return false
}

// attrs returns the attributes named key of the records with message msg.
func (l *logRecorder) attrs(msg, key string) []slog.Value {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []slog.Value
	for i := range l.recs {
		r := &l.recs[i]
		if r.Message != msg {
			continue
		}
		r.Attrs(func(a slog.Attr) bool {
			if a.Key == key {
				out = append(out, a.Value)
			}
			return true
		})
	}
	return out
}

// gqlServer is the real GraphQL handler over the fixture's database, with
// the viewer put in the request's context as the server's middleware
// does, and a channel that reports each finished request.
type gqlServer struct {
	t    *testing.T
	url  string
	logs *logRecorder
	// done receives the context error (nil if none) of every request
	// when the handler has returned.
	done chan error
}

// newGQLServer serves the handler with opts for viewer v; a timeout other
// than 0 bounds each request as the server's middleware does.
func newGQLServer(t *testing.T, f *fx.Fixture, v *viewer.Viewer, opts graph.Options, timeout time.Duration) *gqlServer {
	t.Helper()
	s := &gqlServer{t: t, logs: &logRecorder{}, done: make(chan error, 64)}
	opts.Logger = slog.New(s.logs)
	h := graph.NewHandler(f.Client, opts)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := viewer.NewContext(r.Context(), v)
		if timeout > 0 {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, timeout)
			defer cancel()
		}
		h.ServeHTTP(w, r.WithContext(ctx))
		s.done <- ctx.Err()
	}))
	t.Cleanup(srv.Close)
	s.url = srv.URL
	return s
}

type gqlResponse struct {
	status int
	size   int
	Data   json.RawMessage `json:"data"`
	Errors []fx.GQLError   `json:"errors"`
}

// post sends a query with ctx and reads the answer.
func (s *gqlServer) post(ctx context.Context, query string, vars map[string]any) (gqlResponse, error) {
	b, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return gqlResponse{}, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.url, bytes.NewReader(b))
	if err != nil {
		return gqlResponse{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return gqlResponse{}, err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		return gqlResponse{}, err
	}
	out := gqlResponse{status: res.StatusCode, size: len(body)}
	if err := json.Unmarshal(body, &out); err != nil {
		return out, fmt.Errorf("response %d is not JSON: %s", res.StatusCode, body)
	}
	return out, nil
}

func (s *gqlServer) query(query string, vars map[string]any) gqlResponse {
	s.t.Helper()
	r, err := s.post(context.Background(), query, vars)
	if err != nil {
		s.t.Fatal(err)
	}
	return r
}

func hrViewer(f *fx.Fixture) *viewer.Viewer {
	e := f.Employee("hr")
	return &viewer.Viewer{EmployeeID: e.ID, Name: e.Name, Roles: []viewer.Role{viewer.HRAdmin}}
}

func TestResponseSizeIsCapped(t *testing.T) {
	f := fx.New(t)
	for i := range 40 {
		f.Employee(fmt.Sprintf("Pegawai dengan nama yang cukup panjang %02d", i))
	}
	const limit = 4 << 10
	s := newGQLServer(t, f, hrViewer(f), graph.Options{MaxResponseBytes: limit}, 0)

	const list = `{ employees(first: 100) { edges { node { id nip name position rank unit { code name } } } } }`
	r := s.query(list, nil)
	if r.status != http.StatusOK || len(r.Errors) != 1 || r.Errors[0].Code() != "RESPONSE_TOO_LARGE" {
		t.Fatalf("a response over %d bytes: status %d, errors %+v; want 200 and one RESPONSE_TOO_LARGE", limit, r.status, r.Errors)
	}
	if len(r.Data) != 0 && string(r.Data) != "null" {
		t.Errorf("the refused response still carries data: %.100s…", r.Data)
	}
	if r.size > 1024 || r.Errors[0].Message == "" {
		t.Errorf("the refusal is %d bytes with message %q", r.size, r.Errors[0].Message)
	}
	sizes := s.logs.attrs("graphql response too large", "bytes")
	if len(sizes) != 1 || sizes[0].Int64() <= limit {
		t.Errorf("logged sizes %v, want one over %d", sizes, limit)
	} else {
		t.Logf("refused a response of %d bytes (limit %d) with %d bytes", sizes[0].Int64(), limit, r.size)
	}

	// A page that fits passes whole.
	r = s.query(`{ employees(first: 5) { totalCount edges { node { name } } } }`, nil)
	if len(r.Errors) > 0 || !bytes.Contains(r.Data, []byte("Pegawai")) {
		t.Errorf("a small page: %s %+v", r.Data, r.Errors)
	}

	// A mutation whose answer is refused changes nothing: the check runs
	// inside its transaction.
	tiny := newGQLServer(t, f, hrViewer(f), graph.Options{MaxResponseBytes: 64}, 0)
	units, events := f.Client.OrgUnit.Query().CountX(f.Ctx), f.Client.AuditEvent.Query().CountX(f.Ctx)
	r = tiny.query(`mutation { createOrgUnit(input: {code: "BESAR", name: "Badan dengan nama yang panjang sekali, melebihi batas jawaban"}) { id code name } }`, nil)
	if len(r.Errors) != 1 || r.Errors[0].Code() != "RESPONSE_TOO_LARGE" {
		t.Fatalf("an oversized mutation answer: %+v", r.Errors)
	}
	if u, e := f.Client.OrgUnit.Query().CountX(f.Ctx), f.Client.AuditEvent.Query().CountX(f.Ctx); u != units || e != events {
		t.Errorf("the refused mutation wrote: units %d → %d, audit events %d → %d", units, u, events, e)
	}
}

func TestNoSuggestionsWithoutIntrospection(t *testing.T) {
	f := fx.New(t)
	v := hrViewer(f)
	closed := newGQLServer(t, f, v, graph.Options{Introspection: false}, 0)
	open := newGQLServer(t, f, v, graph.Options{Introspection: true}, 0)
	for name, q := range map[string]string{
		"field":       `{ viewer { rols } }`,
		"argument":    `{ employees(frist: 1) { totalCount } }`,
		"enum value":  `{ employees(orderBy: [{field: NAEM}]) { totalCount } }`,
		"input field": `{ employees(where: {nmae: "x"}) { totalCount } }`, //nolint:misspell // misspelt on purpose: the case wants a "Did you mean" hint
		"type name":   `fragment F on Employe { id } { node(id: 1) { ...F } }`,
	} {
		hinted := open.query(q, nil)
		if len(hinted.Errors) == 0 || !strings.Contains(hinted.Errors[0].Message, "Did you mean") {
			t.Errorf("%s with introspection on: %+v, want a suggestion (the case tests nothing otherwise)", name, hinted.Errors)
		}
		r := closed.query(q, nil)
		if len(r.Errors) == 0 {
			t.Errorf("%s: no error", name)
		}
		for _, e := range r.Errors {
			if strings.Contains(e.Message, "Did you mean") || strings.Contains(e.Message, "role") {
				t.Errorf("%s with introspection off: %q suggests", name, e.Message)
			}
		}
	}
}

// bulkAppraisals adds n copies of the fixture's one annual appraisal with
// raw SQL (hooks and audit are beside the point here), so an aggregate
// over them takes a while.
func bulkAppraisals(t *testing.T, f *fx.Fixture, n int) {
	t.Helper()
	_, err := f.Client.ExecContext(f.Ctx, `INSERT INTO appraisals (created_at, updated_at, kind, status, score, appraisal_plan, appraisal_appraiser)
		WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ?)
		SELECT a.created_at, a.updated_at, a.kind, a.status, a.score + i % 20, a.appraisal_plan, a.appraisal_appraiser
		FROM s, (SELECT * FROM appraisals ORDER BY id LIMIT 1) AS a`, n)
	if err != nil {
		t.Fatalf("add %d appraisals: %v", n, err)
	}
}

// waitFor polls cond until it holds or the test's budget is spent.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

// handlerReturns waits for the handler to finish a request (the budget is
// the server's request timeout) and returns its context error.
func (s *gqlServer) handlerReturns() error {
	s.t.Helper()
	select {
	case err := <-s.done:
		return err
	case <-time.After(30 * time.Second):
		s.t.Fatal("the handler is still working for a client that left")
		return nil
	}
}

// contextErrors returns the logged errors that are the end of
// a request's context.
func (s *gqlServer) contextErrors() []error {
	var out []error
	for _, v := range s.logs.attrs("graphql request ended early", "err") {
		if err, ok := v.Any().(error); ok && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
			out = append(out, err)
		}
	}
	return out
}

// TestLeavingClientStopsTheQuery starts a dashboard whose one aggregate
// runs long, hangs up while SQLite is at it, and expects the handler to
// return with the context's error: go-sqlite3 interrupts the statement.
func TestLeavingClientStopsTheQuery(t *testing.T) {
	f := fx.New(t)
	boss := f.Employee("boss")
	staff := f.Employee("staff", fx.Supervisor(boss))
	per := f.Period(2025, "", "CLOSED")
	pl := f.Client.Plan.Create().SetPeriod(per).SetEmployee(staff).SetAppraiser(boss).SetStatus("AGREED").SaveX(f.Ctx)
	f.Client.Appraisal.Create().SetPlan(pl).SetKind("ANNUAL").SetStatus("FINAL").SetAppraiser(boss).SetScore(80).ExecX(f.Ctx)
	s := newGQLServer(t, f, hrViewer(f), graph.Options{}, 0)
	// By rank, the summary is one GROUP BY statement: the first SQL the
	// request runs.
	const summary = `query($p: ID!) { scoreSummary(periodID: $p, groupBy: RANK) { key count } }`

	rows := 300_000
	for attempt := 1; ; attempt++ {
		bulkAppraisals(t, f, rows)
		ctx, cancel := context.WithCancel(context.Background())
		before := f.Store.Statements.Load()
		go func() { _, _ = s.post(ctx, summary, map[string]any{"p": per.ID}) }()
		waitFor(t, "the aggregate to start", func() bool { return f.Store.Statements.Load() > before })
		cancel() // the client leaves
		ctxErr := s.handlerReturns()
		stopped := s.contextErrors()
		if len(stopped) == 0 {
			// The aggregate finished before the hang-up reached it: make
			// it longer and try again.
			if attempt == 3 {
				t.Fatalf("the summary over %d more rows always finished before the client left", rows)
			}
			rows *= 2
			continue
		}
		if !errors.Is(ctxErr, context.Canceled) || !errors.Is(stopped[0], context.Canceled) {
			t.Errorf("the request ended with %v, the handler with %v; want context.Canceled for both", ctxErr, stopped[0])
		}
		t.Logf("attempt %d: stopped with %q", attempt, stopped[0])
		if ran := f.Store.Statements.Load() - before; ran != 1 {
			t.Errorf("%d statements ran for the request, want only the interrupted one", ran)
		}
		return
	}
}

// TestTimeoutReachesTheDatabase holds every connection of the read pool, so
// a dashboard's first query has to wait for one, and gives the request a
// deadline as the server does: the wait ends with the deadline, not when a
// connection frees.
func TestTimeoutReachesTheDatabase(t *testing.T) {
	f := fx.New(t)
	per := f.Period(2025, "", "CLOSED")
	s := newGQLServer(t, f, hrViewer(f), graph.Options{}, 200*time.Millisecond)
	var held []io.Closer
	release := func() {
		for _, r := range held {
			r.Close()
		}
		held = nil
	}
	defer release()
	for range 8 { // the size of the read pool
		r, err := f.Client.QueryContext(f.Ctx, "SELECT 1")
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, r)
	}
	queries := []string{
		`query($p: ID!) { scoreSummary(periodID: $p, groupBy: UNIT) { key } }`,
		`query($p: ID!) { predikatDistribution(periodID: $p) { total } }`,
		`query($p: ID!) { completion(periodID: $p) { employees } }`,
	}
	for _, q := range queries {
		r := s.query(q, map[string]any{"p": per.ID})
		if ctxErr := s.handlerReturns(); !errors.Is(ctxErr, context.DeadlineExceeded) {
			t.Errorf("%s: the request's context ended with %v, want the deadline", q, ctxErr)
		}
		if len(r.Errors) != 1 || r.Errors[0].Code() != "UNAVAILABLE" {
			t.Errorf("%s answered while the database was busy: %s %+v", q, r.Data, r.Errors)
		}
	}
	if n := len(s.contextErrors()); n != len(queries) {
		t.Errorf("%d requests stopped with the deadline, want %d", n, len(queries))
	}
	release()
	if r := s.query(queries[0], map[string]any{"p": per.ID}); len(r.Errors) > 0 {
		t.Errorf("with the pool free again: %+v", r.Errors)
	}
}

func TestInternalErrorLogNamesTheOperationAndStep(t *testing.T) {
	f := fx.New(t)
	s := newGQLServer(t, f, hrViewer(f), graph.Options{}, 0)
	// The audit trail's table is gone: the write cannot record its event.
	if _, err := f.Client.ExecContext(f.Ctx, "DROP TABLE audit_events"); err != nil {
		t.Fatalf("drop the audit table: %v", err)
	}
	r := s.query(`mutation NewUnit { createOrgUnit(input: {code: "X1", name: "Unit X"}) { id } }`, nil)
	if len(r.Errors) != 1 || r.Errors[0].Code() != "INTERNAL" {
		t.Fatalf("errors = %+v, want one INTERNAL", r.Errors)
	}
	if strings.Contains(r.Errors[0].Message, "audit") {
		t.Fatalf("the client sees the detail: %q", r.Errors[0].Message)
	}
	ops := s.logs.attrs("graphql internal error", "operation")
	errs := s.logs.attrs("graphql internal error", "err")
	if len(ops) != 1 || ops[0].String() != "NewUnit" {
		t.Fatalf("logged operation = %v, want NewUnit", ops)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Any().(error).Error(), "audit_events") {
		t.Fatalf("logged error = %v, want the failing step's detail", errs)
	}
	r = s.query(`mutation { createOrgUnit(input: {code: "X2", name: "Unit X"}) { id } }`, nil)
	if ops = s.logs.attrs("graphql internal error", "operation"); len(ops) != 2 || ops[1].String() != "mutation createOrgUnit" {
		t.Fatalf("an unnamed operation is logged as %v, want its kind and field", ops)
	}
}
