package scoring_test

import (
	"slices"
	"testing"

	"kinerja/internal/scoring"
)

func TestMissingForRelease(t *testing.T) {
	seven := scoring.BehaviourCriteria(scoring.Method2022, "PELAKSANA")
	six := scoring.BehaviourCriteria(scoring.Method2011, "PENGAWAS")
	tests := []struct {
		name                string
		m                   scoring.Method
		main, rated         []int
		required, ratedCrit []scoring.CriterionCode
		resultR, behaviourR bool
		want                []string
	}{
		{"2022 complete", scoring.Method2022, []int{1, 2}, []int{1, 2, 3}, seven, seven, true, true, nil},
		{"2022 additional target unrated is fine", scoring.Method2022, []int{1}, []int{1}, seven, seven, true, true, nil},
		{"2022 everything missing", scoring.Method2022, []int{12, 9, 100}, nil, seven[:2], nil, false, false, []string{
			"behaviourRating", "criterion:AKUNTABEL", "criterion:BERORIENTASI_PELAYANAN", "resultRating", "target:9", "target:12", "target:100",
		}},
		{"2022 one core value and one target", scoring.Method2022, []int{1, 2}, []int{2}, seven, seven[1:], true, true, []string{
			"criterion:BERORIENTASI_PELAYANAN", "target:1",
		}},
		{"2022 a target listed twice is reported once", scoring.Method2022, []int{5, 5}, nil, nil, nil, true, true, []string{"target:5"}},
		{"2011 complete, targets unrated", scoring.Method2011, []int{1, 2}, nil, six, six, false, false, nil},
		{"2011 kepemimpinan missing", scoring.Method2011, []int{1}, nil, six, six[:5], false, false, []string{"criterion:KEPEMIMPINAN"}},
		{"2011 nothing valued", scoring.Method2011, []int{1}, nil, six[:2], nil, true, true, []string{"criterion:INTEGRITAS", "criterion:ORIENTASI_PELAYANAN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := scoring.MissingForRelease(tt.m, tt.main, tt.rated, tt.required, tt.ratedCrit, tt.resultR, tt.behaviourR)
			if !slices.Equal(got, tt.want) {
				t.Errorf("MissingForRelease = %q, want %q", got, tt.want)
			}
		})
	}
}
