package scoring

import "time"

// ObjectionDays is the objection window of PP 30/2019 art. 59(1): 14 days
// from receiving the appraisal; a period may set another.
const ObjectionDays = 14

// ExplanationDays is how long the appraiser and the employee have, by
// default, to give the explanation the deciding superior asks for
// (PP 30/2019 art. 59(3)).
const ExplanationDays = 7

// EndOfDay is the last instant of the day t falls on in loc: midnight of the
// next day there minus one nanosecond. A nil loc means t's own location.
func EndOfDay(t time.Time, loc *time.Location) time.Time {
	if loc == nil {
		loc = t.Location()
	}
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, loc).Add(-time.Nanosecond)
}

// endOfDayAfter is the end of the days-th day after t in loc.
func endOfDayAfter(t time.Time, days int, loc *time.Location) time.Time {
	if loc == nil {
		loc = t.Location()
	}
	y, m, d := t.In(loc).Date()
	return EndOfDay(time.Date(y, m, d+days, 12, 0, 0, 0, loc), loc)
}

// ObjectionDeadline is the end of the objection window of an appraisal
// released at released: the end of the days-th day after the day of release
// in the agency's zone loc (a nil loc means released's own location). Released
// 2026-01-10 15:00 WITA with 14 days, the window ends 2026-01-24
// 23:59:59.999999999 WITA. days <= 0 means ObjectionDays.
func ObjectionDeadline(released time.Time, days int, loc *time.Location) time.Time {
	if days <= 0 {
		days = ObjectionDays
	}
	return endOfDayAfter(released, days, loc)
}

// ExplanationDeadline is when the explanation asked for on an objection
// filed at filed is due: the end of the days-th day after the day of filing
// in loc, as for ObjectionDeadline. days <= 0 means ExplanationDays.
func ExplanationDeadline(filed time.Time, days int, loc *time.Location) time.Time {
	if days <= 0 {
		days = ExplanationDays
	}
	return endOfDayAfter(filed, days, loc)
}

// Overdue reports whether now is after the deadline; a nil deadline is never
// overdue. The deadline's own instant is not yet overdue.
func Overdue(now time.Time, deadline *time.Time) bool {
	return deadline != nil && now.After(*deadline)
}
