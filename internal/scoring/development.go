package scoring

// MinimumJP is the competency development, in hours of instruction (JP,
// jam pelajaran), a PNS is entitled to at least each year
// (PP 11/2017 art. 203(4)).
const MinimumJP = 20

// PPPKCapJP is the most competency development, in JP, a PPPK employee has
// per contract year.
const PPPKCapJP = 24

// HoursFlag marks a year's development hours that need HR's attention.
type HoursFlag string

// The flags of DevelopmentFlag.
const (
	// HoursOK: nothing to flag.
	HoursOK HoursFlag = ""
	// HoursBelowMinimum: a PNS with fewer than MinimumJP hours.
	HoursBelowMinimum HoursFlag = "BELOW_MINIMUM"
	// HoursAboveCap: a PPPK employee with more than PPPKCapJP hours.
	HoursAboveCap HoursFlag = "ABOVE_CAP"
)

// DevelopmentFlag flags a year's development hours: a PNS (pns) below
// MinimumJP is HoursBelowMinimum; a PPPK employee above PPPKCapJP is
// HoursAboveCap, and never below a minimum, which PPPK do not have.
func DevelopmentFlag(pns bool, hours float64) HoursFlag {
	switch {
	case pns && hours < MinimumJP:
		return HoursBelowMinimum
	case !pns && hours > PPPKCapJP:
		return HoursAboveCap
	}
	return HoursOK
}
