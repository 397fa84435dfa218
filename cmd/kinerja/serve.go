package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"kinerja/frontend"
	"kinerja/internal/agency"
	"kinerja/internal/seed"
	"kinerja/internal/store"
	"kinerja/server"
)

// Config is the configuration of `kinerja serve`: flags, with environment
// variables as fallbacks.
type Config struct {
	Addr string
	DB   string
	Demo bool
	// Create lets serve make a new database at a path other than the
	// default (the default path and --demo may always make one).
	Create bool
	// AllowDamaged starts on a file whose quick_check fails.
	AllowDamaged bool
	GraphiQL     bool
	// TrustedProxies, MetricsAllow: comma-separated CIDR prefixes.
	TrustedProxies string
	MetricsToken   string
	MetricsAllow   string
	// Place and TimeZone: where documents are signed and the agency's
	// IANA time zone (Asia/Jakarta, Asia/Makassar, Asia/Jayapura).
	Place    string
	TimeZone string
}

// mayCreate tells whether serve may make a new database: on the default
// path (the README's `make run`), for the demo, or when told to. Anywhere
// else a missing database is a mistyped --db, not a new empty one.
func (c Config) mayCreate() bool {
	return c.Create || c.Demo || c.DB == "" || c.DB == store.DefaultPath
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func envBool(name string, def bool) bool {
	if v, err := strconv.ParseBool(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

func serve(ctx context.Context, args []string, stdout io.Writer, logger *slog.Logger) error {
	var cfg Config
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.StringVar(&cfg.Addr, "addr", envOr("KINERJA_ADDR", ":8080"), "listen address ($KINERJA_ADDR)")
	fs.StringVar(&cfg.DB, "db", os.Getenv("DATABASE_URL"), "SQLite file path or postgres:// URL ($DATABASE_URL)")
	fs.BoolVar(&cfg.Demo, "demo", envBool("KINERJA_DEMO", false), "load the demo organisation into an empty database ($KINERJA_DEMO)")
	fs.BoolVar(&cfg.AllowDamaged, "allow-damaged", false, "start even when the database file fails SQLite's quick_check (to read what can be read)")
	fs.BoolVar(&cfg.Create, "create", false, "make a new database at --db if there is none (the default path and --demo always may)")
	fs.BoolVar(&cfg.GraphiQL, "graphiql", envBool("KINERJA_GRAPHIQL", true), "serve GraphiQL and allow introspection ($KINERJA_GRAPHIQL)")
	fs.StringVar(&cfg.TrustedProxies, "trusted-proxies", os.Getenv("KINERJA_TRUSTED_PROXIES"), "comma-separated CIDRs of reverse proxies whose X-Forwarded-For/-Proto are believed; empty trusts none ($KINERJA_TRUSTED_PROXIES)")
	fs.StringVar(&cfg.MetricsToken, "metrics-token", os.Getenv("KINERJA_METRICS_TOKEN"), "bearer token that may read /metrics; prefer the environment variable ($KINERJA_METRICS_TOKEN)")
	fs.StringVar(&cfg.MetricsAllow, "metrics-allow", os.Getenv("KINERJA_METRICS_ALLOW"), "comma-separated CIDRs that may read /metrics without credentials, besides loopback ($KINERJA_METRICS_ALLOW)")
	fs.StringVar(&cfg.Place, "place", envOr("KINERJA_PLACE", agency.DefaultPlace), "where evaluation documents are signed ($KINERJA_PLACE)")
	fs.StringVar(&cfg.TimeZone, "time-zone", envOr("KINERJA_TIME_ZONE", agency.DefaultZone), "the agency's IANA time zone, in which deadlines end and dates print ($KINERJA_TIME_ZONE)")
	mail := addMailFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	ag, err := agency.Load(cfg.Place, cfg.TimeZone)
	if err != nil {
		return usageError{fmt.Sprintf("serve: --place/--time-zone: %v", err)}
	}
	mail.Agency = ag
	mailing, err := mail.notifier()
	if err != nil {
		return err
	}
	trusted, err := server.ParsePrefixes(cfg.TrustedProxies)
	if err != nil {
		return usageError{fmt.Sprintf("serve: --trusted-proxies: %v", err)}
	}
	scrapers, err := server.ParsePrefixes(cfg.MetricsAllow)
	if err != nil {
		return usageError{fmt.Sprintf("serve: --metrics-allow: %v", err)}
	}

	st, err := openMigrated(ctx, cfg.DB, cfg.mayCreate(), cfg.AllowDamaged)
	if err != nil {
		return err
	}
	defer st.Close()
	// Listen first, then prepare the demo in the background: the port
	// answers at once (/healthz says "loading" until the demo is ready).
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	var loading atomic.Bool
	loading.Store(cfg.Demo)
	stopNotifier := mailing.start(ctx, st.Client, loading.Load, ag.Zone, logger)
	defer stopNotifier()
	// Requests in flight and the demo's loading are waited for before the
	// store closes: closing it under them answers "database is closed".
	var inflight, background sync.WaitGroup
	srv := &http.Server{
		Handler: drained(&inflight, server.New(server.Options{
			Store:          st,
			Frontend:       frontend.Dist(),
			Logger:         logger,
			Introspection:  cfg.GraphiQL,
			TrustedProxies: trusted,
			MetricsToken:   cfg.MetricsToken,
			MetricsAllow:   scrapers,
			Loading:        loading.Load,
			Agency:         ag,
		})),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	url := "http://" + displayAddr(ln.Addr().String())
	fmt.Fprintf(stdout, "Kinerja is listening on %s (GraphQL explorer: %s/graphiql)\n", url, url)

	errc := make(chan error, 2)
	go func() { errc <- srv.Serve(ln) }()
	if cfg.Demo {
		background.Add(1)
		go func() {
			defer background.Done()
			if err := loadDemo(ctx, st, stdout, logger); err != nil {
				errc <- err
				return
			}
			loading.Store(false)
		}()
	}
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	logger.Info("shutting down: finishing the requests in flight")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	err = srv.Shutdown(shutdownCtx)
	if err != nil {
		// Only a request that outlives its own timeout gets here.
		logger.Warn("requests still running after the grace period; closing their connections", slog.Duration("grace", shutdownGrace))
		err = errors.Join(fmt.Errorf("shutdown: %w", err), srv.Close())
	}
	inflight.Wait()
	background.Wait()
	logger.Info("stopped")
	return err
}

// shutdownGrace is how long a stop waits for the requests in flight: longer
// than any request may run (the server's request timeout is 30 s), so a
// stop under load lets every accepted request finish.
const shutdownGrace = 45 * time.Second

// drained counts the requests in flight in wg, so a stop can wait for the
// last handler to return before the store closes.
func drained(wg *sync.WaitGroup, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		wg.Add(1)
		defer wg.Done()
		next.ServeHTTP(w, r)
	})
}

func displayAddr(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	if host == "" || host == "::" || host == "0.0.0.0" {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}

// loadDemo loads the demo organisation into an empty database, saying what
// it does, and prints its logins.
func loadDemo(ctx context.Context, st *store.Store, stdout io.Writer, logger *slog.Logger) error {
	fmt.Fprintln(stdout, "Preparing the demo organisation (sign-in opens when it is ready)…")
	start := time.Now()
	err := seed.Demo(ctx, st.Client, start)
	switch {
	case errors.Is(err, seed.ErrNotEmpty):
		fmt.Fprintln(stdout, "Demo not loaded: the database already has data.")
		logger.Info("demo not loaded: the database already has data")
	case err != nil:
		return fmt.Errorf("demo: %w", err)
	default:
		fmt.Fprintf(stdout, "Demo organisation ready in %.1f s.\n", time.Since(start).Seconds())
		logger.Info("demo organisation loaded", slog.Duration("took", time.Since(start)))
	}
	fmt.Fprintln(stdout, "Demo logins (NIP / password):")
	for _, l := range seed.DemoLogins() {
		fmt.Fprintf(stdout, "  %-26s %s / %s  (%s)\n", l.Role, l.NIP, l.Password, l.Name)
	}
	return nil
}
