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

// unitColumns is the header of a units file, in its usual order.
var unitColumns = []string{"code", "name", "parent_code"}

// Units imports organisation units (unit kerja) from a CSV file with the
// header code,name,parent_code. A unit whose code exists is updated, a new
// code creates a unit. A parent must exist in the database or elsewhere in
// the file, and the tree must stay a tree.
func Units(ctx context.Context, c *ent.Client, r io.Reader, opts Options) (*Report, error) {
	return run(ctx, c, "import.units", unitColumns, r, opts, checkUnits)
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

func checkUnits(ctx context.Context, c *ent.Client, rows []row, ps *problems) (*plan, error) {
	have, err := loadUnits(ctx, c)
	if err != nil {
		return nil, err
	}
	codeOf := make(map[int]string, len(have))
	byCode := make(map[string]storedUnit, len(have))
	for _, u := range have {
		codeOf[u.ID] = u.Code
		byCode[u.Code] = u
	}
	tree := make(hierarchy, len(have)+len(rows))
	for _, u := range have {
		tree[u.Code] = codeOf[int(u.Parent.Int64)]
	}

	// The first row of each code; later ones are duplicates.
	first := map[string]row{}
	var keep []row
	for _, r := range rows {
		code := r.v["code"]
		if code == "" {
			continue
		}
		if f, ok := first[code]; ok {
			ps.add(r.line, "code", "%s appears again (first on line %d)", code, f.line)
			continue
		}
		first[code] = r
		keep = append(keep, r)
	}

	for _, r := range rows {
		code, name, parent := r.v["code"], r.v["name"], r.v["parent_code"]
		switch {
		case code == "":
			ps.add(r.line, "code", "is required")
		case orgunit.CodeValidator(code) != nil:
			ps.add(r.line, "code", "%q is not a unit code: letters, digits, '.', '-' and '_', starting with a letter or digit, at most 32", code)
		}
		switch {
		case name == "":
			ps.add(r.line, "name", "is required")
		case orgunit.NameValidator(name) != nil:
			ps.add(r.line, "name", "is too long (%d bytes)", len(name))
		}
		if parent != "" {
			_, inDB := byCode[parent]
			_, inFile := first[parent]
			switch {
			case parent == code:
				ps.add(r.line, "parent_code", "a unit cannot be its own parent")
				parent = ""
			case !inDB && !inFile:
				ps.add(r.line, "parent_code", "no unit with code %q in the database or this file", parent)
				parent = ""
			}
		}
		if f, ok := first[code]; ok && f.line == r.line {
			tree[code] = parent
		}
	}
	for _, r := range keep {
		if l := tree.loop(r.v["code"]); l != nil {
			ps.add(r.line, "parent_code", "the parent chain loops back to this unit: %s", describeLoop(l))
		}
	}
	if len(*ps) > 0 {
		return nil, nil
	}

	p := &plan{}
	codes := make([]string, len(keep))
	for i, r := range keep {
		codes[i] = r.v["code"]
	}
	order := tree.topDown(codes)
	for _, code := range order {
		r := first[code]
		u, ok := byCode[code]
		switch {
		case !ok:
			p.created++
		case u.Name != r.v["name"] || codeOf[int(u.Parent.Int64)] != r.v["parent_code"]:
			p.updated++
		default:
			p.unchanged++
		}
	}
	p.apply = func(ctx context.Context, c *ent.Client) error {
		ids := make(map[string]int, len(byCode)+len(order))
		for code, u := range byCode {
			ids[code] = u.ID
		}
		for _, code := range order {
			r := first[code]
			name, parent := r.v["name"], r.v["parent_code"]
			u, ok := byCode[code]
			if !ok {
				cr := c.OrgUnit.Create().SetCode(code).SetName(name)
				if parent != "" {
					cr.SetParentID(ids[parent])
				}
				created, err := cr.Save(ctx)
				if err != nil {
					return fmt.Errorf("line %d: create unit %s: %w", r.line, code, err)
				}
				ids[code] = created.ID
				continue
			}
			up := c.OrgUnit.UpdateOneID(u.ID)
			changed := false
			if u.Name != name {
				up.SetName(name)
				changed = true
			}
			if codeOf[int(u.Parent.Int64)] != parent {
				if parent == "" {
					up.ClearParent()
				} else {
					up.SetParentID(ids[parent])
				}
				changed = true
			}
			if !changed {
				continue
			}
			if err := up.Exec(ctx); err != nil {
				return fmt.Errorf("line %d: update unit %s: %w", r.line, code, err)
			}
		}
		return nil
	}
	return p, nil
}
