package server

import (
	"sync"
	"time"
)

// throttle counts failed sign-ins per key (a NIP, a client address) in a
// sliding window and says when a key has failed too often. It lives in
// memory: behind several replicas each counts its own share, which still
// bounds guessing to replicas × limit per window.
type throttle struct {
	mu     sync.Mutex
	window time.Duration
	limit  int
	fails  map[string][]time.Time
	now    func() time.Time
}

func newThrottle(limit int, window time.Duration) *throttle {
	return &throttle{window: window, limit: limit, fails: map[string][]time.Time{}, now: time.Now}
}

// maxKeys bounds the memory a flood of distinct keys can take.
const maxKeys = 100_000

// blocked reports whether key has reached the limit, and for how long.
func (t *throttle) blocked(key string) (bool, time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	recent := t.prune(key)
	if len(recent) < t.limit {
		return false, 0
	}
	return true, recent[0].Add(t.window).Sub(t.now())
}

// fail records a failure for key.
func (t *throttle) fail(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.fails) >= maxKeys {
		for k := range t.fails { // drop an arbitrary key: bounded memory beats exact counts under attack
			delete(t.fails, k)
			break
		}
	}
	t.fails[key] = append(t.prune(key), t.now())
}

// reset forgets key (after a successful sign-in).
func (t *throttle) reset(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.fails, key)
}

func (t *throttle) prune(key string) []time.Time {
	cut := t.now().Add(-t.window)
	fs := t.fails[key]
	i := 0
	for i < len(fs) && fs[i].Before(cut) {
		i++
	}
	fs = fs[i:]
	if len(fs) == 0 {
		delete(t.fails, key)
		return nil
	}
	t.fails[key] = fs
	return fs
}
