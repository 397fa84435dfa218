package notify_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"log"
	"log/slog"
	"math/big"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"kinerja/ent"
	"kinerja/ent/outboxmail"
	"kinerja/internal/notify"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

var quiet = slog.New(slog.DiscardHandler)

// mailServer is an SMTP server on loopback that keeps what it receives and
// can refuse the first attempts.
type mailServer struct {
	addr string

	mu       sync.Mutex
	received []received
	attempts int
	// failFirst attempts get 451 (try again later); permanent makes every
	// attempt a 550.
	failFirst int
	permanent bool
	// user and pass, when set, are required (AUTH PLAIN).
	user, pass string
	arrived    chan struct{}
}

type received struct {
	from string
	to   []string
	data []byte
}

func startMailServer(t *testing.T, ms *mailServer, tlsConfig *tls.Config) *mailServer {
	t.Helper()
	ms.arrived = make(chan struct{}, 100)
	s := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &session{ms: ms}, nil }))
	s.Domain = "localhost"
	s.AllowInsecureAuth = tlsConfig == nil
	s.TLSConfig = tlsConfig
	s.ReadTimeout, s.WriteTimeout = 10*time.Second, 10*time.Second
	s.ErrorLog = log.New(io.Discard, "", 0)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	go func() { served <- s.Serve(ln) }()
	t.Cleanup(func() {
		s.Close()
		if err := <-served; err != nil {
			t.Errorf("mail server: %v", err)
		}
	})
	ms.addr = ln.Addr().String()
	return ms
}

func (ms *mailServer) port(t *testing.T) int {
	_, p, _ := net.SplitHostPort(ms.addr)
	n, err := strconv.Atoi(p)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (ms *mailServer) mails() []received {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	return append([]received(nil), ms.received...)
}

type session struct {
	ms     *mailServer
	authed bool
	from   string
	to     []string
}

func (s *session) AuthMechanisms() []string { return []string{sasl.Plain} }
func (s *session) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != s.ms.user || pass != s.ms.pass {
			return errors.New("invalid credentials")
		}
		s.authed = true
		return nil
	}), nil
}
func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	if s.ms.user != "" && !s.authed {
		return smtp.ErrAuthRequired
	}
	s.from = from
	return nil
}
func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error { s.to = append(s.to, to); return nil }
func (s *session) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.ms.mu.Lock()
	defer s.ms.mu.Unlock()
	s.ms.attempts++
	switch {
	case s.ms.permanent:
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such mailbox"}
	case s.ms.attempts <= s.ms.failFirst:
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"}
	}
	s.ms.received = append(s.ms.received, received{from: s.from, to: s.to, data: b})
	s.ms.arrived <- struct{}{}
	return nil
}
func (s *session) Reset()        { s.from, s.to = "", nil }
func (s *session) Logout() error { return nil }

// mailWorld is a world whose employees have addresses, with mail on.
func mailWorld(t *testing.T, ms *mailServer, cfg notify.MailConfig) (*world, *notify.Mailer) {
	w := newWorld(t)
	for _, e := range []*ent.Employee{w.head, w.boss, w.staff} {
		w.f.Client.Employee.UpdateOne(e).SetEmail(strings.ToLower(strings.ReplaceAll(e.Name, " ", ".")) + "@bkpsdm.example.go.id").ExecX(w.f.Ctx)
	}
	cfg.Host = "127.0.0.1"
	cfg.Port = ms.port(t)
	if cfg.TLS == "" {
		cfg.TLS = notify.TLSNone
	}
	cfg.From = "Kinerja BKPSDM <kinerja@bkpsdm.example.go.id>"
	m, err := notify.NewMailer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	notify.SetTimeout(m, 5*time.Second)
	notify.EnableMail(w.f.Client, m, nil)
	return w, m
}

func (w *world) outbox() []*ent.OutboxMail {
	return w.f.Client.OutboxMail.Query().Order(outboxmail.ByID()).AllX(w.f.Ctx)
}

// parse reads a received mail: its headers and decoded body.
func parse(t *testing.T, r received) (*mail.Message, string) {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(r.data))
	if err != nil {
		t.Fatalf("not a mail: %v\n%s", err, r.data)
	}
	body, err := io.ReadAll(quotedprintable.NewReader(m.Body))
	if err != nil {
		t.Fatal(err)
	}
	return m, string(body)
}

