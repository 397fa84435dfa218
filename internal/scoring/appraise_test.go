package scoring_test

import (
	"maps"
	"strings"
	"testing"

	"kinerja/internal/scoring"
)

func ptr[T any](v T) *T { return &v }

// workedExample is the target of domain.md's worked example, a MAIN target
// with ID 1: (100 + 90 + 76 + 76) / 4 = 85.50.
func workedExample() scoring.TargetInput {
	return scoring.TargetInput{ID: 1, Main: true, Indicators: []scoring.Indicator{
		{Aspect: scoring.AspectQuantity, Target: 10, Values: []float64{5, 5}},         // 100
		{Aspect: scoring.AspectQuality, Target: 100, Values: []float64{85, 95}},       // 90
		{Aspect: scoring.AspectTime, Target: 12, Values: []float64{6, 6}},             // 76
		{Aspect: scoring.AspectCost, Target: 5_000_000, Values: []float64{5_000_000}}, // 76
	}}
}

// additional is an additional task realised (done) or realised 0 (not done).
func additional(id int, done bool) scoring.TargetInput {
	v := 0.0
	if done {
		v = 1
	}
	return scoring.TargetInput{ID: id, Indicators: []scoring.Indicator{{Aspect: scoring.AspectQuantity, Target: 1, Values: []float64{v}}}}
}

// pp46 values the five PP 46/2011 aspects, mean 84.
func pp46() []scoring.BehaviourInput {
	codes := []scoring.CriterionCode{scoring.OrientasiPelayanan, scoring.Integritas, scoring.Komitmen, scoring.Disiplin, scoring.KerjaSama}
	values := []float64{80, 85, 90, 85, 80}
	out := make([]scoring.BehaviourInput, len(codes))
	for i, c := range codes {
		out[i] = scoring.BehaviourInput{Code: c, Framework: scoring.FrameworkPP46, Value: ptr(values[i])}
	}
	return out
}

// berakhlak rates the seven core values with rs (in the catalogue's order).
func berakhlak(rs ...scoring.Rating) []scoring.BehaviourInput {
	codes := []scoring.CriterionCode{scoring.BerorientasiPelayanan, scoring.Akuntabel, scoring.Kompeten, scoring.Harmonis, scoring.Loyal, scoring.Adaptif, scoring.Kolaboratif}
	out := make([]scoring.BehaviourInput, len(rs))
	for i, r := range rs {
		out[i] = scoring.BehaviourInput{Code: codes[i], Framework: scoring.FrameworkBerakhlak, Rating: ptr(r)}
	}
	return out
}

func show[T any](p *T) any {
	if p == nil {
		return "nil"
	}
	return *p
}

func eqf(got *float64, want any) bool {
	if want == nil {
		return got == nil
	}
	return got != nil && *got == want.(float64)
}

