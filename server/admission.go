package server

import (
	"container/list"
	"context"
	"runtime"
	"sync"
)

// admission bounds how many GraphQL requests run at once, and lets writes
// pass queued reads. On a small machine 50 clients otherwise share two
// cores fifty ways: every request slows down together and a write waits
// behind dozens of reads. With a few slots the machine runs at full speed,
// the rest wait in line, and a waiting write takes the next free slot
// before any waiting read. Waiting ends with the request (its deadline or
// the client leaving).
type admission struct {
	mu     sync.Mutex
	free   int
	writes list.List // of chan struct{}
	reads  list.List
}

// newAdmission allows slots requests at once (at least one).
func newAdmission(slots int) *admission {
	return &admission{free: max(1, slots)}
}

// defaultSlots is two per processor: enough to overlap a request's waits
// on the database with another's work, few enough to keep each fast.
func defaultSlots() int { return 2 * runtime.GOMAXPROCS(0) }

// enter waits for a slot; write asks for the writers' line. The returned
// function gives the slot back.
func (a *admission) enter(ctx context.Context, write bool) (func(), error) {
	a.mu.Lock()
	if a.free > 0 && a.writes.Len() == 0 && (write || a.reads.Len() == 0) {
		a.free--
		a.mu.Unlock()
		return a.leave, nil
	}
	line := &a.reads
	if write {
		line = &a.writes
	}
	turn := make(chan struct{})
	e := line.PushBack(turn)
	a.mu.Unlock()
	select {
	case <-turn:
		return a.leave, nil
	case <-ctx.Done():
		a.mu.Lock()
		select {
		case <-turn:
			a.mu.Unlock()
			a.leave() // handed a slot as it gave up: pass it on
		default:
			line.Remove(e)
			a.mu.Unlock()
		}
		return nil, ctx.Err()
	}
}

// leave hands the slot to the first waiting write, else the first waiting
// read, else frees it.
func (a *admission) leave() {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, line := range []*list.List{&a.writes, &a.reads} {
		if front := line.Front(); front != nil {
			line.Remove(front)
			close(front.Value.(chan struct{}))
			return
		}
	}
	a.free++
}
