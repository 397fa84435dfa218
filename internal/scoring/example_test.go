package scoring_test

import (
	"fmt"

	"kinerja/internal/scoring"
)

// ExampleAspectScore scores a time indicator of twelve months at and around
// its thresholds (Perka BKN 1/2013).
func ExampleAspectScore() {
	for _, months := range []float64{12, 9.12, 9, 6} {
		fmt.Printf("%.2f months of 12: %.2f\n", months, scoring.AspectScore(scoring.AspectTime, 12, months))
	}
	// Output:
	// 12.00 months of 12: 76.00
	// 9.12 months of 12: 100.00
	// 9.00 months of 12: 75.00
	// 6.00 months of 12: 50.00
}

// ExampleBand computes a final score of PP 46/2011 and bands it.
func ExampleBand() {
	skp, _ := scoring.SKPScore([]scoring.Target{
		{Indicators: []scoring.Indicator{
			{Aspect: scoring.AspectQuantity, Target: 12, Values: []float64{3, 3, 3, 3}},
			{Aspect: scoring.AspectQuality, Target: 100, Values: []float64{85, 95}},
		}},
		{Indicators: []scoring.Indicator{
			{Aspect: scoring.AspectTime, Target: 12, Values: []float64{3, 3, 3, 3}},
		}},
	})
	behaviour, _ := scoring.BehaviourScore([]float64{80, 85, 90, 85, 80})
	final := scoring.FinalScore(skp, behaviour)
	fmt.Printf("SKP %.2f, behaviour %.2f, final %.2f: %s\n", skp, behaviour, final, scoring.Band(final))
	fmt.Println(scoring.Band(90.5), scoring.Band(91))
	// Output:
	// SKP 85.50, behaviour 84.00, final 84.90: BAIK
	// BAIK SANGAT_BAIK
}

// ExampleMatrix_Predikat looks up the predikat of PermenPANRB 6/2022.
func ExampleMatrix_Predikat() {
	p, err := scoring.DefaultMatrix().Predikat(scoring.Above, scoring.Meets)
	fmt.Println(p, err)
	// Output: BAIK <nil>
}
