package graph

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"kinerja/internal/authz"

	"github.com/99designs/gqlgen/graphql"
)

// guardArguments refuses, before a field resolves, an orderBy argument that
// orders by a field the viewer cannot read on every row (authz.OrderAllowed).
// Filters need no check here: the where inputs scope themselves in the data
// layer (ent.WhereScope). A nested connection that was eager-loaded with
// such an ordering is refused here too, before its data reaches the caller.
func guardArguments(ctx context.Context, next graphql.Resolver) (any, error) {
	if fc := graphql.GetFieldContext(ctx); fc != nil && fc.Args != nil {
		if o, ok := fc.Args["orderBy"]; ok && o != nil {
			if err := guardOrder(ctx, reflect.ValueOf(o)); err != nil {
				return nil, err
			}
		}
	}
	return next(ctx)
}

// guardOrder checks an ent order (*XOrder) or a list of them.
func guardOrder(ctx context.Context, v reflect.Value) error {
	switch v.Kind() {
	case reflect.Slice:
		for i := range v.Len() {
			if err := guardOrder(ctx, v.Index(i)); err != nil {
				return err
			}
		}
		return nil
	case reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		typ, ok := strings.CutSuffix(v.Elem().Type().Name(), "Order")
		f := v.Elem().FieldByName("Field")
		if !ok || !f.IsValid() || f.IsNil() {
			return nil
		}
		return authz.OrderAllowed(ctx, typ, fmt.Sprint(f.Interface()))
	}
	return nil
}
