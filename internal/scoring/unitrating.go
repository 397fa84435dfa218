package scoring

// ResultRatingOfUnit is the result rating (rating hasil kerja) of the head
// of a unit, which follows the unit's own rating for the period
// (PermenPANRB 6/2022): ISTIMEWA gives ABOVE; BAIK gives MEETS;
// BUTUH_PERBAIKAN, KURANG and SANGAT_KURANG give BELOW. ok is false for an
// unknown unit rating.
func ResultRatingOfUnit(r UnitRating) (Rating, bool) {
	switch r {
	case UnitIstimewa:
		return Above, true
	case UnitBaik:
		return Meets, true
	case UnitButuhPerbaikan, UnitKurang, UnitSangatKurang:
		return Below, true
	}
	return "", false
}
