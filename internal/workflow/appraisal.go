package workflow

import (
	"context"
	"fmt"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/criterion"
	"kinerja/ent/period"
	"kinerja/ent/plan"
	"kinerja/ent/predicate"
	"kinerja/ent/score"
	"kinerja/ent/target"
	"kinerja/internal/apperr"
	"kinerja/internal/notify"
	"kinerja/internal/scoring"
)

// ScoreInput rates one target or one criterion of an appraisal.
type ScoreInput struct {
	CriterionCode *string
	TargetID      *int
	Rating        *scoring.Rating
	Value         *float64
	Note          *string
}

// RateAppraisalInput is the appraiser's verdict: the two overall ratings
// (2022 method), detail scores, and a note.
type RateAppraisalInput struct {
	ResultRating    *scoring.Rating
	BehaviourRating *scoring.Rating
	Note            *string
	Scores          []*ScoreInput
	// Creativity is, under NUMERIC_2011, the level that acknowledged the
	// employee's creativity; ClearCreativity removes it.
	Creativity      *appraisal.Creativity
	ClearCreativity *bool
}

func appraisalOfPlan(planID int) predicate.Appraisal { return appraisal.HasPlanWith(plan.ID(planID)) }
func appraisalFinal() predicate.Appraisal            { return appraisal.StatusEQ(appraisal.StatusFinal) }

// loadAppraisal reads an appraisal with its plan (period, employee,
// appraiser) and its own appraiser.
func loadAppraisal(ctx context.Context, c *ent.Client, id int) (*ent.Appraisal, *ent.Plan, error) {
	a, err := get(ctx, "appraisal", c.Appraisal.Query().Where(appraisal.ID(id)).WithPlan().WithAppraiser().Only)
	if err != nil {
		return nil, nil, err
	}
	p, err := loadPlan(ctx, c, a.Edges.Plan.ID)
	return a, p, err
}

func appraiserID(a *ent.Appraisal) int {
	if a.Edges.Appraiser == nil {
		return 0
	}
	return a.Edges.Appraiser.ID
}

// mayAppraise: the appraisal's appraiser. An appraisal without one waits
// until HR records the appraiser's superior (for the head of the agency, an
// external official): HR never appraises in anyone's place.
func mayAppraise(w who, a *ent.Appraisal) bool {
	id := appraiserID(a)
	return id != 0 && w.is(id)
}

// appraisalOp runs fn on an appraisal inside one transaction and returns
// the appraisal as fn left it.
func (s *Service) appraisalOp(ctx context.Context, action string, id int, fn func(ctx context.Context, c *ent.Client, a *ent.Appraisal, p *ent.Plan) error) (*ent.Appraisal, error) {
	return runFor(ctx, s, action, func(ctx context.Context, c *ent.Client) (*ent.Appraisal, error) {
		a, p, err := loadAppraisal(ctx, c, id)
		if err != nil {
			return nil, err
		}
		if err := fn(ctx, c, a, p); err != nil {
			return nil, err
		}
		a, err = c.Appraisal.Get(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("reread appraisal: %w", err)
		}
		return a, nil
	})
}

// appraiserDraft: only the appraiser changes an appraisal, and only while it
// is a draft.
func appraiserDraft(ctx context.Context, a *ent.Appraisal) error {
	if !mayAppraise(caller(ctx), a) {
		return errNotAllowed
	}
	switch a.Status {
	case appraisal.StatusDraft:
		return nil
	case appraisal.StatusFinal:
		return errFinal
	}
	return invalidState("penilaian sudah dirilis; penilai tidak dapat mengubahnya lagi", "the appraisal is released; the appraiser can no longer change it")
}

var errFinal = invalidState("penilaian sudah final dan tidak dapat diubah", "the appraisal is final and cannot be changed")

