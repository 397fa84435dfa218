package importer

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"kinerja/ent"
	"kinerja/ent/auditevent"
	"kinerja/ent/employee"
	"kinerja/ent/orgunit"
	"kinerja/internal/authz"
	"kinerja/internal/store"
)

// Valid NIPs of the tests (PNS unless said otherwise).
const (
	nipA = "197001012000031001"
	nipB = "198002022005012002"
	nipC = "198609262015051001"
	nipD = "199003032015032003"
	nipE = "199104042016021004"
	nipF = "199205052017012005"
	nipG = "199306062018022006"
	nipH = "199407072019031007"
	nipP = "199001012021991001" // a PPPK number: digits 13–14 are not a month
)

// today is the date NIPs are checked against.
var today = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

const (
	unitHeader     = "code,name,parent_code\n"
	employeeHeader = "nip,name,type,rank,position,position_kind,unit_code,supervisor_nip,email\n"
)

// open returns a client on a fresh, migrated SQLite file and a context with
// the rights of the command line.
func open(t testing.TB) (*ent.Client, context.Context) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "kinerja.db"))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Migrate(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	return st.Client, authz.System(ctx)
}

// mustImport imports a file that must have no problems.
func mustImport(ctx context.Context, t testing.TB, c *ent.Client, load func(context.Context, *ent.Client, *strings.Reader, Options) (*Report, error), csv string) *Report {
	t.Helper()
	rep, err := load(ctx, c, strings.NewReader(csv), Options{Now: today})
	if err != nil {
		if rep != nil {
			t.Fatalf("import: %v %v", err, rep.Problems)
		}
		t.Fatalf("import: %v", err)
	}
	return rep
}

func units(ctx context.Context, c *ent.Client, r *strings.Reader, o Options) (*Report, error) {
	return Units(ctx, c, r, o)
}

func employees(ctx context.Context, c *ent.Client, r *strings.Reader, o Options) (*Report, error) {
	return Employees(ctx, c, r, o)
}

// counts is how many rows the tables the importer writes have.
type counts struct{ units, employees, events int }

func countRows(ctx context.Context, t testing.TB, c *ent.Client) counts {
	t.Helper()
	var n counts
	var err error
	if n.units, err = c.OrgUnit.Query().Count(ctx); err != nil {
		t.Fatal(err)
	}
	if n.employees, err = c.Employee.Query().Count(ctx); err != nil {
		t.Fatal(err)
	}
	if n.events, err = c.AuditEvent.Query().Count(ctx); err != nil {
		t.Fatal(err)
	}
	return n
}

// employeeByNIP loads an employee with its unit and supervisor.
func employeeByNIP(ctx context.Context, t testing.TB, c *ent.Client, nip string) *ent.Employee {
	t.Helper()
	e, err := c.Employee.Query().Where(employee.NIP(nip)).WithUnit().WithSupervisor().Only(ctx)
	if err != nil {
		t.Fatalf("employee %s: %v", nip, err)
	}
	return e
}

func supervisorNIP(e *ent.Employee) string {
	if e.Edges.Supervisor == nil {
		return ""
	}
	return e.Edges.Supervisor.NIP
}

// where is a problem's position, for comparing without the wording.
type where struct {
	Line  int
	Field string
}

func positions(ps []Problem) []where {
	out := make([]where, len(ps))
	for i, p := range ps {
		out[i] = where{p.Line, p.Field}
	}
	return out
}

const goodUnits = unitHeader +
	"DISDIK.SD,Bidang Sekolah Dasar,DISDIK\n" + // the parent comes later
	"DISDIK,Dinas Pendidikan,\n" +
	"BKPSDM,Badan Kepegawaian dan Pengembangan SDM,\n"

var goodEmployees = employeeHeader +
	nipC + ",Citra,PNS,III/a,Guru,fungsional,DISDIK.SD," + nipB + ",citra@example.go.id\n" + // supervisor later in the file
	nipB + ",Budi,,III/d,Kepala Bidang,ADMINISTRATOR,DISDIK," + nipA + ",\n" +
	nipA + ",Ani,PNS,IV/c,Kepala Dinas,JPT_PRATAMA,DISDIK,,ani@example.go.id\n" +
	nipP + ",Putri,PPPK,IX,Guru,FUNGSIONAL,DISDIK.SD," + nipB + ",\n"