func TestAppraiseNumeric2011(t *testing.T) {
	tests := []struct {
		name             string
		in               scoring.AppraiseInput
		skp, behaviour   any // float64 or nil
		score            any
		bonus            float64
		predikat         scoring.Predikat // "" for none
		timeliness, qual any
		teamwork         any
		targetScores     map[int]float64
		wantRealised     bool
	}{
		{
			name: "worked example, 60/40",
			in:   scoring.AppraiseInput{Method: scoring.Method2011, Targets: []scoring.TargetInput{workedExample()}, Behaviour: pp46()},
			skp:  85.5, behaviour: 84.0, score: 84.9, predikat: scoring.Baik, // 0.6·85.5 + 0.4·84
			timeliness: 76.0, qual: 90.0, teamwork: 80.0,
			targetScores: map[int]float64{1: 85.5}, wantRealised: true,
		},
		{
			name: "a main target not done scores 0 on every aspect",
			in: scoring.AppraiseInput{Method: scoring.Method2011, Behaviour: pp46(), Targets: []scoring.TargetInput{
				workedExample(),
				{ID: 2, Main: true, Indicators: []scoring.Indicator{
					{Aspect: scoring.AspectQuantity, Target: 10, Values: []float64{0}},
					{Aspect: scoring.AspectTime, Target: 5, Values: []float64{4}}, // 96 if it were done
				}},
			}},
			skp: 42.75, behaviour: 84.0, score: 59.25, predikat: scoring.Kurang, // 0.6·42.75 + 0.4·84
			timeliness: 38.0, qual: 90.0, teamwork: 80.0,
			targetScores: map[int]float64{1: 85.5, 2: 0}, wantRealised: true,
		},
		{
			name: "additional tasks: 3 done (+1), one not done, not in the mean",
			in: scoring.AppraiseInput{Method: scoring.Method2011, Behaviour: pp46(), Targets: []scoring.TargetInput{
				workedExample(), additional(2, true), additional(3, true), additional(4, true), additional(5, false),
			}},
			skp: 86.5, behaviour: 84.0, score: 85.5, bonus: 1, predikat: scoring.Baik,
			timeliness: 76.0, qual: 90.0, teamwork: 80.0,
			targetScores: map[int]float64{1: 85.5, 2: 100, 3: 100, 4: 100, 5: 0}, wantRealised: true,
		},
		{
			name: "creativity acknowledged nationally (+12) makes Sangat Baik",
			in: scoring.AppraiseInput{Method: scoring.Method2011, Behaviour: pp46(), Creativity: scoring.CreativityNational,
				Targets: []scoring.TargetInput{workedExample()}},
			skp: 97.5, behaviour: 84.0, score: 92.1, bonus: 12, predikat: scoring.SangatBaik,
			timeliness: 76.0, qual: 90.0, teamwork: 80.0,
			targetScores: map[int]float64{1: 85.5}, wantRealised: true,
		},
		{
			name: "no behaviour values yet: no score, no predikat",
			in: scoring.AppraiseInput{Method: scoring.Method2011, Targets: []scoring.TargetInput{workedExample()},
				Behaviour: []scoring.BehaviourInput{{Code: scoring.Integritas, Framework: scoring.FrameworkPP46, Rating: ptr(scoring.Above)}}},
			skp: 85.5, behaviour: nil, score: nil,
			timeliness: 76.0, qual: 90.0, teamwork: nil,
			targetScores: map[int]float64{1: 85.5}, wantRealised: true,
		},
		{
			name: "BerAKHLAK values do not count under 2011",
			in: scoring.AppraiseInput{Method: scoring.Method2011, Targets: []scoring.TargetInput{workedExample()},
				Behaviour: append(pp46(), scoring.BehaviourInput{Code: scoring.Kolaboratif, Framework: scoring.FrameworkBerakhlak, Value: ptr(10.0)})},
			skp: 85.5, behaviour: 84.0, score: 84.9, predikat: scoring.Baik,
			timeliness: 76.0, qual: 90.0, teamwork: 80.0,
			targetScores: map[int]float64{1: 85.5}, wantRealised: true,
		},
		{
			name: "nothing realised",
			in: scoring.AppraiseInput{Method: scoring.Method2011, Behaviour: pp46(), Targets: []scoring.TargetInput{
				{ID: 1, Main: true, Indicators: []scoring.Indicator{{Aspect: scoring.AspectQuantity, Target: 10}}},
			}},
			skp: nil, behaviour: 84.0, score: nil, teamwork: 80.0, timeliness: nil, qual: nil,
			targetScores: map[int]float64{},
		},
		{
			name: "only additional targets: no SKP value",
			in:   scoring.AppraiseInput{Method: scoring.Method2011, Behaviour: pp46(), Targets: []scoring.TargetInput{additional(1, true)}},
			skp:  nil, behaviour: 84.0, score: nil, teamwork: 80.0, timeliness: nil, qual: nil,
			targetScores: map[int]float64{1: 100}, wantRealised: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := scoring.Appraise(tt.in)
			if err != nil {
				t.Fatalf("Appraise: %v", err)
			}
			if !eqf(got.SKPScore, tt.skp) || !eqf(got.BehaviourScore, tt.behaviour) || !eqf(got.Score, tt.score) {
				t.Errorf("SKP, behaviour, score = %v, %v, %v, want %v, %v, %v", show(got.SKPScore), show(got.BehaviourScore), show(got.Score), tt.skp, tt.behaviour, tt.score)
			}
			if got.Bonus != tt.bonus {
				t.Errorf("Bonus = %v, want %v", got.Bonus, tt.bonus)
			}
			if (got.Predikat == nil) != (tt.predikat == "") || got.Predikat != nil && *got.Predikat != tt.predikat {
				t.Errorf("Predikat = %v, want %q", show(got.Predikat), tt.predikat)
			}
			if !eqf(got.Timeliness, tt.timeliness) || !eqf(got.Quality, tt.qual) || !eqf(got.Teamwork, tt.teamwork) {
				t.Errorf("timeliness, quality, teamwork = %v, %v, %v, want %v, %v, %v", show(got.Timeliness), show(got.Quality), show(got.Teamwork), tt.timeliness, tt.qual, tt.teamwork)
			}
			if !maps.Equal(got.TargetScores, tt.targetScores) || got.TargetScores == nil {
				t.Errorf("TargetScores = %v, want %v", got.TargetScores, tt.targetScores)
			}
			if got.Realised != tt.wantRealised {
				t.Errorf("Realised = %v, want %v", got.Realised, tt.wantRealised)
			}
		})
	}
}

