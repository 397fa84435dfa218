package server_test

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"kinerja/internal/auth"
	"kinerja/internal/fx"
	"kinerja/internal/viewer"
	"kinerja/server"
)

// serverWith starts another real handler over the fixture's database with
// opts (Store, Frontend and Logger filled in when unset).
func serverWith(t *testing.T, f *fx.Fixture, opts server.Options) *httptest.Server {
	t.Helper()
	opts.Store = f.Store
	if opts.Frontend == nil {
		opts.Frontend = fstest.MapFS{"index.html": {Data: []byte(`<!doctype html><title>Kinerja</title>`)}}
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	srv := httptest.NewServer(server.New(opts))
	t.Cleanup(srv.Close)
	return srv
}

// signIn is one raw sign-in, safe to call from many goroutines at once.
type signIn struct {
	url, nip, password, forwardedFor string
}

type signInResult struct {
	status     int
	code       string
	retryAfter string
}

func (s signIn) do(c *http.Client) (signInResult, error) {
	b, _ := json.Marshal(map[string]string{"nip": s.nip, "password": s.password})
	req, err := http.NewRequest(http.MethodPost, s.url+"/auth/login", strings.NewReader(string(b)))
	if err != nil {
		return signInResult{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	if s.forwardedFor != "" {
		req.Header.Set("X-Forwarded-For", s.forwardedFor)
	}
	res, err := c.Do(req)
	if err != nil {
		return signInResult{}, err
	}
	defer res.Body.Close()
	var body fx.Errors
	if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
		return signInResult{}, fmt.Errorf("decode %d: %w", res.StatusCode, err)
	}
	return signInResult{status: res.StatusCode, code: body.First().Code(), retryAfter: res.Header.Get("Retry-After")}, nil
}

// flood sends all the sign-ins at once and counts the answers by status.
func flood(t *testing.T, attempts []signIn) map[int]int {
	t.Helper()
	c := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: len(attempts)}, Timeout: time.Minute}
	defer c.CloseIdleConnections()
	var (
		mu     sync.Mutex
		counts = map[int]int{}
		wg     sync.WaitGroup
		start  = make(chan struct{})
	)
	for _, a := range attempts {
		wg.Go(func() {
			<-start
			r, err := a.do(c)
			if err != nil {
				t.Errorf("sign-in: %v", err)
				return
			}
			switch {
			case r.status == http.StatusUnauthorized && r.code != "UNAUTHENTICATED",
				r.status == http.StatusTooManyRequests && (r.code != "RATE_LIMITED" || r.retryAfter == ""):
				t.Errorf("answer %d %s (Retry-After %q)", r.status, r.code, r.retryAfter)
			case r.status != http.StatusUnauthorized && r.status != http.StatusTooManyRequests:
				t.Errorf("answer %d %s, want 401 or 429", r.status, r.code)
			}
			mu.Lock()
			counts[r.status]++
			mu.Unlock()
		})
	}
	close(start)
	wg.Wait()
	return counts
}

func TestConcurrentGuessesForOneNIP(t *testing.T) {
	for _, n := range []int{40, 200} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			f := fx.New(t)
			nip := f.Account(f.Employee("target"))
			attempts := make([]signIn, n)
			for i := range attempts {
				attempts[i] = signIn{url: f.Server.URL, nip: nip, password: fmt.Sprint("guess-", i)}
			}
			counts := flood(t, attempts)
			if got := counts[http.StatusUnauthorized]; got > 5 || got == 0 {
				t.Errorf("%d of %d concurrent wrong guesses were evaluated (401), want 1..5", got, n)
			}
			if got := counts[http.StatusUnauthorized] + counts[http.StatusTooManyRequests]; got != n {
				t.Errorf("401 + 429 = %d, want %d: %v", got, n, counts)
			}
			// The account is locked for the window, even with its password.
			r, err := signIn{url: f.Server.URL, nip: nip, password: fx.Password}.do(http.DefaultClient)
			if err != nil || r.status != http.StatusTooManyRequests {
				t.Errorf("the right password after the flood: %+v %v, want 429", r, err)
			}
			// Another account from the same address is not locked: the
			// blocked guesses gave their address slots back.
			other := f.Account(f.Employee("other"))
			if r, err := (signIn{url: f.Server.URL, nip: other, password: fx.Password}).do(http.DefaultClient); err != nil || r.status != http.StatusOK {
				t.Errorf("another account from the same address: %+v %v, want 200", r, err)
			}
		})
	}
}

