// Package scoring holds the pure rules of appraisal: the ratings and the
// predikat matrix of PermenPANRB 6/2022, the numeric formulas, bonuses and
// bands of PP 46/2011 with Perka BKN 1/2013, the criteria each method
// requires, periodic goals, the whole computation of an appraisal
// (Appraise), the suggested overall ratings, the distribution curve of a
// unit's rating, what a release still lacks, objection deadlines, and the
// follow-up rules: promotion conditions, credit points of PermenPANRB 1/2023
// and development hours. It does no I/O and knows nothing of the database.
package scoring
