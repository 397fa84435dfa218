package bench

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"kinerja/ent/employee"
	"kinerja/internal/fx"
	"kinerja/internal/viewer"
)

// TestLoad is `make load`: mixed reads and writes (one in ten) from 4 and
// then 50 concurrent signed-in clients over loopback through the real
// handler on a real SQLite file, for KINERJA_LOAD_DURATION (default 60 s)
// at 50 clients and a quarter of it at 4. It fails on any error or 5xx,
// when the write p99 at 50 clients is above 50 ms, or when the throughput
// at 50 clients falls below the throughput at 4; it prints p50/p95/p99 per
// operation. Skipped unless KINERJA_LOAD is set.
func TestLoad(t *testing.T) {
	if os.Getenv("KINERJA_LOAD") == "" {
		t.Skip("the load run is `make load` (KINERJA_LOAD=1)")
	}
	duration := 60 * time.Second
	if d, err := time.ParseDuration(os.Getenv("KINERJA_LOAD_DURATION")); err == nil {
		duration = d
	}
	f := fx.New(t)
	employees(t, f, 2_000)
	unit := f.UnitNamed("LOAD")
	transport := &http.Transport{MaxIdleConns: 200, MaxIdleConnsPerHost: 200, IdleConnTimeout: time.Minute}
	t.Cleanup(transport.CloseIdleConnections)
	clients := make([]*http.Client, 50)
	for i := range clients {
		e := f.Employee(fmt.Sprintf("Beban %02d", i), fx.Kind(employee.PositionKindPelaksana))
		c := f.Login(f.Account(e, viewer.HRAdmin))
		clients[i] = &http.Client{Jar: c.HTTP.Jar, Transport: transport, Timeout: 30 * time.Second}
	}

	ops := []operation{
		{name: "read: employee page", query: `{ employees(first: 20, where: {nameHasPrefix: "Pegawai 0001"}) { totalCount edges { node { nip name unit { name } supervisor { name } } } } }`},
		{name: "read: viewer", query: `{ viewer { account { name } can { manageMasterData } } }`},
		{name: "write: updateOrgUnit", write: true, query: `mutation($id: ID!, $name: String!) { updateOrgUnit(id: $id, input: {name: $name}) { id } }`,
			vars: func(i int) map[string]any {
				return map[string]any{"id": unit.ID, "name": fmt.Sprintf("Unit beban %d", i)}
			}},
	}

	few := run(t, f.Server.URL, clients[:4], ops, duration/4)
	many := run(t, f.Server.URL, clients, ops, duration)
	for _, r := range []*result{few, many} {
		t.Logf("%d clients, %s: %d requests, %.0f req/s", r.clients, r.took.Round(time.Second), r.total(), r.rate())
		for _, op := range ops {
			p50, p95, p99 := r.percentiles(op.name)
			t.Logf("  %-22s %6d   p50 %7.2f ms   p95 %7.2f ms   p99 %7.2f ms", op.name, len(r.latencies[op.name]), ms(p50), ms(p95), ms(p99))
		}
		if len(r.failures) > 0 {
			t.Errorf("%d clients: %d failed requests, e.g. %s", r.clients, len(r.failures), r.failures[0])
		}
	}
	if _, _, p99 := many.percentiles("write: updateOrgUnit"); p99 > 50*time.Millisecond {
		t.Errorf("write p99 at 50 clients = %.1f ms, want ≤ 50 ms", ms(p99))
	}
	if many.rate() < few.rate() {
		t.Errorf("throughput at 50 clients (%.0f req/s) is lower than at 4 (%.0f req/s)", many.rate(), few.rate())
	}
}

// operation is one kind of request of the load run.
type operation struct {
	name  string
	query string
	write bool
	vars  func(i int) map[string]any
}

// result holds the latencies of one phase of the run.
type result struct {
	clients   int
	took      time.Duration
	latencies map[string][]time.Duration
	failures  []string
}

func (r *result) total() int {
	n := 0
	for _, l := range r.latencies {
		n += len(l)
	}
	return n
}

func (r *result) rate() float64 { return float64(r.total()) / r.took.Seconds() }

func (r *result) percentiles(op string) (p50, p95, p99 time.Duration) {
	l := slices.Clone(r.latencies[op])
	if len(l) == 0 {
		return 0, 0, 0
	}
	slices.Sort(l)
	at := func(p float64) time.Duration { return l[min(len(l)-1, int(p*float64(len(l))))] }
	return at(0.50), at(0.95), at(0.99)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// run drives the clients for d: each loops over reads with a write every
// tenth request, and records latencies and failures.
func run(t *testing.T, base string, clients []*http.Client, ops []operation, d time.Duration) *result {
	t.Helper()
	var (
		mu  sync.Mutex
		res = &result{clients: len(clients), latencies: map[string][]time.Duration{}}
		wg  sync.WaitGroup
	)
	reads := slices.DeleteFunc(slices.Clone(ops), func(o operation) bool { return o.write })
	writes := slices.DeleteFunc(slices.Clone(ops), func(o operation) bool { return !o.write })
	start := time.Now()
	deadline := start.Add(d)
	for ci, c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; time.Now().Before(deadline); i++ {
				op := reads[(ci+i)%len(reads)]
				if (ci+i)%10 == 0 {
					op = writes[(ci+i)%len(writes)]
				}
				var vars map[string]any
				if op.vars != nil {
					vars = op.vars(ci*1_000_000 + i)
				}
				began := time.Now()
				failure := call(c, base, op.query, vars)
				took := time.Since(began)
				mu.Lock()
				res.latencies[op.name] = append(res.latencies[op.name], took)
				if failure != "" {
					res.failures = append(res.failures, op.name+": "+failure)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	res.took = time.Since(start)
	return res
}

// call sends one GraphQL request; it returns why it failed, or "".
func call(c *http.Client, base, query string, vars map[string]any) string {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	if err != nil {
		return err.Error()
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := c.Do(req)
	if err != nil {
		return err.Error()
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		return err.Error()
	}
	if res.StatusCode != http.StatusOK {
		return fmt.Sprintf("status %d: %.200s", res.StatusCode, data)
	}
	if bytes.Contains(data, []byte(`"errors"`)) {
		return strings.TrimSpace(fmt.Sprintf("%.300s", data))
	}
	return ""
}
