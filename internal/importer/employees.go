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

// employeeColumns is the header of an employees file, in its usual order.
var employeeColumns = []string{"nip", "name", "type", "rank", "position", "position_kind", "unit_code", "supervisor_nip", "email"}

// Employees imports employees (ASN) from a CSV file with the header
// nip,name,type,rank,position,position_kind,unit_code,supervisor_nip,email.
// An employee whose NIP exists is updated, a new NIP creates an employee.
// The unit must exist in the database (import units first); the supervisor
// may be in the database or anywhere in the file, and the hierarchy must
// stay a tree. An empty type means PNS.
func Employees(ctx context.Context, c *ent.Client, r io.Reader, opts Options) (*Report, error) {
	now := opts.now()
	return run(ctx, c, "import.employees", employeeColumns, r, opts,
		func(ctx context.Context, c *ent.Client, rows []row, ps *problems) (*plan, error) {
			return checkEmployees(ctx, c, rows, ps, now)
		})
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

// employeeRow is a checked row: the values to write.
type employeeRow struct {
	line                                  int
	nip, name, typ, rank, position, email string
	kind                                  employee.PositionKind
	unitID                                int
	supervisor                            string // NIP, "" for none
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

func checkEmployees(ctx context.Context, c *ent.Client, rows []row, ps *problems, now time.Time) (*plan, error) {
	units, err := loadUnits(ctx, c)
	if err != nil {
		return nil, err
	}
	unitID := make(map[string]int, len(units))
	for _, u := range units {
		unitID[u.Code] = u.ID
	}
	have, err := loadEmployees(ctx, c)
	if err != nil {
		return nil, err
	}
	nipOf := make(map[int]string, len(have))
	byNIP := make(map[string]storedEmployee, len(have))
	for _, e := range have {
		nipOf[e.ID] = e.NIP
		byNIP[e.NIP] = e
	}
	tree := make(hierarchy, len(have)+len(rows))
	for _, e := range have {
		tree[e.NIP] = nipOf[int(e.Supervisor.Int64)]
	}

	// The first row of each NIP; later ones are duplicates.
	first := map[string]int{}
	for _, r := range rows {
		nip := r.v["nip"]
		if nip == "" {
			continue
		}
		if l, ok := first[nip]; ok {
			ps.add(r.line, "nip", "%s appears again (first on line %d)", nip, l)
			continue
		}
		first[nip] = r.line
	}

	var keep []employeeRow
	for _, r := range rows {
		e := checkEmployee(r, ps, now, unitID, func(nip string) bool {
			_, inDB := byNIP[nip]
			_, inFile := first[nip]
			return inDB || inFile
		})
		if e.nip != "" && first[e.nip] == r.line {
			tree[e.nip] = e.supervisor
			keep = append(keep, e)
		}
	}
	for _, e := range keep {
		if l := tree.loop(e.nip); l != nil {
			ps.add(e.line, "supervisor_nip", "the supervisor chain loops back to this employee: %s", describeLoop(l))
		}
	}
	if len(*ps) > 0 {
		return nil, nil
	}

	byRow := make(map[string]employeeRow, len(keep))
	nips := make([]string, len(keep))
	for i, e := range keep {
		byRow[e.nip] = e
		nips[i] = e.nip
	}
	order := tree.topDown(nips)
	p := &plan{}
	for _, nip := range order {
		old, ok := byNIP[nip]
		switch {
		case !ok:
			p.created++
		case changed(old, byRow[nip], nipOf):
			p.updated++
		default:
			p.unchanged++
		}
	}
	p.apply = func(ctx context.Context, c *ent.Client) error {
		ids := make(map[string]int, len(byNIP)+len(order))
		for nip, e := range byNIP {
			ids[nip] = e.ID
		}
		for _, nip := range order {
			e := byRow[nip]
			old, ok := byNIP[nip]
			if !ok {
				cr := c.Employee.Create().
					SetNIP(e.nip).SetName(e.name).SetType(employee.Type(e.typ)).SetRank(e.rank).
					SetPosition(e.position).SetPositionKind(e.kind).SetUnitID(e.unitID)
				if e.email != "" {
					cr.SetEmail(e.email)
				}
				if e.supervisor != "" {
					cr.SetSupervisorID(ids[e.supervisor])
				}
				created, err := cr.Save(ctx)
				if err != nil {
					return fmt.Errorf("line %d: create employee %s: %w", e.line, nip, err)
				}
				ids[nip] = created.ID
				continue
			}
			if !changed(old, e, nipOf) {
				continue
			}
			if err := update(ctx, c, old, e, nipOf, ids); err != nil {
				return fmt.Errorf("line %d: update employee %s: %w", e.line, nip, err)
			}
		}
		return nil
	}
	return p, nil
}

// checkEmployee checks one row, adding its problems, and returns its values
// (supervisor "" when it is not usable). known tells whether a NIP is in the
// database or the file.
func checkEmployee(r row, ps *problems, now time.Time, unitID map[string]int, known func(string) bool) employeeRow {
	v := r.v
	e := employeeRow{line: r.line, nip: v["nip"], name: v["name"], position: v["position"], email: v["email"]}

	e.typ = strings.ToUpper(v["type"])
	typeOK := true
	switch e.typ {
	case "":
		e.typ = asn.PNS
	case asn.PNS, asn.PPPK:
	default:
		ps.add(r.line, "type", "%q is not PNS or PPPK", v["type"])
		typeOK = false
	}

	if e.nip == "" {
		ps.add(r.line, "nip", "is required")
	} else {
		// With an unknown type, check what both types share (the PPPK rules
		// are the weaker ones).
		typ := e.typ
		if !typeOK {
			typ = asn.PPPK
		}
		if err := asn.ValidateNIP(e.nip, typ, now); err != nil {
			var ne *asn.NIPError
			if errors.As(err, &ne) {
				ps.add(r.line, "nip", "not a valid NIP: %s", ne.EN)
			} else {
				ps.add(r.line, "nip", "not a valid NIP: %v", err)
			}
		}
	}

	switch {
	case e.name == "":
		ps.add(r.line, "name", "is required")
	case employee.NameValidator(e.name) != nil:
		ps.add(r.line, "name", "is too long (%d bytes)", len(e.name))
	}

	switch rank, ok := rankOf(e.typ, v["rank"]); {
	case v["rank"] == "":
		ps.add(r.line, "rank", "is required")
	case ok:
		e.rank = rank
	case typeOK:
		ranks := asn.Ranks(e.typ)
		ps.add(r.line, "rank", "%q is not a rank of %s (%s … %s)", v["rank"], e.typ, ranks[0], ranks[len(ranks)-1])
	}

	switch {
	case e.position == "":
		ps.add(r.line, "position", "is required")
	case employee.PositionValidator(e.position) != nil:
		ps.add(r.line, "position", "is too long (%d bytes)", len(e.position))
	}

	if v["position_kind"] == "" {
		ps.add(r.line, "position_kind", "is required")
	} else if k, ok := positionKind(v["position_kind"]); ok {
		e.kind = k
	} else {
		names := make([]string, len(positionKinds))
		for i, k := range positionKinds {
			names[i] = string(k)
		}
		ps.add(r.line, "position_kind", "%q is not one of %s", v["position_kind"], strings.Join(names, ", "))
	}

	if code := v["unit_code"]; code == "" {
		ps.add(r.line, "unit_code", "is required")
	} else if id, ok := unitID[code]; ok {
		e.unitID = id
	} else {
		ps.add(r.line, "unit_code", "no unit with code %q (import the units first)", code)
	}

	switch sup := v["supervisor_nip"]; {
	case sup == "":
	case sup == e.nip:
		ps.add(r.line, "supervisor_nip", "an employee cannot be its own supervisor")
	case !known(sup):
		ps.add(r.line, "supervisor_nip", "no employee with NIP %s in the database or this file", sup)
	default:
		e.supervisor = sup
	}

	if e.email != "" && employee.EmailValidator(e.email) != nil {
		ps.add(r.line, "email", "%q is not an e-mail address", e.email)
	}
	return e
}

// changed reports whether the row differs from the stored employee.
func changed(old storedEmployee, e employeeRow, nipOf map[int]string) bool {
	return old.Name != e.name || old.Type != e.typ || old.Rank != e.rank ||
		old.Position != e.position || old.PositionKind != string(e.kind) || old.Email.String != e.email ||
		int(old.Unit.Int64) != e.unitID || nipOf[int(old.Supervisor.Int64)] != e.supervisor
}

// update writes the fields of the row that differ from the stored employee,
// so the audit event shows only what changed.
func update(ctx context.Context, c *ent.Client, old storedEmployee, e employeeRow, nipOf map[int]string, ids map[string]int) error {
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
	if nipOf[int(old.Supervisor.Int64)] != e.supervisor {
		if e.supervisor == "" {
			up.ClearSupervisor()
		} else {
			up.SetSupervisorID(ids[e.supervisor])
		}
	}
	return up.Exec(ctx)
}