func TestConcurrentGuessesFromOneAddress(t *testing.T) {
	for _, n := range []int{40, 200} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			f := fx.New(t)
			attempts := make([]signIn, n)
			for i := range attempts {
				attempts[i] = signIn{url: f.Server.URL, nip: fx.NIP(1000 + i), password: "not-the-password"}
			}
			counts := flood(t, attempts)
			if got := counts[http.StatusUnauthorized]; got > 20 || got == 0 {
				t.Errorf("%d of %d concurrent sign-ins from one address were evaluated (401), want 1..20", got, n)
			}
			if got := counts[http.StatusUnauthorized] + counts[http.StatusTooManyRequests]; got != n {
				t.Errorf("401 + 429 = %d, want %d: %v", got, n, counts)
			}
		})
	}
}

// TestSignInFloodMemory sends 200 sign-ins at once, each from its own
// address (through a trusted proxy) for its own NIP, so no throttle stops
// them and every one reaches the password hash: at most the gate's slots
// hash at once, the others wait or are told to come back, and the heap
// stays within a few hashes' memory. Run with -v to see the figures.
func TestSignInFloodMemory(t *testing.T) {
	f := fx.New(t)
	proxies, _ := server.ParsePrefixes("127.0.0.0/8")
	srv := serverWith(t, f, server.Options{TrustedProxies: proxies})
	const n = 200
	attempts := make([]signIn, n)
	for i := range attempts {
		attempts[i] = signIn{url: srv.URL, nip: fx.NIP(5000 + i), password: "not-the-password",
			forwardedFor: fmt.Sprintf("198.51.%d.%d", i/250, 1+i%250)}
	}

	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var peakHeap, peakSys atomic.Uint64
	done := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peakHeap.Load() {
				peakHeap.Store(m.HeapInuse)
			}
			if m.Sys > peakSys.Load() {
				peakSys.Store(m.Sys)
			}
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	start := time.Now()
	counts := flood(t, attempts)
	elapsed := time.Since(start)
	close(done)
	<-sampled
	var after runtime.MemStats
	runtime.ReadMemStats(&after)

	st := auth.Hashing()
	const mib = 1 << 20
	t.Logf("%d concurrent sign-ins in %s: %v; hashing slots %d, peak %d at once, %d refused so far",
		n, elapsed.Round(time.Millisecond), counts, st.Slots, st.Peak, st.Refused)
	t.Logf("HeapInuse before %d MiB, peak %d MiB, after %d MiB; Sys before %d MiB, peak %d MiB, after %d MiB",
		before.HeapInuse/mib, peakHeap.Load()/mib, after.HeapInuse/mib, before.Sys/mib, peakSys.Load()/mib, after.Sys/mib)

	if st.Peak > st.Slots {
		t.Errorf("%d hashes ran at once, over the %d slots", st.Peak, st.Slots)
	}
	if counts[http.StatusUnauthorized] < st.Slots {
		t.Errorf("only %d sign-ins were evaluated: %v", counts[http.StatusUnauthorized], counts)
	}
	// Each hash holds 19 MiB while it runs. Unbounded, 200 at once would
	// take about 3.8 GiB; bounded, the growth stays within a few slots' worth
	// (the collector lets garbage reach about twice the live heap).
	const perHash = 19 * mib
	if grew := int64(peakHeap.Load()) - int64(before.HeapInuse); grew > int64(4*st.Slots*perHash+64*mib) { //nolint:gosec // G115: a test process's heap in bytes is far below 2^63
		t.Errorf("the heap grew by %d MiB under the flood, want at most %d MiB", grew/mib, (4*st.Slots*perHash+64*mib)/mib)
	}
}

func TestSignInAcceptsJSONOnly(t *testing.T) {
	f := fx.New(t)
	nip := f.Account(f.Employee("pegawai"))
	c := f.Anonymous()
	body := `{"nip":"` + nip + `","password":"wrong-password"}`
	for _, ct := range []string{"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", "application/jsonx", "text/json"} {
		for range 4 { // 24 in all: more than the NIP and address limits
			res := post(t, f, c, "/auth/login", ct, body, nil)
			if e := res.Error(); res.StatusCode != http.StatusUnsupportedMediaType ||
				e.Code() != "INVALID_INPUT" || e.Message == "" {
				t.Fatalf("Content-Type %q: %d %s, want 415 INVALID_INPUT", ct, res.StatusCode, res.Body)
			}
		}
	}
	// A login name longer than any account's is refused before the throttles.
	if res := post(t, f, c, "/auth/login", "application/json", `{"nip":"`+strings.Repeat("9", 4000)+`","password":"x"}`, nil); res.StatusCode != http.StatusBadRequest {
		t.Errorf("a 4000-character NIP: %d, want 400", res.StatusCode)
	}
	// Nothing was evaluated: no attempt counted against the NIP or the address.
	res := post(t, f, c, "/auth/login", "application/json; charset=utf-8", `{"nip":"`+nip+`","password":"`+fx.Password+`"}`, nil)
	if res.StatusCode != http.StatusOK {
		t.Errorf("JSON sign-in after the refused ones: %d %s, want 200", res.StatusCode, res.Body)
	}
}

