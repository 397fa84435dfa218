package auth

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"kinerja/internal/apperr"
)

func TestGateBoundsConcurrentWork(t *testing.T) {
	g := newGate(3, 5*time.Second)
	var running, most atomic.Int64
	var wg sync.WaitGroup
	for range 30 {
		wg.Go(func() {
			err := g.do(context.Background(), func() {
				n := running.Add(1)
				for {
					m := most.Load()
					if n <= m || most.CompareAndSwap(m, n) {
						break
					}
				}
				time.Sleep(10 * time.Millisecond)
				running.Add(-1)
			})
			if err != nil {
				t.Errorf("do = %v, want nil", err)
			}
		})
	}
	wg.Wait()
	if m := most.Load(); m != 3 {
		t.Errorf("at most %d ran at once, want exactly 3 (the slots)", m)
	}
	if st := g.stats(); st.Peak != 3 || st.Running != 0 || st.Slots != 3 || st.Refused != 0 {
		t.Errorf("stats = %+v, want peak 3, running 0, slots 3, refused 0", st)
	}
}

func TestGateRefusesWhenBusy(t *testing.T) {
	g := newGate(1, 50*time.Millisecond)
	hold, held := make(chan struct{}), make(chan struct{})
	go func() { _ = g.do(context.Background(), func() { close(held); <-hold }) }()
	<-held
	defer close(hold)

	start := time.Now()
	err := g.do(context.Background(), func() { t.Error("ran without a free slot") })
	if !errors.Is(err, ErrBusy) || !apperr.Is(err, apperr.RateLimited) {
		t.Errorf("do with every slot taken = %v, want ErrBusy (RATE_LIMITED)", err)
	}
	if d := time.Since(start); d < 50*time.Millisecond || d > 2*time.Second {
		t.Errorf("gave up after %s, want the 50ms budget", d)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := g.do(ctx, func() { t.Error("ran after its context ended") }); !errors.Is(err, ErrBusy) || !errors.Is(err, context.Canceled) {
		t.Errorf("do with an ended context = %v, want ErrBusy wrapping context.Canceled", err)
	}
	if st := g.stats(); st.Refused != 2 || st.Running != 1 {
		t.Errorf("stats = %+v, want 2 refused and 1 running", st)
	}
}

// TestPasswordHashesShareTheGate runs real argon2id verifications, far more
// than there are slots, and checks through the process's own gate that no
// more than its slots ever hashed at once.
func TestPasswordHashesShareTheGate(t *testing.T) {
	hash, err := HashPassword(context.Background(), "a-long-enough-password")
	if err != nil {
		t.Fatal(err)
	}
	slots := Hashing().Slots
	if slots < 2 {
		t.Fatalf("slots = %d, want at least 2", slots)
	}
	var wg sync.WaitGroup
	var matched, busy atomic.Int64
	for i := range 4 * slots {
		wg.Go(func() {
			pw := "a-long-enough-password"
			if i%2 == 1 {
				pw = "a-wrong-password"
			}
			ok, err := VerifyPassword(context.Background(), hash, pw)
			switch {
			case errors.Is(err, ErrBusy):
				busy.Add(1)
			case err != nil:
				t.Errorf("verify: %v", err)
			case ok != (i%2 == 0):
				t.Errorf("verify #%d = %v", i, ok)
			case ok:
				matched.Add(1)
			}
		})
	}
	wg.Wait()
	st := Hashing()
	if st.Peak > st.Slots {
		t.Errorf("peak %d hashes at once, over the %d slots", st.Peak, st.Slots)
	}
	if st.Peak < 2 {
		t.Errorf("peak %d: the hashes never ran side by side", st.Peak)
	}
	if matched.Load()+busy.Load() < int64(2*slots) {
		t.Errorf("matched %d, busy %d of %d right passwords", matched.Load(), busy.Load(), 2*slots)
	}
}

func TestStoredHashMemoryIsBounded(t *testing.T) {
	// A stored hash asking for 1 GiB would break the slots × memory bound.
	huge := "$argon2id$v=19$m=1048576,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U"
	if _, err := VerifyPassword(context.Background(), huge, "whatever-it-is"); err == nil {
		t.Error("a hash with a 1 GiB memory parameter was verified")
	}
}

func TestMalformedStoredHashIsAnError(t *testing.T) {
	// Parameters argon2 cannot run with are an error, not a panic, and an
	// empty key matches no password.
	for name, h := range map[string]string{
		"empty key":  "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$",
		"short key":  "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$a2V5",
		"no passes":  "$argon2id$v=19$m=19456,t=0,p=1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U",
		"no threads": "$argon2id$v=19$m=19456,t=2,p=0$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U",
	} {
		t.Run(name, func(t *testing.T) {
			if ok, err := VerifyPassword(context.Background(), h, "whatever-it-is"); ok || err == nil {
				t.Errorf("VerifyPassword(%q) = %v, %v; want false and an error", h, ok, err)
			}
		})
	}
}
