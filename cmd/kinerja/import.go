package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"kinerja/ent"
	"kinerja/internal/importer"
)

const importUsage = "usage: kinerja import units|employees FILE.csv [--dry-run] [--db ... | --server URL]"

// importers are the kinds of file `kinerja import` reads.
var importers = map[string]func(context.Context, *ent.Client, io.Reader, importer.Options) (*importer.Report, error){
	"units":     importer.Units,
	"employees": importer.Employees,
}

// importCmd runs `kinerja import units|employees FILE.csv`: it checks every
// row, prints each problem as "line N: field: reason" and imports nothing
// when there is one; otherwise it creates and updates the rows in one
// transaction.
func importCmd(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return usageError{importUsage}
	}
	kind := args[0]
	load, ok := importers[kind]
	if !ok {
		return usageError{fmt.Sprintf("import: unknown kind %q; %s", kind, importUsage)}
	}
	fs := flag.NewFlagSet("import "+kind, flag.ContinueOnError)
	db := dbFlag(fs)
	dryRun := fs.Bool("dry-run", false, "only check the file and report what would change")
	server := fs.String("server", "", "import through a running server at this URL (its GraphQL import, in its writer), with an HR admin's API token in $KINERJA_TOKEN")
	// Accept the file anywhere among the flags.
	var files []string
	for rest := args[1:]; ; {
		if err := parse(fs, rest); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if len(files) != 1 {
		return usageError{fmt.Sprintf("import %s: give one file; %s", kind, importUsage)}
	}
	file := files[0]

	f, err := os.Open(file) //nolint:gosec // G304: the operator names the file to import on the command line
	if err != nil {
		return fmt.Errorf("import %s: %w", kind, err)
	}
	defer f.Close()
	var rep *importer.Report
	if *server != "" {
		rep, err = importViaServer(ctx, *server, os.Getenv("KINERJA_TOKEN"), kind, f, *dryRun)
	} else {
		st, oerr := openMigrated(ctx, *db, false)
		if oerr != nil {
			return oerr
		}
		defer st.Close()
		rep, err = load(ctxSystem(ctx), st.Client, f, importer.Options{DryRun: *dryRun})
	}
	if errors.Is(err, importer.ErrInvalid) {
		for _, p := range rep.Problems {
			fmt.Fprintln(stdout, p)
		}
	}
	if err != nil {
		return fmt.Errorf("import %s %s: %w", kind, file, err)
	}
	unchanged := ""
	if rep.Unchanged > 0 {
		unchanged = fmt.Sprintf(", %d unchanged", rep.Unchanged)
	}
	if *dryRun {
		fmt.Fprintf(stdout, "checked %s: %d to create, %d to update%s (dry run, nothing written)\n", kind, rep.Created, rep.Updated, unchanged)
		return nil
	}
	fmt.Fprintf(stdout, "imported %s: %d created, %d updated%s\n", kind, rep.Created, rep.Updated, unchanged)
	return nil
}