// StartAppraisal opens an appraisal of an agreed plan: QUARTERLY for a
// quarter, or ANNUAL. Only the plan's appraiser starts it.
func (s *Service) StartAppraisal(ctx context.Context, planID int, kind appraisal.Kind, quarter *int) (*ent.Appraisal, error) {
	return runFor(ctx, s, "appraisal.start", func(ctx context.Context, c *ent.Client) (*ent.Appraisal, error) {
		p, err := loadPlan(ctx, c, planID)
		if err != nil {
			return nil, err
		}
		// Who appraises is decided on the day it starts: an acting official
		// (Plt./Plh.) whose appointment covers today, else the plan's appraiser.
		appraiser, acting, err := s.appraiserOn(ctx, c, planEmployeeID(p), p.Edges.Appraiser, s.now())
		if err != nil {
			return nil, err
		}
		if w := caller(ctx); !mayAppraisePlan(w, p) && (appraiser == nil || !w.is(appraiser.ID)) {
			return nil, errNotAllowed
		}
		if p.Status != plan.StatusAgreed {
			return nil, invalidState("penilaian dimulai pada SKP yang sudah disetujui", "an appraisal needs an agreed plan")
		}
		switch ph := p.Edges.Period.Phase; {
		case ph == period.PhaseClosed || ph == period.PhasePlanning:
			return nil, invalidState("penilaian dilakukan pada tahap pelaksanaan atau penilaian", "appraisals are made in the execution or assessment phase")
		case kind == appraisal.KindAnnual && ph != period.PhaseAssessment:
			return nil, invalidState("penilaian tahunan dilakukan pada tahap penilaian", "the annual appraisal is made in the assessment phase")
		}
		q := c.Appraisal.Create().SetPlan(p).SetKind(kind)
		exists := c.Appraisal.Query().Where(appraisalOfPlan(p.ID), appraisal.KindEQ(kind))
		switch kind {
		case appraisal.KindQuarterly:
			if quarter == nil || *quarter < 1 || *quarter > 4 {
				return nil, apperr.Invalid("quarter", "penilaian triwulanan memerlukan triwulan 1–4", "a quarterly appraisal needs a quarter 1–4")
			}
			q.SetQuarter(*quarter)
			exists.Where(appraisal.Quarter(*quarter))
		default:
			if quarter != nil {
				return nil, apperr.Invalid("quarter", "penilaian tahunan tanpa triwulan", "an annual appraisal has no quarter")
			}
		}
		dup, err := exists.Exist(ctx)
		if err != nil {
			return nil, fmt.Errorf("check appraisal: %w", err)
		}
		if dup {
			return nil, apperr.New(apperr.Conflict, "penilaian ini sudah ada", "this appraisal already exists")
		}
		if appraiser != nil {
			q.SetAppraiser(appraiser).SetNillableAppraiserActing(acting)
		}
		a, err := q.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("save appraisal: %w", err)
		}
		if err := s.recompute(ctx, c, a.ID); err != nil {
			return nil, fmt.Errorf("recompute: %w", err)
		}
		a, err = c.Appraisal.Get(ctx, a.ID)
		if err != nil {
			return nil, fmt.Errorf("reread appraisal: %w", err)
		}
		return a, nil
	})
}

// RateAppraisal records the appraiser's ratings and detail scores on a
// draft appraisal and recomputes the predikat and the numeric scores.
func (s *Service) RateAppraisal(ctx context.Context, id int, in RateAppraisalInput) (*ent.Appraisal, error) {
	return s.appraisalOp(ctx, "appraisal.rate", id, func(ctx context.Context, c *ent.Client, a *ent.Appraisal, p *ent.Plan) error {
		if err := appraiserDraft(ctx, a); err != nil {
			return err
		}
		if err := applyRating(ctx, c, a, p, in); err != nil {
			return err
		}
		if err := s.recompute(ctx, c, a.ID); err != nil {
			return fmt.Errorf("recompute: %w", err)
		}
		return nil
	})
}

