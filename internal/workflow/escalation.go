package workflow

import (
	"context"
	"fmt"
	"strings"

	"kinerja/ent"
	"kinerja/ent/employee"
	"kinerja/ent/plan"
	"kinerja/ent/predicate"
	"kinerja/internal/apperr"
	"kinerja/internal/scoring"
)

// Settlement is the appraiser's superior's verdict on an escalated plan.
type Settlement string

// The two settlements: agree the plan as it stands, or return it to the
// employee with the superior's directions.
const (
	SettleAgree  Settlement = "AGREE"
	SettleReturn Settlement = "RETURN"
)

// SettlePlanInput is the superior's settlement and its grounds.
type SettlePlanInput struct {
	Settlement Settlement
	Note       string
}

// settledBy is the one rule of who settles an escalated plan, used by the
// check in SettlePlan and by the inbox alike: the superior of the plan's
// appraiser (for the head of the agency, the external official recorded as
// its superior). HR never settles in anyone's place.
func settledBy(w who) predicate.Plan {
	me := 0
	if w.v != nil {
		me = w.v.EmployeeID
	}
	return plan.HasAppraiserWith(employee.HasSupervisorWith(employee.ID(me)))
}

// EscalatePlan is the employee asking the appraiser's superior to settle a
// plan the appraiser has returned at least twice (scoring.MayEscalate), with
// the reasons. The plan is then ESCALATED: neither side changes it until
// the superior settles it.
func (s *Service) EscalatePlan(ctx context.Context, id int, reason string) (*ent.Plan, error) {
	return runFor(ctx, s, "plan.escalate", func(ctx context.Context, c *ent.Client) (*ent.Plan, error) {
		p, err := loadPlan(ctx, c, id)
		if err != nil {
			return nil, err
		}
		if !caller(ctx).is(planEmployeeID(p)) {
			return nil, errNotAllowed
		}
		if p.Status != plan.StatusReturned {
			return nil, invalidState("hanya SKP yang dikembalikan dapat diajukan kepada atasan penilai", "only a returned plan can be escalated")
		}
		if !scoring.MayEscalate(p.ReturnCount) {
			return nil, invalidState(
				fmt.Sprintf("SKP dapat diajukan kepada atasan penilai setelah dikembalikan %d kali (baru %d kali)", scoring.EscalationReturns, p.ReturnCount),
				fmt.Sprintf("a plan can be escalated after it was returned %d times (so far %d)", scoring.EscalationReturns, p.ReturnCount))
		}
		text := strings.TrimSpace(reason)
		if text == "" {
			return nil, apperr.Invalid("reason", "sebutkan alasan pengajuan kepada atasan penilai", "say why the plan is escalated")
		}
		if len(text) > 8000 {
			return nil, apperr.Invalid("reason", "alasan paling panjang 8000 karakter", "the reason is at most 8000 characters")
		}
		out, err := c.Plan.UpdateOne(p).SetStatus(plan.StatusEscalated).SetEscalationReason(text).SetEscalatedAt(s.now()).Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("mark plan escalated: %w", err)
		}
		return out, nil
	})
}

// SettlePlan is the appraiser's superior settling an escalated plan: AGREE
// makes it AGREED as it stands, RETURN sends it back to the employee with
// the superior's directions. Either way the count of returns starts again.
func (s *Service) SettlePlan(ctx context.Context, id int, in SettlePlanInput) (*ent.Plan, error) {
	return runFor(ctx, s, "plan.settle", func(ctx context.Context, c *ent.Client) (*ent.Plan, error) {
		p, err := loadPlan(ctx, c, id)
		if err != nil {
			return nil, err
		}
		mine, err := c.Plan.Query().Where(plan.ID(p.ID), settledBy(caller(ctx))).Exist(ctx)
		if err != nil {
			return nil, fmt.Errorf("check settler: %w", err)
		}
		if !mine {
			return nil, errNotAllowed
		}
		if p.Status != plan.StatusEscalated {
			return nil, invalidState("hanya SKP yang diajukan kepada atasan penilai dapat diputuskan", "only an escalated plan can be settled")
		}
		note := strings.TrimSpace(in.Note)
		if note == "" {
			return nil, apperr.Invalid("note", "sebutkan pertimbangan keputusan", "give the grounds of the settlement")
		}
		u := c.Plan.UpdateOne(p).SetNote(note).SetReturnCount(0)
		switch in.Settlement {
		case SettleAgree:
			u.SetStatus(plan.StatusAgreed).SetAgreedAt(s.now())
		case SettleReturn:
			u.SetStatus(plan.StatusReturned)
		default:
			return nil, apperr.Invalid("settlement", "keputusan harus AGREE atau RETURN", "the settlement is AGREE or RETURN")
		}
		out, err := u.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("settle plan: %w", err)
		}
		return out, nil
	})
}
