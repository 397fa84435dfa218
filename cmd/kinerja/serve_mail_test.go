package main

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kinerja/internal/store"
)

func TestMailFlags(t *testing.T) {
	t.Setenv("KINERJA_SMTP_PASSWORD", "dari-lingkungan")
	for _, c := range []struct {
		args []string
		want string // "" valid, else part of the usage error
		on   bool
	}{
		{nil, "", false},
		{[]string{"--smtp-host", "smtp.example.go.id", "--smtp-from", "kinerja@example.go.id"}, "", true},
		{[]string{"--smtp-host", "relay", "--smtp-tls", "none", "--smtp-port", "2525", "--smtp-from", "k@example.go.id"}, "", true},
		{[]string{"--smtp-host", "relay", "--smtp-tls", "ssl", "--smtp-from", "k@example.go.id"}, "none, starttls or tls", false},
		{[]string{"--smtp-host", "relay", "--smtp-port", "dua", "--smtp-from", "k@example.go.id"}, "--smtp-port", false},
		{[]string{"--smtp-host", "relay", "--smtp-tls", "none", "--smtp-user", "u", "--smtp-from", "k@example.go.id"}, "clear text", false},
		{[]string{"--smtp-host", "relay"}, "sender", false},
	} {
		fs := flag.NewFlagSet("serve", flag.ContinueOnError)
		m := addMailFlags(fs)
		if err := fs.Parse(c.args); err != nil {
			t.Fatal(err)
		}
		if m.Password != "dari-lingkungan" {
			t.Errorf("%q: the password did not come from the environment", c.args)
		}
		n, err := m.notifier()
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%q: %v", c.args, err)
		case c.want != "" && (err == nil || exitCode(err) != 2 || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%q: %v, want a usage error about %q", c.args, err, c.want)
		case c.want == "" && (n.mailer != nil) != c.on:
			t.Errorf("%q: mail on = %v, want %v", c.args, n.mailer != nil, c.on)
		}
	}
}

func TestNotifierStartsAndStops(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	m := addMailFlags(fs)
	_ = fs.Parse([]string{"--smtp-host", "127.0.0.1", "--smtp-tls", "none", "--smtp-port", "1", "--smtp-from", "k@example.go.id"})
	n, err := m.notifier()
	if err != nil {
		t.Fatal(err)
	}
	stop := n.start(context.Background(), st.Client, func() bool { return false }, nil, slog.New(slog.NewTextHandler(io.Discard, nil)))
	done := make(chan struct{})
	go func() { stop(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the worker did not stop")
	}
}
