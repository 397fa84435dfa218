package workflow

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"kinerja/ent"
	"kinerja/ent/period"
	"kinerja/internal/apperr"
	"kinerja/internal/scoring"
)

// MaxExpectation is the longest expectation, in characters.
const MaxExpectation = 1000

// SetPlanExpectations replaces the appraiser's specific expectations
// (ekspektasi khusus pimpinan) on a plan: at most one per behaviour
// criterion the period's method requires of the employee
// (scoring.BehaviourCriteria), each a short text; an empty list removes
// them. Only the plan's appraiser, until the period closes.
func (s *Service) SetPlanExpectations(ctx context.Context, planID int, in []scoring.Expectation) (*ent.Plan, error) {
	return runFor(ctx, s, "plan.expectations", func(ctx context.Context, c *ent.Client) (*ent.Plan, error) {
		p, err := loadPlan(ctx, c, planID)
		if err != nil {
			return nil, err
		}
		if a := planAppraiserID(p); a == 0 || !caller(ctx).is(a) {
			return nil, errNotAllowed
		}
		if p.Edges.Period.Phase == period.PhaseClosed {
			return nil, invalidState("periode sudah ditutup", "the period is closed")
		}
		allowed := scoring.BehaviourCriteria(methodOf(p.Edges.Period), string(p.Edges.Employee.PositionKind))
		out := make([]scoring.Expectation, 0, len(in))
		seen := map[scoring.CriterionCode]bool{}
		for i, e := range in {
			f := fmt.Sprintf("expectations.%d", i)
			if !slices.Contains(allowed, e.Code) {
				return nil, apperr.Invalidf(f+".code", "%s bukan perilaku yang dinilai dalam SKP ini", "%s is not a behaviour this plan is appraised on", string(e.Code))
			}
			if seen[e.Code] {
				return nil, apperr.Invalidf(f+".code", "ekspektasi %s disebut dua kali", "the expectation on %s is given twice", string(e.Code))
			}
			seen[e.Code] = true
			text := strings.TrimSpace(e.Text)
			if text == "" {
				return nil, apperr.Invalid(f+".text", "tuliskan ekspektasinya", "write the expectation")
			}
			if utf8.RuneCountInString(text) > MaxExpectation {
				return nil, apperr.Invalidf(f+".text", "ekspektasi paling panjang %d karakter", "an expectation is at most %d characters", MaxExpectation)
			}
			out = append(out, scoring.Expectation{Code: e.Code, Text: text})
		}
		// In the catalogue's order, whatever the order given.
		slices.SortFunc(out, func(a, b scoring.Expectation) int {
			return slices.Index(allowed, a.Code) - slices.Index(allowed, b.Code)
		})
		u := c.Plan.UpdateOne(p)
		if len(out) == 0 {
			u.ClearExpectations()
		} else {
			u.SetExpectations(out)
		}
		saved, err := u.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("save expectations: %w", err)
		}
		return saved, nil
	})
}
