package scoring

// Cycle is how often a period is evaluated between annual appraisals (the
// agency chooses per period): monthly, quarterly or by semester.
type Cycle string

// The three evaluation cycles.
const (
	Monthly   Cycle = "MONTHLY"
	Quarterly Cycle = "QUARTERLY"
	Semester  Cycle = "SEMESTER"
)

// Parts is the number of parts the cycle divides a year into: 12 months,
// 4 quarters or 2 semesters; 0 for an unknown cycle.
func (c Cycle) Parts() int {
	switch c {
	case Monthly:
		return 12
	case Quarterly:
		return 4
	case Semester:
		return 2
	}
	return 0
}

// Valid reports whether c is one of the three cycles.
func (c Cycle) Valid() bool { return c.Parts() > 0 }

// EndMonth is the last month (1–12) of part (from 1) of the year: month p
// for Monthly, 3p for Quarterly, 6p for Semester. ok is false when part is
// outside 1..Parts() or the cycle is unknown.
func (c Cycle) EndMonth(part int) (month int, ok bool) {
	n := c.Parts()
	if n == 0 || part < 1 || part > n {
		return 0, false
	}
	return part * 12 / n, true
}

// QuarterOfMonth is the quarter (1–4) a month (1–12) falls in; 0 for a
// month outside 1..12.
func QuarterOfMonth(m int) int {
	if m < 1 || m > 12 {
		return 0
	}
	return (m-1)/3 + 1
}

// PeriodGoal is the target a periodic (or annual) evaluation of an
// indicator measures the realisation so far against, for parts 1..upToPart
// of the year (upToPart is the number of parts for the annual appraisal).
//
// When the indicator carries a target per part (partTargets, one per part of
// the cycle: checking the length is the caller's task), QUANTITY, TIME and
// COST measure against the sum of the targets of parts 1..upToPart and
// QUALITY against the target of part upToPart; upToPart is held within
// 1..len(partTargets). Without part targets the goal is the annual target
// itself, never scaled by the fraction of the year elapsed: a five-day task
// done in four days in the first quarter is 4 against 5, not 4 against 1.25.
func PeriodGoal(a Aspect, annual float64, partTargets []float64, upToPart int) float64 {
	if len(partTargets) == 0 {
		return annual
	}
	upToPart = min(max(upToPart, 1), len(partTargets))
	if a == AspectQuality {
		return partTargets[upToPart-1]
	}
	var sum float64
	for _, t := range partTargets[:upToPart] {
		sum += t
	}
	return sum
}

// UpToQuarter is the last quarter (1–4) an appraisal measures the
// realisations of: its own quarter for a quarterly appraisal, the fourth for
// the annual one (or a quarterly one without a valid quarter).
func UpToQuarter(quarterly bool, quarter *int) int {
	if quarterly && quarter != nil && *quarter >= 1 && *quarter <= 4 {
		return *quarter
	}
	return 4
}
