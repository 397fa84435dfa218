package schema

import (
	"regexp"

	"kinerja/ent/employee"
	"kinerja/ent/predicate"
)

// codePattern is what a code (of a unit or a criterion) may look like:
// letters, digits, dot, dash and underscore, starting with a letter or digit.
var codePattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

// employeeIDIs is employee.ID(id) without importing the generated
// predicate package into every schema file.
func employeeIDIs(id int) predicate.Employee { return employee.ID(id) }
