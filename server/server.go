// Package server is Kinerja's HTTP face: routes on the standard ServeMux,
// the middleware (request logging, security headers, language, the viewer
// from the session cookie), sign-in and sign-out, health and metrics, the
// GraphQL endpoint and the embedded single-page app.
package server

import (
	"encoding/json"
	"io/fs"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"kinerja/graph"
	"kinerja/internal/apperr"
	"kinerja/internal/auth"
	"kinerja/internal/authz"
	"kinerja/internal/store"
	"kinerja/internal/viewer"
)

// SessionCookie is the name of the session cookie.
const SessionCookie = "kinerja_session"

// Options configure the server.
type Options struct {
	// Store is the open database.
	Store *store.Store
	// Frontend holds the built single-page app (frontend.Dist()).
	Frontend fs.FS
	// Logger receives request logs and internal errors.
	Logger *slog.Logger
	// Introspection enables GraphQL introspection and GraphiQL.
	Introspection bool
}

// Server is the HTTP handler of Kinerja.
type Server struct {
	opts    Options
	auth    *auth.Service
	metrics *metrics
	handler http.Handler
	// Failed sign-ins: 5 per NIP and 20 per client address in 15 minutes.
	byNIP, byIP *throttle
}

// Request limits.
const (
	maxGraphQLBody = 1 << 20
	requestTimeout = 30 * time.Second
)

// New returns the HTTP handler of Kinerja.
func New(opts Options) *Server {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	s := &Server{
		opts:    opts,
		auth:    auth.NewService(opts.Store.Client),
		metrics: newMetrics(opts.Store.Statements),
		byNIP:   newThrottle(5, 15*time.Minute),
		byIP:    newThrottle(20, 15*time.Minute),
	}
	gql := graph.NewHandler(opts.Store.Client, graph.Options{
		Introspection: opts.Introspection,
		Logger:        opts.Logger,
	})
	app := spa{files: opts.Frontend}

	mux := http.NewServeMux()
	api := requireViewer(limitBody(maxGraphQLBody, gql))
	mux.Handle("POST /graphql", api)
	mux.Handle("GET /graphql", api)
	mux.HandleFunc("POST /auth/login", s.login)
	mux.HandleFunc("POST /auth/logout", s.logout)
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.Handle("GET /metrics", requireViewer(s.metrics))
	mux.HandleFunc("GET /graphiql", func(w http.ResponseWriter, r *http.Request) {
		if !opts.Introspection {
			http.NotFound(w, r)
			return
		}
		if !app.serveFile(w, r, "graphiql.html") {
			http.Error(w, "frontend not built: run make frontend", http.StatusServiceUnavailable)
		}
	})
	s.exportRoutes(mux)
	mux.Handle("/", app)

	// Cross-site requests with the session cookie are refused before they
	// reach a handler (Sec-Fetch-Site / Origin checks); reporting tools
	// with a bearer token send neither header and pass.
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, r, http.StatusForbidden, apperr.New(apperr.Forbidden,
			"permintaan lintas situs ditolak", "cross-site request refused"))
	}))
	s.handler = s.recoverer(s.logRequests(securityHeaders(withLanguage(
		cop.Handler(withTimeout(requestTimeout, s.authenticate(mux)))))))
	return s
}

// ServeHTTP serves a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// authenticate puts the viewer of the session cookie, if any, into the
// request's context. A bad or expired cookie leaves the request anonymous.
func (s *Server) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h := r.Header.Get("Authorization"); h != "" {
			token, ok := strings.CutPrefix(h, "Bearer ")
			if !ok {
				writeError(w, r, http.StatusUnauthorized, auth.ErrBadToken)
				return
			}
			v, err := s.auth.AuthenticateToken(r.Context(), strings.TrimSpace(token))
			if err != nil {
				if !apperr.Is(err, apperr.Unauthenticated) {
					s.opts.Logger.ErrorContext(r.Context(), "authenticate token", slog.Any("err", err))
				}
				w.Header().Set("WWW-Authenticate", `Bearer realm="kinerja", error="invalid_token"`)
				writeError(w, r, http.StatusUnauthorized, auth.ErrBadToken)
				return
			}
			next.ServeHTTP(w, r.WithContext(viewer.NewContext(r.Context(), v)))
			return
		}
		c, err := r.Cookie(SessionCookie)
		if err == nil && c.Value != "" {
			v, err := s.auth.Authenticate(r.Context(), c.Value)
			switch {
			case err == nil:
				r = r.WithContext(viewer.NewContext(r.Context(), v))
			case !apperr.Is(err, apperr.Unauthenticated):
				s.opts.Logger.ErrorContext(r.Context(), "authenticate", slog.Any("err", err))
			}
		}
		next.ServeHTTP(w, r)
	})
}

