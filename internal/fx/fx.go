// Package fx builds named test fixtures on a real SQLite file and drives the
// real HTTP handler, so tests read like the situation they set up:
//
//	f := fx.New(t)
//	boss := f.Employee("boss", fx.Unit("BKPSDM"))
//	staff := f.Employee("staff", fx.Supervisor(boss))
//	c := f.Login(f.Account(staff))
//	c.Query(`{ viewer { employee { name } } }`, nil)
package fx

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"kinerja/ent"
	"kinerja/ent/employee"
	"kinerja/ent/period"
	"kinerja/internal/auth"
	"kinerja/internal/authz"
	"kinerja/internal/seed"
	"kinerja/internal/store"
	"kinerja/internal/viewer"
	"kinerja/server"
)

// Password is the password of every fixture account.
const Password = "correct-horse-42"

// Fixture is a fresh database, a running server over it, and the named
// entities created so far.
type Fixture struct {
	T      testing.TB
	Store  *store.Store
	Client *ent.Client
	Server *httptest.Server
	Ctx    context.Context // system rights, for arranging data

	units     map[string]*ent.OrgUnit
	employees map[string]*ent.Employee
	seq       int
}

// New opens a migrated SQLite file in a temporary folder and starts the
// real handler over it, with a tiny stand-in front end.
func New(t testing.TB) *Fixture {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "kinerja.db"))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	if err := st.Migrate(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	if err := seed.Reference(ctx, st.Client); err != nil {
		t.Fatalf("reference data: %v", err)
	}
	front := fstest.MapFS{
		"index.html":         {Data: []byte(`<!doctype html><html lang="id"><title>Kinerja</title></html>`)},
		"graphiql.html":      {Data: []byte(`<!doctype html><title>GraphiQL</title>`)},
		"assets/app-1a2b.js": {Data: []byte(`console.log(1)`)},
	}
	h := server.New(server.Options{Store: st, Frontend: front, Introspection: true, Logger: discardLogger()})
	srv := httptest.NewServer(h)
	t.Cleanup(func() {
		srv.Close()
		st.Close()
	})
	return &Fixture{
		T: t, Store: st, Client: st.Client, Server: srv, Ctx: authz.System(ctx),
		units: map[string]*ent.OrgUnit{}, employees: map[string]*ent.Employee{},
	}
}

// UnitNamed returns the unit with the code, creating it on first use.
func (f *Fixture) UnitNamed(code string) *ent.OrgUnit {
	f.T.Helper()
	if u, ok := f.units[code]; ok {
		return u
	}
	u, err := f.Client.OrgUnit.Create().SetCode(code).SetName("Unit " + code).Save(f.Ctx)
	if err != nil {
		f.T.Fatalf("create unit %s: %v", code, err)
	}
	f.units[code] = u
	return u
}

// EmployeeOption adjusts an employee fixture.
type EmployeeOption func(*ent.EmployeeCreate, *Fixture)

// Unit puts the employee in the unit with code.
func Unit(code string) EmployeeOption {
	return func(c *ent.EmployeeCreate, f *Fixture) { c.SetUnit(f.UnitNamed(code)) }
}

// Supervisor sets the employee's direct supervisor.
func Supervisor(e *ent.Employee) EmployeeOption {
	return func(c *ent.EmployeeCreate, _ *Fixture) { c.SetSupervisor(e) }
}

// Kind sets the position kind.
func Kind(k employee.PositionKind) EmployeeOption {
	return func(c *ent.EmployeeCreate, _ *Fixture) { c.SetPositionKind(k) }
}

