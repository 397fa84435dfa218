package graph

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"kinerja/ent"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// transactions runs every mutation operation in one transaction, its
// fields one at a time, as entgql.Transactioner does — with two
// differences: a request that never became an operation (a body that is
// not a GraphQL request) passes through instead of panicking, and a failure
// to begin or commit goes through the error presenter (coded, in the
// caller's language, logged with its detail) instead of reaching the client
// as driver text such as "database is locked".
type transactions struct {
	client  *ent.Client
	present graphql.ErrorPresenterFunc
	logger  *slog.Logger
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
	graphql.ResponseInterceptor
} = transactions{}

// ExtensionName names the extension.
func (transactions) ExtensionName() string { return "KinerjaTransactions" }

// Validate accepts any schema.
func (transactions) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext serialises the field resolvers of a mutation: the
// fields share one transaction.
func (transactions) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if !isMutation(oc.Operation) {
		return nil
	}
	previous := oc.ResolverMiddleware
	var mu sync.Mutex
	oc.ResolverMiddleware = func(ctx context.Context, next graphql.Resolver) (any, error) {
		mu.Lock()
		defer mu.Unlock()
		return previous(ctx, next)
	}
	return nil
}

// InterceptResponse runs a mutation under a transaction: committed when
// every field succeeded, rolled back otherwise.
func (t transactions) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) || !isMutation(graphql.GetOperationContext(ctx).Operation) {
		return next(ctx)
	}
	txCtx, tx, err := t.client.OpenTx(ctx)
	if err != nil {
		return t.failed(ctx, fmt.Errorf("begin transaction: %w", err))
	}
	defer func() {
		if r := recover(); r != nil {
			_ = tx.Rollback()
			panic(r)
		}
	}()
	rsp := next(txCtx)
	if len(rsp.Errors) > 0 {
		_ = tx.Rollback()
		return &graphql.Response{Errors: rsp.Errors}
	}
	if err := tx.Commit(); err != nil {
		return t.failed(ctx, fmt.Errorf("commit transaction: %w", err))
	}
	return rsp
}

// failed answers a transaction that could not begin or commit: the
// presenter codes it (UNAVAILABLE for a busy or full database, INTERNAL
// otherwise) and logs what it does not show.
func (t transactions) failed(ctx context.Context, err error) *graphql.Response {
	t.logger.WarnContext(ctx, "graphql transaction failed", slog.String("operation", operationName(ctx)), slog.Any("err", err))
	return &graphql.Response{Errors: gqlerror.List{t.present(ctx, err)}}
}

func isMutation(op *ast.OperationDefinition) bool {
	return op != nil && op.Operation == ast.Mutation
}