// applyRating writes the overall ratings, the note and the detail scores.
func applyRating(ctx context.Context, c *ent.Client, a *ent.Appraisal, p *ent.Plan, in RateAppraisalInput) error {
	for _, r := range []*scoring.Rating{in.ResultRating, in.BehaviourRating} {
		if r != nil && !r.Valid() {
			return apperr.Invalid("rating", "penilaian harus ABOVE, MEETS atau BELOW", "a rating is ABOVE, MEETS or BELOW")
		}
	}
	u := c.Appraisal.UpdateOneID(a.ID).SetNillableResultRating(in.ResultRating).SetNillableBehaviourRating(in.BehaviourRating)
	if in.Note != nil {
		u.SetNote(*in.Note)
	}
	clearCreativity := in.ClearCreativity != nil && *in.ClearCreativity
	switch {
	case in.Creativity != nil && clearCreativity:
		return apperr.Invalid("creativity", "isi creativity atau clearCreativity, tidak keduanya", "give creativity or clearCreativity, not both")
	case in.Creativity != nil && p.Edges.Period.ScoringMethod != period.ScoringMethodNumeric2011:
		return apperr.Invalid("creativity", "nilai kreativitas hanya dalam metode PP 46/2011", "creativity earns a bonus under NUMERIC_2011 only")
	case in.Creativity != nil:
		if err := appraisal.CreativityValidator(*in.Creativity); err != nil {
			return apperr.Invalid("creativity", "tingkat kreativitas harus UNIT, AGENCY atau NATIONAL", "the creativity level is UNIT, AGENCY or NATIONAL")
		}
		u.SetCreativity(*in.Creativity)
	case clearCreativity:
		u.ClearCreativity()
	}
	if err := u.Exec(ctx); err != nil {
		return fmt.Errorf("save ratings: %w", err)
	}
	numeric := p.Edges.Period.ScoringMethod == period.ScoringMethodNumeric2011
	for i, sc := range in.Scores {
		f := fmt.Sprintf("scores.%d", i)
		if sc == nil || (sc.CriterionCode == nil) == (sc.TargetID == nil) {
			return apperr.Invalid(f, "isi tepat salah satu: criterionCode atau targetID", "give exactly one of criterionCode and targetID")
		}
		if sc.Rating != nil && !sc.Rating.Valid() {
			return apperr.Invalid(f+".rating", "penilaian harus ABOVE, MEETS atau BELOW", "a rating is ABOVE, MEETS or BELOW")
		}
		if sc.Value != nil && !(*sc.Value >= 0 && *sc.Value <= 100) {
			return apperr.Invalid(f+".value", "nilai harus 0–100", "a value is 0–100")
		}
		if sc.TargetID != nil {
			if sc.Value != nil && numeric {
				return apperr.Invalid(f+".value", "nilai target dihitung dari realisasi", "a target's value is computed from its realisations")
			}
			ok, err := c.Target.Query().Where(target.ID(*sc.TargetID), targetsOfPlan(p.ID)).Exist(ctx)
			if err != nil {
				return fmt.Errorf("check target %d: %w", *sc.TargetID, err)
			}
			if !ok {
				return apperr.Invalid(f+".targetID", "target bukan bagian SKP ini", "the target is not part of this plan")
			}
			if err := upsertScore(ctx, c, a.ID, score.HasTargetWith(target.ID(*sc.TargetID)), func(q *ent.ScoreCreate) { q.SetTargetID(*sc.TargetID) }, sc, false); err != nil {
				return fmt.Errorf("score target %d: %w", *sc.TargetID, err)
			}
			continue
		}
		cr, err := c.Criterion.Query().Where(criterion.Code(*sc.CriterionCode), criterion.Active(true)).Only(ctx)
		if ent.IsNotFound(err) {
			return apperr.Invalidf(f+".criterionCode", "kriteria %q tidak dikenal", "unknown criterion %q", *sc.CriterionCode)
		}
		if err != nil {
			return fmt.Errorf("find criterion %s: %w", *sc.CriterionCode, err)
		}
		if err := upsertScore(ctx, c, a.ID, score.HasCriterionWith(criterion.ID(cr.ID)), func(q *ent.ScoreCreate) { q.SetCriterion(cr) }, sc, true); err != nil {
			return fmt.Errorf("score criterion %s: %w", cr.Code, err)
		}
	}
	return nil
}