func TestMailIsQueuedInTheStepAndSent(t *testing.T) {
	ms := startMailServer(t, &mailServer{}, nil)
	w, m := mailWorld(t, ms, notify.MailConfig{})
	p := w.plan()

	// Queued in the step's transaction, nothing sent yet.
	box := w.outbox()
	if len(box) != 1 || box[0].To != "kepala.bidang@bkpsdm.example.go.id" || box[0].SentAt != nil || len(ms.mails()) != 0 {
		t.Fatalf("outbox after submitting: %+v, server got %d", box, len(ms.mails()))
	}
	// A refused step queues nothing; an employee without an address gets
	// no mail.
	if _, err := w.wf.ApprovePlan(w.staffCtx, p.ID, nil); err == nil {
		t.Fatal("the employee agreed its own plan")
	}
	w.f.Client.Employee.UpdateOne(w.staff).SetEmail("").ExecX(w.f.Ctx)
	_, err := w.wf.ApprovePlan(w.bossCtx, p.ID, nil)
	w.must(err)
	if n := len(w.outbox()); n != 1 || w.count() != 2 {
		t.Fatalf("outbox %d (want 1), notifications %d (want 2)", n, w.count())
	}

	worker := &notify.Worker{Client: w.f.Client, Mail: m, Logger: quiet}
	n, err := worker.Deliver(context.Background())
	if err != nil || n != 1 {
		t.Fatalf("deliver: %d, %v", n, err)
	}
	got := ms.mails()
	if len(got) != 1 || got[0].from != "kinerja@bkpsdm.example.go.id" || len(got[0].to) != 1 || got[0].to[0] != "kepala.bidang@bkpsdm.example.go.id" {
		t.Fatalf("server received %+v", got)
	}
	msg, body := parse(t, got[0])
	h := msg.Header
	subject, _ := new(mime.WordDecoder).DecodeHeader(h.Get("Subject"))
	if subject != "Kinerja: SKP menunggu persetujuan / Plan awaiting agreement" {
		t.Errorf("Subject %q", subject)
	}
	if d, err := h.Date(); err != nil || !d.Equal(w.now) {
		t.Errorf("Date %q (%v), want the step's time", h.Get("Date"), err)
	}
	if id := h.Get("Message-ID"); id != "<"+box[0].MessageID+">" || !strings.HasSuffix(id, "@bkpsdm.example.go.id>") {
		t.Errorf("Message-ID %q", id)
	}
	for k, want := range map[string]string{
		"From": `"Kinerja BKPSDM" <kinerja@bkpsdm.example.go.id>`, "To": "kepala.bidang@bkpsdm.example.go.id",
		"MIME-Version": "1.0", "Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "quoted-printable",
		"Auto-Submitted": "auto-generated",
	} {
		if h.Get(k) != want {
			t.Errorf("%s: %q, want %q", k, h.Get(k), want)
		}
	}
	id := strings.Index(body, "Analis mengajukan SKP Penilaian Kinerja 2026 untuk Anda setujui.")
	en := strings.Index(body, "Analis submitted the plan for Penilaian Kinerja 2026 for your agreement.")
	if !strings.HasPrefix(body, "Yth. Kepala Bidang,\r\n") || id < 0 || en < id {
		t.Errorf("body: Indonesian first, English below:\n%s", body)
	}
	if o := w.outbox()[0]; o.SentAt == nil || o.Attempts != 1 || o.LastError != nil {
		t.Errorf("after sending: %+v", o)
	}
	// Sent is sent.
	if n, err := worker.Deliver(context.Background()); err != nil || n != 0 || len(ms.mails()) != 1 {
		t.Fatalf("delivering again: %d, %v", n, err)
	}
}

