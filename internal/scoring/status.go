package scoring

import "slices"

// The statuses of an appraisal (the appraisal's status).
const (
	StatusDraft     = "DRAFT"
	StatusSubmitted = "SUBMITTED"
	StatusObjected  = "OBJECTED"
	StatusFinal     = "FINAL"
)

// releasedStatuses are the statuses of an appraisal released to the employee.
var releasedStatuses = []string{StatusSubmitted, StatusObjected, StatusFinal}

// Released reports whether an appraisal in the status has been released to
// the employee: SUBMITTED (released, objection window open), OBJECTED (the
// employee objected) or FINAL. A DRAFT stays hidden from the employee.
func Released(status string) bool { return slices.Contains(releasedStatuses, status) }

// ReleasedStatuses lists the statuses for which Released holds: SUBMITTED,
// OBJECTED, FINAL. Each call returns a fresh slice.
func ReleasedStatuses() []string { return slices.Clone(releasedStatuses) }

// FinalStatus reports whether an appraisal in the status is final: accepted,
// past its objection window, or decided on objection (PP 30/2019 art. 59(4)).
func FinalStatus(status string) bool { return status == StatusFinal }

// EscalationReturns is how often an appraiser must have returned a plan
// before the employee may ask the appraiser's superior to settle it.
const EscalationReturns = 2

// MayEscalate reports whether a plan returned returnCount times since it
// was last settled may be escalated to the appraiser's superior.
func MayEscalate(returnCount int) bool { return returnCount >= EscalationReturns }
