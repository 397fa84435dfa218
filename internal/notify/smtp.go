package notify

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// tlsSettings lets tests trust their own certificate authority.
type tlsSettings struct {
	config *tls.Config
}

func (m *Mailer) tlsConfig() *tls.Config {
	if m.tls != nil && m.tls.config != nil {
		return m.tls.config.Clone()
	}
	return &tls.Config{ServerName: m.cfg.Host, MinVersion: tls.VersionTLS12}
}

// send delivers one message to the server, within m.timeout and until ctx
// ends.
func (m *Mailer) send(ctx context.Context, to string, msg []byte) error {
	ctx, cancel := context.WithTimeout(ctx, m.timeout)
	defer cancel()
	d := &net.Dialer{}
	var (
		conn net.Conn
		err  error
	)
	if m.cfg.TLS == TLSImplicit {
		conn, err = (&tls.Dialer{NetDialer: d, Config: m.tlsConfig()}).DialContext(ctx, "tcp", m.Addr())
	} else {
		conn, err = d.DialContext(ctx, "tcp", m.Addr())
	}
	if err != nil {
		return fmt.Errorf("smtp: dial %s: %w", m.Addr(), err)
	}
	// Closing the connection ends every exchange when ctx does.
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()

	var c *smtp.Client
	if m.cfg.TLS == TLSStartTLS {
		if c, err = smtp.NewClientStartTLS(conn, m.tlsConfig()); err != nil {
			conn.Close()
			return fmt.Errorf("smtp: starttls: %w", err)
		}
	} else {
		c = smtp.NewClient(conn)
	}
	defer c.Close()
	c.CommandTimeout, c.SubmissionTimeout = m.timeout, m.timeout
	if m.cfg.User != "" {
		if err := c.Auth(sasl.NewPlainClient("", m.cfg.User, m.cfg.Password)); err != nil {
			return fmt.Errorf("smtp: auth: %w", err)
		}
	}
	if err := c.SendMail(m.from.Address, []string{to}, bytes.NewReader(msg)); err != nil {
		return fmt.Errorf("smtp: send: %w", err)
	}
	// The server has the message: a failed goodbye does not undo it.
	_ = c.Quit()
	return nil
}

// permanent reports whether the server refused the message for good
// (a 55x reply: no such mailbox, message refused), so retrying is useless.
func permanent(err error) bool {
	var se *smtp.SMTPError
	return errors.As(err, &se) && se.Code >= 550 && se.Code <= 559
}
