package scoring

// ratingStep places a rating on the scale BELOW < MEETS < ABOVE.
func ratingStep(r Rating) int {
	switch r {
	case Below:
		return 0
	case Meets:
		return 1
	case Above:
		return 2
	}
	return -1
}

// SuggestRating suggests an overall rating of results or behaviour from the
// detail ratings (one per target, or one per BerAKHLAK core value of
// PermenPANRB 6/2022). The rating held by a strict majority (more than half)
// wins; otherwise the suggestion is the median of the ratings ordered
// BELOW < MEETS < ABOVE, taking for an even count the lower of the two middle
// ratings (the less favourable one). Ratings that are not ABOVE, MEETS or
// BELOW are ignored; ok is false when none is left.
//
// The regulation leaves the overall rating to the appraiser's judgement: this
// is only a suggestion shown to the appraiser, never forced.
func SuggestRating(rs []Rating) (Rating, bool) {
	var counts [3]int
	n := 0
	for _, r := range rs {
		if i := ratingStep(r); i >= 0 {
			counts[i]++
			n++
		}
	}
	if n == 0 {
		return "", false
	}
	scale := [3]Rating{Below, Meets, Above}
	for i, c := range counts {
		if 2*c > n {
			return scale[i], true
		}
	}
	// The lower middle of the sorted ratings sits at index (n-1)/2.
	mid := (n - 1) / 2
	seen := 0
	for i, c := range counts {
		seen += c
		if mid < seen {
			return scale[i], true
		}
	}
	return "", false // unreachable: mid < n == seen
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