func upsertScore(ctx context.Context, c *ent.Client, appraisalID int, which predicate.Score, set func(*ent.ScoreCreate), in *ScoreInput, withValue bool) error {
	existing, err := c.Score.Query().Where(score.HasAppraisalWith(appraisal.ID(appraisalID)), which).Only(ctx)
	if ent.IsNotFound(err) {
		q := c.Score.Create().SetAppraisalID(appraisalID).SetNillableRating(in.Rating).SetNillableNote(in.Note)
		if withValue {
			q.SetNillableValue(in.Value)
		}
		set(q)
		if err := q.Exec(ctx); err != nil {
			return fmt.Errorf("create score: %w", err)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("find score: %w", err)
	}
	u := c.Score.UpdateOne(existing).SetNillableRating(in.Rating).SetNillableNote(in.Note)
	if withValue {
		u.SetNillableValue(in.Value)
	}
	if err := u.Exec(ctx); err != nil {
		return fmt.Errorf("update score: %w", err)
	}
	return nil
}

// SubmitAppraisal releases a complete draft appraisal to the employee; the
// objection window starts now.
func (s *Service) SubmitAppraisal(ctx context.Context, id int) (*ent.Appraisal, error) {
	return s.appraisalOp(ctx, "appraisal.submit", id, func(ctx context.Context, c *ent.Client, a *ent.Appraisal, p *ent.Plan) error {
		if err := appraiserDraft(ctx, a); err != nil {
			return err
		}
		if err := s.releasable(ctx, c, a, p); err != nil {
			return err
		}
		released, err := c.Appraisal.UpdateOne(a).SetStatus(appraisal.StatusSubmitted).SetReleasedAt(s.now()).Save(ctx)
		if err != nil {
			return fmt.Errorf("mark appraisal released: %w", err)
		}
		end, _ := s.objectionDeadline(released, p.Edges.Period)
		if err := notify.AppraisalReleased(ctx, c, a, p, end, s.now()); err != nil {
			return fmt.Errorf("notify: %w", err)
		}
		return nil
	})
}

// AcknowledgeAppraisal is the employee accepting a released appraisal: it
// becomes final.
func (s *Service) AcknowledgeAppraisal(ctx context.Context, id int) (*ent.Appraisal, error) {
	return s.appraisalOp(ctx, "appraisal.acknowledge", id, func(ctx context.Context, c *ent.Client, a *ent.Appraisal, p *ent.Plan) error {
		if !caller(ctx).is(planEmployeeID(p)) {
			return errNotAllowed
		}
		switch a.Status {
		case appraisal.StatusSubmitted:
		case appraisal.StatusFinal:
			return errFinal
		default:
			return invalidState("hanya penilaian yang dirilis dapat diterima", "only a released appraisal can be acknowledged")
		}
		now := s.now()
		if err := c.Appraisal.UpdateOne(a).SetStatus(appraisal.StatusFinal).SetAcknowledgedAt(now).SetFinalizedAt(now).Exec(ctx); err != nil {
			return fmt.Errorf("mark appraisal final: %w", err)
		}
		if err := s.followUp(ctx, c, a.ID); err != nil {
			return fmt.Errorf("follow up: %w", err)
		}
		return nil
	})
}

// FinalizeAppraisal makes a released appraisal final once the objection
// window has passed without an objection (appraiser or HR).
func (s *Service) FinalizeAppraisal(ctx context.Context, id int) (*ent.Appraisal, error) {
	return s.appraisalOp(ctx, "appraisal.finalize", id, func(ctx context.Context, c *ent.Client, a *ent.Appraisal, p *ent.Plan) error {
		w := caller(ctx)
		if !mayAppraise(w, a) && !w.hr() {
			return errNotAllowed
		}
		switch a.Status {
		case appraisal.StatusSubmitted:
		case appraisal.StatusFinal:
			return errFinal
		case appraisal.StatusObjected:
			return invalidState("ada keberatan yang belum diputus", "an objection awaits a decision")
		default:
			return invalidState("penilaian belum dirilis", "the appraisal has not been released")
		}
		if end, _ := s.objectionDeadline(a, p.Edges.Period); s.now().Before(end) {
			return invalidState(
				fmt.Sprintf("masa keberatan berakhir %s", end.Format("02-01-2006 15:04")),
				fmt.Sprintf("the objection window ends %s", end.Format("2006-01-02 15:04")))
		}
		if err := c.Appraisal.UpdateOne(a).SetStatus(appraisal.StatusFinal).SetFinalizedAt(s.now()).Exec(ctx); err != nil {
			return fmt.Errorf("mark appraisal final: %w", err)
		}
		if err := s.followUp(ctx, c, a.ID); err != nil {
			return fmt.Errorf("follow up: %w", err)
		}
		return nil
	})
}