func TestMailFailuresNeverDelayTheStep(t *testing.T) {
	ms := startMailServer(t, &mailServer{failFirst: 2}, nil)
	w, m := mailWorld(t, ms, notify.MailConfig{})
	ctx, cancel := context.WithCancel(context.Background())
	worker := &notify.Worker{Client: w.f.Client, Mail: m, Logger: quiet, Poll: 10 * time.Millisecond, Backoff: 50 * time.Millisecond,
		SweepEvery: time.Hour, Now: func() time.Time { return w.now }}
	done := make(chan struct{})
	go func() { worker.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()

	start := time.Now()
	w.plan() // three steps; the submission queues a mail
	if took := time.Since(start); took > 2*time.Second {
		t.Fatalf("the steps took %v", took)
	}
	select {
	case <-ms.arrived:
	case <-time.After(10 * time.Second):
		t.Fatalf("no mail after 10 s; outbox %+v", w.outbox())
	}
	for deadline := time.Now().Add(5 * time.Second); w.outbox()[0].SentAt == nil && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	<-done
	o := w.outbox()
	if len(o) != 1 || o[0].SentAt == nil || o[0].Attempts != 3 || o[0].LastError != nil || o[0].FailedAt != nil {
		t.Fatalf("outbox after two refusals: %+v", o)
	}
	if len(ms.mails()) != 1 {
		t.Fatalf("server got %d mails, want 1", len(ms.mails()))
	}
	_, body := parse(t, ms.mails()[0])
	if !strings.Contains(body, "untuk Anda setujui") {
		t.Errorf("body %q", body)
	}
}

func TestMailRetriesThenGivesUp(t *testing.T) {
	ms := startMailServer(t, &mailServer{failFirst: 100}, nil)
	w, m := mailWorld(t, ms, notify.MailConfig{})
	w.plan()
	worker := &notify.Worker{Client: w.f.Client, Mail: m, Logger: quiet, Backoff: time.Hour, MaxAttempts: 3}
	deliver := func() {
		t.Helper()
		if _, err := worker.Deliver(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	deliver()
	o := w.outbox()[0]
	if o.Attempts != 1 || o.LastError == nil || !strings.Contains(*o.LastError, "451") || o.FailedAt != nil {
		t.Fatalf("after a refusal: %+v", o)
	}
	if d := time.Until(o.NextAttemptAt); d < 59*time.Minute || d > 61*time.Minute {
		t.Fatalf("next attempt in %v, want the backoff of an hour", d)
	}
	deliver() // not due yet
	if w.outbox()[0].Attempts != 1 {
		t.Fatal("a mail was tried before its backoff ended")
	}
	for range 2 {
		w.f.Client.OutboxMail.UpdateOneID(o.ID).SetNextAttemptAt(time.Now().Add(-time.Second)).ExecX(w.f.Ctx)
		deliver()
	}
	o = w.outbox()[0]
	if o.Attempts != 3 || o.FailedAt == nil || o.SentAt != nil {
		t.Fatalf("after three refusals: %+v, want given up", o)
	}
	w.f.Client.OutboxMail.UpdateOneID(o.ID).SetNextAttemptAt(time.Now().Add(-time.Second)).ExecX(w.f.Ctx)
	deliver()
	if w.outbox()[0].Attempts != 3 {
		t.Fatal("a mail given up was tried again")
	}

	// A permanent refusal is given up at once.
	ms.mu.Lock()
	ms.permanent = true
	ms.mu.Unlock()
	_, err := w.wf.ReturnPlan(w.bossCtx, w.f.Client.Plan.Query().OnlyIDX(w.f.Ctx), "Perbaiki")
	w.must(err)
	deliver()
	if o := w.outbox()[1]; o.Attempts != 1 || o.FailedAt == nil || !strings.Contains(*o.LastError, "550") {
		t.Fatalf("after a permanent refusal: %+v", o)
	}
}

func TestWithoutSMTPNothingIsQueued(t *testing.T) {
	w := newWorld(t)
	w.f.Client.Employee.UpdateOne(w.boss).SetEmail("kabid@bkpsdm.example.go.id").ExecX(w.f.Ctx)
	w.f.Client.Employee.UpdateOne(w.staff).SetEmail("analis@bkpsdm.example.go.id").ExecX(w.f.Ctx)
	p := w.plan()
	w.released(p)
	if w.count() != 3 {
		t.Fatalf("%d notifications, want 3", w.count())
	}
	if n := len(w.outbox()); n != 0 {
		t.Fatalf("%d mails queued without SMTP", n)
	}
	// The worker without mail sweeps and sends nothing.
	worker := &notify.Worker{Client: w.f.Client, Logger: quiet}
	if n, err := worker.Deliver(context.Background()); n != 0 || err != nil {
		t.Fatalf("deliver without mail: %d, %v", n, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	worker.Poll = 5 * time.Millisecond
	worker.Run(ctx)
}

func TestMailOverSTARTTLSWithAuth(t *testing.T) {
	cert, pool := selfSigned(t)
	ms := startMailServer(t, &mailServer{user: "kinerja", pass: "rahasia"}, &tls.Config{Certificates: []tls.Certificate{cert}})
	w, m := mailWorld(t, ms, notify.MailConfig{TLS: notify.TLSStartTLS, User: "kinerja", Password: "rahasia"})
	notify.SetTLSConfig(m, &tls.Config{RootCAs: pool, ServerName: "127.0.0.1", MinVersion: tls.VersionTLS12})
	w.plan()
	worker := &notify.Worker{Client: w.f.Client, Mail: m, Logger: quiet}
	if n, err := worker.Deliver(context.Background()); err != nil || n != 1 || len(ms.mails()) != 1 {
		t.Fatalf("deliver over STARTTLS: %d, %v; outbox %+v", n, err, w.outbox())
	}

	// Wrong credentials: retried, never sent.
	ms.mu.Lock()
	ms.pass = "lain"
	ms.mu.Unlock()
	_, err := w.wf.ReturnPlan(w.bossCtx, w.f.Client.Plan.Query().OnlyIDX(w.f.Ctx), "Perbaiki")
	w.must(err)
	if n, err := worker.Deliver(context.Background()); err != nil || n != 0 {
		t.Fatalf("deliver with a wrong password: %d, %v", n, err)
	}
	if o := w.outbox()[1]; o.SentAt != nil || o.LastError == nil || !strings.Contains(*o.LastError, "auth") {
		t.Fatalf("after a failed sign-in: %+v", o)
	}
}

func TestMailConfig(t *testing.T) {
	for _, c := range []struct {
		cfg  notify.MailConfig
		want string // "" valid, else part of the error
		port int
	}{
		{notify.MailConfig{Host: "smtp.example.go.id", From: "kinerja@example.go.id"}, "", 587},
		{notify.MailConfig{Host: "smtp.example.go.id", TLS: "tls", From: "kinerja@example.go.id"}, "", 465},
		{notify.MailConfig{Host: "relay", TLS: "none", From: "kinerja@example.go.id"}, "", 25},
		{notify.MailConfig{Host: "relay", TLS: "none", Port: 2525, From: "kinerja@example.go.id"}, "", 2525},
		{notify.MailConfig{Host: "127.0.0.1", TLS: "none", User: "u", Password: "p", From: "kinerja@example.go.id"}, "", 25},
		{notify.MailConfig{Host: "relay", TLS: "none", User: "u", Password: "p", From: "kinerja@example.go.id"}, "clear text", 0},
		{notify.MailConfig{Host: "relay", TLS: "ssl", From: "kinerja@example.go.id"}, "not none, starttls or tls", 0},
		{notify.MailConfig{Host: "relay", From: ""}, "sender", 0},
		{notify.MailConfig{Host: "relay", From: "not an address"}, "sender", 0},
		{notify.MailConfig{Host: "relay", Port: 70000, From: "kinerja@example.go.id"}, "port", 0},
	} {
		m, err := notify.NewMailer(c.cfg)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%+v: %v", c.cfg, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%+v: error %v, want %q", c.cfg, err, c.want)
		case c.want == "" && !strings.HasSuffix(m.Addr(), ":"+strconv.Itoa(c.port)):
			t.Errorf("%+v: address %s, want port %d", c.cfg, m.Addr(), c.port)
		}
	}
	if (notify.MailConfig{}).Enabled() {
		t.Error("mail without a host is enabled")
	}
}

// selfSigned makes a certificate for 127.0.0.1 and a pool that trusts it.
func selfSigned(t *testing.T) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "kinerja test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, BasicConstraintsValid: true, IsCA: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, pool
}

func TestNoMailWhileHeld(t *testing.T) {
	ms := startMailServer(t, &mailServer{}, nil)
	w := newWorld(t)
	w.f.Client.Employee.UpdateOne(w.boss).SetEmail("kabid@bkpsdm.example.go.id").ExecX(w.f.Ctx)
	m, err := notify.NewMailer(notify.MailConfig{Host: "127.0.0.1", Port: ms.port(t), TLS: notify.TLSNone, From: "kinerja@bkpsdm.example.go.id"})
	w.must(err)
	var held atomic.Bool
	held.Store(true) // the demo is loading
	notify.EnableMail(w.f.Client, m, held.Load)
	p := w.plan()
	if n := len(w.outbox()); n != 0 || w.count() != 1 {
		t.Fatalf("while held: %d mails, %d notifications", n, w.count())
	}
	held.Store(false)
	_, err = w.wf.ReturnPlan(w.bossCtx, p.ID, "Perbaiki")
	w.must(err)
	_, err = w.wf.SubmitPlan(w.staffCtx, p.ID)
	w.must(err)
	if n := len(w.outbox()); n != 1 {
		t.Fatalf("after the hold: %d mails, want 1", n)
	}
}
