package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"kinerja/internal/auth"
	"kinerja/internal/seed"
	"kinerja/internal/store"
	"kinerja/internal/viewer"
)

// openMigrated opens the database, brings its schema up to date and loads
// the reference data. Only with create may it make a new database; without,
// a mistyped --db is an error rather than a new empty database.
//
// A damaged SQLite file (its quick_check fails) is refused before anything
// writes to it, unless allowDamaged (serve --allow-damaged, to read what
// can still be read); `kinerja backup` copies it as it is.
func openMigrated(ctx context.Context, dsn string, create bool, allowDamaged ...bool) (*store.Store, error) {
	open := store.OpenExisting
	if create {
		open = store.Open
	}
	st, err := open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	if len(allowDamaged) == 0 || !allowDamaged[0] {
		if err := st.QuickCheck(ctx); err != nil {
			st.Close()
			return nil, fmt.Errorf("%w (restore the latest backup; serve --allow-damaged starts on it anyway)", err)
		}
	}
	if err := st.Migrate(ctx); err != nil {
		st.Close()
		return nil, err
	}
	if err := seed.Reference(ctx, st.Client); err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}

func migrateCmd(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	db := dbFlag(fs)
	create := fs.Bool("create", false, "make a new database (an SQLite file, or the schema in an empty PostgreSQL database)")
	if err := parse(fs, args); err != nil {
		return err
	}
	st, err := openMigrated(ctx, *db, *create)
	if err != nil {
		return err
	}
	defer st.Close()
	fmt.Fprintln(stdout, "schema is up to date")
	return nil
}

func seedCmd(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 || args[0] != "demo" {
		return usageError{"usage: kinerja seed demo [--db ...]"}
	}
	fs := flag.NewFlagSet("seed demo", flag.ContinueOnError)
	db := dbFlag(fs)
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	// The demo asks for a database of its own: it may be a new one.
	st, err := openMigrated(ctx, *db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := seed.Demo(ctx, st.Client, time.Now()); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "demo organisation loaded; logins (NIP / password):")
	for _, l := range seed.DemoLogins() {
		fmt.Fprintf(stdout, "  %-26s %s / %s\n", l.Role, l.NIP, l.Password)
	}
	return nil
}

func userCmd(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	if len(args) == 0 || args[0] != "create" {
		return usageError{"usage: kinerja user create --nip NIP --name NAME --password-stdin [--role hr-admin|auditor]"}
	}
	fs := flag.NewFlagSet("user create", flag.ContinueOnError)
	db := dbFlag(fs)
	nip := fs.String("nip", "", "the login NIP (linked to the employee with that NIP, if any)")
	name := fs.String("name", "", "display name (defaults to the employee's name)")
	fromStdin := fs.Bool("password-stdin", false, "read the password from standard input")
	var roles roleList
	fs.Var(&roles, "role", "hr-admin or auditor (repeatable)")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if *nip == "" {
		return usageError{"user create: --nip is required"}
	}
	if !*fromStdin {
		return usageError{"user create: --password-stdin is required (passwords never go on the command line)"}
	}
	password, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("read password: %w", err)
	}
	password = strings.TrimRight(password, "\r\n")
	if len(password) < auth.MinPasswordLength {
		return usageError{fmt.Sprintf("user create: the password needs at least %d characters", auth.MinPasswordLength)}
	}
	st, err := openMigrated(ctx, *db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	acc, err := auth.CreateAccount(ctx, st.Client, *nip, *name, password, roles)
	if err != nil {
		return err
	}
	linked := "not linked to an employee"
	if id, err := acc.QueryEmployee().FirstID(ctxSystem(ctx)); err == nil && id != 0 {
		linked = "linked to the employee with that NIP"
	}
	fmt.Fprintf(stdout, "account %s (%s) saved, %s\n", acc.NIP, acc.Name, linked)
	return nil
}

// roleList collects repeated --role flags.
type roleList []viewer.Role

func (r *roleList) String() string { return fmt.Sprint([]viewer.Role(*r)) }

func (r *roleList) Set(s string) error {
	role, err := viewer.ParseRole(s)
	if err != nil {
		return err
	}
	*r = append(*r, role)
	return nil
}

func backupCmd(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	db := dbFlag(fs)
	// Accept the file before or after the flags.
	var file string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		file, args = args[0], args[1:]
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if file == "" && fs.NArg() > 0 {
		file = fs.Arg(0)
	}
	if file == "" {
		return usageError{"usage: kinerja backup FILE [--db ...]"}
	}
	if _, err := os.Stat(file); err == nil { //nolint:gosec // G703: the operator names the backup file on the command line
		return fmt.Errorf("backup: %s exists; choose a new file", file)
	}
	st, err := store.OpenExisting(ctx, *db)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer st.Close()
	if err := st.Backup(ctx, file); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "backup written to %s\n", file)
	return nil
}
