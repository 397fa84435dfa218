// Package server is Kinerja's HTTP face: routes on the standard ServeMux,
// the middleware (request logging, security headers, language, the viewer
// from the session cookie), sign-in and sign-out, health and metrics, the
// GraphQL endpoint and the embedded single-page app.
package server

import (
	"context"
	"encoding/json"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"kinerja/internal/agency"

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
	// Introspection enables GraphQL introspection and GraphiQL (its page
	// and assets are 404 without it).
	Introspection bool
	// TrustedProxies are the peers whose X-Forwarded-For and
	// X-Forwarded-Proto are believed; empty trusts no one.
	TrustedProxies []netip.Prefix
	// MetricsToken, when set, lets a scraper read /metrics with
	// "Authorization: Bearer <token>".
	MetricsToken string
	// MetricsAllow are the client addresses, besides loopback, that may
	// read /metrics without credentials.
	MetricsAllow []netip.Prefix
	// Loading, while it reports true, makes /healthz answer 503 "loading"
	// (the demo is being prepared in the background).
	Loading func() bool
	// Agency is the agency's place and time zone: where documents are
	// signed, in which zone deadlines end (agency.Default when zero).
	Agency agency.Settings
}

// Server is the HTTP handler of Kinerja.
type Server struct {
	opts    Options
	auth    *auth.Service
	metrics *metrics
	mux     *http.ServeMux
	handler http.Handler
	// Sign-in attempts: 5 failures per NIP and 20 per client address in
	// 15 minutes, each slot reserved before the password is hashed.
	byNIP, byIP *auth.Throttle
	// admission bounds the GraphQL requests running at once, writes first.
	admission *admission
}

// healthWriteTimeout bounds how long /healthz waits for its turn at the
// writer; a lock held by another process is waited for as long as SQLite's
// busy timeout (10 s), after which the check fails.
const healthWriteTimeout = 2 * time.Second

// Request limits.
const (
	maxGraphQLBody = 1 << 20
	requestTimeout = 30 * time.Second
	// maxLoginName is the longest login name an account can have.
	maxLoginName = 64
)

// New returns the HTTP handler of Kinerja.
func New(opts Options) *Server {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Agency.Zone == nil {
		opts.Agency = agency.Default()
	}
	s := &Server{
		opts:      opts,
		auth:      auth.NewService(opts.Store.Client),
		metrics:   newMetrics(opts.Store.Statements),
		byNIP:     auth.NewThrottle(5, 15*time.Minute),
		admission: newAdmission(defaultSlots()),
		byIP:      auth.NewThrottle(20, 15*time.Minute),
	}
	gql := graph.NewHandler(opts.Store.Client, graph.Options{
		Introspection: opts.Introspection,
		Logger:        opts.Logger,
		Agency:        opts.Agency,
	})
	app := newSPA(opts.Frontend, opts.Introspection)

	mux := http.NewServeMux()
	api := requireViewer(limitBody(maxGraphQLBody, s.jsonObjectBody(gql)))
	mux.Handle("POST /graphql", api)
	mux.Handle("GET /graphql", api)
	mux.HandleFunc("POST /auth/login", s.login)
	mux.HandleFunc("POST /auth/logout", s.logout)
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /metrics", s.serveMetrics)
	mux.HandleFunc("GET /graphiql", func(w http.ResponseWriter, r *http.Request) {
		if !opts.Introspection {
			http.NotFound(w, r)
			return
		}
		if app.serveFile(w, r, "graphiql.html") {
			return
		}
		http.Error(w, "frontend not built: run make frontend", http.StatusServiceUnavailable)
	})
	s.exportRoutes(mux)
	mux.Handle("/", app)
	s.mux = mux

	// Cross-site requests that rely on the session cookie are refused
	// before they reach a handler (Sec-Fetch-Site / Origin checks).
	// Requests with a bearer token skip the check: a token is not an
	// ambient credential, a foreign page cannot make a browser send it.
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, r, http.StatusForbidden, apperr.New(apperr.Forbidden,
			"permintaan lintas situs ditolak", "cross-site request refused"))
	}))
	routed := recordPattern(mux)
	s.handler = s.recoverer(s.logRequests(s.securityHeaders(withLanguage(withTimeout(requestTimeout,
		s.authenticate(routed, cop.Handler(s.withSession(routed))))))))
	return s
}

