// Command kinerja is the Kinerja server and its administration tools:
//
//	kinerja serve   [--addr :8080] [--db PATH|URL] [--demo] [--graphiql=true]
//	                [--trusted-proxies CIDRs] [--metrics-token T] [--metrics-allow CIDRs]
//	kinerja migrate [--db ...]
//	kinerja seed demo [--db ...]
//	kinerja user create --nip NIP --name NAME --password-stdin [--role hr-admin|auditor] [--db ...]
//	kinerja import units|employees FILE.csv [--dry-run] [--db ...]
//	kinerja backup FILE [--db ...]
//
// --db defaults to $DATABASE_URL, then to an SQLite file under ./data/.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "kinerja:", err)
		}
		os.Exit(exitCode(err))
	}
}

// usageError is a mistake in the command line (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func exitCode(err error) int {
	var u usageError
	if errors.As(err, &u) || errors.Is(err, flag.ErrHelp) {
		return 2
	}
	return 1
}

const usage = `kinerja — performance appraisal for civil servants (ASN)

Usage:
  kinerja serve   [--addr :8080] [--db PATH|URL] [--demo] [--graphiql=true]
                  [--trusted-proxies CIDRs] [--metrics-token T] [--metrics-allow CIDRs]
  kinerja migrate [--db ...]
  kinerja seed demo [--db ...]
  kinerja user create --nip NIP --name NAME --password-stdin [--role hr-admin|auditor] [--db ...]
  kinerja import  units|employees FILE.csv [--dry-run] [--db ...]
  kinerja backup FILE [--db ...]

--db defaults to $DATABASE_URL, then to data/kinerja.db.`

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return usageError{"no command given"}
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	switch args[0] {
	case "serve":
		return serve(ctx, args[1:], stdout, logger)
	case "migrate":
		return migrateCmd(ctx, args[1:], stdout)
	case "seed":
		return seedCmd(ctx, args[1:], stdout)
	case "user":
		return userCmd(ctx, args[1:], stdin, stdout)
	case "import":
		return importCmd(ctx, args[1:], stdout)
	case "backup":
		return backupCmd(ctx, args[1:], stdout)
	case "help", "-h", "--help":
		fmt.Fprintln(stdout, usage)
		return nil
	}
	fmt.Fprintln(stderr, usage)
	return usageError{fmt.Sprintf("unknown command %q", args[0])}
}

// dbFlag registers --db with its environment fallback.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", os.Getenv("DATABASE_URL"), "SQLite file path or postgres:// URL (default $DATABASE_URL, then data/kinerja.db)")
}

func parse(fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{fmt.Sprintf("%s: %v", fs.Name(), err)}
	}
	return nil
}
