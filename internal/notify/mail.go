package notify

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"time"

	"kinerja/internal/agency"

	"kinerja/ent"
	"kinerja/ent/employee"
	"kinerja/ent/hook"
	"kinerja/internal/authz"
	"kinerja/internal/viewer"
)

// The TLS modes of the SMTP connection.
const (
	// TLSNone speaks plain SMTP (a relay on the same host or network).
	TLSNone = "none"
	// TLSStartTLS upgrades the connection with STARTTLS (submission, 587).
	TLSStartTLS = "starttls"
	// TLSImplicit opens the connection with TLS (submissions, 465).
	TLSImplicit = "tls"
)

// MailConfig names the SMTP server that sends Kinerja's mail. Without a
// Host, mail is off: nothing is queued or sent.
type MailConfig struct {
	Host string
	// Port defaults by TLS: 25 for none, 587 for starttls, 465 for tls.
	Port int
	// TLS is TLSNone, TLSStartTLS (the default) or TLSImplicit.
	TLS string
	// User and Password authenticate (PLAIN), when User is set.
	User, Password string
	// From is the sender, such as "Kinerja <kinerja@bkpsdm.example.go.id>".
	From string
	// Agency shows dates in the agency's time zone (agency.Default when
	// zero).
	Agency agency.Settings
}

// Enabled reports whether mail is configured.
func (c MailConfig) Enabled() bool { return c.Host != "" }

// Mailer sends mail through the configured SMTP server. Make one with
// NewMailer.
type Mailer struct {
	cfg  MailConfig
	from *mail.Address
	// timeout bounds one delivery (dial, dialogue, data).
	timeout time.Duration
	// tls overrides the TLS settings (tests: a private CA).
	tls *tlsSettings
}

// NewMailer checks cfg and returns a Mailer for it. Credentials travel
// only over TLS, unless the server is on the loopback interface.
func NewMailer(cfg MailConfig) (*Mailer, error) {
	if cfg.Host == "" {
		return nil, errors.New("smtp: no host")
	}
	switch cfg.TLS {
	case "":
		cfg.TLS = TLSStartTLS
	case TLSNone, TLSStartTLS, TLSImplicit:
	default:
		return nil, fmt.Errorf("smtp: TLS mode %q is not none, starttls or tls", cfg.TLS)
	}
	if cfg.Port == 0 {
		cfg.Port = map[string]int{TLSNone: 25, TLSStartTLS: 587, TLSImplicit: 465}[cfg.TLS]
	}
	if cfg.Port < 1 || cfg.Port > 65535 {
		return nil, fmt.Errorf("smtp: port %d out of range", cfg.Port)
	}
	if cfg.From == "" {
		return nil, errors.New("smtp: a sender address (from) is required")
	}
	from, err := mail.ParseAddress(cfg.From)
	if err != nil {
		return nil, fmt.Errorf("smtp: sender %q: %w", cfg.From, err)
	}
	if cfg.User != "" && cfg.TLS == TLSNone && !loopback(cfg.Host) {
		return nil, errors.New("smtp: credentials would travel in clear text; use TLS starttls or tls")
	}
	return &Mailer{cfg: cfg, from: from, timeout: 30 * time.Second}, nil
}

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Addr is the server's host:port.
func (m *Mailer) Addr() string { return net.JoinHostPort(m.cfg.Host, fmt.Sprint(m.cfg.Port)) }

// EnableMail makes every notification written through client (and its
// transactions) queue a mail to its recipient, when the recipient has an
// e-mail address, in the notification's transaction. While hold (if not
// nil) reports true, nothing is queued: `serve --demo` plays the demo's
// history meanwhile. Call it once, before the client serves requests.
func EnableMail(client *ent.Client, m *Mailer, hold func() bool) {
	client.Notification.Use(hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.NotificationFunc(func(ctx context.Context, mu *ent.NotificationMutation) (ent.Value, error) {
			v, err := next.Mutate(ctx, mu)
			if err != nil {
				return nil, err
			}
			if n, ok := v.(*ent.Notification); ok && (hold == nil || !hold()) {
				if err := m.queue(ctx, mu.Client(), n); err != nil {
					return nil, err
				}
			}
			return v, nil
		})
	}, ent.OpCreate))
}

