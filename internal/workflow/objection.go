package workflow

import (
	"context"
	"fmt"
	"strings"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/objection"
	"kinerja/ent/predicate"
	"kinerja/internal/apperr"
	"kinerja/internal/notify"
	"kinerja/internal/scoring"
)

// Decision is the superior's verdict on an objection.
type Decision string

// The two decisions: keep the appraisal, or change it.
const (
	Uphold Decision = "UPHOLD"
	Revise Decision = "REVISE"
)

// DecideObjectionInput is the superior's decision with, for REVISE, the new
// ratings and scores.
type DecideObjectionInput struct {
	Decision        Decision
	Note            string
	ResultRating    *scoring.Rating
	BehaviourRating *scoring.Rating
	Scores          []*ScoreInput
}

// FileObjection is the appraised employee objecting (keberatan) to a
// released appraisal, with reasons, within the period's objection window
// (PP 30/2019 art. 59). One objection per appraisal.
func (s *Service) FileObjection(ctx context.Context, appraisalID int, reason string) (*ent.Objection, error) {
	return runFor(ctx, s, "objection.file", func(ctx context.Context, c *ent.Client) (*ent.Objection, error) {
		a, p, err := loadAppraisal(ctx, c, appraisalID)
		if err != nil {
			return nil, err
		}
		if !caller(ctx).is(planEmployeeID(p)) {
			return nil, errNotAllowed
		}
		n, err := c.Objection.Query().Where(objection.HasAppraisalWith(appraisal.ID(a.ID))).Count(ctx)
		if err != nil {
			return nil, fmt.Errorf("count objections: %w", err)
		}
		if n > 0 {
			return nil, invalidState("keberatan atas penilaian ini sudah diajukan; keputusan atasan penilai bersifat final",
				"an objection to this appraisal was already filed; the superior's decision is final")
		}
		switch a.Status {
		case appraisal.StatusSubmitted:
		case appraisal.StatusFinal:
			return nil, errFinal
		default:
			return nil, invalidState("keberatan hanya atas penilaian yang sudah dirilis", "only a released appraisal can be objected to")
		}
		if end, ok := s.objectionDeadline(a, p.Edges.Period); !ok || s.now().After(end) {
			return nil, invalidState("masa keberatan sudah berakhir", "the objection window has closed")
		}
		if strings.TrimSpace(reason) == "" {
			return nil, apperr.Invalid("reason", "sebutkan alasan keberatan", "give the reasons for the objection")
		}
		if err := c.Appraisal.UpdateOne(a).SetStatus(appraisal.StatusObjected).Exec(ctx); err != nil {
			return nil, fmt.Errorf("mark appraisal objected: %w", err)
		}
		boss, err := decider(ctx, c, appraiserID(a))
		if err != nil {
			return nil, fmt.Errorf("find decider: %w", err)
		}
		// Both sides are heard: the appraiser explains first, within the
		// explanation window, then the superior decides.
		due := scoring.ExplanationDeadline(s.now(), scoring.ExplanationDays, s.agency.Zone)
		q := c.Objection.Create().SetAppraisal(a).SetFiledByID(planEmployeeID(p)).SetReason(strings.TrimSpace(reason)).
			SetStatus(objection.StatusAwaitingExplanation).SetExplanationDue(due)
		if a.Predikat != nil {
			q.SetPredikatBefore(*a.Predikat)
		}
		if boss != 0 {
			q.SetDeciderID(boss)
		}
		o, err := q.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("save objection: %w", err)
		}
		if err := notify.ObjectionFiled(ctx, c, o, a, p, boss, s.now()); err != nil {
			return nil, fmt.Errorf("notify: %w", err)
		}
		return o, nil
	})
}

// decider returns who decides objections against the appraiser's
// appraisals: the appraiser's own superior (for the head of the agency, the
// external official HR recorded as its superior), or 0 when none is recorded
// yet: the objection then waits for whoever HR records, never for HR.
// FileObjection fixes it on the objection; decidedBy reads it back.
func decider(ctx context.Context, c *ent.Client, appraiserID int) (int, error) {
	if appraiserID == 0 {
		return 0, nil
	}
	id, err := c.Employee.Query().Where(employee.ID(appraiserID)).QuerySupervisor().FirstID(ctx)
	if ent.IsNotFound(err) {
		return 0, nil
	}
	return id, err
}

