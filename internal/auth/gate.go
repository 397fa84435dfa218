package auth

import (
	"context"
	"fmt"
	"runtime"
	"sync/atomic"
	"time"

	"kinerja/internal/apperr"
)

// ErrBusy is returned when every password-hashing slot stayed taken for
// the whole waiting budget: the server is under a flood of sign-ins and
// asks the caller to come back shortly (HTTP 429).
var ErrBusy = apperr.New(apperr.RateLimited,
	"server sedang sibuk memeriksa kata sandi; coba lagi sebentar lagi",
	"the server is busy checking passwords; try again shortly")

// BusyRetryAfter is how long a caller refused with ErrBusy is asked to wait.
const BusyRetryAfter = 5 * time.Second

// gate bounds the argon2id computations running at once. Each takes
// argonMemory (19 MiB) for its duration, so without a bound a flood of
// parallel sign-ins grows the heap by that much per request; with it the
// hashing work never takes more than slots × argonMemory, and waiting
// callers give up after wait.
type gate struct {
	slots   chan struct{}
	wait    time.Duration
	running atomic.Int64
	peak    atomic.Int64
	refused atomic.Int64
}

func newGate(slots int, wait time.Duration) *gate {
	return &gate{slots: make(chan struct{}, slots), wait: wait}
}

// hashing is the one gate of the process: the memory it protects is the
// process's, whichever Service or command hashes.
var hashing = newGate(max(2, runtime.GOMAXPROCS(0)), BusyRetryAfter)

// do runs fn in a slot, waiting for one until ctx ends or the budget runs
// out (then ErrBusy).
func (g *gate) do(ctx context.Context, fn func()) error {
	t := time.NewTimer(g.wait)
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
	case <-t.C:
		g.refused.Add(1)
		return fmt.Errorf("wait %s for a password-hashing slot: %w", g.wait, ErrBusy)
	case <-ctx.Done():
		g.refused.Add(1)
		return fmt.Errorf("wait for a password-hashing slot (%w): %w", ctx.Err(), ErrBusy)
	}
	defer func() { <-g.slots }()
	n := g.running.Add(1)
	defer g.running.Add(-1)
	for {
		p := g.peak.Load()
		if n <= p || g.peak.CompareAndSwap(p, n) {
			break
		}
	}
	fn()
	return nil
}

func (g *gate) stats() HashStats {
	return HashStats{
		Slots:   cap(g.slots),
		Running: int(g.running.Load()),
		Peak:    int(g.peak.Load()),
		Refused: g.refused.Load(),
	}
}

// HashStats describes the password-hashing gate of the process, for
// /metrics and for tests that check the bound holds.
type HashStats struct {
	// Slots is how many hashes may run at once: max(2, GOMAXPROCS).
	Slots int
	// Running is how many run now.
	Running int
	// Peak is the most that ever ran at once in this process.
	Peak int
	// Refused counts the callers that gave up waiting (ErrBusy).
	Refused int64
}

// Hashing returns the current state of the password-hashing gate.
func Hashing() HashStats { return hashing.stats() }
