package server

import (
	"fmt"
	"net/http"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// metrics keeps request counts and durations and writes them in the
// Prometheus text format.
type metrics struct {
	mu         sync.Mutex
	requests   map[string]int64 // "route code" → count
	durations  map[string]float64
	statements *atomic.Int64
	started    time.Time
}

func newMetrics(statements *atomic.Int64) *metrics {
	return &metrics{requests: map[string]int64{}, durations: map[string]float64{}, statements: statements, started: time.Now()}
}

// route groups paths so the label set stays small.
func route(p string) string {
	switch {
	case p == "/graphql", p == "/healthz", p == "/metrics", p == "/graphiql":
		return p
	case strings.HasPrefix(p, "/auth/"):
		return p
	case strings.HasPrefix(p, "/assets/"):
		return "/assets"
	case strings.HasPrefix(p, "/export/"):
		return "/export"
	}
	return "/app"
}

func (m *metrics) observe(r *http.Request, status int, d time.Duration) {
	key := fmt.Sprintf("%s %d", route(r.URL.Path), status)
	m.mu.Lock()
	m.requests[key]++
	m.durations[route(r.URL.Path)] += d.Seconds()
	m.mu.Unlock()
}

func (m *metrics) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	var b strings.Builder
	m.mu.Lock()
	keys := make([]string, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b.WriteString("# HELP kinerja_http_requests_total HTTP requests by route and status.\n# TYPE kinerja_http_requests_total counter\n")
	for _, k := range keys {
		route, code, _ := strings.Cut(k, " ")
		fmt.Fprintf(&b, "kinerja_http_requests_total{route=%q,code=%q} %d\n", route, code, m.requests[k])
	}
	routes := make([]string, 0, len(m.durations))
	for k := range m.durations {
		routes = append(routes, k)
	}
	sort.Strings(routes)
	b.WriteString("# HELP kinerja_http_request_seconds_total Time spent serving requests by route.\n# TYPE kinerja_http_request_seconds_total counter\n")
	for _, k := range routes {
		fmt.Fprintf(&b, "kinerja_http_request_seconds_total{route=%q} %g\n", k, m.durations[k])
	}
	m.mu.Unlock()
	fmt.Fprintf(&b, "# HELP kinerja_sql_statements_total SQL statements run.\n# TYPE kinerja_sql_statements_total counter\nkinerja_sql_statements_total %d\n", m.statements.Load())
	fmt.Fprintf(&b, "# HELP go_goroutines Goroutines.\n# TYPE go_goroutines gauge\ngo_goroutines %d\n", runtime.NumGoroutine())
	fmt.Fprintf(&b, "# HELP process_uptime_seconds Seconds since start.\n# TYPE process_uptime_seconds gauge\nprocess_uptime_seconds %g\n", time.Since(m.started).Seconds())
	_, _ = w.Write([]byte(b.String()))
}