func TestUnitsThenEmployees(t *testing.T) {
	c, ctx := open(t)

	rep := mustImport(ctx, t, c, units, goodUnits)
	if want := (Report{Created: 3}); rep.Created != want.Created || rep.Updated != 0 || rep.Unchanged != 0 {
		t.Errorf("Units(...) = %+v, want %+v", *rep, want)
	}
	sd, err := c.OrgUnit.Query().Where(orgunit.Code("DISDIK.SD")).WithParent().Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if sd.Edges.Parent == nil || sd.Edges.Parent.Code != "DISDIK" {
		t.Errorf("DISDIK.SD parent = %v, want DISDIK", sd.Edges.Parent)
	}

	rep = mustImport(ctx, t, c, employees, goodEmployees)
	if rep.Created != 4 || rep.Updated != 0 || rep.Unchanged != 0 {
		t.Errorf("Employees(...) = %+v, want 4 created", *rep)
	}
	for _, w := range []struct {
		nip, name, typ, rank, unit, supervisor, email string
		kind                                          employee.PositionKind
	}{
		{nipA, "Ani", "PNS", "IV/c", "DISDIK", "", "ani@example.go.id", employee.PositionKindJPTPratama},
		{nipB, "Budi", "PNS", "III/d", "DISDIK", nipA, "", employee.PositionKindAdministrator},
		{nipC, "Citra", "PNS", "III/a", "DISDIK.SD", nipB, "citra@example.go.id", employee.PositionKindFungsional},
		{nipP, "Putri", "PPPK", "IX", "DISDIK.SD", nipB, "", employee.PositionKindFungsional},
	} {
		t.Run(w.name, func(t *testing.T) {
			e := employeeByNIP(ctx, t, c, w.nip)
			got := fmt.Sprint(e.Name, e.Type, e.Rank, e.Edges.Unit.Code, supervisorNIP(e), e.Email, e.PositionKind)
			want := fmt.Sprint(w.name, w.typ, w.rank, w.unit, w.supervisor, w.email, w.kind)
			if got != want {
				t.Errorf("employee %s = %s, want %s", w.nip, got, want)
			}
		})
	}

	// The same file again changes nothing.
	before := countRows(ctx, t, c)
	rep = mustImport(ctx, t, c, employees, goodEmployees)
	if rep.Created != 0 || rep.Updated != 0 || rep.Unchanged != 4 {
		t.Errorf("Employees(same file) = %+v, want 4 unchanged", *rep)
	}
	if after := countRows(ctx, t, c); after != before {
		t.Errorf("the same file again: rows %+v → %+v, want no change", before, after)
	}

	// A changed file updates name, rank and supervisor (to a new employee
	// who comes later in the file) and creates the new one; Putri, not in
	// the file, stays as she is.
	changed := employeeHeader +
		nipC + ",Citra Dewi,PNS,III/b,Guru,FUNGSIONAL,DISDIK.SD," + nipD + ",citra@example.go.id\n" +
		nipB + ",Budi,,III/d,Kepala Bidang,ADMINISTRATOR,DISDIK," + nipA + ",\n" +
		nipA + ",Ani,PNS,IV/c,Kepala Dinas,JPT_PRATAMA,DISDIK,,ani@example.go.id\n" +
		nipD + ",Dedi,PNS,III/c,Koordinator,PENGAWAS,DISDIK.SD," + nipB + ",dedi@example.go.id\n"
	rep = mustImport(ctx, t, c, employees, changed)
	if rep.Created != 1 || rep.Updated != 1 || rep.Unchanged != 2 {
		t.Errorf("Employees(changed file) = %+v, want 1 created, 1 updated, 2 unchanged", *rep)
	}
	citra := employeeByNIP(ctx, t, c, nipC)
	if citra.Name != "Citra Dewi" || citra.Rank != "III/b" || supervisorNIP(citra) != nipD {
		t.Errorf("after the update Citra = %q %q supervisor %s, want Citra Dewi III/b %s", citra.Name, citra.Rank, supervisorNIP(citra), nipD)
	}
	if dedi := employeeByNIP(ctx, t, c, nipD); supervisorNIP(dedi) != nipB || dedi.Edges.Unit.Code != "DISDIK.SD" {
		t.Errorf("Dedi: supervisor %s unit %s, want %s DISDIK.SD", supervisorNIP(dedi), dedi.Edges.Unit.Code, nipB)
	}
	if putri := employeeByNIP(ctx, t, c, nipP); supervisorNIP(putri) != nipB {
		t.Errorf("Putri (not in the file) supervisor = %s, want %s", supervisorNIP(putri), nipB)
	}

	// Every write left an audit event named after the import.
	for _, tc := range []struct {
		action string
		want   int
	}{
		{"import.units", 3},
		{"import.employees", 4 + 1 + 1},
	} {
		t.Run(tc.action, func(t *testing.T) {
			n, err := c.AuditEvent.Query().Where(auditevent.Action(tc.action)).Count(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if n != tc.want {
				t.Errorf("audit events %s = %d, want %d", tc.action, n, tc.want)
			}
		})
	}
	ev, err := c.AuditEvent.Query().
		Where(auditevent.Action("import.employees"), auditevent.EntityID(citra.ID), auditevent.BeforeNotNil()).
		Only(ctx)
	if err != nil {
		t.Fatalf("the audit event of Citra's update: %v", err)
	}
	if ev.Before["name"] != "Citra" || ev.After["name"] != "Citra Dewi" || ev.After["rank"] != "III/b" {
		t.Errorf("audit event of the update: before %v after %v", ev.Before, ev.After)
	}
	if _, ok := ev.After["email"]; ok {
		t.Errorf("audit event of the update records the unchanged e-mail: %v", ev.After)
	}

	// Units are updated too: a new name and a move under another parent.
	rep = mustImport(ctx, t, c, units, unitHeader+"DISDIK.SD,Bidang SD,BKPSDM\nDISDIK.SMP,Bidang SMP,DISDIK\n")
	if rep.Created != 1 || rep.Updated != 1 {
		t.Errorf("Units(changed) = %+v, want 1 created, 1 updated", *rep)
	}
	sd, err = c.OrgUnit.Query().Where(orgunit.Code("DISDIK.SD")).WithParent().Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if sd.Name != "Bidang SD" || sd.Edges.Parent == nil || sd.Edges.Parent.Code != "BKPSDM" {
		t.Errorf("DISDIK.SD after the update = %q under %v, want Bidang SD under BKPSDM", sd.Name, sd.Edges.Parent)
	}
}

func TestEmployeesReportsEveryProblem(t *testing.T) {
	c, ctx := open(t)
	mustImport(ctx, t, c, units, goodUnits)
	mustImport(ctx, t, c, employees, employeeHeader+nipA+",Ani,PNS,IV/c,Kepala Dinas,JPT_PRATAMA,DISDIK,,\n")
	before := countRows(ctx, t, c)

	bad := employeeHeader +
		nipA + ",Ani Baru,PNS,IV/c,Kepala Dinas,JPT_PRATAMA,DISDIK,,\n" + // 2: fine (an update)
		"198613312015051001,Tanggal Salah,PNS,III/a,Staf,PELAKSANA,DISDIK," + nipA + ",\n" + // 3: no 31st of the 13th month
		nipB + ",Budi,PNS,IX,Staf,PELAKSANA,DISDIK," + nipA + ",\n" + // 4: a PPPK grade on a PNS
		nipC + ",Citra,PNS,III/a,Staf,PELAKSANA,NOWHERE," + nipA + ",\n" + // 5: unknown unit
		nipD + ",Dedi,PNS,III/a,Staf,KEPALA,DISDIK," + nipA + ",\n" + // 6: unknown position kind
		nipB + ",Budi Lagi,PNS,III/a,Staf,PELAKSANA,DISDIK," + nipA + ",\n" + // 7: duplicate NIP
		nipE + ",Eka,PNS,III/a,Staf,PELAKSANA,DISDIK," + nipF + ",\n" + // 8: E → F → E
		nipF + ",Fajar,PNS,III/a,Staf,PELAKSANA,DISDIK," + nipE + ",\n" + // 9
		nipG + ",Gita,PNS,III/a,Staf,PELAKSANA,DISDIK," + nipA + ",gita@\n" + // 10: bad e-mail
		nipH + ",,PNS,III/a,Staf,PELAKSANA,DISDIK," + nipA + ",\n" // 11: no name

	rep, err := Employees(ctx, c, strings.NewReader(bad), Options{Now: today})
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("Employees(bad file) error = %v, want ErrInvalid", err)
	}
	want := []struct {
		line          int
		field, reason string
	}{
		{3, "nip", "birth date 19861331"},
		{4, "rank", `"IX" is not a rank of PNS`},
		{5, "unit_code", `no unit with code "NOWHERE"`},
		{6, "position_kind", `"KEPALA" is not one of`},
		{7, "nip", "first on line 4"},
		{8, "supervisor_nip", nipE + " → " + nipF + " → " + nipE},
		{9, "supervisor_nip", nipF + " → " + nipE + " → " + nipF},
		{10, "email", `"gita@" is not an e-mail address`},
		{11, "name", "is required"},
	}
	if len(rep.Problems) != len(want) {
		t.Errorf("Employees(bad file) problems = %v, want %d of them", rep.Problems, len(want))
	}
	for i, w := range want {
		if i >= len(rep.Problems) {
			break
		}
		t.Run(fmt.Sprintf("line %d", w.line), func(t *testing.T) {
			p := rep.Problems[i]
			if p.Line != w.line || p.Field != w.field || !strings.Contains(p.Reason, w.reason) {
				t.Errorf("problem %d = %q, want line %d: %s: …%s…", i, p, w.line, w.field, w.reason)
			}
		})
	}
	if rep.Created != 0 || rep.Updated != 0 {
		t.Errorf("Employees(bad file) counts %+v, want none", *rep)
	}
	if after := countRows(ctx, t, c); after != before {
		t.Errorf("rows %+v → %+v after a refused file, want no change", before, after)
	}
	if a := employeeByNIP(ctx, t, c, nipA); a.Name != "Ani" {
		t.Errorf("the good row of a refused file was written: name %q", a.Name)
	}
}

