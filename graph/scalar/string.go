// Package scalar holds the GraphQL scalars Kinerja reads more strictly
// than gqlgen's defaults.
package scalar

import (
	"fmt"

	"github.com/99designs/gqlgen/graphql"
)

// MarshalString writes a String as gqlgen does.
func MarshalString(s string) graphql.Marshaler { return graphql.MarshalString(s) }

// UnmarshalString reads a String input and only a string: gqlgen's own
// String also takes numbers and booleans and turns them into text, so a
// client's 12 for a name would be stored as "12" instead of refused.
func UnmarshalString(v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("a String is expected, not %T", v)
	}
	return s, nil
}
