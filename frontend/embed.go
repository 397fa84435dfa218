// Package frontend embeds the built single-page app (frontend/dist) into the
// Go binary. A fresh clone has only dist/.keep, so the binary still builds
// before the front end does; the server then answers 503 "frontend not
// built".
package frontend

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Dist returns the built app: index.html, graphiql.html and assets/.
func Dist() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // "dist" is a valid, embedded path
	}
	return sub
}
