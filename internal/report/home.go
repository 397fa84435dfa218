package report

import (
	entsql "entgo.io/ent/dialect/sql"

	"kinerja/ent/employee"
	"kinerja/ent/orgunit"
	"kinerja/ent/predicate"
)

// The head of a unit counts with the unit it heads, wherever its own
// record places it (a head is often recorded in the unit above, beside
// the other heads): its appraisal lands in that unit's group of a UNIT
// rollup and in that unit's figures when a dashboard is limited to it.
// Everyone else counts with the unit it belongs to.

// homeUnit is the SQL expression of the unit the employee whose ID and
// unit are the columns id and unit counts with: the unit it heads (its
// own unit when it heads that one, else the one with the lowest ID), or
// else its own unit.
func homeUnit(id, unit string) string {
	return "COALESCE((SELECT h." + orgunit.FieldID + " FROM " + orgunit.Table + " AS h WHERE h." + orgunit.HeadColumn + " = " + id +
		" ORDER BY CASE WHEN h." + orgunit.FieldID + " = " + unit + " THEN 0 ELSE 1 END, h." + orgunit.FieldID + " LIMIT 1), " + unit + ")"
}

// employeeHome is homeUnit of the employees table t.
func employeeHome(t interface{ C(string) string }) string {
	return homeUnit(t.C(employee.FieldID), t.C(employee.UnitColumn))
}

// homeIn matches the employees that count with one of the units.
func homeIn(units []int) predicate.Employee {
	return func(s *entsql.Selector) {
		args := make([]any, len(units))
		for i, u := range units {
			args[i] = u
		}
		s.Where(entsql.P(func(b *entsql.Builder) {
			b.WriteString(employeeHome(s)).WriteString(" IN (")
			for i, a := range args {
				if i > 0 {
					b.Comma()
				}
				b.Arg(a)
			}
			b.WriteString(")")
		}))
	}
}
