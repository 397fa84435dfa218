// Package kinerja is the module root. Its only file orders code generation:
// ent first (the client and graph/ent.graphqls), then gqlgen (graph/),
// then the house formatting of the resolvers gqlgen rewrote, then the front
// end's typed GraphQL documents.
package kinerja

//go:generate go run -mod=mod ./ent/entc.go
//go:generate go tool gqlgen generate --config gqlgen.yml
//go:generate go tool -modfile=tools/go.mod golangci-lint fmt graph
