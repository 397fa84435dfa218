package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"sync"
	"time"

	"kinerja/ent"
	"kinerja/internal/notify"
)

// mailFlags are the SMTP settings of `kinerja serve`, with environment
// variables as fallbacks. Without --smtp-host mail is off.
type mailFlags struct {
	notify.MailConfig
	port string
}

// addMailFlags registers the SMTP flags on fs.
func addMailFlags(fs *flag.FlagSet) *mailFlags {
	m := &mailFlags{}
	fs.StringVar(&m.Host, "smtp-host", os.Getenv("KINERJA_SMTP_HOST"), "SMTP server that sends notification mail; empty turns mail off ($KINERJA_SMTP_HOST)")
	fs.StringVar(&m.port, "smtp-port", os.Getenv("KINERJA_SMTP_PORT"), "SMTP port; default 587 for starttls, 465 for tls, 25 for none ($KINERJA_SMTP_PORT)")
	fs.StringVar(&m.TLS, "smtp-tls", envOr("KINERJA_SMTP_TLS", notify.TLSStartTLS), "SMTP transport security: none, starttls or tls ($KINERJA_SMTP_TLS)")
	fs.StringVar(&m.User, "smtp-user", os.Getenv("KINERJA_SMTP_USER"), "SMTP user name, when the server wants one ($KINERJA_SMTP_USER)")
	fs.StringVar(&m.Password, "smtp-password", os.Getenv("KINERJA_SMTP_PASSWORD"), "SMTP password; prefer the environment variable ($KINERJA_SMTP_PASSWORD)")
	fs.StringVar(&m.From, "smtp-from", os.Getenv("KINERJA_SMTP_FROM"), `sender of the mail, such as "Kinerja <kinerja@bkpsdm.example.go.id>" ($KINERJA_SMTP_FROM)`)
	return m
}

// notifier is the checked mail configuration, ready to start.
type notifier struct {
	mailer *notify.Mailer // nil: mail is off
}

// notifier checks the SMTP flags (a usage error when they are wrong).
func (m *mailFlags) notifier() (*notifier, error) {
	if m.Host == "" {
		return &notifier{}, nil
	}
	cfg := m.MailConfig
	if m.port != "" {
		p, err := strconv.Atoi(m.port)
		if err != nil {
			return nil, usageError{fmt.Sprintf("serve: --smtp-port: %q is not a number", m.port)}
		}
		cfg.Port = p
	}
	mailer, err := notify.NewMailer(cfg)
	if err != nil {
		return nil, usageError{fmt.Sprintf("serve: %v", err)}
	}
	return &notifier{mailer: mailer}, nil
}

// start turns mail on (when configured) and starts the background worker:
// deadline reminders and, with mail, the outbox. While hold reports true
// (the demo is loading) no mail is queued and no reminder swept; deadlines
// end in zone, the agency's time zone. The
// returned stop ends the worker and waits for it.
func (n *notifier) start(ctx context.Context, client *ent.Client, hold func() bool, zone *time.Location, logger *slog.Logger) (stop func()) {
	if n.mailer != nil {
		notify.EnableMail(client, n.mailer, hold)
		logger.Info("notification mail on", slog.String("smtp", n.mailer.Addr()))
	} else {
		logger.Info("notification mail off (no --smtp-host)")
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	w := &notify.Worker{Client: client, Mail: n.mailer, Logger: logger, Hold: hold, Zone: zone}
	wg.Go(func() { w.Run(ctx) })
	return func() {
		cancel()
		wg.Wait()
	}
}
