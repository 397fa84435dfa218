package graph

import (
	"context"
	"errors"
	"log/slog"
	"regexp"
	"strings"
	"unicode"

	"kinerja/ent"
	"kinerja/ent/privacy"
	"kinerja/internal/apperr"
	"kinerja/internal/authz"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// errTooLong answers work stopped by the request's deadline or by the
// client leaving.
var errTooLong = apperr.New(apperr.Unavailable,
	"permintaan dihentikan karena terlalu lama", "the request was stopped because it took too long")

// presenter maps every error to a safe GraphQL error with
// extensions.code (and extensions.field for bad input). Anything it does not
// recognise is logged with its detail and shown as INTERNAL.
func presenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		out := graphql.DefaultErrorPresenter(ctx, err)
		lang := apperr.Lang(ctx)
		var gqlErr *gqlerror.Error
		if errors.As(err, &gqlErr) && gqlErr.Err == nil {
			return out // parser and validator errors: already safe
		}
		e := classify(ctx, err)
		switch {
		case e != nil && e.Code == apperr.Unavailable && e != errTooLong:
			// The database's own trouble (busy, full): safe words to the
			// client, the detail to the log.
			log.WarnContext(ctx, "graphql database unavailable", slog.String("operation", operationName(ctx)), slog.Any("err", err))
		case e != nil:
		case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
			// The client left or the request's time ran out: not a fault
			// of ours, and nothing to page anyone about.
			log.InfoContext(ctx, "graphql request ended early", slog.String("path", out.Path.String()), slog.Any("err", err))
			e = errTooLong
		default:
			// The operation and the field say what was asked; the error's
			// chain, wrapped at each step ("objection.file: count
			// objections: …"), says where it failed.
			log.ErrorContext(ctx, "graphql internal error", slog.String("operation", operationName(ctx)),
				slog.String("path", out.Path.String()), slog.Any("err", err))
			e = apperr.ErrInternal
		}
		out.Message = e.Message(lang)
		if out.Extensions == nil {
			out.Extensions = map[string]any{}
		}
		out.Extensions["code"] = string(e.Code)
		if e.Field != "" {
			out.Extensions["field"] = e.Field
		}
		out.Err = nil
		return out
	}
}

// operationName names the request's operation for the log: its name, or
// its kind and first field when it has none ("mutation createOrgUnit").
func operationName(ctx context.Context) string {
	if !graphql.HasOperationContext(ctx) {
		return ""
	}
	oc := graphql.GetOperationContext(ctx)
	if oc.OperationName != "" {
		return oc.OperationName
	}
	if op := oc.Operation; op != nil {
		if op.Name != "" {
			return op.Name
		}
		for _, sel := range op.SelectionSet {
			if f, ok := sel.(*ast.Field); ok {
				return string(op.Operation) + " " + f.Name
			}
		}
		return string(op.Operation)
	}
	return ""
}

// validatorWords are ent's built-in validator errors in both languages:
// the client never sees ent's own English.
var validatorWords = map[string][2]string{
	"value does not match validation":                {"formatnya tidak sesuai", "has the wrong format"},
	"value is less than the required length":         {"terlalu pendek atau kosong", "is too short or empty"},
	"value is less than the required rune length":    {"terlalu pendek atau kosong", "is too short or empty"},
	"value is greater than the required length":      {"terlalu panjang", "is too long"},
	"value is greater than the required rune length": {"terlalu panjang", "is too long"},
	"value out of range":                             {"di luar rentang yang diizinkan", "is out of the allowed range"},
}

// classify returns the safe form of err, or nil when err is internal.
func classify(ctx context.Context, err error) *apperr.Error {
	if e, ok := apperr.As(err); ok {
		return e
	}
	var we *ent.WhereInputError
	if errors.As(err, &we) {
		return apperr.Invalid("where."+we.Field, "filter terlalu panjang", we.Reason)
	}
	if e := classifyDriver(err); e != nil {
		return e
	}
	var ve *ent.ValidationError
	if errors.As(err, &ve) {
		field := camel(ve.Name)
		if inner := ve.Unwrap(); inner != nil {
			if e, ok := apperr.As(inner); ok {
				return &apperr.Error{Code: e.Code, Field: field, ID: e.ID, EN: e.EN}
			}
			for text, words := range validatorWords {
				// ent wraps its validator's error: `ent: validator failed for field "…": <text>`.
				if strings.HasSuffix(inner.Error(), text) {
					return apperr.Invalid(field, words[0], words[1])
				}
			}
		}
		if strings.Contains(ve.Error(), "missing required edge") {
			field += "ID"
			return apperr.Invalid(field, "wajib diisi", "is required")
		}
		if strings.Contains(ve.Error(), "missing required field") {
			return apperr.Invalid(field, "wajib diisi", "is required")
		}
		return apperr.Invalid(field, "nilai tidak valid", "invalid value")
	}
	if ent.IsConstraintError(err) {
		msg := err.Error()
		if isUnique(msg) {
			return &apperr.Error{Code: apperr.Conflict, Field: uniqueField(msg),
				ID: "data dengan nilai ini sudah ada", EN: "a record with this value already exists"}
		}
		return apperr.New(apperr.InvalidInput, "rujukan ke data yang tidak ada", "refers to a record that does not exist")
	}
	if ent.IsNotFound(err) || strings.Contains(err.Error(), "could not resolve table") {
		return apperr.ErrNotFound
	}
	if errors.Is(err, privacy.Deny) {
		return authz.ErrForbidden
	}
	if fc := graphql.GetFieldContext(ctx); fc != nil && fc.Args == nil && fc.Field.Field != nil && len(fc.Field.Arguments) > 0 {
		// The arguments could not be coerced (a bad Time, enum or ID
		// inside an input object): the caller's fault, not ours.
		return apperr.Invalid(lastPathField(err), "nilai tidak valid", "invalid value")
	}
	return nil
}

func isUnique(msg string) bool {
	return strings.Contains(msg, "UNIQUE constraint failed") || strings.Contains(msg, "duplicate key value")
}

var sqliteUnique = regexp.MustCompile(`UNIQUE constraint failed: \w+\.(\w+)`)

func uniqueField(msg string) string {
	if m := sqliteUnique.FindStringSubmatch(msg); m != nil {
		return camel(m[1])
	}
	return ""
}

func lastPathField(err error) string {
	var g *gqlerror.Error
	if !errors.As(err, &g) {
		return ""
	}
	for i := len(g.Path) - 1; i >= 0; i-- {
		if s, ok := g.Path[i].(interface{ String() string }); ok {
			name := s.String()
			if name != "" && !unicode.IsDigit(rune(name[0])) {
				return name
			}
		}
	}
	return ""
}

// camel turns an ent field name (position_kind) into its GraphQL spelling
// (positionKind).
func camel(s string) string {
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] == "id" {
			parts[i] = "ID"
			continue
		}
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}
