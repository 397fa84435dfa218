// Package kinerja is the module root. Its only file orders code generation:
// ent first (the client and graph/ent.graphqls), then gqlgen (graph/),
// then the front end's typed GraphQL documents.
package kinerja

//go:generate go run -mod=mod ./ent/entc.go
//go:generate go tool gqlgen generate --config gqlgen.yml
