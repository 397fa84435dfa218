package store

import (
	"container/list"
	"context"
	"database/sql"
	"sync"

	"entgo.io/ent/dialect"
)

// writeQueue hands SQLite's one writer connection to its waiters in the
// order they came. database/sql gives a freed connection to a random
// waiter, so under load some writes wait for many others and the tail
// latency grows without bound; the queue makes the wait first come, first
// served. A waiter whose context ends leaves the queue.
type writeQueue struct {
	mu      sync.Mutex
	busy    bool
	waiters list.List // of chan struct{}
}

// acquire waits for the writer's turn.
func (q *writeQueue) acquire(ctx context.Context) error {
	q.mu.Lock()
	if !q.busy {
		q.busy = true
		q.mu.Unlock()
		return nil
	}
	turn := make(chan struct{})
	e := q.waiters.PushBack(turn)
	q.mu.Unlock()
	select {
	case <-turn:
		return nil
	case <-ctx.Done():
		q.mu.Lock()
		select {
		case <-turn:
			// The turn came as the context ended: pass it on.
			q.mu.Unlock()
			q.release()
		default:
			q.waiters.Remove(e)
			q.mu.Unlock()
		}
		return ctx.Err()
	}
}

// release hands the writer to the next waiter, or frees it.
func (q *writeQueue) release() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if front := q.waiters.Front(); front != nil {
		q.waiters.Remove(front)
		close(front.Value.(chan struct{}))
		return
	}
	q.busy = false
}

// queuedTx is a writer transaction that holds its turn until it ends.
type queuedTx struct {
	dialect.Tx
	once    sync.Once
	release func()
}

func (t *queuedTx) done() { t.once.Do(t.release) }

// Commit commits and gives up the turn.
func (t *queuedTx) Commit() error {
	defer t.done()
	return t.Tx.Commit()
}

// Rollback rolls back and gives up the turn.
func (t *queuedTx) Rollback() error {
	defer t.done()
	return t.Tx.Rollback()
}

// inTurn runs fn with the writer's turn.
func (q *writeQueue) inTurn(ctx context.Context, fn func() error) error {
	if err := q.acquire(ctx); err != nil {
		return err
	}
	defer q.release()
	return fn()
}

// begin starts a writer transaction in turn.
func (q *writeQueue) begin(ctx context.Context, start func() (dialect.Tx, error)) (dialect.Tx, error) {
	if err := q.acquire(ctx); err != nil {
		return nil, err
	}
	tx, err := start()
	if err != nil {
		q.release()
		return nil, err
	}
	return &queuedTx{Tx: tx, release: q.release}, nil
}

// execInTurn runs a raw statement on the writer in turn.
func (q *writeQueue) execInTurn(ctx context.Context, fn func() (sql.Result, error)) (sql.Result, error) {
	var res sql.Result
	err := q.inTurn(ctx, func() error {
		var err error
		res, err = fn()
		return err
	})
	return res, err
}
