package notify

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"kinerja/ent"
	"kinerja/ent/outboxmail"
	"kinerja/internal/authz"
	"kinerja/internal/viewer"
)

// Worker is the background work of `kinerja serve`: the deadline sweep
// every SweepEvery and, when Mail is set, the outbox every Poll. Several
// replicas may run one each: a mail is claimed before it is sent.
type Worker struct {
	Client *ent.Client
	// Mail sends the outbox; nil leaves it alone.
	Mail   *Mailer
	Logger *slog.Logger
	// Zone is the agency's time zone, in which objection windows end
	// (agency.Default's when nil).
	Zone *time.Location
	// Now is the clock of the sweep (time.Now when nil).
	Now func() time.Time
	// Poll is how often the outbox is read (5 s when 0).
	Poll time.Duration
	// SweepEvery is how often deadlines are swept (1 h when 0).
	SweepEvery time.Duration
	// Backoff is the wait after a first failed attempt (30 s when 0); it
	// doubles with each attempt up to MaxBackoff (6 h when 0).
	Backoff, MaxBackoff time.Duration
	// MaxAttempts is how often a mail is tried before the worker gives up
	// (10 when 0).
	MaxAttempts int
	// Hold, while it reports true, postpones the sweep (the demo is being
	// loaded).
	Hold func() bool
}

func or[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

func (w *Worker) now() time.Time {
	if w.Now != nil {
		return w.Now()
	}
	return time.Now()
}

func (w *Worker) logger() *slog.Logger { return or(w.Logger, slog.Default()) }

// Run works until ctx ends: a sweep at once (once Hold lets it) and every
// SweepEvery, the outbox every Poll. Failures are logged and tried again
// next time.
func (w *Worker) Run(ctx context.Context) {
	sweep := time.NewTicker(or(w.SweepEvery, time.Hour))
	defer sweep.Stop()
	poll := time.NewTicker(or(w.Poll, 5*time.Second))
	defer poll.Stop()
	due := true
	for {
		if due && (w.Hold == nil || !w.Hold()) {
			w.sweep(ctx)
			due = false
		}
		select {
		case <-ctx.Done():
			return
		case <-sweep.C:
			due = true
		case <-poll.C:
			if w.Mail == nil {
				continue
			}
			if _, err := w.Deliver(ctx); err != nil && ctx.Err() == nil {
				w.logger().Warn("outbox", "error", err)
			}
		}
	}
}

func (w *Worker) sweep(ctx context.Context) {
	n, err := Sweep(ctx, w.Client, w.now(), w.Zone)
	switch {
	case err != nil && ctx.Err() == nil:
		w.logger().Warn("deadline reminders", "error", err)
	case n > 0:
		w.logger().Info("deadline reminders", "written", n)
	}
}

// batch is how many mails one pass claims at most.
const batch = 20

// shutdownGrace is how long a delivery under way may go on once the worker
// is stopped.
const shutdownGrace = 5 * time.Second

// Deliver sends the mail that is due, batch after batch, and returns how
// many went out. A failed mail is tried again after a backoff; a mail
// refused for good, or failing MaxAttempts times, is given up (failed_at).
func (w *Worker) Deliver(ctx context.Context) (int, error) {
	if w.Mail == nil {
		return 0, nil
	}
	sys := authz.System(viewer.NewContext(ctx, nil))
	sent := 0
	for ctx.Err() == nil {
		now := time.Now()
		due, err := w.Client.OutboxMail.Query().
			Where(outboxmail.SentAtIsNil(), outboxmail.FailedAtIsNil(), outboxmail.NextAttemptAtLTE(now)).
			Order(outboxmail.ByNextAttemptAt(), outboxmail.ByID()).Limit(batch).All(sys)
		if err != nil {
			return sent, fmt.Errorf("outbox: read: %w", err)
		}
		for _, o := range due {
			ok, err := w.deliver(sys, o, now)
			if err != nil {
				return sent, err
			}
			if ok {
				sent++
			}
		}
		if len(due) < batch {
			break
		}
	}
	return sent, nil
}

// deliver claims o and sends it; ok reports a mail sent. The claim moves
// next_attempt_at past the time a delivery may take, so another replica
// leaves it alone, and a crash mid-way only delays the mail.
func (w *Worker) deliver(ctx context.Context, o *ent.OutboxMail, now time.Time) (bool, error) {
	lease := 2 * w.Mail.timeout
	n, err := w.Client.OutboxMail.Update().
		Where(outboxmail.ID(o.ID), outboxmail.SentAtIsNil(), outboxmail.FailedAtIsNil(), outboxmail.NextAttemptAtLTE(now)).
		SetNextAttemptAt(now.Add(lease)).AddAttempts(1).Save(ctx)
	if err != nil {
		return false, fmt.Errorf("outbox: claim %d: %w", o.ID, err)
	}
	if n == 0 {
		return false, nil // another worker has it
	}
	attempt := o.Attempts + 1
	// A shutdown lets a delivery under way finish for a moment: cut off
	// after the server took the message, it would be sent again.
	sendCtx, cancelSend := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelSend()
	stop := context.AfterFunc(ctx, func() { time.AfterFunc(shutdownGrace, cancelSend) })
	defer stop()
	msg, err := w.Mail.compose(o)
	if err == nil {
		err = w.Mail.send(sendCtx, o.To, msg)
	}
	// The bookkeeping outlives a shutdown that interrupts the send.
	book, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	done := time.Now()
	u := w.Client.OutboxMail.Update().Where(outboxmail.ID(o.ID))
	log := w.logger().With("mail", o.ID, "attempt", attempt)
	switch {
	case err == nil:
		u.SetSentAt(done).ClearLastError()
		log.Info("mail sent")
	case permanent(err) || attempt >= or(w.MaxAttempts, 10):
		u.SetFailedAt(done).SetLastError(truncate(err.Error()))
		log.Error("mail given up", "error", err)
	default:
		next := w.backoff(attempt)
		u.SetNextAttemptAt(done.Add(next)).SetLastError(truncate(err.Error()))
		log.Warn("mail failed; will retry", "error", err, "in", next)
	}
	if _, uerr := u.Save(book); uerr != nil {
		return false, fmt.Errorf("outbox: record attempt on %d: %w", o.ID, uerr)
	}
	return err == nil, nil
}

// backoff is the wait after the attempt-th failure.
func (w *Worker) backoff(attempt int) time.Duration {
	d, ceiling := or(w.Backoff, 30*time.Second), or(w.MaxBackoff, 6*time.Hour)
	for i := 1; i < attempt && d < ceiling; i++ {
		d *= 2
	}
	return min(d, ceiling)
}

func truncate(s string) string {
	if len(s) > 1000 {
		return s[:1000]
	}
	return s
}
