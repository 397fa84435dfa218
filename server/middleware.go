package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"reflect"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"kinerja/internal/apperr"
)

// statusWriter remembers the status and size of a response.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

// WriteHeader remembers the first status written and passes it on.
func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		var pattern string
		next.ServeHTTP(sw, r.WithContext(withPatternSlot(r.Context(), &pattern)))
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		d := time.Since(start)
		if pattern == "" {
			// Refused before routing (cross-site, a bad token): count it
			// under the route it was meant for.
			_, pattern = s.mux.Handler(r)
		}
		s.metrics.observe(r, pattern, sw.status, d)
		if r.URL.Path == "/healthz" || r.URL.Path == "/metrics" {
			return
		}
		s.opts.Logger.LogAttrs(r.Context(), slog.LevelInfo, "http",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", sw.status),
			slog.Int("bytes", sw.bytes),
			slog.Duration("duration", d),
		)
	})
}

func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				// net/http's own signal to abort the response stays a panic.
				if err, ok := p.(error); ok && errors.Is(err, http.ErrAbortHandler) {
					panic(p)
				}
				s.opts.Logger.ErrorContext(r.Context(), "http panic", slog.Any("panic", p), slog.String("stack", string(debug.Stack())))
				writeError(w, r, http.StatusInternalServerError, apperr.ErrInternal)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// securityHeaders sets the headers every response carries. The policy
// allows no inline script and nothing from another origin.
// HSTS is sent only over TLS, direct or vouched for by a trusted proxy.
func (s *Server) securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		if s.isTLS(r) {
			h.Set("Strict-Transport-Security", "max-age=31536000")
		}
		next.ServeHTTP(w, r)
	})
}

// limitBody caps the size of a request body.
func limitBody(n int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > n {
			writeError(w, r, http.StatusRequestEntityTooLarge, errTooLarge)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, n)
		next.ServeHTTP(w, r)
	})
}

// withTimeout bounds the time a request may take: its context is cancelled
// after d, which stops database work under way.
func withTimeout(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// jsonObjectBody refuses a GraphQL POST whose body is not a JSON object
// (a batch array, a bare string, a form): 400 with an INVALID_INPUT error
// in the GraphQL shape, before the GraphQL handler reads it. It peeks at
// the first byte that is not white space; the body stays within the limit
// set before it.
func (s *Server) jsonObjectBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			next.ServeHTTP(w, r)
			return
		}
		br := bufio.NewReader(r.Body)
		first, err := firstNonSpace(br)
		var tooLarge *http.MaxBytesError
		switch {
		case errors.As(err, &tooLarge):
			writeError(w, r, http.StatusRequestEntityTooLarge, errTooLarge)
			return
		case err != nil && !errors.Is(err, io.EOF):
			s.opts.Logger.InfoContext(r.Context(), "graphql body unreadable", slog.Any("err", err))
			writeError(w, r, http.StatusBadRequest, errNotAnObject)
			return
		case first != '{':
			s.opts.Logger.InfoContext(r.Context(), "graphql body is not a JSON object",
				slog.String("starts_with", strconv.QuoteRune(rune(first))), slog.String("ip", s.clientIP(r)))
			writeError(w, r, http.StatusBadRequest, errNotAnObject)
			return
		}
		// A JSON object, but is it a GraphQL request? gqlgen would answer
		// a wrong member type with an uncoded error that echoes the body.
		body, err := io.ReadAll(br)
		if errors.As(err, &tooLarge) {
			writeError(w, r, http.StatusRequestEntityTooLarge, errTooLarge)
			return
		}
		if err != nil {
			s.opts.Logger.InfoContext(r.Context(), "graphql body unreadable", slog.Any("err", err))
			writeError(w, r, http.StatusBadRequest, errNotAnObject)
			return
		}
		var params struct {
			Query         string         `json:"query"`
			OperationName string         `json:"operationName"`
			Variables     map[string]any `json:"variables"`
			Extensions    map[string]any `json:"extensions"`
		}
		if err := json.Unmarshal(body, &params); err != nil {
			s.opts.Logger.InfoContext(r.Context(), "graphql body is not a GraphQL request", slog.String("reason", jsonReason(err)), slog.String("ip", s.clientIP(r)))
			writeError(w, r, http.StatusBadRequest, apperr.Invalidf("", "badan permintaan bukan permintaan GraphQL: %s", "the request body is not a GraphQL request: %s", jsonReason(err)))
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		leave, err := s.admission.enter(r.Context(), isMutation(params.Query))
		if err != nil {
			writeError(w, r, http.StatusServiceUnavailable, errBusy)
			return
		}
		defer leave()
		next.ServeHTTP(w, r)
	})
}

// errBusy answers a request that found no free slot before it ended.
var errBusy = apperr.New(apperr.Unavailable, "server sedang sibuk; coba lagi sebentar lagi", "the server is busy; try again in a moment")

// isMutation tells, from the query's first keyword, whether a request
// writes: a hint for the admission line, not a rule of access (a document
// with several operations counts by its first).
func isMutation(query string) bool {
	q := strings.TrimLeft(query, " \t\r\n,\ufeff")
	for strings.HasPrefix(q, "#") { // comments before the operation
		if i := strings.IndexByte(q, '\n'); i >= 0 {
			q = strings.TrimLeft(q[i+1:], " \t\r\n,")
		} else {
			return false
		}
	}
	return strings.HasPrefix(q, "mutation")
}

// jsonReason says what is wrong with a GraphQL request body without
// echoing it: the member of the wrong type, or where the JSON breaks.
func jsonReason(err error) string {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te) && te.Type != nil && te.Type.Kind() == reflect.Float64:
		return fmt.Sprintf("%q holds a number out of range", te.Field)
	case errors.As(err, &te) && te.Field != "":
		return fmt.Sprintf("%q must not be a JSON %s", te.Field, te.Value)
	case errors.As(err, &se):
		return fmt.Sprintf("malformed JSON at byte %d", se.Offset)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "the JSON ends too early"
	}
	return "malformed JSON"
}

// firstNonSpace returns the first byte of br that is not JSON white space,
// leaving it unread (0 and io.EOF for an empty or blank body).
func firstNonSpace(br *bufio.Reader) (byte, error) {
	for {
		c, err := br.ReadByte()
		if err != nil {
			return 0, err
		}
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		}
		return c, br.UnreadByte()
	}
}

var (
	errNotAnObject = apperr.New(apperr.InvalidInput,
		"badan permintaan harus satu objek JSON {\"query\", \"variables\"}; batch tidak didukung",
		`the request body must be one JSON object {"query", "variables"}; batches are not supported`)
	errTooLarge = apperr.New(apperr.InvalidInput, "permintaan terlalu besar", "the request is too large")
)