func TestEmployeeRowProblems(t *testing.T) {
	c, ctx := open(t)
	mustImport(ctx, t, c, units, goodUnits)
	mustImport(ctx, t, c, employees, employeeHeader+
		nipA+",Ani,PNS,IV/c,Kepala Dinas,JPT_PRATAMA,DISDIK,,\n"+
		nipB+",Budi,PNS,III/d,Kepala Bidang,ADMINISTRATOR,DISDIK,"+nipA+",\n")

	row := func(nip, name, typ, rank, kind, unit, sup, email string) string {
		return strings.Join([]string{nip, name, typ, rank, "Staf", kind, unit, sup, email}, ",") + "\n"
	}
	for _, tc := range []struct {
		name string
		rows string
		want []where
	}{
		{"a good row", row(nipC, "Citra", "PNS", "III/a", "PELAKSANA", "DISDIK", nipB, "c@example.go.id"), nil},
		{"PPPK number and grade", row(nipP, "Putri", "PPPK", "XVII", "FUNGSIONAL", "DISDIK", "", ""), nil},
		{"lower case and spaces are read", row(nipC, "Citra", "pns", "iii/a", "jpt pratama", "DISDIK", "", ""), nil},
		{"PPPK number on a PNS", row(nipP, "Putri", "PNS", "III/a", "FUNGSIONAL", "DISDIK", "", ""), []where{{2, "nip"}}},
		{"PNS rank on a PPPK", row(nipP, "Putri", "PPPK", "III/a", "FUNGSIONAL", "DISDIK", "", ""), []where{{2, "rank"}}},
		{"short NIP", row("19860926201505100", "Citra", "", "III/a", "PELAKSANA", "DISDIK", "", ""), []where{{2, "nip"}}},
		{"unknown type", row(nipC, "Citra", "CPNS", "III/a", "PELAKSANA", "DISDIK", "", ""), []where{{2, "type"}}},
		{"own supervisor", row(nipC, "Citra", "", "III/a", "PELAKSANA", "DISDIK", nipC, ""), []where{{2, "supervisor_nip"}}},
		{"unknown supervisor", row(nipC, "Citra", "", "III/a", "PELAKSANA", "DISDIK", nipH, ""), []where{{2, "supervisor_nip"}}},
		{"cycle through the database", row(nipA, "Ani", "", "IV/c", "JPT_PRATAMA", "DISDIK", nipB, ""), []where{{2, "supervisor_nip"}}},
		{"only a NIP", row(nipC, "", "", "", "", "", "", ""), []where{{2, "name"}, {2, "rank"}, {2, "position_kind"}, {2, "unit_code"}}},
		{"long name", row(nipC, strings.Repeat("a", 201), "", "III/a", "PELAKSANA", "DISDIK", "", ""), []where{{2, "name"}}},
		{"too few fields", nipC + ",Citra,PNS\n", []where{{2, ""}}},
		{"blank lines keep the line numbers", "\n\n" + row(nipC, "", "", "III/a", "PELAKSANA", "DISDIK", "", ""), []where{{4, "name"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := countRows(ctx, t, c)
			rep, err := Employees(ctx, c, strings.NewReader(employeeHeader+tc.rows), Options{Now: today, DryRun: true})
			if (err != nil) != (tc.want != nil) || (err != nil && !errors.Is(err, ErrInvalid)) {
				t.Fatalf("Employees(%q) error = %v, want problems %v", tc.rows, err, tc.want)
			}
			if got := positions(rep.Problems); !slices.Equal(got, tc.want) {
				t.Errorf("Employees(%q) problems = %v, want %v", tc.rows, rep.Problems, tc.want)
			}
			if after := countRows(ctx, t, c); after != before {
				t.Errorf("a dry run wrote: %+v → %+v", before, after)
			}
		})
	}
}

func TestUnitProblems(t *testing.T) {
	c, ctx := open(t)
	mustImport(ctx, t, c, units, unitHeader+"INDUK,Induk,\nANAK,Anak,INDUK\n")
	for _, tc := range []struct {
		name string
		rows string
		want []where
	}{
		{"good rows", "X.1,Satu,X\nX,Induk X,\n", nil},
		{"bad code", "DIS DIK,Dinas,\n-X,Dinas,\n", []where{{2, "code"}, {3, "code"}}},
		{"missing code and name", ",,\n", nil}, // a row of empty cells is skipped
		{"missing name", "X,,\n", []where{{2, "name"}}},
		{"unknown parent", "X,Dinas,NOWHERE\n", []where{{2, "parent_code"}}},
		{"own parent", "X,Dinas,X\n", []where{{2, "parent_code"}}},
		{"cycle in the file", "X,Satu,Y\nY,Dua,X\nZ,Tiga,Y\n", []where{{2, "parent_code"}, {3, "parent_code"}}},
		{"cycle with the database", "INDUK,Induk,ANAK\n", []where{{2, "parent_code"}}},
		{"duplicate code", "X,Satu,\nY,Dua,\nX,Tiga,\n", []where{{4, "code"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := Units(ctx, c, strings.NewReader(unitHeader+tc.rows), Options{Now: today, DryRun: true})
			if (err != nil) != (tc.want != nil) {
				t.Fatalf("Units(%q) error = %v, want problems %v", tc.rows, err, tc.want)
			}
			if got := positions(rep.Problems); !slices.Equal(got, tc.want) {
				t.Errorf("Units(%q) problems = %v, want %v", tc.rows, rep.Problems, tc.want)
			}
		})
	}
}

func TestDryRun(t *testing.T) {
	c, ctx := open(t)
	mustImport(ctx, t, c, units, goodUnits)
	mustImport(ctx, t, c, employees, employeeHeader+nipA+",Ani,PNS,IV/c,Kepala Dinas,JPT_PRATAMA,DISDIK,,\n")
	before := countRows(ctx, t, c)

	rep, err := Employees(ctx, c, strings.NewReader(strings.Replace(goodEmployees, "Ani", "Ani Baru", 1)), Options{Now: today, DryRun: true})
	if err != nil {
		t.Fatalf("Employees(dry run) = %v %v", err, rep.Problems)
	}
	if rep.Created != 3 || rep.Updated != 1 {
		t.Errorf("Employees(dry run) = %+v, want 3 to create, 1 to update", *rep)
	}
	rep, err = Units(ctx, c, strings.NewReader(goodUnits+"NEW,Baru,BKPSDM\n"), Options{Now: today, DryRun: true})
	if err != nil || rep.Created != 1 || rep.Unchanged != 3 {
		t.Errorf("Units(dry run) = %+v, %v, want 1 to create, 3 unchanged", rep, err)
	}
	if after := countRows(ctx, t, c); after != before {
		t.Errorf("a dry run wrote: %+v → %+v", before, after)
	}
}

func TestExcelExports(t *testing.T) {
	for _, tc := range []struct {
		name, units, employees string
	}{
		{"semicolons", "code;name;parent_code\nDISDIK;Dinas Pendidikan;\n",
			"nip;name;type;rank;position;position_kind;unit_code;supervisor_nip;email\n" + nipA + ";Ani, S.Pd.;PNS;IV/c;Kepala Dinas;JPT_PRATAMA;DISDIK;;\n"},
		{"BOM, CRLF and another column order", "\ufeffname,code,parent_code\r\nDinas Pendidikan,DISDIK,\r\n",
			"\ufeffNIP,Name,Unit_Code,Type,Rank,Position,Position_Kind,Supervisor_NIP,Email\r\n" + nipA + `,"Ani, S.Pd.",DISDIK,PNS,IV/c,Kepala Dinas,JPT_PRATAMA,,` + "\r\n"},
		{"BOM, semicolons, spaces and trailing empty rows", "\ufeffcode ; name ; parent_code\n DISDIK ; Dinas Pendidikan ; \n;;\n",
			"\ufeffnip;name;type;rank;position;position_kind;unit_code;supervisor_nip;email\n" + nipA + " ; Ani, S.Pd. ; PNS ; IV/c ; Kepala Dinas ; JPT_PRATAMA ; DISDIK ;  ; ;\n;;;;;;;;\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, ctx := open(t)
			if rep := mustImport(ctx, t, c, units, tc.units); rep.Created != 1 {
				t.Errorf("Units(...) = %+v, want 1 created", *rep)
			}
			if rep := mustImport(ctx, t, c, employees, tc.employees); rep.Created != 1 {
				t.Errorf("Employees(...) = %+v, want 1 created", *rep)
			}
			if a := employeeByNIP(ctx, t, c, nipA); a.Name != "Ani, S.Pd." || a.Edges.Unit.Name != "Dinas Pendidikan" {
				t.Errorf("imported %q in %q, want Ani, S.Pd. in Dinas Pendidikan", a.Name, a.Edges.Unit.Name)
			}
		})
	}
}

// TestEmployeesReorderHierarchy turns a chain upside down in a file whose
// order, written as it stands, would pass through a cycle: the importer
// writes supervisors before their subordinates.
func TestEmployeesReorderHierarchy(t *testing.T) {
	c, ctx := open(t)
	mustImport(ctx, t, c, units, goodUnits)
	// Today: A leads B, who leads C.
	mustImport(ctx, t, c, employees, employeeHeader+
		nipA+",Ani,PNS,IV/c,Kepala,JPT_PRATAMA,DISDIK,,\n"+
		nipB+",Budi,PNS,III/d,Kepala Bidang,ADMINISTRATOR,DISDIK,"+nipA+",\n"+
		nipC+",Citra,PNS,III/a,Staf,PELAKSANA,DISDIK,"+nipB+",\n")
	// Tomorrow: B leads C, who leads A (C's row is not in the file).
	rep := mustImport(ctx, t, c, employees, employeeHeader+
		nipA+",Ani,PNS,IV/c,Staf,PELAKSANA,DISDIK,"+nipC+",\n"+
		nipB+",Budi,PNS,III/d,Kepala,JPT_PRATAMA,DISDIK,,\n")
	if rep.Updated != 2 {
		t.Errorf("Employees(...) = %+v, want 2 updated", *rep)
	}
	for _, tc := range []struct{ nip, supervisor string }{
		{nipA, nipC},
		{nipB, ""},
		{nipC, nipB},
	} {
		t.Run(tc.nip, func(t *testing.T) {
			if got := supervisorNIP(employeeByNIP(ctx, t, c, tc.nip)); got != tc.supervisor {
				t.Errorf("supervisor of %s = %q, want %q", tc.nip, got, tc.supervisor)
			}
		})
	}
}

// TestInsideATransaction runs the import on a transactional client, as a
// GraphQL mutation would: the caller's transaction decides.
func TestInsideATransaction(t *testing.T) {
	c, ctx := open(t)
	tx, err := c.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Units(ctx, tx.Client(), strings.NewReader(goodUnits), Options{Now: today})
	if err != nil || rep.Created != 3 {
		t.Fatalf("Units(in a transaction) = %+v, %v, want 3 created", rep, err)
	}
	if n, err := tx.OrgUnit.Query().Count(ctx); err != nil || n != 3 {
		t.Errorf("units inside the transaction = %d, %v, want 3", n, err)
	}
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	if n := countRows(ctx, t, c); n != (counts{}) {
		t.Errorf("rows after the caller rolled back = %+v, want none", n)
	}
}

func TestProblemString(t *testing.T) {
	for _, tc := range []struct {
		p    Problem
		want string
	}{
		{Problem{Line: 3, Field: "nip", Reason: "is required", ReasonID: "wajib diisi"}, "line 3: nip: is required"},
		{Problem{Line: 7, Reason: "has 3 fields, the header has 9"}, "line 7: has 3 fields, the header has 9"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			if got := tc.p.String(); got != tc.want {
				t.Errorf("%#v.String() = %q, want %q", tc.p, got, tc.want)
			}
		})
	}
}