// queue writes the mail of n to the outbox, with c (the notification's
// transaction).
func (m *Mailer) queue(ctx context.Context, c *ent.Client, n *ent.Notification) error {
	// The address is the recipient's own, whoever takes the step: read it
	// with the system's eyes, outside the directory's blanking.
	to, err := c.Employee.Query().Where(employee.ID(n.RecipientID)).
		Select(employee.FieldName, employee.FieldEmail).Only(authz.System(viewer.NewContext(ctx, nil)))
	if err != nil {
		return fmt.Errorf("mail %s: recipient: %w", n.Kind, err)
	}
	if to.Email == "" {
		return nil
	}
	addr, err := mail.ParseAddress(to.Email)
	if err != nil {
		return nil // the schema admits only plausible addresses; a bad one gets no mail
	}
	id, err := m.messageID()
	if err != nil {
		return fmt.Errorf("mail %s: %w", n.Kind, err)
	}
	err = c.OutboxMail.Create().
		SetCreatedAt(n.CreatedAt).SetNextAttemptAt(n.CreatedAt).
		SetTo(addr.Address).
		SetSubject("Kinerja: " + Title(n.Kind, "id") + " / " + Title(n.Kind, "en")).
		SetBody(mailBody(to.Name, n, m.cfg.Agency)).
		SetMessageID(id).
		SetNotificationID(n.ID).
		Exec(authz.System(ctx))
	if err != nil {
		return fmt.Errorf("mail %s: queue: %w", n.Kind, err)
	}
	return nil
}

// messageID is a new Message-ID (without brackets) in the sender's domain.
func (m *Mailer) messageID() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("message id: %w", err)
	}
	domain := "kinerja.invalid"
	if at := strings.LastIndexByte(m.from.Address, '@'); at >= 0 && at < len(m.from.Address)-1 {
		domain = m.from.Address[at+1:]
	}
	return hex.EncodeToString(b) + "@" + domain, nil
}

// mailBody is the plain-text mail of n: Indonesian, then English.
func mailBody(name string, n *ent.Notification, ag agency.Settings) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Yth. %s,\n\n%s\n\nSilakan buka Kinerja untuk menindaklanjuti.\n\n", name, Message(n, "id", ag))
	b.WriteString("-- English --\n\n")
	fmt.Fprintf(&b, "Dear %s,\n\n%s\n\nPlease open Kinerja to follow up.\n\n", name, Message(n, "en", ag))
	b.WriteString("--\nPesan ini dikirim otomatis oleh Kinerja; mohon tidak membalas.\n" +
		"This message was sent automatically by Kinerja; please do not reply.\n")
	return b.String()
}

// compose is the whole message of o as it goes on the wire: headers
// (Date, Message-ID, MIME UTF-8) and the quoted-printable body, with CRLF
// line ends.
func (m *Mailer) compose(o *ent.OutboxMail) ([]byte, error) {
	var b bytes.Buffer
	h := func(k, v string) { b.WriteString(k + ": " + v + "\r\n") }
	h("From", m.from.String())
	h("To", o.To)
	h("Subject", mime.QEncoding.Encode("utf-8", o.Subject))
	h("Date", m.cfg.Agency.In(o.CreatedAt).Format(time.RFC1123Z))
	h("Message-ID", "<"+o.MessageID+">")
	h("MIME-Version", "1.0")
	h("Content-Type", "text/plain; charset=UTF-8")
	h("Content-Transfer-Encoding", "quoted-printable")
	h("Auto-Submitted", "auto-generated")
	b.WriteString("\r\n")
	w := quotedprintable.NewWriter(&b)
	body := strings.ReplaceAll(strings.ReplaceAll(o.Body, "\r\n", "\n"), "\n", "\r\n")
	if _, err := w.Write([]byte(body)); err != nil {
		return nil, fmt.Errorf("compose: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("compose: %w", err)
	}
	return b.Bytes(), nil
}
