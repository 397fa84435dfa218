package scoring_test

import (
	"testing"
	"time"
	_ "time/tzdata" // Asia/Makassar wherever the tests run

	"kinerja/internal/scoring"
)

func makassar(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Makassar")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestObjectionDeadline(t *testing.T) {
	wita := makassar(t)
	tests := []struct {
		name     string
		released time.Time
		days     int
		want     time.Time
	}{
		{"domain example", time.Date(2026, 1, 10, 15, 0, 0, 0, wita), 14, time.Date(2026, 1, 24, 23, 59, 59, 999999999, wita)},
		{"released at midnight", time.Date(2026, 1, 10, 0, 0, 0, 0, wita), 14, time.Date(2026, 1, 24, 23, 59, 59, 999999999, wita)},
		{"released late in the day", time.Date(2026, 1, 10, 23, 59, 0, 0, wita), 14, time.Date(2026, 1, 24, 23, 59, 59, 999999999, wita)},
		// 16:30 UTC is already 00:30 the next day in WITA (UTC+8).
		{"the agency's day, not UTC's", time.Date(2026, 1, 10, 16, 30, 0, 0, time.UTC), 14, time.Date(2026, 1, 25, 23, 59, 59, 999999999, wita)},
		{"across a month", time.Date(2026, 1, 20, 9, 0, 0, 0, wita), 14, time.Date(2026, 2, 3, 23, 59, 59, 999999999, wita)},
		{"across a leap day", time.Date(2028, 2, 20, 9, 0, 0, 0, wita), 14, time.Date(2028, 3, 5, 23, 59, 59, 999999999, wita)},
		{"across the year", time.Date(2026, 12, 25, 9, 0, 0, 0, wita), 14, time.Date(2027, 1, 8, 23, 59, 59, 999999999, wita)},
		{"a period's own window", time.Date(2026, 1, 10, 15, 0, 0, 0, wita), 21, time.Date(2026, 1, 31, 23, 59, 59, 999999999, wita)},
		{"no window set: 14 days", time.Date(2026, 1, 10, 15, 0, 0, 0, wita), 0, time.Date(2026, 1, 24, 23, 59, 59, 999999999, wita)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := scoring.ObjectionDeadline(tt.released, tt.days, wita)
			if !got.Equal(tt.want) || got.Location() != wita {
				t.Errorf("ObjectionDeadline(%v, %d) = %v, want %v", tt.released, tt.days, got, tt.want)
			}
		})
	}
	// Without a zone, the release's own.
	r := time.Date(2026, 1, 10, 15, 0, 0, 0, time.UTC)
	if got, want := scoring.ObjectionDeadline(r, 14, nil), time.Date(2026, 1, 24, 23, 59, 59, 999999999, time.UTC); !got.Equal(want) {
		t.Errorf("ObjectionDeadline(nil zone) = %v, want %v", got, want)
	}
}

func TestExplanationDeadline(t *testing.T) {
	wita := makassar(t)
	filed := time.Date(2026, 1, 20, 10, 0, 0, 0, wita)
	want := time.Date(2026, 1, 27, 23, 59, 59, 999999999, wita)
	if got := scoring.ExplanationDeadline(filed, scoring.ExplanationDays, wita); !got.Equal(want) {
		t.Errorf("ExplanationDeadline(7) = %v, want %v", got, want)
	}
	if got := scoring.ExplanationDeadline(filed, 0, wita); !got.Equal(want) {
		t.Errorf("ExplanationDeadline(0) = %v, want the default %v", got, want)
	}
	if got, w := scoring.ExplanationDeadline(filed, 3, wita), time.Date(2026, 1, 23, 23, 59, 59, 999999999, wita); !got.Equal(w) {
		t.Errorf("ExplanationDeadline(3) = %v, want %v", got, w)
	}
}

func TestEndOfDay(t *testing.T) {
	wita := makassar(t)
	tests := []struct {
		t, want time.Time
	}{
		{time.Date(2026, 3, 1, 8, 0, 0, 0, wita), time.Date(2026, 3, 1, 23, 59, 59, 999999999, wita)},
		{time.Date(2026, 3, 1, 23, 59, 59, 999999999, wita), time.Date(2026, 3, 1, 23, 59, 59, 999999999, wita)},
		{time.Date(2026, 3, 1, 0, 0, 0, 0, wita), time.Date(2026, 3, 1, 23, 59, 59, 999999999, wita)},
		{time.Date(2026, 2, 28, 20, 0, 0, 0, time.UTC), time.Date(2026, 3, 1, 23, 59, 59, 999999999, wita)}, // 04:00 WITA on 1 March
	}
	for _, tt := range tests {
		if got := scoring.EndOfDay(tt.t, wita); !got.Equal(tt.want) {
			t.Errorf("EndOfDay(%v) = %v, want %v", tt.t, got, tt.want)
		}
	}
}

func TestOverdue(t *testing.T) {
	wita := makassar(t)
	deadline := time.Date(2026, 1, 24, 23, 59, 59, 999999999, wita)
	tests := []struct {
		name     string
		now      time.Time
		deadline *time.Time
		want     bool
	}{
		{"no deadline", time.Date(2030, 1, 1, 0, 0, 0, 0, wita), nil, false},
		{"the last day", time.Date(2026, 1, 24, 22, 0, 0, 0, wita), &deadline, false},
		{"the deadline itself", deadline, &deadline, false},
		{"one nanosecond after", deadline.Add(time.Nanosecond), &deadline, true},
		{"the next morning", time.Date(2026, 1, 25, 8, 0, 0, 0, wita), &deadline, true},
	}
	for _, tt := range tests {
		if got := scoring.Overdue(tt.now, tt.deadline); got != tt.want {
			t.Errorf("%s: Overdue = %v, want %v", tt.name, got, tt.want)
		}
	}
}