// DecideObjection is the superior's final decision: UPHOLD keeps the
// appraisal, REVISE changes its ratings and scores. Either way the
// appraisal becomes final; there is no second appeal in Kinerja.
func (s *Service) DecideObjection(ctx context.Context, id int, in DecideObjectionInput) (*ent.Objection, error) {
	return runFor(ctx, s, "objection.decide", func(ctx context.Context, c *ent.Client) (*ent.Objection, error) {
		o, err := get(ctx, "objection", c.Objection.Query().Where(objection.ID(id)).WithAppraisal().Only)
		if err != nil {
			return nil, err
		}
		a, p, err := loadAppraisal(ctx, c, o.Edges.Appraisal.ID)
		if err != nil {
			return nil, err
		}
		w := caller(ctx)
		mine, err := c.Objection.Query().Where(objection.ID(o.ID), decidedBy(w)).Exist(ctx)
		if err != nil {
			return nil, fmt.Errorf("check decider: %w", err)
		}
		if !mine {
			return nil, errNotAllowed
		}
		switch o.Status {
		case objection.StatusOpen:
		case objection.StatusAwaitingExplanation:
			if o.ExplanationDue != nil && !s.now().After(*o.ExplanationDue) {
				end := s.agency.In(*o.ExplanationDue)
				return nil, invalidState(
					fmt.Sprintf("penilai masih dapat memberi penjelasan sampai %s %s", end.Format("02-01-2006 15:04"), s.agency.Abbrev(end)),
					fmt.Sprintf("the appraiser may explain until %s %s", end.Format("2006-01-02 15:04"), s.agency.Abbrev(end)))
			}
		default:
			return nil, invalidState("keberatan ini sudah diputus", "this objection has been decided")
		}
		if strings.TrimSpace(in.Note) == "" {
			return nil, apperr.Invalid("note", "sebutkan pertimbangan keputusan", "give the grounds of the decision")
		}
		status := objection.StatusUpheld
		switch in.Decision {
		case Uphold:
			if in.ResultRating != nil || in.BehaviourRating != nil || len(in.Scores) > 0 {
				return nil, apperr.Invalid("decision", "keputusan UPHOLD tidak mengubah nilai; gunakan REVISE", "UPHOLD changes nothing; use REVISE to change ratings")
			}
		case Revise:
			status = objection.StatusRevised
			if in.ResultRating == nil && in.BehaviourRating == nil && len(in.Scores) == 0 {
				return nil, apperr.Invalid("decision", "REVISE memerlukan nilai baru", "REVISE needs new ratings or scores")
			}
			if err := applyRating(ctx, c, a, p, RateAppraisalInput{ResultRating: in.ResultRating, BehaviourRating: in.BehaviourRating, Scores: in.Scores}); err != nil {
				return nil, err
			}
			if err := s.recompute(ctx, c, a.ID); err != nil {
				return nil, fmt.Errorf("recompute: %w", err)
			}
		default:
			return nil, apperr.Invalid("decision", "keputusan harus UPHOLD atau REVISE", "the decision is UPHOLD or REVISE")
		}
		now := s.now()
		if err := c.Appraisal.UpdateOneID(a.ID).SetStatus(appraisal.StatusFinal).SetFinalizedAt(now).Exec(ctx); err != nil {
			return nil, fmt.Errorf("mark appraisal final: %w", err)
		}
		if err := s.followUp(ctx, c, a.ID); err != nil {
			return nil, fmt.Errorf("follow up: %w", err)
		}
		after, err := c.Appraisal.Get(ctx, a.ID)
		if err != nil {
			return nil, fmt.Errorf("reread appraisal: %w", err)
		}
		u := c.Objection.UpdateOne(o).SetStatus(status).SetDecisionNote(strings.TrimSpace(in.Note)).SetDecidedAt(now)
		if w.v.EmployeeID != 0 {
			u.SetDecidedByID(w.v.EmployeeID)
		}
		if after.Predikat != nil {
			u.SetPredikatAfter(*after.Predikat)
		}
		decided, err := u.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("save decision: %w", err)
		}
		if err := notify.ObjectionDecided(ctx, c, decided, a, p, now); err != nil {
			return nil, fmt.Errorf("notify: %w", err)
		}
		return decided, nil
	})
}

// decidedBy is the one rule of who decides an objection, used by the check
// in DecideObjection and by the inbox query alike: the decider fixed at
// filing; with none, HR admins. Objections filed before the decider was
// recorded fall back to the rule it fixes: the appraiser's superior, or HR
// when the appraiser has none.
func decidedBy(w who) predicate.Objection {
	me := 0
	if w.v != nil {
		me = w.v.EmployeeID
	}
	rules := []predicate.Objection{
		objection.HasDeciderWith(employee.ID(me)),
		objection.And(objection.Not(objection.HasDecider()),
			objection.HasAppraisalWith(appraisal.HasAppraiserWith(employee.HasSupervisorWith(employee.ID(me))))),
	}
	return objection.Or(rules...)
}

// ExplainObjection records the appraiser's explanation of an objection
// against its appraisal (the appraiser is heard before the superior
// decides); the objection then awaits the decision. The explanation can be
// given once, while the objection awaits it, even after its due date as
// long as no decision is made.
func (s *Service) ExplainObjection(ctx context.Context, id int, explanation string) (*ent.Objection, error) {
	return runFor(ctx, s, "objection.explain", func(ctx context.Context, c *ent.Client) (*ent.Objection, error) {
		o, err := get(ctx, "objection", c.Objection.Query().Where(objection.ID(id)).WithAppraisal().Only)
		if err != nil {
			return nil, err
		}
		a, _, err := loadAppraisal(ctx, c, o.Edges.Appraisal.ID)
		if err != nil {
			return nil, err
		}
		if !caller(ctx).is(appraiserID(a)) {
			return nil, errNotAllowed
		}
		if o.Status != objection.StatusAwaitingExplanation {
			return nil, invalidState("penjelasan sudah diberikan atau keberatan sudah diputus", "the explanation was given already, or the objection is decided")
		}
		text := strings.TrimSpace(explanation)
		if text == "" {
			return nil, apperr.Invalid("explanation", "tuliskan penjelasan atas keberatan", "write the explanation of the objection")
		}
		if len(text) > 8000 {
			return nil, apperr.Invalid("explanation", "penjelasan paling panjang 8000 karakter", "the explanation is at most 8000 characters")
		}
		out, err := c.Objection.UpdateOne(o).SetExplanation(text).SetExplainedAt(s.now()).SetStatus(objection.StatusOpen).Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("save explanation: %w", err)
		}
		return out, nil
	})
}
