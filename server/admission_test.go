package server

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

func waiting(a *admission) (writes, reads int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.writes.Len(), a.reads.Len()
}

func waitUntil(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatal("condition never held")
}

// TestAdmissionLetsWritesPassQueuedReads: with every slot taken, a write
// that comes after waiting reads gets the next free slot; reads keep their
// order; a waiter whose request ends leaves the line.
func TestAdmissionLetsWritesPassQueuedReads(t *testing.T) {
	a := newAdmission(1)
	ctx := context.Background()
	leave, err := a.enter(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu    sync.Mutex
		order []string
		wg    sync.WaitGroup
	)
	enter := func(name string, ctx context.Context, write bool) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			done, err := a.enter(ctx, write)
			if err != nil {
				if name != "gone" || !errors.Is(err, context.Canceled) {
					t.Errorf("%s: %v", name, err)
				}
				return
			}
			mu.Lock()
			order = append(order, name)
			mu.Unlock()
			done()
		}()
	}
	gone, cancel := context.WithCancel(ctx)
	enter("read 1", ctx, false)
	waitUntil(t, func() bool { _, r := waiting(a); return r == 1 })
	enter("gone", gone, false)
	waitUntil(t, func() bool { _, r := waiting(a); return r == 2 })
	enter("read 2", ctx, false)
	waitUntil(t, func() bool { _, r := waiting(a); return r == 3 })
	enter("write", ctx, true)
	waitUntil(t, func() bool { w, _ := waiting(a); return w == 1 })
	cancel()
	waitUntil(t, func() bool { _, r := waiting(a); return r == 2 })
	leave()
	wg.Wait()
	if want := []string{"write", "read 1", "read 2"}; len(order) != 3 || order[0] != want[0] || order[1] != want[1] || order[2] != want[2] {
		t.Errorf("slots went to %v, want %v", order, want)
	}
	if a.free != 1 {
		t.Errorf("%d free slots after every request left, want 1", a.free)
	}
}

func TestIsMutation(t *testing.T) {
	for q, want := range map[string]bool{
		"mutation { a }":                 true,
		"  \n mutation M($x: Int) { a }": true,
		"# note\nmutation { a }":         true,
		"{ viewer { roles } }":           false,
		"query Q { a }":                  false,
		"":                               false,
	} {
		if got := isMutation(q); got != want {
			t.Errorf("isMutation(%q) = %v, want %v", q, got, want)
		}
	}
}
