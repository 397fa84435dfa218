package server

import (
	"context"
	"crypto/subtle"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"kinerja/internal/auth"
	"kinerja/internal/authz"
	"kinerja/internal/viewer"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics holds the server's Prometheus collectors in a registry of its
// own (one per Server, so several servers in one process do not clash).
// Every label takes a small, fixed set of values: the method (known ones,
// else "OTHER"), the ServeMux pattern that served the request ("spa" for
// the app's catch-all, "other" when no route matched) and the status class.
// A path a client makes up never becomes a label.
type metrics struct {
	registry *prometheus.Registry
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
}

func newMetrics(statements *atomic.Int64) *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "kinerja_http_requests_total",
			Help: "HTTP requests by method, route pattern and status class.",
		}, []string{"method", "route", "status"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "kinerja_http_request_duration_seconds",
			Help:    "Time spent serving HTTP requests by method, route pattern and status class.",
			Buckets: prometheus.DefBuckets,
		}, []string{"method", "route", "status"}),
	}
	m.registry.MustRegister(
		m.requests,
		m.duration,
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "kinerja_sql_statements_total",
			Help: "SQL statements run since the start.",
		}, func() float64 { return float64(statements.Load()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "kinerja_password_hashes_running",
			Help: "Password hashes (argon2id) running now.",
		}, func() float64 { return float64(auth.Hashing().Running) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "kinerja_password_hash_slots",
			Help: "Password hashes that may run at once.",
		}, func() float64 { return float64(auth.Hashing().Slots) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "kinerja_password_hashes_refused_total",
			Help: "Sign-ins and password changes refused because no hashing slot freed in time.",
		}, func() float64 { return float64(auth.Hashing().Refused) }),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// observe counts a served request under its route pattern.
func (m *metrics) observe(r *http.Request, pattern string, status int, d time.Duration) {
	labels := prometheus.Labels{"method": methodLabel(r.Method), "route": routeLabel(pattern), "status": statusClass(status)}
	m.requests.With(labels).Inc()
	m.duration.With(labels).Observe(d.Seconds())
}

// handler serves the registry in the Prometheus exposition format.
func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}

func methodLabel(method string) string {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
		http.MethodDelete, http.MethodOptions:
		return method
	}
	return "OTHER"
}

// routeLabel is the path of a ServeMux pattern ("POST /graphql" → "/graphql").
func routeLabel(pattern string) string {
	_, path, ok := strings.Cut(pattern, " ")
	if !ok {
		path = pattern
	}
	switch path {
	case "":
		return "other"
	case "/":
		return "spa"
	}
	return path
}

func statusClass(status int) string {
	if status < 100 || status > 599 {
		return "other"
	}
	return strconv.Itoa(status/100) + "xx"
}

// routeKey carries a *string in the request's context, where the handler
// at the mux writes the pattern it routed to: the middleware that logs sits
// outside and sees copies of the request made before routing.
type routeKey struct{}

// recordPattern serves through mux and writes the matched pattern back to
// the request logger.
func recordPattern(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mux.ServeHTTP(w, r)
		if p, ok := r.Context().Value(routeKey{}).(*string); ok {
			*p = r.Pattern
		}
	})
}

func withPatternSlot(ctx context.Context, p *string) context.Context {
	return context.WithValue(ctx, routeKey{}, p)
}

type scraperKey struct{}

// isMetricsToken reports whether token is the configured metrics token,
// comparing in constant time. With no token configured nothing matches.
func (s *Server) isMetricsToken(token string) bool {
	want := s.opts.MetricsToken
	return want != "" && subtle.ConstantTimeCompare([]byte(token), []byte(want)) == 1
}

// serveMetrics answers /metrics for an HR admin (session or API token), a
// scraper with the metrics token, or a client at a loopback or configured
// scrape address; the rest get 403 when signed in and 401 otherwise.
func (s *Server) serveMetrics(w http.ResponseWriter, r *http.Request) {
	v := viewer.FromContext(r.Context())
	switch {
	case r.Context().Value(scraperKey{}) != nil, v.IsHRAdmin(), v == nil && s.scrapeAddress(r):
		s.metrics.handler().ServeHTTP(w, r)
	case v != nil:
		writeError(w, r, http.StatusForbidden, authz.ErrForbidden)
	default:
		w.Header().Set("WWW-Authenticate", `Bearer realm="kinerja"`)
		writeError(w, r, http.StatusUnauthorized, authz.ErrUnauthenticated)
	}
}

// scrapeAddress reports whether the client may scrape by its address: a
// loopback address or one in MetricsAllow. The address is the one resolved
// through trusted proxies; a request that an untrusted peer relays for
// someone else (a local reverse proxy not listed in TrustedProxies) does
// not count as coming from that peer.
func (s *Server) scrapeAddress(r *http.Request) bool {
	if forwarded(r) && !s.fromTrustedProxy(r) {
		return false
	}
	a := s.clientAddr(r)
	return a.IsLoopback() || inPrefixes(a, s.opts.MetricsAllow)
}
