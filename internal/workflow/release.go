package workflow

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/criterion"
	"kinerja/ent/plan"
	"kinerja/ent/score"
	"kinerja/ent/target"
	"kinerja/internal/scoring"
)

// releasable refuses, with INVALID_STATE naming each gap, an appraisal that
// scoring.MissingForRelease says is not complete: every MAIN target and
// every behaviour criterion the method requires rated (valued under the
// numeric method), both overall ratings under PERMENPAN_2022; and, under
// NUMERIC_2011, a final score that can be computed.
func (s *Service) releasable(ctx context.Context, c *ent.Client, a *ent.Appraisal, p *ent.Plan) error {
	method := methodOf(p.Edges.Period)
	mains, err := c.Target.Query().Where(target.HasPlanWith(plan.ID(p.ID)), target.KindEQ(target.KindMain)).
		Order(ent.Asc(target.FieldPosition), ent.Asc(target.FieldID)).All(ctx)
	if err != nil {
		return fmt.Errorf("read main targets: %w", err)
	}
	scores, err := c.Score.Query().Where(score.HasAppraisalWith(appraisal.ID(a.ID))).
		WithCriterion().WithTarget().All(ctx)
	if err != nil {
		return fmt.Errorf("read scores: %w", err)
	}
	var (
		mainIDs, ratedTargets []int
		rated                 []scoring.CriterionCode
		titles                = map[int]string{}
	)
	for _, t := range mains {
		mainIDs = append(mainIDs, t.ID)
		titles[t.ID] = t.Title
	}
	for _, sc := range scores {
		switch {
		case sc.Edges.Target != nil && sc.Rating != nil:
			ratedTargets = append(ratedTargets, sc.Edges.Target.ID)
		case sc.Edges.Criterion != nil:
			if (method == scoring.Method2011 && sc.Value != nil) || (method != scoring.Method2011 && sc.Rating != nil) {
				rated = append(rated, scoring.CriterionCode(sc.Edges.Criterion.Code))
			}
		}
	}
	required := scoring.BehaviourCriteria(method, string(p.Edges.Employee.PositionKind))
	missing := scoring.MissingForRelease(method, mainIDs, ratedTargets, required, rated, a.ResultRating != nil, a.BehaviourRating != nil)
	if len(missing) > 0 {
		names, err := criterionNames(ctx, c, missing)
		if err != nil {
			return err
		}
		id, en := describeMissing(missing, titles, names)
		return invalidState("belum dapat dirilis, masih kosong: "+id, "cannot be released yet; still missing: "+en)
	}
	if method == scoring.Method2011 && a.Score == nil {
		return invalidState("nilai SKP belum dapat dihitung: catat realisasi terlebih dahulu", "the SKP value cannot be computed yet: record realisations first")
	}
	return nil
}

// criterionNames reads the Indonesian and English names of the criteria
// that MissingForRelease names.
func criterionNames(ctx context.Context, c *ent.Client, missing []string) (map[string][2]string, error) {
	var codes []string
	for _, m := range missing {
		if code, ok := strings.CutPrefix(m, "criterion:"); ok {
			codes = append(codes, code)
		}
	}
	out := map[string][2]string{}
	if len(codes) == 0 {
		return out, nil
	}
	crs, err := c.Criterion.Query().Where(criterion.CodeIn(codes...)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("read criteria: %w", err)
	}
	for _, cr := range crs {
		out[cr.Code] = [2]string{cr.Name, cr.NameEn}
	}
	return out, nil
}

// describeMissing turns the codes of MissingForRelease into a list in each
// language: target titles, criterion names (their code when the catalogue
// lacks one) and the overall ratings.
func describeMissing(missing []string, titles map[int]string, names map[string][2]string) (id, en string) {
	var ids, ens []string
	for _, m := range missing {
		switch {
		case m == "resultRating":
			ids, ens = append(ids, "rating hasil kerja"), append(ens, "the result rating")
		case m == "behaviourRating":
			ids, ens = append(ids, "rating perilaku kerja"), append(ens, "the behaviour rating")
		case strings.HasPrefix(m, "target:"):
			n, _ := strconv.Atoi(strings.TrimPrefix(m, "target:"))
			ids = append(ids, fmt.Sprintf("rencana hasil kerja %q", titles[n]))
			ens = append(ens, fmt.Sprintf("target %q", titles[n]))
		default:
			code := strings.TrimPrefix(m, "criterion:")
			nm, ok := names[code]
			if !ok {
				nm = [2]string{code, code}
			}
			ids, ens = append(ids, "perilaku "+nm[0]), append(ens, "behaviour "+nm[1])
		}
	}
	return strings.Join(ids, ", "), strings.Join(ens, ", ")
}

// objectionDeadline is the end of the window in which the employee may
// object to a released appraisal: the end of the period's window day (PP
// 30/2019: 14 days) in the agency's time zone. ok is false before release.
func (s *Service) objectionDeadline(a *ent.Appraisal, per *ent.Period) (time.Time, bool) {
	if a.ReleasedAt == nil {
		return time.Time{}, false
	}
	return scoring.ObjectionDeadline(*a.ReleasedAt, per.ObjectionWindowDays, s.agency.Zone), true
}

// ObjectionDeadline is the end of the objection window of a released
// appraisal (see objectionDeadline); ok is false before release.
func (s *Service) ObjectionDeadline(a *ent.Appraisal, per *ent.Period) (time.Time, bool) {
	return s.objectionDeadline(a, per)
}
