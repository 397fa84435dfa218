package importer

import (
	"context"
	"database/sql"
	"fmt"
	"io"

	entsql "entgo.io/ent/dialect/sql"

	"kinerja/ent"
	"kinerja/ent/orgunit"
)

// unitKind is the units file: its columns and the words of its problems.
var unitKind = kind{
	action:        "import.units",
	columns:       []string{"code", "name", "parent_code"},
	noun:          "unit",
	key:           "code",
	parent:        "parent_code",
	selfParent:    text{"unit tidak bisa menjadi induknya sendiri", "a unit cannot be its own parent"},
	unknownParent: text{"tidak ada unit dengan kode %q di basis data atau berkas ini", "no unit with code %q in the database or this file"},
	loop:          text{"rantai induk kembali ke unit ini: %s", "the parent chain loops back to this unit: %s"},
}

// Units imports organisation units (unit kerja) from a CSV file with the
// header code,name,parent_code. A unit whose code exists is updated, a new
// code creates a unit. A parent must exist in the database or elsewhere in
// the file, and the tree must stay a tree.
func Units(ctx context.Context, c *ent.Client, r io.Reader, opts Options) (*Report, error) {
	return run(ctx, c, r, opts, &unitKind, unitRecords{})
}

// storedUnit is a unit as the database has it.
type storedUnit struct {
	ID     int           `sql:"id"`
	Code   string        `sql:"code"`
	Name   string        `sql:"name"`
	Parent sql.NullInt64 `sql:"org_unit_children"`
}

// loadUnits reads every unit's ID, code, name and parent in one query.
func loadUnits(ctx context.Context, c *ent.Client) ([]storedUnit, error) {
	var have []storedUnit
	err := c.OrgUnit.Query().
		Modify(func(s *entsql.Selector) {
			s.Select(s.C(orgunit.FieldID), s.C(orgunit.FieldCode), s.C(orgunit.FieldName), s.C(orgunit.ParentColumn))
		}).
		Scan(ctx, &have)
	if err != nil {
		return nil, fmt.Errorf("read the units: %w", err)
	}
	return have, nil
}

// unitRow is a checked row of a units file: the values to write besides
// the parent.
type unitRow struct {
	code, name string
}

// unitRecords imports units.
type unitRecords struct{}

func (unitRecords) load(ctx context.Context, c *ent.Client) ([]storedUnit, error) {
	return loadUnits(ctx, c)
}

func (unitRecords) node(u *storedUnit) (id int, key string, parent int) {
	return u.ID, u.Code, int(u.Parent.Int64)
}

func (unitRecords) check(r row, ps *problems) unitRow {
	u := unitRow{code: r.v["code"], name: r.v["name"]}
	switch {
	case u.code == "":
		ps.add(r.line, "code", "wajib diisi", "is required")
	case orgunit.CodeValidator(u.code) != nil:
		ps.add(r.line, "code", "%q bukan kode unit: huruf, angka, '.', '-' dan '_', diawali huruf atau angka, paling banyak 32", "%q is not a unit code: letters, digits, '.', '-' and '_', starting with a letter or digit, at most 32", u.code)
	}
	switch {
	case u.name == "":
		ps.add(r.line, "name", "wajib diisi", "is required")
	case orgunit.NameValidator(u.name) != nil:
		ps.add(r.line, "name", "terlalu panjang (%d byte)", "is too long (%d bytes)", len(u.name))
	}
	return u
}

func (unitRecords) differs(old *storedUnit, u *unitRow) bool { return old.Name != u.name }

func (unitRecords) create(ctx context.Context, c *ent.Client, u *unitRow, parent int) (int, error) {
	cr := c.OrgUnit.Create().SetCode(u.code).SetName(u.name)
	if parent != 0 {
		cr.SetParentID(parent)
	}
	created, err := cr.Save(ctx)
	if err != nil {
		return 0, err
	}
	return created.ID, nil
}

func (unitRecords) update(ctx context.Context, c *ent.Client, old *storedUnit, u *unitRow, moved bool, parent int) error {
	up := c.OrgUnit.UpdateOneID(old.ID)
	if old.Name != u.name {
		up.SetName(u.name)
	}
	switch {
	case !moved:
	case parent == 0:
		up.ClearParent()
	default:
		up.SetParentID(parent)
	}
	return up.Exec(ctx)
}
