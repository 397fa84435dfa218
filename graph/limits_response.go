package graph

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"

	"kinerja/internal/apperr"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// DefaultMaxResponseBytes is the default cap on the size of one GraphQL
// response (Options.MaxResponseBytes).
const DefaultMaxResponseBytes = 4 << 20

// errResponseTooLarge is the error that replaces a response over the cap.
var errResponseTooLarge = apperr.New("RESPONSE_TOO_LARGE",
	"jawaban terlalu besar: minta lebih sedikit data (halaman lebih kecil, lebih sedikit field bersarang)",
	"the response is too large: ask for less (smaller pages, fewer nested fields)")

// responseLimit replaces a response whose JSON would exceed Max bytes by a
// single RESPONSE_TOO_LARGE error (HTTP 200, no data): a client never gets
// half a response. It runs inside the mutation transaction, so a mutation
// whose answer is refused is rolled back with it.
type responseLimit struct {
	Max    int
	Logger *slog.Logger
}

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = responseLimit{}

// ExtensionName names the extension.
func (responseLimit) ExtensionName() string { return "ResponseLimit" }

// Validate checks the configuration.
func (responseLimit) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse measures the response before it is written.
func (l responseLimit) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil {
		return nil
	}
	size := len(resp.Data)
	if size <= l.Max && len(resp.Errors) > 0 {
		// Errors are small unless a list failed item by item; count them
		// only then.
		b, err := json.Marshal(resp.Errors)
		if err == nil {
			size += len(b)
		}
	}
	if size <= l.Max {
		return resp
	}
	op := ""
	if graphql.HasOperationContext(ctx) {
		op = graphql.GetOperationContext(ctx).OperationName
	}
	l.Logger.WarnContext(ctx, "graphql response too large", slog.Int("bytes", size), slog.Int("max", l.Max), slog.String("operation", op))
	return &graphql.Response{Errors: gqlerror.List{{
		Message:    errResponseTooLarge.Message(apperr.Lang(ctx)),
		Extensions: map[string]any{"code": string(errResponseTooLarge.Code), "maxBytes": l.Max},
	}}}
}

// hideSuggestions removes the "Did you mean …?" hints from validation
// errors, which would otherwise spell out the schema to a caller who may
// not introspect it. gqlgen's SetDisableSuggestion covers field names
// only; arguments, enum values, input fields and type names are cut here.
type hideSuggestions struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = hideSuggestions{}

// ExtensionName names the extension.
func (hideSuggestions) ExtensionName() string { return "HideSuggestions" }

// Validate checks the configuration.
func (hideSuggestions) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse cuts the hints from the response's errors.
func (hideSuggestions) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil {
		return nil
	}
	for _, e := range resp.Errors {
		if i := strings.Index(e.Message, " Did you mean "); i >= 0 {
			e.Message = e.Message[:i]
		}
	}
	return resp
}
