package importer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"kinerja/ent"
	"kinerja/ent/employee"
	"kinerja/internal/asn"
)

// employeeKind is the employees file: its columns and the words of its
// problems.
var employeeKind = kind{
	action:        "import.employees",
	columns:       []string{"nip", "name", "type", "rank", "position", "position_kind", "unit_code", "supervisor_nip", "email"},
	noun:          "employee",
	key:           "nip",
	parent:        "supervisor_nip",
	selfParent:    text{"pegawai tidak bisa menjadi atasannya sendiri", "an employee cannot be its own supervisor"},
	unknownParent: text{"tidak ada pegawai dengan NIP %s di basis data atau berkas ini", "no employee with NIP %s in the database or this file"},
	loop:          text{"rantai atasan kembali ke pegawai ini: %s", "the supervisor chain loops back to this employee: %s"},
}

// Employees imports employees (ASN) from a CSV file with the header
// nip,name,type,rank,position,position_kind,unit_code,supervisor_nip,email.
// An employee whose NIP exists is updated, a new NIP creates an employee.
// The unit must exist in the database (import units first); the supervisor
// may be in the database or anywhere in the file, and the hierarchy must
// stay a tree. An empty type means PNS.
func Employees(ctx context.Context, c *ent.Client, r io.Reader, opts Options) (*Report, error) {
	return run(ctx, c, r, opts, &employeeKind, &employeeRecords{now: opts.now()})
}

// storedEmployee is an employee as the database has it, with the fields
// the file can change.
type storedEmployee struct {
	ID           int            `sql:"id"`
	NIP          string         `sql:"nip"`
	Name         string         `sql:"name"`
	Type         string         `sql:"type"`
	Rank         string         `sql:"rank"`
	Position     string         `sql:"position"`
	PositionKind string         `sql:"position_kind"`
	Email        sql.NullString `sql:"email"`
	Unit         sql.NullInt64  `sql:"employee_unit"`
	Supervisor   sql.NullInt64  `sql:"employee_subordinates"`
}

// loadEmployees reads every employee in one query.
func loadEmployees(ctx context.Context, c *ent.Client) ([]storedEmployee, error) {
	var have []storedEmployee
	err := c.Employee.Query().
		Modify(func(s *entsql.Selector) {
			s.Select(
				s.C(employee.FieldID), s.C(employee.FieldNIP), s.C(employee.FieldName),
				s.C(employee.FieldType), s.C(employee.FieldRank), s.C(employee.FieldPosition),
				s.C(employee.FieldPositionKind), s.C(employee.FieldEmail),
				s.C(employee.UnitColumn), s.C(employee.SupervisorColumn),
			)
		}).
		Scan(ctx, &have)
	if err != nil {
		return nil, fmt.Errorf("read the employees: %w", err)
	}
	return have, nil
}

// employeeRow is a checked row of an employees file: the values to write
// besides the supervisor.
type employeeRow struct {
	nip, name, typ, rank, position, email string
	kind                                  employee.PositionKind
	unitID                                int
}

var positionKinds = []employee.PositionKind{
	employee.PositionKindJPTUtama, employee.PositionKindJPTMadya, employee.PositionKindJPTPratama,
	employee.PositionKindAdministrator, employee.PositionKindPengawas, employee.PositionKindPelaksana,
	employee.PositionKindFungsional,
}

// positionKind reads a position kind case-insensitively, with spaces or
// dashes for underscores ("JPT Pratama").
func positionKind(s string) (employee.PositionKind, bool) {
	k := employee.PositionKind(strings.NewReplacer(" ", "_", "-", "_").Replace(strings.ToUpper(s)))
	return k, slices.Contains(positionKinds, k)
}

// rankOf returns the rank of the type spelled as s (case-insensitively).
func rankOf(typ, s string) (string, bool) {
	for _, r := range asn.Ranks(typ) {
		if strings.EqualFold(r, s) {
			return r, true
		}
	}
	return "", false
}

// employeeRecords imports employees; NIPs are checked against now, units
// looked up in the database.
type employeeRecords struct {
	now    time.Time
	unitID map[string]int // by code, filled by load
}

func (er *employeeRecords) load(ctx context.Context, c *ent.Client) ([]storedEmployee, error) {
	units, err := loadUnits(ctx, c)
	if err != nil {
		return nil, err
	}
	er.unitID = make(map[string]int, len(units))
	for i := range units {
		er.unitID[units[i].Code] = units[i].ID
	}
	return loadEmployees(ctx, c)
}

func (*employeeRecords) node(s *storedEmployee) (id int, key string, parent int) {
	return s.ID, s.NIP, int(s.Supervisor.Int64)
}