func TestChangePasswordIsThrottled(t *testing.T) {
	f := fx.New(t)
	nip := f.Account(f.Employee("pegawai"))
	c := f.Login(nip)
	change := func(current string) fx.Result {
		return c.Query(`mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "another-long-one") }`, map[string]any{"c": current})
	}
	for i := range 5 {
		if r := change(fmt.Sprint("wrong-", i)); r.Code() != "INVALID_INPUT" {
			t.Fatalf("wrong current password %d: %+v, want INVALID_INPUT", i, r.Errors)
		}
	}
	r := change(fx.Password)
	if r.Code() != "RATE_LIMITED" || r.Errors[0].Field() != "currentPassword" {
		t.Errorf("sixth attempt, with the right password: %+v, want RATE_LIMITED on currentPassword", r.Errors)
	}
	if res := f.Anonymous().Post("/auth/login", map[string]string{"nip": nip, "password": "another-long-one"}); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("the password changed although the check was throttled: %d", res.StatusCode)
	}
	if r := c.Query(`{ viewer { roles } }`, nil); len(r.Errors) > 0 {
		t.Errorf("the session ended without a change: %+v", r.Errors)
	}

	// Concurrent wrong guesses of another account: at most 5 are checked.
	d := f.Login(f.Account(f.Employee("lain")))
	var wrong, limited atomic.Int64
	var wg sync.WaitGroup
	for i := range 40 {
		wg.Go(func() {
			b, _ := json.Marshal(map[string]any{
				"query":     `mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "another-long-one") }`,
				"variables": map[string]any{"c": fmt.Sprint("guess-", i)},
			})
			req, _ := http.NewRequest(http.MethodPost, f.Server.URL+"/graphql", strings.NewReader(string(b)))
			req.Header.Set("Content-Type", "application/json")
			res, err := d.HTTP.Do(req)
			if err != nil {
				t.Errorf("change: %v", err)
				return
			}
			defer res.Body.Close()
			var out fx.Result
			if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
				t.Errorf("decode: %v", err)
				return
			}
			switch out.Code() {
			case "INVALID_INPUT":
				wrong.Add(1)
			case "RATE_LIMITED":
				limited.Add(1)
			default:
				t.Errorf("answer %+v", out.Errors)
			}
		})
	}
	wg.Wait()
	if w := wrong.Load(); w > 5 || w == 0 || w+limited.Load() != 40 {
		t.Errorf("%d checked, %d limited of 40 concurrent wrong current passwords, want at most 5 checked", w, limited.Load())
	}
}

func TestChangePasswordEndsEveryCredential(t *testing.T) {
	f := fx.New(t)
	nip := f.Account(f.Employee("hr"), viewer.HRAdmin)
	a, b := f.Login(nip), f.Login(nip)
	read, write := a.Token("READ"), a.Token("READ", "WRITE")
	for name, c := range map[string]*fx.Client{"READ token": read, "WRITE token": write} {
		if r := c.Query(`{ viewer { roles } }`, nil); len(r.Errors) > 0 {
			t.Fatalf("%s before the change: %+v", name, r.Errors)
		}
	}
	// Another account's token is not touched.
	otherTok := f.Login(f.Account(f.Employee("lain"))).Token("READ")

	var ok struct{ ChangePassword bool }
	a.MustQuery(`mutation { changePassword(currentPassword: "`+fx.Password+`", newPassword: "another-long-one") }`, nil, &ok)
	for name, c := range map[string]*fx.Client{"this session": a, "the other session": b, "READ token": read, "WRITE token": write} {
		if r := c.Query(`{ viewer { roles } }`, nil); r.Status != http.StatusUnauthorized {
			t.Errorf("%s after the change: %d %+v, want 401", name, r.Status, r.Errors)
		}
	}
	if n := f.Client.Session.Query().CountX(f.Ctx); n != 1 { // the other account's
		t.Errorf("%d sessions left, want only the other account's", n)
	}
	for _, tk := range f.Client.APIToken.Query().WithAccount().AllX(f.Ctx) {
		if revoked := tk.RevokedAt != nil; revoked != (tk.Edges.Account.NIP == nip) {
			t.Errorf("token %s of %s: revoked %v", tk.Prefix, tk.Edges.Account.NIP, revoked)
		}
	}
	if r := otherTok.Query(`{ viewer { roles } }`, nil); len(r.Errors) > 0 {
		t.Errorf("another account's token after the change: %+v", r.Errors)
	}
}
