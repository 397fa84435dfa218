package server

import (
	"net/http"

	"golang.org/x/text/language"

	"kinerja/internal/apperr"
)

// languages are the languages Kinerja speaks, Indonesian first: it is the
// answer when the client states no preference or none that matches.
var (
	languages = []string{"id", "en"}
	matcher   = language.NewMatcher([]language.Tag{language.Indonesian, language.English})
)

// withLanguage picks the message language from Accept-Language, honouring
// its q-values ("id;q=0.1, en;q=0.9" is English).
func withLanguage(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(apperr.WithLang(r.Context(), preferredLang(r.Header.Get("Accept-Language")))))
	})
}

// preferredLang is "id" or "en": the best match of an Accept-Language
// header, Indonesian when nothing matches or the header is malformed.
func preferredLang(header string) string {
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil || len(tags) == 0 {
		return languages[0]
	}
	_, i, confidence := matcher.Match(tags...)
	if confidence == language.No {
		return languages[0]
	}
	return languages[i]
}
