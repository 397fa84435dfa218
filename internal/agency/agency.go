// Package agency holds the settings of the agency that runs Kinerja: the
// place where its documents are signed and the time zone in which its
// deadlines end and its days are counted. A province spans three time
// zones (WIB, WITA, WIT), so both are configuration, read once at start.
package agency

import (
	"fmt"
	"math"
	"strings"
	"time"

	// The zone database is compiled in, so a machine without one still
	// knows Asia/Makassar.
	_ "time/tzdata"
)

// Default values: the city Kinerja was first built for.
const (
	DefaultPlace = "Makassar"
	DefaultZone  = "Asia/Makassar"
)

// Settings are the agency's place and time zone. The zero value is not
// ready for use; take Default or Load.
type Settings struct {
	// Place is where evaluation documents are signed ("Makassar, 2 Januari 2027").
	Place string
	// Zone is the agency's time zone.
	Zone *time.Location
}

// Default is Makassar in WITA (UTC+8).
func Default() Settings {
	s, err := Load(DefaultPlace, DefaultZone)
	if err != nil {
		panic(fmt.Sprintf("agency: default settings: %v", err))
	}
	return s
}

// Load checks a place and an IANA time-zone name (Asia/Jakarta,
// Asia/Makassar, Asia/Jayapura, …) and returns the settings they make.
func Load(place, zone string) (Settings, error) {
	place = strings.TrimSpace(place)
	if place == "" {
		return Settings{}, fmt.Errorf("agency: the place is empty")
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return Settings{}, fmt.Errorf("agency: time zone %q: %w", zone, err)
	}
	return Settings{Place: place, Zone: loc}, nil
}

// In is t in the agency's time zone.
func (s Settings) In(t time.Time) time.Time { return t.In(s.zone()) }

// Abbrev is the zone's abbreviation at t (WIB, WITA, WIT), or its offset
// ("+08") where the zone database has no letters for it.
func (s Settings) Abbrev(t time.Time) string {
	name, _ := s.In(t).Zone()
	return name
}

// DaysLeft is the number of whole calendar days, in the agency's zone,
// from now until deadline: 0 on the day itself, negative once it has
// passed.
func (s Settings) DaysLeft(now, deadline time.Time) int {
	y1, m1, d1 := s.In(now).Date()
	y2, m2, d2 := s.In(deadline).Date()
	a := time.Date(y1, m1, d1, 0, 0, 0, 0, time.UTC)
	b := time.Date(y2, m2, d2, 0, 0, 0, 0, time.UTC)
	return int(math.Round(b.Sub(a).Hours() / 24))
}

func (s Settings) zone() *time.Location {
	if s.Zone == nil {
		return Default().Zone
	}
	return s.Zone
}