func (er *employeeRecords) check(r row, ps *problems) employeeRow {
	v := r.v
	e := employeeRow{nip: v["nip"], name: v["name"], position: v["position"], email: v["email"]}

	e.typ = strings.ToUpper(v["type"])
	typeOK := true
	switch e.typ {
	case "":
		e.typ = asn.PNS
	case asn.PNS, asn.PPPK:
	default:
		ps.add(r.line, "type", "%q bukan PNS atau PPPK", "%q is not PNS or PPPK", v["type"])
		typeOK = false
	}

	if e.nip == "" {
		ps.add(r.line, "nip", "wajib diisi", "is required")
	} else {
		// With an unknown type, check what both types share (the PPPK rules
		// are the weaker ones).
		typ := e.typ
		if !typeOK {
			typ = asn.PPPK
		}
		if err := asn.ValidateNIP(e.nip, typ, er.now); err != nil {
			var ne *asn.NIPError
			if errors.As(err, &ne) {
				ps.addText(r.line, "nip", "NIP tidak valid: "+ne.ID, "not a valid NIP: "+ne.EN)
			} else {
				ps.add(r.line, "nip", "NIP tidak valid: %v", "not a valid NIP: %v", err)
			}
		}
	}

	switch {
	case e.name == "":
		ps.add(r.line, "name", "wajib diisi", "is required")
	case employee.NameValidator(e.name) != nil:
		ps.add(r.line, "name", "terlalu panjang (%d byte)", "is too long (%d bytes)", len(e.name))
	}

	switch rank, ok := rankOf(e.typ, v["rank"]); {
	case v["rank"] == "":
		ps.add(r.line, "rank", "wajib diisi", "is required")
	case ok:
		e.rank = rank
	case typeOK:
		ranks := asn.Ranks(e.typ)
		ps.add(r.line, "rank", "%q bukan golongan %s (%s … %s)", "%q is not a rank of %s (%s … %s)", v["rank"], e.typ, ranks[0], ranks[len(ranks)-1])
	}

	switch {
	case e.position == "":
		ps.add(r.line, "position", "wajib diisi", "is required")
	case employee.PositionValidator(e.position) != nil:
		ps.add(r.line, "position", "terlalu panjang (%d byte)", "is too long (%d bytes)", len(e.position))
	}

	if v["position_kind"] == "" {
		ps.add(r.line, "position_kind", "wajib diisi", "is required")
	} else if k, ok := positionKind(v["position_kind"]); ok {
		e.kind = k
	} else {
		names := make([]string, len(positionKinds))
		for i, k := range positionKinds {
			names[i] = string(k)
		}
		ps.add(r.line, "position_kind", "%q bukan salah satu dari %s", "%q is not one of %s", v["position_kind"], strings.Join(names, ", "))
	}

	if code := v["unit_code"]; code == "" {
		ps.add(r.line, "unit_code", "wajib diisi", "is required")
	} else if id, ok := er.unitID[code]; ok {
		e.unitID = id
	} else {
		ps.add(r.line, "unit_code", "tidak ada unit dengan kode %q (impor unit lebih dulu)", "no unit with code %q (import the units first)", code)
	}

	if e.email != "" && employee.EmailValidator(e.email) != nil {
		ps.add(r.line, "email", "%q bukan alamat e-mail", "%q is not an e-mail address", e.email)
	}
	return e
}

func (*employeeRecords) differs(old *storedEmployee, e *employeeRow) bool {
	return old.Name != e.name || old.Type != e.typ || old.Rank != e.rank ||
		old.Position != e.position || old.PositionKind != string(e.kind) || old.Email.String != e.email ||
		int(old.Unit.Int64) != e.unitID
}

func (*employeeRecords) create(ctx context.Context, c *ent.Client, e *employeeRow, supervisor int) (int, error) {
	cr := c.Employee.Create().
		SetNIP(e.nip).SetName(e.name).SetType(employee.Type(e.typ)).SetRank(e.rank).
		SetPosition(e.position).SetPositionKind(e.kind).SetUnitID(e.unitID)
	if e.email != "" {
		cr.SetEmail(e.email)
	}
	if supervisor != 0 {
		cr.SetSupervisorID(supervisor)
	}
	created, err := cr.Save(ctx)
	if err != nil {
		return 0, err
	}
	return created.ID, nil
}

// update writes only the fields that differ from the stored employee, so
// the audit event shows only what changed.
func (*employeeRecords) update(ctx context.Context, c *ent.Client, old *storedEmployee, e *employeeRow, moved bool, supervisor int) error {
	up := c.Employee.UpdateOneID(old.ID)
	if old.Name != e.name {
		up.SetName(e.name)
	}
	if old.Type != e.typ {
		up.SetType(employee.Type(e.typ))
	}
	if old.Rank != e.rank {
		up.SetRank(e.rank)
	}
	if old.Position != e.position {
		up.SetPosition(e.position)
	}
	if old.PositionKind != string(e.kind) {
		up.SetPositionKind(e.kind)
	}
	if old.Email.String != e.email {
		up.SetEmail(e.email)
	}
	if int(old.Unit.Int64) != e.unitID {
		up.SetUnitID(e.unitID)
	}
	switch {
	case !moved:
	case supervisor == 0:
		up.ClearSupervisor()
	default:
		up.SetSupervisorID(supervisor)
	}
	return up.Exec(ctx)
}
