package store

import (
	"context"
	"strings"
	"unicode"

	"kinerja/ent"
	"kinerja/internal/apperr"
)

// cleanText keeps text sane at the one place every write passes: a string
// field with a control character (NUL, ESC, BEL, DEL, the C1 range — all
// but tab and line breaks) is refused on its field, and surrounding white
// space is trimmed, so a name of only spaces is empty and its NotEmpty
// validator refuses it. Such characters would otherwise travel raw into
// CSV files, printed documents and terminals.
func cleanText() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			for _, f := range m.Fields() {
				v, ok := m.Field(f)
				if !ok {
					continue
				}
				s, ok := v.(string)
				if !ok {
					continue
				}
				if hasControl(s) {
					return nil, apperr.Invalid(apiField(f), "berisi karakter kendali yang tidak diizinkan", "contains a control character that is not allowed")
				}
				if t := strings.TrimSpace(s); t != s {
					if err := m.SetField(f, t); err != nil {
						return nil, err
					}
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// hasControl finds a control character other than tab, CR and LF.
func hasControl(s string) bool {
	for _, r := range s {
		if r != '\t' && r != '\n' && r != '\r' && unicode.IsControl(r) {
			return true
		}
	}
	return false
}

// apiField is an ent field name as the API spells it (camelCase).
func apiField(field string) string {
	parts := strings.Split(field, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}
