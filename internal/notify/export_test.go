package notify

import (
	"crypto/tls"
	"time"
)

// SetTLSConfig makes m trust what config trusts (a test's own CA).
func SetTLSConfig(m *Mailer, config *tls.Config) { m.tls = &tlsSettings{config: config} }

// SetTimeout bounds one delivery of m.
func SetTimeout(m *Mailer, d time.Duration) { m.timeout = d }
