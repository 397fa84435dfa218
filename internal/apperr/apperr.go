// Package apperr defines the errors that Kinerja shows to its callers. Each
// carries a stable code (the GraphQL extensions.code), the input field it is
// about, and a message in Indonesian and English. Anything that is not an
// *Error is internal: it is logged and never shown.
package apperr

import (
	"context"
	"errors"
	"fmt"
)

// Code is a stable, machine-readable error class.
type Code string

// The error codes of the API (docs/architecture.md, "Errors").
const (
	Unauthenticated Code = "UNAUTHENTICATED"
	Forbidden       Code = "FORBIDDEN"
	NotFound        Code = "NOT_FOUND"
	InvalidInput    Code = "INVALID_INPUT"
	InvalidState    Code = "INVALID_STATE"
	Conflict        Code = "CONFLICT"
	RateLimited     Code = "RATE_LIMITED"
	Internal        Code = "INTERNAL"
	// Unavailable: the server is not ready yet (the demo is being
	// prepared); try again shortly.
	Unavailable Code = "UNAVAILABLE"
)

// The safe errors that every layer shows alike.
var (
	// ErrNotFound is a missing row, or one the caller may not see.
	ErrNotFound = New(NotFound, "data tidak ditemukan", "not found")
	// ErrInternal stands in for anything unexpected, which is logged.
	ErrInternal = New(Internal, "terjadi kesalahan internal", "internal error")
)

// Error is an error that is safe to show: its messages contain no internal
// detail.
type Error struct {
	// Code classifies the error.
	Code Code
	// Field names the offending input field (GraphQL spelling), if any.
	Field string
	// ID is the message in Indonesian, the default language.
	ID string
	// EN is the message in English.
	EN string
}

// Error returns the English message, prefixed by the field when there is one.
func (e *Error) Error() string {
	if e.Field != "" {
		return e.Field + ": " + e.EN
	}
	return e.EN
}

// Message returns the message in the language lang ("id" or "en").
func (e *Error) Message(lang string) string {
	if lang == "en" || e.ID == "" {
		return e.EN
	}
	return e.ID
}

// New returns an error of the given code with messages in both languages.
func New(code Code, id, en string) *Error { return &Error{Code: code, ID: id, EN: en} }

// Invalid returns an INVALID_INPUT error about field.
func Invalid(field, id, en string) *Error {
	return &Error{Code: InvalidInput, Field: field, ID: id, EN: en}
}

// Invalidf is Invalid with the same format and arguments for both languages.
func Invalidf(field, idFormat, enFormat string, args ...any) *Error {
	return Invalid(field, fmt.Sprintf(idFormat, args...), fmt.Sprintf(enFormat, args...))
}

// As returns the *Error in err's chain, if any.
func As(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}

// Is reports whether err carries an *Error with the given code.
func Is(err error, code Code) bool {
	e, ok := As(err)
	return ok && e.Code == code
}

type langKey struct{}

// WithLang returns a context whose messages are in lang ("id" or "en").
func WithLang(ctx context.Context, lang string) context.Context {
	return context.WithValue(ctx, langKey{}, lang)
}

// Lang returns the message language of ctx: "id" unless "en" was chosen.
func Lang(ctx context.Context) string {
	if l, _ := ctx.Value(langKey{}).(string); l == "en" {
		return "en"
	}
	return "id"
}
