package graph

import (
	"errors"
	"strings"

	"kinerja/internal/apperr"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/mattn/go-sqlite3"
)

// The answers to the database's own failures: safe words, in both
// languages; the detail goes to the log.
var (
	errDatabaseBusy = apperr.New(apperr.Unavailable,
		"basis data sedang sibuk; coba lagi sebentar lagi", "the database is busy; try again in a moment")
	errDatabaseFull = apperr.New(apperr.Unavailable,
		"penyimpanan server penuh; perubahan tidak disimpan, hubungi administrator", "the server's storage is full; nothing was saved, tell the administrator")
	errBadReference = apperr.New(apperr.InvalidInput, "rujukan ke data yang tidak ada", "refers to a record that does not exist")
)

func conflictOn(field string) *apperr.Error {
	return &apperr.Error{Code: apperr.Conflict, Field: field,
		ID: "data dengan nilai ini sudah ada", EN: "a record with this value already exists"}
}

// classifyDriver recognises the database's errors by their types and codes
// (sqlite3.Error, pgconn.PgError), never by their English text, so a
// conflict keeps its field on PostgreSQL as on SQLite. It returns nil for
// anything else.
func classifyDriver(err error) *apperr.Error {
	var se sqlite3.Error
	if errors.As(err, &se) {
		switch se.Code {
		case sqlite3.ErrBusy, sqlite3.ErrLocked:
			return errDatabaseBusy
		case sqlite3.ErrFull:
			return errDatabaseFull
		case sqlite3.ErrConstraint:
			switch se.ExtendedCode {
			case sqlite3.ErrConstraintUnique, sqlite3.ErrConstraintPrimaryKey:
				// SQLite names the column only in its message:
				// "UNIQUE constraint failed: table.column".
				return conflictOn(uniqueField(se.Error()))
			case sqlite3.ErrConstraintForeignKey:
				return errBadReference
			}
		}
		return nil
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "23505": // unique_violation
			return conflictOn(pgConstraintField(pe))
		case "23503": // foreign_key_violation
			return errBadReference
		case "53100", "53200": // disk_full, out_of_memory
			return errDatabaseFull
		case "40001", "40P01", "55P03", "53300": // serialization, deadlock, lock not available, too many connections
			return errDatabaseBusy
		}
	}
	return nil
}

// pgConstraintField names the field of a unique constraint: PostgreSQL's
// "<table>_<column>_key", or ent's index "<type>_<column>" (with the suffix
// "_unique" where a unique index replaced a plain one of the same columns).
func pgConstraintField(pe *pgconn.PgError) string {
	name := strings.TrimSuffix(strings.TrimSuffix(pe.ConstraintName, "_key"), "_unique")
	if pe.TableName != "" && strings.HasPrefix(name, pe.TableName+"_") {
		name = strings.TrimPrefix(name, pe.TableName+"_")
	} else if i := strings.IndexByte(name, '_'); i >= 0 {
		name = name[i+1:]
	}
	if strings.Contains(name, "_") && !strings.HasSuffix(name, "_id") {
		return "" // a constraint over several columns: no single field
	}
	return camel(name)
}