// Employee returns the employee with the name, creating it on first use
// with a valid, unique NIP (in unit "UNIT" unless an option says otherwise).
func (f *Fixture) Employee(name string, opts ...EmployeeOption) *ent.Employee {
	f.T.Helper()
	if e, ok := f.employees[name]; ok {
		return e
	}
	f.seq++
	c := f.Client.Employee.Create().
		SetNIP(NIP(f.seq)).
		SetName(name).
		SetType(employee.TypePNS).
		SetRank("III/a").
		SetPosition("Analis").
		SetPositionKind(employee.PositionKindPelaksana).
		SetUnit(f.UnitNamed("UNIT"))
	for _, o := range opts {
		o(c, f)
	}
	e, err := c.Save(f.Ctx)
	if err != nil {
		f.T.Fatalf("create employee %s: %v", name, err)
	}
	f.employees[name] = e
	return e
}

// NIP returns the n-th of a series of valid PNS NIPs.
func NIP(n int) string {
	birth := time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n%10000)
	return fmt.Sprintf("%s%s%d%03d", birth.Format("20060102"), birth.AddDate(24, 1, 0).Format("200601"), 1+n%2, n/10000%999+1)
}

// Account creates a login for the employee with the given roles and returns
// its NIP.
func (f *Fixture) Account(e *ent.Employee, roles ...viewer.Role) string {
	f.T.Helper()
	if _, err := auth.CreateAccount(f.Ctx, f.Client, e.NIP, "", Password, roles); err != nil {
		f.T.Fatalf("create account for %s: %v", e.Name, err)
	}
	return e.NIP
}

// HRAdmin returns a signed-in HR admin (employee "hr").
func (f *Fixture) HRAdmin() *Client {
	f.T.Helper()
	return f.Login(f.Account(f.Employee("hr"), viewer.HRAdmin))
}

// Client is an HTTP client with its own cookie jar, talking to the
// fixture's server.
type Client struct {
	f    *Fixture
	HTTP *http.Client
	// Lang is sent as Accept-Language when set.
	Lang string
	// Bearer is sent as the API token when set.
	Bearer string
}

// Anonymous returns a client without a session.
func (f *Fixture) Anonymous() *Client {
	jar, _ := cookiejar.New(nil)
	return &Client{f: f, HTTP: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// Login signs in with nip and the fixture password, failing the test if
// that does not work.
func (f *Fixture) Login(nip string) *Client {
	f.T.Helper()
	c := f.Anonymous()
	res := c.Post("/auth/login", map[string]string{"nip": nip, "password": Password})
	if res.StatusCode != http.StatusOK {
		f.T.Fatalf("login %s: status %d: %s", nip, res.StatusCode, res.Body)
	}
	return c
}

// Response is a read HTTP response.
type Response struct {
	StatusCode int
	Header     http.Header
	Body       []byte
}

// Do sends a request to the fixture's server.
func (c *Client) Do(req *http.Request) Response {
	c.f.T.Helper()
	if c.Lang != "" {
		req.Header.Set("Accept-Language", c.Lang)
	}
	if c.Bearer != "" {
		req.Header.Set("Authorization", "Bearer "+c.Bearer)
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		c.f.T.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		c.f.T.Fatalf("read %s: %v", req.URL, err)
	}
	return Response{StatusCode: res.StatusCode, Header: res.Header, Body: b}
}

// Get sends a GET request for path.
func (c *Client) Get(path string) Response {
	c.f.T.Helper()
	req, err := http.NewRequest(http.MethodGet, c.f.Server.URL+path, http.NoBody)
	if err != nil {
		c.f.T.Fatal(err)
	}
	return c.Do(req)
}

// Post sends v as JSON to path.
func (c *Client) Post(path string, v any) Response {
	c.f.T.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		c.f.T.Fatal(err)
	}
	req, err := http.NewRequest(http.MethodPost, c.f.Server.URL+path, bytes.NewReader(b))
	if err != nil {
		c.f.T.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	return c.Do(req)
}

// GQLError is one GraphQL error.
type GQLError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Code returns extensions.code.
func (e GQLError) Code() string { s, _ := e.Extensions["code"].(string); return s }

// Field returns extensions.field.
func (e GQLError) Field() string { s, _ := e.Extensions["field"].(string); return s }

// Errors is the one error shape of every response of the API, GraphQL's
// and HTTP's alike: {"errors":[{"message","extensions":{"code","field"}}]}.
type Errors struct {
	Errors []GQLError `json:"errors"`
}

// First returns the first error, or a zero one.
func (e Errors) First() GQLError {
	if len(e.Errors) == 0 {
		return GQLError{}
	}
	return e.Errors[0]
}

// Error returns the first error of the response's body in the API's error
// shape, or a zero one when the body has none (or is not JSON).
func (r Response) Error() GQLError {
	var e Errors
	_ = json.Unmarshal(r.Body, &e)
	return e.First()
}

// Result is a GraphQL response.
type Result struct {
	Status int
	Data   json.RawMessage `json:"data"`
	Errors []GQLError      `json:"errors"`
}

// Decode unmarshals the data into v, failing the test on errors.
func (r Result) Decode(t testing.TB, v any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("unexpected GraphQL errors: %+v", r.Errors)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("decode data %s: %v", r.Data, err)
	}
}

// Code returns the code of the first error, or "".
func (r Result) Code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	return r.Errors[0].Code()
}

