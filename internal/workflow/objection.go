package workflow

import (
	"context"
	"fmt"
	"strings"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/ent/objection"
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
		q := c.Objection.Create().SetAppraisal(a).SetFiledByID(planEmployeeID(p)).SetReason(strings.TrimSpace(reason))
		if a.Predikat != nil {
			q.SetPredikatBefore(*a.Predikat)
		}
		o, err := q.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("save objection: %w", err)
		}
		boss, err := decider(ctx, c, appraiserID(a))
		if err != nil {
			return nil, fmt.Errorf("find decider: %w", err)
		}
		if err := notify.ObjectionFiled(ctx, c, o, a, p, boss, s.now()); err != nil {
			return nil, fmt.Errorf("notify: %w", err)
		}
		return o, nil
	})
}

// decider returns who decides objections against the appraiser's
// appraisals: the appraiser's own superior, or 0 (HR) when there is none.
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
		boss, err := decider(ctx, c, appraiserID(a))
		if err != nil {
			return nil, fmt.Errorf("find decider: %w", err)
		}
		w := caller(ctx)
		if (boss != 0 && !w.is(boss)) || (boss == 0 && !w.hr()) {
			return nil, errNotAllowed
		}
		if o.Status != objection.StatusOpen {
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
