package scoring

// TargetRating is the appraiser's rating of one result (RHK) and whether
// that result is a MAIN one (utama) rather than an additional task.
type TargetRating struct {
	Rating Rating
	Main   bool
}

// SuggestResultRating suggests the overall result rating (Hasil Kerja) from
// the ratings of the results: ABOVE when most (more than half) or all of them
// are above expectation and no MAIN result is below; BELOW when most (more
// than half) are below; otherwise MEETS. Ratings that are not ABOVE, MEETS or
// BELOW are ignored; ok is false when none is left.
//
// It is a suggestion shown to the appraiser, who may override it; the
// override stays visible.
func SuggestResultRating(rs []TargetRating) (Rating, bool) {
	var above, below, n int
	mainBelow := false
	for _, r := range rs {
		switch r.Rating {
		case Above:
			above++
		case Below:
			below++
			mainBelow = mainBelow || r.Main
		case Meets:
		default:
			continue
		}
		n++
	}
	switch {
	case n == 0:
		return "", false
	case 2*above > n && !mainBelow:
		return Above, true
	case 2*below > n:
		return Below, true
	}
	return Meets, true
}

// SuggestRating suggests an overall rating from detail ratings that all
// weigh alike, such as the behaviour rating (Perilaku Kerja) from the seven
// BerAKHLAK core values: the rule of SuggestResultRating with every item
// counted as MAIN, so ABOVE when more than half are above and none is below,
// BELOW when more than half are below, otherwise MEETS. Ratings that are not
// ABOVE, MEETS or BELOW are ignored; ok is false when none is left.
func SuggestRating(rs []Rating) (Rating, bool) {
	ts := make([]TargetRating, len(rs))
	for i, r := range rs {
		ts[i] = TargetRating{Rating: r, Main: true}
	}
	return SuggestResultRating(ts)
}

// RatingValue is an advisory numeric equivalent of a rating of
// PermenPANRB 6/2022, for when only ratings exist, so that dashboards can
// average scores across the 2022 and 2011 methods. It is the midpoint of the
// matching band of PP 46/2011 with Perka BKN 1/2013: ABOVE 95.5 (91–100),
// MEETS 83 (76–90), BELOW 63 (51–75). No regulation defines this mapping; it
// is advice shown beside the ratings, never a substitute for them. An unknown
// rating gives 0.
func RatingValue(r Rating) float64 {
	switch r {
	case Above:
		return 95.5
	case Meets:
		return 83
	case Below:
		return 63
	}
	return 0
}