// Message returns the message of the first error, or "".
func (r Result) Message() string {
	if len(r.Errors) == 0 {
		return ""
	}
	return r.Errors[0].Message
}

// Query posts a GraphQL operation.
func (c *Client) Query(query string, vars map[string]any) Result {
	c.f.T.Helper()
	res := c.Post("/graphql", map[string]any{"query": query, "variables": vars})
	var r Result
	if err := json.Unmarshal(res.Body, &r); err != nil {
		c.f.T.Fatalf("graphql response %d is not JSON: %s", res.StatusCode, res.Body)
	}
	r.Status = res.StatusCode
	return r
}

// MustQuery posts a GraphQL operation, fails on errors and decodes the data
// into v.
func (c *Client) MustQuery(query string, vars map[string]any, v any) {
	c.f.T.Helper()
	c.Query(query, vars).Decode(c.f.T, v)
}

// As returns a context in which e is the signed-in viewer (without an
// account), for calling domain packages directly.
func (f *Fixture) As(e *ent.Employee, roles ...viewer.Role) context.Context {
	return viewer.NewContext(context.Background(), &viewer.Viewer{EmployeeID: e.ID, Name: e.Name, Roles: roles})
}

// Period creates a period of year with the given scoring method ("" for
// the default) in phase.
func (f *Fixture) Period(year int, method period.ScoringMethod, phase period.Phase) *ent.Period {
	f.T.Helper()
	q := f.Client.Period.Create().SetName(fmt.Sprintf("Penilaian Kinerja %d", year)).SetYear(year).
		SetStartsOn(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)).
		SetEndsOn(time.Date(year, 12, 31, 23, 59, 59, 0, time.UTC)).
		SetPhase(phase)
	if method != "" {
		q.SetScoringMethod(method)
	}
	p, err := q.Save(f.Ctx)
	if err != nil {
		f.T.Fatalf("create period %d: %v", year, err)
	}
	return p
}

// SetPhase moves a period to phase.
func (f *Fixture) SetPhase(p *ent.Period, phase period.Phase) {
	f.T.Helper()
	if err := f.Client.Period.UpdateOne(p).SetPhase(phase).Exec(f.Ctx); err != nil {
		f.T.Fatalf("set phase: %v", err)
	}
}

// Token returns a client that uses a new API token of the signed-in
// client's account with the given scopes.
func (c *Client) Token(scopes ...string) *Client {
	c.f.T.Helper()
	var out struct{ CreateAPIToken struct{ Token string } }
	c.MustQuery(`mutation($s: [APITokenScope!]!) { createAPIToken(name: "test", scopes: $s) { token } }`, map[string]any{"s": scopes}, &out)
	t := c.f.Anonymous()
	t.Bearer = out.CreateAPIToken.Token
	return t
}
