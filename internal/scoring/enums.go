package scoring

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// Rating is the appraiser's verdict on results or behaviour under
// PermenPANRB 6/2022: above, meeting or below expectation.
type Rating string

// The three ratings (Di Atas, Sesuai, Di Bawah Ekspektasi).
const (
	Above Rating = "ABOVE"
	Meets Rating = "MEETS"
	Below Rating = "BELOW"
)

// Values lists the ratings; ent uses it for the enum column.
func (Rating) Values() []string { return []string{string(Above), string(Meets), string(Below)} }

// Valid reports whether r is a known rating.
func (r Rating) Valid() bool { return slices.Contains(r.Values(), string(r)) }

// MarshalGQL writes the rating as a GraphQL enum value.
func (r Rating) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(r))) }

// UnmarshalGQL reads the rating from a GraphQL enum value.
func (r *Rating) UnmarshalGQL(v any) error {
	return unmarshalEnum(v, (*string)(r), Rating.Values(""), "Rating")
}

// Predikat is the final verdict on an employee's performance. The 2022
// method uses SangatBaik, Baik, ButuhPerbaikan, Kurang and SangatKurang; the
// 2011 bands use SangatBaik, Baik, Cukup, Kurang and Buruk.
type Predikat string

// The predikat of both methods.
const (
	SangatBaik     Predikat = "SANGAT_BAIK"
	Baik           Predikat = "BAIK"
	Cukup          Predikat = "CUKUP"
	ButuhPerbaikan Predikat = "BUTUH_PERBAIKAN"
	Kurang         Predikat = "KURANG"
	SangatKurang   Predikat = "SANGAT_KURANG"
	Buruk          Predikat = "BURUK"
)

// Values lists the predikat from best to worst; ent uses it for the enum column.
func (Predikat) Values() []string {
	return []string{
		string(SangatBaik), string(Baik), string(Cukup), string(ButuhPerbaikan),
		string(Kurang), string(SangatKurang), string(Buruk),
	}
}

// Valid reports whether p is a known predikat.
func (p Predikat) Valid() bool { return slices.Contains(p.Values(), string(p)) }

// MarshalGQL writes the predikat as a GraphQL enum value.
func (p Predikat) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(p))) }

// UnmarshalGQL reads the predikat from a GraphQL enum value.
func (p *Predikat) UnmarshalGQL(v any) error {
	return unmarshalEnum(v, (*string)(p), Predikat.Values(""), "Predikat")
}

func unmarshalEnum(v any, dst *string, values []string, name string) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("%s must be a string, got %T", name, v)
	}
	if !slices.Contains(values, s) {
		return fmt.Errorf("%q is not a valid %s", s, name)
	}
	*dst = s
	return nil
}
