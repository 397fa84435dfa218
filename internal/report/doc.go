// Package report turns appraisals into decisions and reports: the
// dashboards (score summaries, predikat distribution against the curve,
// appraiser calibration, completion, trends, training needs, promotion
// candidates, the talent grid) and the exports. Every figure is computed by
// the database under the caller's privacy rules.
package report
