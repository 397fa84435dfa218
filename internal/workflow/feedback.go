package workflow

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"kinerja/ent"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/target"
	"kinerja/internal/apperr"
)

// MaxFeedback is the longest feedback, in characters.
const MaxFeedback = 4000

// FeedbackInput is one remark of the feedback thread (umpan balik) of a
// plan: on one of its targets, or (TargetID nil) on the period as a whole.
type FeedbackInput struct {
	PlanID   int
	TargetID *int
	Text     string
}

// GiveFeedback adds the viewer's dated remark to a plan's feedback thread:
// the plan's employee and its appraiser talk through the year (PermenPANRB
// 6/2022, continuous feedback), from the moment the plan exists until the
// period closes. The thread is never edited: a correction is a new remark.
func (s *Service) GiveFeedback(ctx context.Context, in FeedbackInput) (*ent.Feedback, error) {
	return runFor(ctx, s, "feedback.give", func(ctx context.Context, c *ent.Client) (*ent.Feedback, error) {
		p, err := loadPlan(ctx, c, in.PlanID)
		if err != nil {
			return nil, err
		}
		w := caller(ctx)
		me := 0
		if w.v != nil {
			me = w.v.EmployeeID
		}
		if me == 0 || (me != planEmployeeID(p) && me != planAppraiserID(p)) {
			return nil, errNotAllowed
		}
		if p.Edges.Period.Phase == period.PhaseClosed {
			return nil, invalidState("periode sudah ditutup", "the period is closed")
		}
		text := strings.TrimSpace(in.Text)
		if text == "" {
			return nil, apperr.Invalid("text", "tuliskan umpan balik", "write the feedback")
		}
		if n := utf8.RuneCountInString(text); n > MaxFeedback {
			return nil, apperr.Invalidf("text", "umpan balik paling panjang %d karakter", "feedback is at most %d characters", MaxFeedback)
		}
		q := c.Feedback.Create().SetPlanID(p.ID).SetAuthorID(me).SetText(text)
		if in.TargetID != nil {
			ok, err := c.Target.Query().Where(target.ID(*in.TargetID), target.HasPlanWith(plan.ID(p.ID))).Exist(ctx)
			if err != nil {
				return nil, fmt.Errorf("check target: %w", err)
			}
			if !ok {
				return nil, apperr.Invalid("targetID", "rencana hasil kerja itu bukan bagian SKP ini", "that target is not part of this plan")
			}
			q.SetTargetID(*in.TargetID)
		}
		f, err := q.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("save feedback: %w", err)
		}
		return f, nil
	})
}
