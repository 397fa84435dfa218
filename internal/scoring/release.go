package scoring

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// MissingForRelease lists what an appraisal still lacks before it can be
// released to the employee, as codes: "target:<id>" for a MAIN target
// without a rating, "criterion:<code>" for a required behaviour criterion
// without its rating or value, "resultRating" and "behaviourRating" for the
// appraiser's overall ratings. None (nil) means it may be released.
//
// The rule: under PERMENPAN_2022 (and any method other than NUMERIC_2011)
// every MAIN target (mainTargetIDs) needs a rating (ratedTargetIDs), every
// required behaviour criterion (required, see BehaviourCriteria) a rating
// (rated), and both overall ratings must be given (resultRating,
// behaviourRating). Under NUMERIC_2011 every required criterion needs a value
// (rated lists the criteria with one); targets are scored from their
// realisations and there are no overall ratings, so neither is required.
//
// The codes are sorted: behaviourRating, the criteria by code, resultRating,
// then the targets by ID; each appears once.
func MissingForRelease(m Method, mainTargetIDs, ratedTargetIDs []int, required, rated []CriterionCode, resultRating, behaviourRating bool) []string {
	var out []string
	for _, c := range required {
		if !slices.Contains(rated, c) {
			out = append(out, "criterion:"+string(c))
		}
	}
	if m != Method2011 {
		for _, id := range mainTargetIDs {
			if !slices.Contains(ratedTargetIDs, id) {
				out = append(out, "target:"+strconv.Itoa(id))
			}
		}
		if !resultRating {
			out = append(out, "resultRating")
		}
		if !behaviourRating {
			out = append(out, "behaviourRating")
		}
	}
	slices.SortFunc(out, compareMissing)
	return slices.Compact(out)
}

// compareMissing orders the codes of MissingForRelease: by text, except that
// targets compare by their numeric ID.
func compareMissing(a, b string) int {
	ida, oka := strings.CutPrefix(a, "target:")
	idb, okb := strings.CutPrefix(b, "target:")
	if oka && okb {
		x, _ := strconv.Atoi(ida)
		y, _ := strconv.Atoi(idb)
		return cmp.Compare(x, y)
	}
	return strings.Compare(a, b)
}
