package server

import "testing"

func TestPreferredLangHonoursQValues(t *testing.T) {
	for _, tc := range []struct{ header, want string }{
		{"", "id"},
		{"id", "id"},
		{"en", "en"},
		{"en-GB,en;q=0.9", "en"},
		{"id;q=0.1, en;q=0.9", "en"},
		{"en;q=0.2, id;q=0.8", "id"},
		{"id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7", "id"},
		{"in", "id"}, // the old code for Indonesian
		{"fr-FR, de;q=0.5", "id"},
		{"fr, en;q=0.1", "en"},
		{"*", "id"},
		{"en;q=0", "id"},
		{"a malformed ;; header", "id"},
	} {
		t.Run(tc.header, func(t *testing.T) {
			if got := preferredLang(tc.header); got != tc.want {
				t.Fatalf("preferredLang(%q) = %q, want %q", tc.header, got, tc.want)
			}
		})
	}
}