// ServeHTTP serves a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// authenticate sends a request with an Authorization header to bearer:
// the token alone says who the caller is (a session cookie beside it is
// ignored), and the request skips the cross-site check. Every other request
// goes to cookie, which checks it is not cross-site and reads the session.
func (s *Server) authenticate(bearer, cookie http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := r.Header.Get("Authorization")
		if h == "" {
			cookie.ServeHTTP(w, r)
			return
		}
		token, ok := strings.CutPrefix(h, "Bearer ")
		token = strings.TrimSpace(token)
		if !ok {
			writeError(w, r, http.StatusUnauthorized, auth.ErrBadToken)
			return
		}
		if r.URL.Path == "/metrics" && s.isMetricsToken(token) {
			bearer.ServeHTTP(w, withoutCookies(r.WithContext(context.WithValue(r.Context(), scraperKey{}, true))))
			return
		}
		v, err := s.auth.AuthenticateToken(r.Context(), token)
		if err != nil {
			if !apperr.Is(err, apperr.Unauthenticated) {
				s.opts.Logger.ErrorContext(r.Context(), "authenticate token", slog.Any("err", err))
			}
			w.Header().Set("WWW-Authenticate", `Bearer realm="kinerja", error="invalid_token"`)
			writeError(w, r, http.StatusUnauthorized, auth.ErrBadToken)
			return
		}
		bearer.ServeHTTP(w, withoutCookies(r.WithContext(viewer.NewContext(r.Context(), v))))
	})
}

// withoutCookies drops the cookies of a bearer request, so that no handler
// (sign-out, the session rotation of sign-in) acts on a session the token
// request carried along.
func withoutCookies(r *http.Request) *http.Request {
	if r.Header.Get("Cookie") == "" {
		return r
	}
	r.Header = r.Header.Clone()
	r.Header.Del("Cookie")
	return r
}

// withSession puts the viewer of the session cookie, if any, into the
// request's context. A bad or expired cookie leaves the request anonymous.
func (s *Server) withSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
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
		w.Header().Set("WWW-Authenticate", `Bearer realm="kinerja"`)
		writeError(w, r, http.StatusUnauthorized, authz.ErrUnauthenticated)
	})
}

type loginRequest struct {
	NIP      string `json:"nip"`
	Password string `json:"password"`
}

var (
	errNotJSON = apperr.New(apperr.InvalidInput,
		"kirim JSON {\"nip\", \"password\"} dengan Content-Type: application/json",
		`send JSON {"nip", "password"} with Content-Type: application/json`)
	errLoginBody = apperr.New(apperr.InvalidInput,
		"kirim JSON {\"nip\", \"password\"}", `send JSON {"nip", "password"}`)
	errTooManySignIns = apperr.New(apperr.RateLimited,
		"terlalu banyak percobaan masuk; coba lagi nanti", "too many sign-in attempts; try again later")
)

