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

// MarshalGQL writes the rating as a GraphQL enum value (entgql asks an
// ent enum with a Go type for its own marshalling).
func (r Rating) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(r))) }

// UnmarshalGQL reads the rating from a GraphQL enum value.
func (r *Rating) UnmarshalGQL(v any) error {
	return unmarshalEnum(v, (*string)(r), Rating("").Values(), "Rating")
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
	return unmarshalEnum(v, (*string)(p), Predikat("").Values(), "Predikat")
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

// Rank orders the predikat from best (0) to worst (6), following Values:
// SangatBaik 0, Baik 1, Cukup 2, ButuhPerbaikan 3, Kurang 4, SangatKurang 5,
// Buruk 6. An unknown predikat ranks after all of them (7), so it never
// passes an "at least" test.
func (p Predikat) Rank() int {
	i := slices.Index(p.Values(), string(p))
	if i < 0 {
		return len(p.Values())
	}
	return i
}

// AtLeast reports whether p is as good as q or better (p.Rank() <= q.Rank()),
// as in the promotion rule "at least Baik". It is false when either p or q is
// not a known predikat.
func (p Predikat) AtLeast(q Predikat) bool {
	return p.Valid() && q.Valid() && p.Rank() <= q.Rank()
}

// Is2022 reports whether p is one of the five predikat of PermenPANRB 6/2022:
// SangatBaik, Baik, ButuhPerbaikan, Kurang (Kurang/Misconduct) and
// SangatKurang.
func (p Predikat) Is2022() bool {
	switch p {
	case SangatBaik, Baik, ButuhPerbaikan, Kurang, SangatKurang:
		return true
	}
	return false
}

// Is2011 reports whether p is one of the five bands of PP 46/2011 with
// Perka BKN 1/2013: SangatBaik, Baik, Cukup, Kurang and Buruk.
func (p Predikat) Is2011() bool {
	switch p {
	case SangatBaik, Baik, Cukup, Kurang, Buruk:
		return true
	}
	return false
}

// Aspect is the aspect an indicator (IKI) measures; PP 46/2011 with
// Perka BKN 1/2013 scores each aspect by its own formula.
type Aspect string

// The four aspects of an indicator.
const (
	AspectQuantity Aspect = "QUANTITY"
	AspectQuality  Aspect = "QUALITY"
	AspectTime     Aspect = "TIME"
	AspectCost     Aspect = "COST"
)

// Values lists the aspects.
func (Aspect) Values() []string {
	return []string{string(AspectQuantity), string(AspectQuality), string(AspectTime), string(AspectCost)}
}

// Valid reports whether a is a known aspect.
func (a Aspect) Valid() bool { return slices.Contains(a.Values(), string(a)) }