// requireViewer answers anonymous GraphQL requests with 401 and an
// UNAUTHENTICATED error, before any parsing.
func requireViewer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if viewer.FromContext(r.Context()) != nil {
			next.ServeHTTP(w, r)
			return
		}
		e := authz.ErrUnauthenticated
		w.Header().Set("WWW-Authenticate", `Bearer realm="kinerja"`)
		writeJSON(w, http.StatusUnauthorized, map[string]any{
			"errors": []map[string]any{{
				"message":    e.Message(apperr.Lang(r.Context())),
				"extensions": map[string]any{"code": string(e.Code)},
			}},
		})
	})
}

type loginRequest struct {
	NIP      string `json:"nip"`
	Password string `json:"password"`
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	var req loginRequest
	r.Body = http.MaxBytesReader(w, r.Body, 4<<10)
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.NIP == "" || req.Password == "" {
		writeError(w, r, http.StatusBadRequest, apperr.New(apperr.InvalidInput,
			"kirim JSON {\"nip\", \"password\"}", `send JSON {"nip", "password"}`))
		return
	}
	nip, ip := strings.TrimSpace(req.NIP), clientIP(r)
	for _, t := range []struct {
		th  *throttle
		key string
	}{{s.byNIP, nip}, {s.byIP, ip}} {
		if blocked, wait := t.th.blocked(t.key); blocked {
			w.Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())+1))
			writeError(w, r, http.StatusTooManyRequests, apperr.New(apperr.RateLimited,
				"terlalu banyak percobaan masuk; coba lagi nanti", "too many sign-in attempts; try again later"))
			return
		}
	}
	// Rotate: a sign-in always replaces the session this browser had.
	if c, err := r.Cookie(SessionCookie); err == nil {
		if err := s.auth.Logout(r.Context(), c.Value); err != nil {
			s.opts.Logger.ErrorContext(r.Context(), "drop old session", slog.Any("err", err))
		}
	}
	token, acc, err := s.auth.Login(r.Context(), nip, req.Password, r.UserAgent(), ip)
	if err != nil {
		if e, ok := apperr.As(err); ok {
			s.byNIP.fail(nip)
			s.byIP.fail(ip)
			s.opts.Logger.InfoContext(r.Context(), "login failed", slog.String("ip", ip))
			writeError(w, r, http.StatusUnauthorized, e)
			return
		}
		s.opts.Logger.ErrorContext(r.Context(), "login", slog.Any("err", err))
		writeError(w, r, http.StatusInternalServerError, apperr.ErrInternal)
		return
	}
	s.byNIP.reset(nip)
	http.SetCookie(w, &http.Cookie{
		Name:     SessionCookie,
		Value:    token,
		Path:     "/",
		HttpOnly: true,
		Secure:   isTLS(r),
		SameSite: http.SameSiteLaxMode,
		MaxAge:   int(s.auth.MaxAge.Seconds()),
	})
	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "account": map[string]any{"id": acc.ID, "name": acc.Name}})
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(SessionCookie); err == nil {
		if err := s.auth.Logout(r.Context(), c.Value); err != nil {
			s.opts.Logger.ErrorContext(r.Context(), "logout", slog.Any("err", err))
			writeError(w, r, http.StatusInternalServerError, apperr.ErrInternal)
			return
		}
	}
	http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: "", Path: "/", HttpOnly: true, Secure: isTLS(r), SameSite: http.SameSiteLaxMode, MaxAge: -1})
	writeJSON(w, http.StatusOK, map[string]any{"ok": true})
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if err := s.opts.Store.Ping(r.Context()); err != nil {
		s.opts.Logger.ErrorContext(r.Context(), "health check", slog.Any("err", err))
		http.Error(w, "database unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write([]byte("ok"))
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, r *http.Request, status int, e *apperr.Error) {
	body := map[string]any{"code": string(e.Code), "message": e.Message(apperr.Lang(r.Context()))}
	if e.Field != "" {
		body["field"] = e.Field
	}
	writeJSON(w, status, map[string]any{"error": body})
}

func isTLS(r *http.Request) bool {
	return r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
}

// clientIP is the peer address; behind a proxy the proxy's. (Trusting
// X-Forwarded-For needs a configured proxy list.)
func clientIP(r *http.Request) string {
	host := r.RemoteAddr
	if i := strings.LastIndexByte(host, ':'); i > 0 {
		host = host[:i]
	}
	return strings.Trim(host, "[]")
}
