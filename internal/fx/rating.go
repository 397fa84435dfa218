package fx

import (
	"kinerja/ent/plan"
	"kinerja/ent/target"
	"kinerja/internal/scoring"
	"kinerja/internal/workflow"
)

// Complete is a rating of everything the release of an appraisal of the
// plan needs under its period's method (scoring.MissingForRelease): the two
// overall ratings, each behaviour criterion the method requires for the
// employee's post (rated MEETS, or valued 80 under NUMERIC_2011), and each
// MAIN target (rated MEETS under PERMENPAN_2022).
func (f *Fixture) Complete(planID int, result, behaviour scoring.Rating) workflow.RateAppraisalInput {
	f.T.Helper()
	p, err := f.Client.Plan.Query().Where(plan.ID(planID)).WithEmployee().WithPeriod().Only(f.Ctx)
	if err != nil {
		f.T.Fatalf("read plan %d: %v", planID, err)
	}
	m := scoring.Method(p.Edges.Period.ScoringMethod)
	in := workflow.RateAppraisalInput{}
	if m == scoring.Method2022 {
		in.ResultRating, in.BehaviourRating = &result, &behaviour
	}
	meets, value := scoring.Meets, 80.0
	for _, code := range scoring.BehaviourCriteria(m, string(p.Edges.Employee.PositionKind)) {
		c := string(code)
		sc := &workflow.ScoreInput{CriterionCode: &c, Rating: &meets}
		if m == scoring.Method2011 {
			sc = &workflow.ScoreInput{CriterionCode: &c, Value: &value}
		}
		in.Scores = append(in.Scores, sc)
	}
	if m == scoring.Method2022 {
		ids, err := f.Client.Target.Query().Where(target.HasPlanWith(plan.ID(planID)), target.KindEQ(target.KindMain)).IDs(f.Ctx)
		if err != nil {
			f.T.Fatalf("read targets of plan %d: %v", planID, err)
		}
		for _, id := range ids {
			in.Scores = append(in.Scores, &workflow.ScoreInput{TargetID: &id, Rating: &meets})
		}
	}
	return in
}
