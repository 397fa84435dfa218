package auth

import (
	"sync"
	"time"
)

// Throttle bounds the password guesses per key (a NIP, a client address, an
// account) in a sliding window. An attempt takes its slot before the
// password is hashed (Reserve), so concurrent guesses cannot all pass a
// check that none of them has yet recorded: with a limit of 5, at most 5
// guesses for a key are ever evaluated per window, however many arrive at
// once. A failed attempt keeps its slot; a caller that was not evaluated
// gives it back (Release); a success forgets the key's failures (Reset).
//
// It lives in memory: behind several replicas each counts its own share,
// which still bounds guessing to replicas × limit per window.
type Throttle struct {
	mu       sync.Mutex
	window   time.Duration
	limit    int
	attempts map[string][]attempt
	seq      uint64
	now      func() time.Time
}

type attempt struct {
	at time.Time
	id uint64
}

// NewThrottle returns a throttle allowing limit attempts per key in window.
func NewThrottle(limit int, window time.Duration) *Throttle {
	return &Throttle{window: window, limit: limit, attempts: map[string][]attempt{}, now: time.Now}
}

// maxThrottleKeys bounds the memory a flood of distinct keys can take.
const maxThrottleKeys = 100_000

// Reservation is one attempt's slot under a Throttle.
type Reservation struct {
	t   *Throttle
	key string
	id  uint64
}

// Reserve takes an attempt slot for key. When the key has used up its
// window it takes nothing and reports how long until a slot frees.
func (t *Throttle) Reserve(key string) (r Reservation, ok bool, retryAfter time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	recent := t.prune(key)
	if len(recent) >= t.limit {
		return Reservation{}, false, max(recent[0].at.Add(t.window).Sub(t.now()), time.Second)
	}
	if recent == nil && len(t.attempts) >= maxThrottleKeys {
		for k := range t.attempts { // drop an arbitrary key: bounded memory beats exact counts under attack
			delete(t.attempts, k)
			break
		}
	}
	t.seq++
	t.attempts[key] = append(recent, attempt{at: t.now(), id: t.seq})
	return Reservation{t: t, key: key, id: t.seq}, true, 0
}

// Release gives the slot back: the attempt was not evaluated (the server
// was busy) or did not count (a successful sign-in from an address).
// Releasing twice, or a zero Reservation, does nothing.
func (r Reservation) Release() {
	if r.t == nil {
		return
	}
	r.t.mu.Lock()
	defer r.t.mu.Unlock()
	as := r.t.attempts[r.key]
	for i, a := range as {
		if a.id == r.id {
			as = append(as[:i:i], as[i+1:]...)
			break
		}
	}
	if len(as) == 0 {
		delete(r.t.attempts, r.key)
		return
	}
	r.t.attempts[r.key] = as
}

// Reset forgets every attempt of key (after a success).
func (t *Throttle) Reset(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.attempts, key)
}

// prune drops the attempts of key older than the window and returns the
// rest. It runs under t.mu.
func (t *Throttle) prune(key string) []attempt {
	cut := t.now().Add(-t.window)
	as := t.attempts[key]
	i := 0
	for i < len(as) && as[i].at.Before(cut) {
		i++
	}
	as = as[i:]
	if len(as) == 0 {
		delete(t.attempts, key)
		return nil
	}
	t.attempts[key] = as
	return as
}