// login signs in with a NIP and a password sent as JSON. Before the
// password is hashed the attempt takes a slot under the per-address and the
// per-NIP limits, so concurrent guesses cannot outrun them; a failure keeps
// its slots, a success frees the NIP's and its own address slot, and an
// attempt that was never evaluated (the server too busy hashing) gives both
// back.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	if s.opts.Loading != nil && s.opts.Loading() {
		w.Header().Set("Retry-After", "2")
		writeError(w, r, http.StatusServiceUnavailable, apperr.New(apperr.Unavailable,
			"data demo sedang disiapkan; coba lagi sebentar lagi", "the demo is being prepared; try again in a moment"))
		return
	}
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		writeError(w, r, http.StatusUnsupportedMediaType, errNotJSON)
		return
	}
	var req loginRequest
	r.Body = http.MaxBytesReader(w, r.Body, 4<<10)
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.NIP == "" || req.Password == "" {
		writeError(w, r, http.StatusBadRequest, errLoginBody)
		return
	}
	nip, ip := strings.TrimSpace(req.NIP), s.clientIP(r)
	if len(nip) > maxLoginName {
		// No account has such a name; refusing it here also keeps the
		// throttles' keys short.
		writeError(w, r, http.StatusBadRequest, errLoginBody)
		return
	}
	byIP, ok, wait := s.byIP.Reserve(ip)
	if !ok {
		s.tooMany(w, r, wait, errTooManySignIns)
		return
	}
	byNIP, ok, wait := s.byNIP.Reserve(nip)
	if !ok {
		byIP.Release()
		s.tooMany(w, r, wait, errTooManySignIns)
		return
	}
	// Rotate: a sign-in always replaces the session this browser had.
	if c, err := r.Cookie(SessionCookie); err == nil {
		if err := s.auth.Logout(r.Context(), c.Value); err != nil {
			s.opts.Logger.ErrorContext(r.Context(), "drop old session", slog.Any("err", err))
		}
	}
	token, acc, err := s.auth.Login(r.Context(), nip, req.Password, r.UserAgent(), ip)
	if err != nil {
		e, ok := apperr.As(err)
		switch {
		case ok && e.Code == apperr.RateLimited:
			byIP.Release()
			byNIP.Release()
			s.opts.Logger.WarnContext(r.Context(), "login refused: password hashing busy", slog.String("ip", ip))
			s.tooMany(w, r, auth.BusyRetryAfter, e)
		case ok:
			s.opts.Logger.InfoContext(r.Context(), "login failed", slog.String("ip", ip))
			writeError(w, r, http.StatusUnauthorized, e)
		default:
			byIP.Release()
			byNIP.Release()
			s.opts.Logger.ErrorContext(r.Context(), "login", slog.Any("err", err))
			writeError(w, r, http.StatusInternalServerError, apperr.ErrInternal)
		}
		return
	}
	s.byNIP.Reset(nip)
	byIP.Release()
	// Secure follows the request's scheme (TLS, direct or through a trusted
	// proxy), so a plain-HTTP development server still signs in.
	http.SetCookie(w, &http.Cookie{ //nolint:gosec // G124: HttpOnly and SameSite are set; Secure is the request's scheme
		Name:     SessionCookie,
		Value:    token,
		Path:     "/",
		HttpOnly: true,
		Secure:   s.isTLS(r),
		SameSite: http.SameSiteLaxMode,
		MaxAge:   int(s.auth.MaxAge.Seconds()),
	})
	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "account": map[string]any{"id": acc.ID, "name": acc.Name}})
}

// tooMany answers 429 with e and a Retry-After of wait, rounded up.
func (s *Server) tooMany(w http.ResponseWriter, r *http.Request, wait time.Duration, e *apperr.Error) {
	w.Header().Set("Retry-After", strconv.Itoa(int((wait+time.Second-1)/time.Second)))
	writeError(w, r, http.StatusTooManyRequests, e)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(SessionCookie); err == nil {
		if err := s.auth.Logout(r.Context(), c.Value); err != nil {
			s.opts.Logger.ErrorContext(r.Context(), "logout", slog.Any("err", err))
			writeError(w, r, http.StatusInternalServerError, apperr.ErrInternal)
			return
		}
	}
	http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: "", Path: "/", HttpOnly: true, Secure: s.isTLS(r), SameSite: http.SameSiteLaxMode, MaxAge: -1}) //nolint:gosec // G124: as at sign-in, Secure is the request's scheme
	writeJSON(w, http.StatusOK, map[string]any{"ok": true})
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if s.opts.Loading != nil && s.opts.Loading() {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = w.Write([]byte("loading"))
		return
	}
	if err := s.opts.Store.Ping(r.Context()); err != nil {
		s.opts.Logger.ErrorContext(r.Context(), "health check", slog.Any("err", err))
		http.Error(w, "database unavailable", http.StatusServiceUnavailable)
		return
	}
	// Ready means a write can be committed, not only that a read
	// connection answers: a full disk, a lock held by another process or
	// a read-only file fail here.
	wctx, cancel := context.WithTimeout(r.Context(), healthWriteTimeout)
	defer cancel()
	if err := s.opts.Store.CheckWritable(wctx); err != nil {
		s.opts.Logger.ErrorContext(r.Context(), "health check: writes fail", slog.Any("err", err))
		http.Error(w, "database not writable", http.StatusServiceUnavailable)
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

// writeError answers an HTTP error in the one error shape of the whole
// API, GraphQL's: {"errors":[{"message","extensions":{"code","field"?}}]},
// the message in the request's language. Sign-in, downloads, the metrics
// and every refusal (401, 403) before GraphQL answer as GraphQL does.
func writeError(w http.ResponseWriter, r *http.Request, status int, e *apperr.Error) {
	ext := map[string]any{"code": string(e.Code)}
	if e.Field != "" {
		ext["field"] = e.Field
	}
	writeJSON(w, status, map[string]any{
		"errors": []map[string]any{{"message": e.Message(apperr.Lang(r.Context())), "extensions": ext}},
	})
}
