package workflow

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/criterion"
	"kinerja/ent/recommendation"
	"kinerja/ent/trainingprogram"
	"kinerja/internal/apperr"
	"kinerja/internal/authz"
	"kinerja/internal/scoring"
)

// aspectCriteria maps the measured result aspects to the competency a weak
// score on them calls for.
var aspectCriteria = map[string]string{"timeliness": "KETEPATAN_WAKTU", "quality": "KUALITAS_HASIL_KERJA"}

// followUp turns a final annual appraisal into development steps
// (domain.md, "Development follow-up"): every criterion rated BELOW, or
// valued under the period's threshold, and a timeliness or quality score
// under it, yields a recommendation of the first active programme of the
// catalogue for that competency (coaching when the catalogue has none).
func (s *Service) followUp(ctx context.Context, c *ent.Client, appraisalID int) error {
	ctx = authz.System(ctx) // derived from an authorised step
	a, err := c.Appraisal.Query().Where(appraisal.ID(appraisalID)).
		WithPlan(func(q *ent.PlanQuery) { q.WithPeriod().WithEmployee() }).
		WithScores(func(q *ent.ScoreQuery) { q.WithCriterion() }).
		Only(ctx)
	if err != nil {
		return fmt.Errorf("read appraisal: %w", err)
	}
	if a.Kind != appraisal.KindAnnual || a.Status != appraisal.StatusFinal {
		return nil
	}
	per, emp := a.Edges.Plan.Edges.Period, a.Edges.Plan.Edges.Employee
	weak := map[string]bool{}
	for _, sc := range a.Edges.Scores {
		cr := sc.Edges.Criterion
		if cr == nil {
			continue
		}
		if (sc.Rating != nil && *sc.Rating == scoring.Below) || (sc.Value != nil && *sc.Value < per.NumericThreshold) {
			weak[cr.Code] = true
		}
	}
	for aspect, v := range map[string]*float64{"timeliness": a.Timeliness, "quality": a.Quality} {
		if v != nil && *v < per.NumericThreshold {
			weak[aspectCriteria[aspect]] = true
		}
	}
	for code := range weak {
		cr, err := c.Criterion.Query().Where(criterion.Code(code)).Only(ctx)
		if ent.IsNotFound(err) {
			continue
		}
		if err != nil {
			return fmt.Errorf("find criterion %s: %w", code, err)
		}
		exists, err := c.Recommendation.Query().Where(
			recommendation.HasAppraisalWith(appraisal.ID(a.ID)), recommendation.HasCriterionWith(criterion.ID(cr.ID))).Exist(ctx)
		if err != nil {
			return fmt.Errorf("check recommendation %s: %w", code, err)
		}
		if exists {
			continue
		}
		q := c.Recommendation.Create().SetEmployee(emp).SetAppraisal(a).SetCriterion(cr).SetPeriod(per).
			SetNote(fmt.Sprintf("Dari penilaian %d: %s perlu dikembangkan.", per.Year, cr.Name))
		prog, err := c.TrainingProgram.Query().
			Where(trainingprogram.Active(true), trainingprogram.HasCriterionWith(criterion.ID(cr.ID))).
			Order(ent.Asc(trainingprogram.FieldHours), ent.Asc(trainingprogram.FieldID)).First(ctx)
		switch {
		case ent.IsNotFound(err):
			q.SetKind(recommendation.KindCoaching)
		case err != nil:
			return fmt.Errorf("find programme for %s: %w", code, err)
		default:
			q.SetKind(recommendation.KindTraining).SetProgram(prog).SetHours(prog.Hours)
		}
		if err := q.Exec(ctx); err != nil {
			return fmt.Errorf("recommend %s: %w", code, err)
		}
	}
	return nil
}

// UpdateRecommendationInput moves a recommendation along (HR admins):
// PROPOSED → PLANNED → COMPLETED, or CANCELLED from either.
type UpdateRecommendationInput struct {
	Status    *recommendation.Status
	ProgramID *int
	PlannedOn *time.Time
	Hours     *int
	Note      *string
}

var recommendationMoves = map[recommendation.Status][]recommendation.Status{
	recommendation.StatusProposed: {recommendation.StatusPlanned, recommendation.StatusCancelled},
	recommendation.StatusPlanned:  {recommendation.StatusCompleted, recommendation.StatusCancelled, recommendation.StatusProposed},
}

// UpdateRecommendation changes a recommendation. A completed one credits
// its hours (JP) to the employee's development in the year.
func (s *Service) UpdateRecommendation(ctx context.Context, id int, in UpdateRecommendationInput) (*ent.Recommendation, error) {
	return runFor(ctx, s, "recommendation.update", func(ctx context.Context, c *ent.Client) (*ent.Recommendation, error) {
		if !caller(ctx).hr() {
			return nil, errNotAllowed
		}
		r, err := get(ctx, "recommendation", c.Recommendation.Query().Where(recommendation.ID(id)).WithProgram().Only)
		if err != nil {
			return nil, err
		}
		if r.Status == recommendation.StatusCompleted || r.Status == recommendation.StatusCancelled {
			return nil, invalidState("rekomendasi sudah selesai atau dibatalkan", "the recommendation is completed or cancelled")
		}
		u := c.Recommendation.UpdateOne(r).SetNillablePlannedOn(in.PlannedOn)
		if in.Note != nil {
			u.SetNote(strings.TrimSpace(*in.Note))
		}
		hours := r.Hours
		if in.ProgramID != nil {
			p, err := c.TrainingProgram.Get(ctx, *in.ProgramID)
			if ent.IsNotFound(err) {
				return nil, apperr.Invalid("programID", "program pelatihan tidak ditemukan", "no such training programme")
			}
			if err != nil {
				return nil, fmt.Errorf("read programme: %w", err)
			}
			u.SetProgram(p).SetKind(recommendation.KindTraining)
			hours = p.Hours
		}
		if in.Hours != nil {
			if *in.Hours < 0 || *in.Hours > 1000 {
				return nil, apperr.Invalid("hours", "JP harus 0–1000", "hours (JP) must be 0–1000")
			}
			hours = *in.Hours
		}
		u.SetHours(hours)
		if in.Status != nil && *in.Status != r.Status {
			if !slices.Contains(recommendationMoves[r.Status], *in.Status) {
				return nil, invalidState(
					fmt.Sprintf("tidak dapat berpindah dari %s ke %s", r.Status, *in.Status),
					fmt.Sprintf("cannot move from %s to %s", r.Status, *in.Status))
			}
			u.SetStatus(*in.Status)
			if *in.Status == recommendation.StatusCompleted {
				u.SetCompletedAt(s.now())
			}
		}
		r, err = u.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("save recommendation: %w", err)
		}
		return r, nil
	})
}
