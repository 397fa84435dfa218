package store

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// waitFor polls until the queue holds n waiters.
func waitFor(t *testing.T, q *writeQueue, n int) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		q.mu.Lock()
		got := q.waiters.Len()
		q.mu.Unlock()
		if got == n {
			return
		}
	}
	t.Fatalf("the queue never held %d waiters", n)
}

// TestWriteQueueIsFirstComeFirstServed: the writer goes to its waiters in
// the order they came; a waiter whose context ends leaves the queue
// without taking a turn, and the turn it was handed as it left passes on.
func TestWriteQueueIsFirstComeFirstServed(t *testing.T) {
	var q writeQueue
	ctx := context.Background()
	if err := q.acquire(ctx); err != nil {
		t.Fatal(err)
	}
	var (
		mu    sync.Mutex
		order []int
		wg    sync.WaitGroup
	)
	cancelled, cancel := context.WithCancel(ctx)
	for i := range 6 {
		wctx := ctx
		if i == 2 {
			wctx = cancelled
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := q.acquire(wctx); err != nil {
				if i != 2 || !errors.Is(err, context.Canceled) {
					t.Errorf("waiter %d: %v", i, err)
				}
				return
			}
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
			q.release()
		}()
		waitFor(t, &q, i+1)
	}
	cancel()
	waitFor(t, &q, 5)
	q.release()
	wg.Wait()
	if want := []int{0, 1, 3, 4, 5}; len(order) != len(want) || order[0] != 0 || order[1] != 1 || order[2] != 3 || order[3] != 4 || order[4] != 5 {
		t.Errorf("turns in order %v, want %v", order, want)
	}
	// Free again: the next acquire does not wait.
	done := make(chan error, 1)
	go func() { done <- q.acquire(ctx) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the queue stayed busy after every turn ended")
	}
}
