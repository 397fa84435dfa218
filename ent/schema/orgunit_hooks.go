package schema

import (
	"context"
	"fmt"
	"slices"

	gen "kinerja/ent"
	"kinerja/ent/hook"
	"kinerja/ent/orgunit"
	"kinerja/ent/predicate"
	"kinerja/internal/apperr"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"
)

// maxUnitDepth bounds the unit tree: a chain of parents longer than this is
// refused on write and cut off by every walk that reads the tree, so bad
// data can never make a walk loop.
const maxUnitDepth = 64

// Hooks of the OrgUnit: the units stay a tree. A unit cannot be its own
// parent, nor sit below one of its own sub-units, whatever path the write
// takes (GraphQL, the import, the seeder); the check runs inside the
// mutation's transaction.
func (OrgUnit) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(keepUnitTree, ent.OpCreate|ent.OpUpdateOne),
		hook.On(rejectBulkReparent, ent.OpUpdate),
	}
}

// The errors of the unit tree, all about the parentID input.
var (
	errOwnParent = apperr.Invalid("parentID",
		"unit tidak boleh menjadi induknya sendiri",
		"a unit cannot be its own parent")
	errUnitCycle = apperr.Invalid("parentID",
		"induk unit tidak boleh unit itu sendiri atau salah satu sub-unitnya (struktur melingkar)",
		"the parent cannot be the unit itself or one of its sub-units (a cycle)")
	errUnitTooDeep = apperr.Invalidf("parentID",
		"struktur unit tidak boleh lebih dari %d tingkat",
		"the unit tree cannot be deeper than %d levels", maxUnitDepth)
	errBulkReparent = apperr.Invalid("parentID",
		"ubah induk unit satu per satu",
		"change the parent of one unit at a time")
)

func keepUnitTree(next ent.Mutator) ent.Mutator {
	return hook.OrgUnitFunc(func(ctx context.Context, m *gen.OrgUnitMutation) (gen.Value, error) {
		if err := checkUnitTree(ctx, m); err != nil {
			return nil, err
		}
		return next.Mutate(ctx, m)
	})
}

// rejectBulkReparent refuses bulk updates that move units: the tree check
// is per unit, and the application moves units one at a time.
func rejectBulkReparent(next ent.Mutator) ent.Mutator {
	return hook.OrgUnitFunc(func(ctx context.Context, m *gen.OrgUnitMutation) (gen.Value, error) {
		if len(m.ParentIDs()) > 0 || len(m.ChildrenIDs()) > 0 {
			return nil, errBulkReparent
		}
		return next.Mutate(ctx, m)
	})
}

// checkUnitTree refuses a mutation after which the unit would be its own
// ancestor. The mutation gives the unit a parent p (or keeps its old one)
// and may adopt children cs; a cycle then exists exactly when the chain
// of p's ancestors (p included) reaches the unit or one of cs.
func checkUnitTree(ctx context.Context, m *gen.OrgUnitMutation) error {
	id, hasID := m.ID()
	kids := m.ChildrenIDs()
	parent, parentSet := m.ParentID()
	if hasID && (parentSet && parent == id || slices.Contains(kids, id)) {
		return errOwnParent
	}
	if !parentSet && (len(kids) == 0 || !hasID || m.ParentCleared()) {
		return nil // no new parent, and no adopted child can reach a root
	}
	if !parentSet {
		// Adopting children under the unit's current parent.
		p, err := m.Client().OrgUnit.Query().Where(orgunit.ID(id)).QueryParent().FirstID(ctx)
		if gen.IsNotFound(err) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("check unit tree: read parent of unit %d: %w", id, err)
		}
		parent = p
	}
	up, err := m.Client().OrgUnit.Query().Where(unitAncestorOf(parent)).IDs(ctx)
	if err != nil {
		return fmt.Errorf("check unit tree: read ancestors of unit %d: %w", parent, err)
	}
	for _, a := range up {
		if hasID && a == id || slices.Contains(kids, a) {
			return errUnitCycle
		}
	}
	if len(up) >= maxUnitDepth {
		return errUnitTooDeep
	}
	return nil
}

// unitAncestorOf matches the unit start and the units above it, walked by a
// recursive CTE in the database (SQLite and PostgreSQL alike) that stops
// after maxUnitDepth levels, so a cycle already in the data cannot make
// it run forever.
func unitAncestorOf(start int) predicate.OrgUnit {
	return func(s *sql.Selector) {
		s.Where(sql.P(func(b *sql.Builder) {
			b.Ident(s.C(orgunit.FieldID)).WriteString(" IN (WITH RECURSIVE up(id, depth) AS (SELECT CAST(")
			b.Arg(start)
			b.WriteString(" AS BIGINT), 0 UNION SELECT u.").Ident(orgunit.ParentColumn).
				WriteString(", up.depth + 1 FROM ").Ident(orgunit.Table).WriteString(" AS u JOIN up ON u.").
				Ident(orgunit.FieldID).WriteString(" = up.id WHERE u.").Ident(orgunit.ParentColumn).
				WriteString(" IS NOT NULL AND up.depth < ")
			b.WriteString(fmt.Sprint(maxUnitDepth))
			b.WriteString(") SELECT id FROM up)")
		}))
	}
}
