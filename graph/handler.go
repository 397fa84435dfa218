package graph

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"

	"kinerja/internal/agency"

	"kinerja/ent"
	"kinerja/internal/auth"
	"kinerja/internal/report"
	"kinerja/internal/workflow"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
)

// Options configure the GraphQL handler.
type Options struct {
	// Introspection allows schema introspection (GraphiQL needs it).
	Introspection bool
	// ComplexityLimit caps the cost of one operation (a connection weighs
	// its page size, a plain list its estimated length; see weighLists).
	ComplexityLimit int
	// MaxDepth caps the nesting of one operation (at least 12: the
	// standard introspection query is that deep).
	MaxDepth int
	// MaxResponseBytes caps the JSON of one response (DefaultMaxResponseBytes
	// when 0); a larger one is replaced by a RESPONSE_TOO_LARGE error.
	MaxResponseBytes int
	// Logger receives internal errors and panics.
	Logger *slog.Logger
	// Agency is the agency's place and time zone (agency.Default when
	// its zone is nil).
	Agency agency.Settings
}

// NewHandler returns the GraphQL endpoint over client. Every mutation runs
// in one transaction (entgql.Transactioner), queries are cached parsed, and
// errors are presented by one presenter that never leaks internals.
func NewHandler(client *ent.Client, opts Options) http.Handler {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.ComplexityLimit == 0 {
		opts.ComplexityLimit = 20000
	}
	if opts.MaxDepth == 0 {
		opts.MaxDepth = 15
	}
	if opts.MaxResponseBytes == 0 {
		opts.MaxResponseBytes = DefaultMaxResponseBytes
	}
	if opts.Agency.Zone == nil {
		opts.Agency = agency.Default()
	}
	cfg := Config{Resolvers: &Resolver{client: client, wf: workflow.New(client).WithAgency(opts.Agency),
		auth: auth.NewService(client), insight: report.New(client), agency: opts.Agency}}
	weighLists(&cfg.Complexity, NewExecutableSchema(Config{}).Schema())
	srv := handler.New(NewExecutableSchema(cfg))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(15000)
	if opts.Introspection {
		srv.Use(extension.Introspection{})
	} else {
		// Without introspection, validation errors do not spell out the
		// schema either.
		srv.SetDisableSuggestion(true)
		srv.Use(hideSuggestions{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	srv.Use(depthLimit{Max: opts.MaxDepth})
	srv.Use(extension.FixedComplexityLimit(opts.ComplexityLimit))
	present := presenter(opts.Logger)
	srv.Use(transactions{client: client, present: present, logger: opts.Logger})
	srv.Use(responseLimit{Max: opts.MaxResponseBytes, Logger: opts.Logger}) // inside the transaction
	srv.AroundFields(guardArguments)
	srv.AroundOperations(withLoaders(client))
	srv.SetErrorPresenter(present)
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		opts.Logger.ErrorContext(ctx, "graphql panic", slog.Any("panic", p), slog.String("stack", string(debug.Stack())))
		return fmt.Errorf("panic: %v", p)
	})
	return srv
}
