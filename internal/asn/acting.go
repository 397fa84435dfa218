package asn

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// Acting is the capacity of an acting official: Plt. (pelaksana tugas) holds
// a vacant post, Plh. (pelaksana harian) stands in while its holder is away.
// An acting official signs with the prefix ("Plt. Kepala Bidang").
type Acting string

// The two kinds of acting official.
const (
	Plt Acting = "PLT"
	Plh Acting = "PLH"
)

// Values lists the kinds, for ent's enum.
func (Acting) Values() []string { return []string{string(Plt), string(Plh)} }

// Prefix is the abbreviation before the position's title: "Plt." or "Plh.".
func (a Acting) Prefix() string {
	switch a {
	case Plt:
		return "Plt."
	case Plh:
		return "Plh."
	}
	return ""
}

// MarshalGQL writes the kind as a GraphQL enum value.
func (a Acting) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(a))) }

// UnmarshalGQL reads the kind from a GraphQL enum value.
func (a *Acting) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("Acting must be a string, got %T", v)
	}
	if !slices.Contains(Acting("").Values(), s) {
		return fmt.Errorf("%q is not a valid Acting", s)
	}
	*a = Acting(s)
	return nil
}
