// Package scoring holds the pure rules of appraisal: the ratings and the
// predikat matrix of PermenPANRB 6/2022, the numeric formulas and bands of
// PP 46/2011 with Perka BKN 1/2013, and the yearly aggregation of
// realisations. It does no I/O and knows nothing of the database.
package scoring