func TestAppraiseBonusBands(t *testing.T) {
	custom := scoring.Bonus{Additional: [3]float64{0.5, 1, 1.5}, Unit: 1, Agency: 2, National: 4}
	tests := []struct {
		done       int
		creativity scoring.Creativity
		bonus      *scoring.Bonus
		want       float64
	}{
		{0, "", nil, 0},
		{1, "", nil, 1},
		{3, "", nil, 1},
		{4, "", nil, 2},
		{6, "", nil, 2},
		{7, "", nil, 3},
		{10, "", nil, 3},
		{0, scoring.CreativityUnit, nil, 3},
		{0, scoring.CreativityAgency, nil, 6},
		{0, scoring.CreativityNational, nil, 12},
		{4, scoring.CreativityAgency, nil, 8},
		{7, scoring.CreativityNational, nil, 15},
		{2, scoring.CreativityUnit, &custom, 1.5},
		{5, scoring.CreativityNational, &custom, 5},
		{8, "", &custom, 1.5},
	}
	for _, tt := range tests {
		targets := []scoring.TargetInput{workedExample()}
		for i := range tt.done {
			targets = append(targets, additional(10+i, true), additional(100+i, false))
		}
		for _, m := range []scoring.Method{scoring.Method2011, scoring.Method2022} {
			got, err := scoring.Appraise(scoring.AppraiseInput{Method: m, Targets: targets, Creativity: tt.creativity, Bonus: tt.bonus})
			if err != nil {
				t.Fatalf("Appraise: %v", err)
			}
			want := tt.want
			if m == scoring.Method2022 {
				want = 0 // advice only: no bonus
			}
			if got.Bonus != want || got.SKPScore == nil || *got.SKPScore != scoring.Round2(85.5+want) {
				t.Errorf("%s, %d done, creativity %q: Bonus %v, SKP %v, want %v, %v", m, tt.done, tt.creativity, got.Bonus, show(got.SKPScore), want, 85.5+want)
			}
		}
	}
}

func TestAppraisePermenpan2022(t *testing.T) {
	const (
		a = scoring.Above
		m = scoring.Meets
		b = scoring.Below
	)
	changed := scoring.DefaultMatrix()
	changed[m][a] = scoring.SangatBaik
	tests := []struct {
		name               string
		in                 scoring.AppraiseInput
		predikat           scoring.Predikat
		behaviour, score   any
		teamwork           any
		suggestR, suggestB scoring.Rating
	}{
		{
			name: "matrix: above and meets is Baik; score is advice",
			in: scoring.AppraiseInput{Method: scoring.Method2022, ResultRating: ptr(a), BehaviourRating: ptr(m),
				Targets: []scoring.TargetInput{workedExample()}, Behaviour: berakhlak(m, m, m, m, m, m, m)},
			predikat: scoring.Baik, behaviour: 83.0, score: 84.5, teamwork: 83.0, suggestB: m, // 0.6·85.5 + 0.4·83
		},
		{
			name: "matrix decides, not the score",
			in: scoring.AppraiseInput{Method: scoring.Method2022, ResultRating: ptr(b), BehaviourRating: ptr(b),
				Targets: []scoring.TargetInput{workedExample()}, Behaviour: berakhlak(m, m, m, m, m, m, m)},
			predikat: scoring.SangatKurang, behaviour: 83.0, score: 84.5, teamwork: 83.0, suggestB: m,
		},
		{
			name: "above and above is Sangat Baik; mean of rating values",
			in: scoring.AppraiseInput{Method: scoring.Method2022, ResultRating: ptr(a), BehaviourRating: ptr(a),
				Targets: []scoring.TargetInput{workedExample()}, Behaviour: berakhlak(a, a, a, a, m, m, m)},
			predikat: scoring.SangatBaik, behaviour: 90.14, score: 87.36, teamwork: 83.0, suggestB: a, // (4·95.5 + 3·83)/7 = 90.1428…
		},
		{
			name: "the period's own matrix",
			in: scoring.AppraiseInput{Method: scoring.Method2022, Matrix: changed, ResultRating: ptr(m), BehaviourRating: ptr(a),
				Targets: []scoring.TargetInput{workedExample()}},
			predikat: scoring.SangatBaik, behaviour: 95.5, score: 89.5, teamwork: nil, // overall behaviour rating only
		},
		{
			name: "a BELOW among the core values keeps the suggestion from ABOVE",
			in: scoring.AppraiseInput{Method: scoring.Method2022, ResultRating: ptr(m), BehaviourRating: ptr(b),
				Targets: []scoring.TargetInput{workedExample()}, Behaviour: berakhlak(a, a, a, a, a, a, b)},
			predikat: scoring.Kurang, behaviour: 90.86, score: 87.64, teamwork: 63.0, suggestB: m, // (6·95.5 + 63)/7 = 90.857…
		},
		{
			name: "a value wins over the rating; PP46 values do not count",
			in: scoring.AppraiseInput{Method: scoring.Method2022, Targets: []scoring.TargetInput{workedExample()},
				Behaviour: append(pp46(), scoring.BehaviourInput{Code: scoring.Kolaboratif, Framework: scoring.FrameworkBerakhlak, Value: ptr(70.0), Rating: ptr(a)})},
			behaviour: 70.0, score: 79.3, teamwork: 70.0, suggestB: a,
		},
		{
			name: "suggested result rating: most above, the below one additional",
			in: scoring.AppraiseInput{Method: scoring.Method2022, Targets: []scoring.TargetInput{
				{ID: 1, Main: true, Rating: ptr(a)}, {ID: 2, Main: true, Rating: ptr(a)}, {ID: 3, Rating: ptr(b)},
			}},
			suggestR: a,
		},
		{
			name: "suggested result rating: a main target below",
			in: scoring.AppraiseInput{Method: scoring.Method2022, Targets: []scoring.TargetInput{
				{ID: 1, Main: true, Rating: ptr(a)}, {ID: 2, Main: true, Rating: ptr(b)}, {ID: 3, Rating: ptr(a)},
			}},
			suggestR: m,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := scoring.Appraise(tt.in)
			if err != nil {
				t.Fatalf("Appraise: %v", err)
			}
			if (got.Predikat == nil) != (tt.predikat == "") || got.Predikat != nil && *got.Predikat != tt.predikat {
				t.Errorf("Predikat = %v, want %q", show(got.Predikat), tt.predikat)
			}
			if !eqf(got.BehaviourScore, tt.behaviour) || !eqf(got.Score, tt.score) || !eqf(got.Teamwork, tt.teamwork) {
				t.Errorf("behaviour, score, teamwork = %v, %v, %v, want %v, %v, %v", show(got.BehaviourScore), show(got.Score), show(got.Teamwork), tt.behaviour, tt.score, tt.teamwork)
			}
			if got.Bonus != 0 {
				t.Errorf("Bonus = %v under 2022", got.Bonus)
			}
			if r := got.SuggestedResult; (r == nil) != (tt.suggestR == "") || r != nil && *r != tt.suggestR {
				t.Errorf("SuggestedResult = %v, want %q", show(r), tt.suggestR)
			}
			if r := got.SuggestedBehaviour; (r == nil) != (tt.suggestB == "") || r != nil && *r != tt.suggestB {
				t.Errorf("SuggestedBehaviour = %v, want %q", show(r), tt.suggestB)
			}
		})
	}
}

