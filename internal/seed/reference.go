// Package seed loads data into an empty database: the reference catalogue
// every installation needs (appraisal criteria), the demo organisation of
// `kinerja serve --demo`, and the synthetic data sets used by benchmarks.
package seed

import (
	"context"
	"fmt"

	"kinerja/ent"
	"kinerja/ent/criterion"
	"kinerja/internal/authz"
	"kinerja/internal/scoring"
)

// Reference makes sure the criteria catalogue (scoring.Catalogue) exists. It adds what is
// missing and leaves existing rows (which HR may have renamed) alone, so it
// is safe to run at every start.
func Reference(ctx context.Context, client *ent.Client) error {
	ctx = authz.System(ctx)
	have, err := client.Criterion.Query().Select(criterion.FieldCode).Strings(ctx)
	if err != nil {
		return fmt.Errorf("read criteria: %w", err)
	}
	known := map[string]bool{}
	for _, c := range have {
		known[c] = true
	}
	for _, d := range scoring.Catalogue() {
		if known[string(d.Code)] {
			continue
		}
		err := client.Criterion.Create().
			SetCode(string(d.Code)).SetName(d.Name).SetNameEn(d.NameEN).SetDescription(d.Description).
			SetKind(criterion.Kind(d.Kind)).SetFramework(criterion.Framework(d.Framework)).SetPosition(d.Position).
			Exec(ctx)
		if err != nil {
			return fmt.Errorf("create criterion %s: %w", d.Code, err)
		}
	}
	return nil
}
