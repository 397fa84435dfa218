package auth

import (
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestThrottleReservesBeforeWork(t *testing.T) {
	th := NewThrottle(5, 15*time.Minute)
	now := time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC)
	th.now = func() time.Time { return now }

	// 200 callers at once: exactly 5 get a slot, the others are told to wait.
	var granted atomic.Int64
	var mu sync.Mutex
	var slots []Reservation
	var wg sync.WaitGroup
	for range 200 {
		wg.Go(func() {
			r, ok, wait := th.Reserve("198001012005011001")
			if !ok {
				if wait < time.Second || wait > 15*time.Minute {
					t.Errorf("retry after %s, want within the window", wait)
				}
				return
			}
			granted.Add(1)
			mu.Lock()
			slots = append(slots, r)
			mu.Unlock()
		})
	}
	wg.Wait()
	if n := granted.Load(); n != 5 {
		t.Fatalf("%d of 200 concurrent attempts got a slot, want 5", n)
	}
	if _, ok, _ := th.Reserve("other"); !ok {
		t.Error("another key is blocked by the first one's attempts")
	}

	// A released slot (not evaluated) can be taken again, once.
	slots[0].Release()
	slots[0].Release()
	if _, ok, _ := th.Reserve("198001012005011001"); !ok {
		t.Error("a released slot was not given back")
	}
	if _, ok, _ := th.Reserve("198001012005011001"); ok {
		t.Error("releasing twice gave back two slots")
	}

	// The window slides: after 15 minutes the key may try again.
	now = now.Add(15*time.Minute + time.Second)
	if _, ok, _ := th.Reserve("198001012005011001"); !ok {
		t.Error("still blocked after the window")
	}

	// A success forgets the key.
	for range 4 {
		th.Reserve("k")
	}
	th.Reset("k")
	for i := range 5 {
		if _, ok, _ := th.Reserve("k"); !ok {
			t.Errorf("attempt %d after a reset was refused", i)
		}
	}
}

func TestThrottleKeysAreBounded(t *testing.T) {
	th := NewThrottle(1, time.Hour)
	for i := range maxThrottleKeys + 10 {
		th.Reserve(strconv.Itoa(i))
	}
	if n := len(th.attempts); n > maxThrottleKeys {
		t.Errorf("%d keys kept, want at most %d", n, maxThrottleKeys)
	}
}