func TestAppraiseErrors(t *testing.T) {
	broken := scoring.DefaultMatrix()
	delete(broken[scoring.Above], scoring.Meets)
	tests := []struct {
		name string
		in   scoring.AppraiseInput
		want string
	}{
		{"unknown method", scoring.AppraiseInput{Method: "OTHER"}, "scoring method"},
		{"unknown creativity", scoring.AppraiseInput{Method: scoring.Method2011, Creativity: "CITY"}, "creativity"},
		{"missing matrix cell", scoring.AppraiseInput{Method: scoring.Method2022, Matrix: broken,
			ResultRating: ptr(scoring.Above), BehaviourRating: ptr(scoring.Meets)}, "missing"},
		{"unknown overall rating", scoring.AppraiseInput{Method: scoring.Method2022,
			ResultRating: ptr(scoring.Rating("GOOD")), BehaviourRating: ptr(scoring.Meets)}, "not a valid result rating"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := scoring.Appraise(tt.in); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Appraise error = %v, want one saying %q", err, tt.want)
			}
		})
	}
	// A broken matrix is no error while the two overall ratings are not both given.
	if _, err := scoring.Appraise(scoring.AppraiseInput{Method: scoring.Method2022, Matrix: broken, ResultRating: ptr(scoring.Above)}); err != nil {
		t.Errorf("Appraise with one overall rating: %v", err)
	}
}

func TestBonusDefaults(t *testing.T) {
	b := scoring.DefaultBonus()
	if b != (scoring.Bonus{Additional: [3]float64{1, 2, 3}, Unit: 3, Agency: 6, National: 12}) {
		t.Errorf("DefaultBonus() = %+v", b)
	}
	for _, c := range []scoring.Creativity{"", "UNIT", "AGENCY", "NATIONAL"} {
		if !c.Valid() {
			t.Errorf("%q.Valid() = false", c)
		}
	}
	if scoring.Creativity("unit").Valid() {
		t.Error(`"unit".Valid() = true`)
	}
}
