//go:build ignore

// Command entc generates the ent client and the entgql GraphQL schema from
// ent/schema. It runs from the module root (see generate.go).
package main

import (
	"log"
	"os"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
)

func main() {
	// Go's initialisms for the domain's abbreviations: e.NIP, SetSKPScore,
	// TypePPPK, LevelJPTUtama.
	for _, a := range []string{"NIP", "SKP", "JPT", "PPPK"} {
		gen.AddAcronym(a)
	}
	ex, err := entgql.NewExtension(
		entgql.WithConfigPath("./gqlgen.yml"),
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("./graph/ent.graphqls"),
		entgql.WithWhereInputs(true),
		// Kinerja's where-input template replaces entgql's: its filters
		// reach only what the caller may read (ent/template/where_input.tmpl).
		entgql.WithTemplates(append(withoutWhere(entgql.AllTemplates),
			gen.MustParse(gen.NewTemplate("template/where_input.tmpl").Funcs(entgql.TemplateFuncs).ParseFS(os.DirFS("./ent"), "template/where_input.tmpl")))...),
		entgql.WithNodeDescriptor(false),
	)
	if err != nil {
		log.Fatalf("creating entgql extension: %v", err)
	}
	err = entc.Generate("./ent/schema", &gen.Config{
		Target:  "./ent",
		Package: "kinerja/ent",
		Features: []gen.Feature{
			gen.FeaturePrivacy,
			gen.FeatureEntQL,
			gen.FeatureIntercept,
			gen.FeatureSnapshot,
			gen.FeatureVersionedMigration,
			gen.FeatureGlobalID,
			gen.FeatureUpsert,
			gen.FeatureLock,
			gen.FeatureModifier,
			gen.FeatureExecQuery,
		},
	}, entc.Extensions(ex))
	if err != nil {
		log.Fatalf("running ent codegen: %v", err)
	}
}

// withoutWhere returns ts without entgql's where-input template.
func withoutWhere(ts []*gen.Template) []*gen.Template {
	out := make([]*gen.Template, 0, len(ts))
	for _, t := range ts {
		if t != entgql.WhereTemplate {
			out = append(out, t)
		}
	}
	return out
}
