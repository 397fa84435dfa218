package server

import (
	"bytes"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"regexp"
	"strings"
	"time"
)

// spa serves the embedded single-page app: hashed assets with a one-year
// immutable cache, everything else no-cache; a missing file with an
// extension is 404, any other path gets index.html (client-side routes).
// With GraphiQL switched off, its page and the assets only it uses are 404
// too.
type spa struct {
	files fs.FS
	// hidden are the files not served (GraphiQL's when it is off).
	hidden map[string]bool
}

// newSPA returns the handler of the app in files, hiding GraphiQL's files
// unless graphiql is set.
func newSPA(files fs.FS, graphiql bool) spa {
	s := spa{files: files}
	if !graphiql {
		s.hidden = graphiqlFiles(files)
	}
	return s
}

// assetRef finds the bundle's files referred to by an HTML page.
var assetRef = regexp.MustCompile(`(?:src|href)="/?(assets/[^"?#]+)"`)

// graphiqlFiles names GraphiQL's files in the bundle: its page, the assets
// named after its entry (Vite names an entry's chunks "graphiql-<hash>.js"
// and ".css") and every asset its page loads that the app's page does not.
// Chunks that GraphiQL only imports lazily are not named in either page and
// cannot be told apart from the app's; they hold library code, not the
// explorer.
func graphiqlFiles(files fs.FS) map[string]bool {
	hidden := map[string]bool{"graphiql.html": true}
	if files == nil {
		return hidden
	}
	if names, err := fs.Glob(files, "assets/graphiql*"); err == nil {
		for _, n := range names {
			hidden[n] = true
		}
	}
	page, err := fs.ReadFile(files, "graphiql.html")
	if err != nil {
		return hidden
	}
	app := map[string]bool{}
	if index, err := fs.ReadFile(files, "index.html"); err == nil {
		for _, m := range assetRef.FindAllSubmatch(index, -1) {
			app[string(m[1])] = true
		}
	}
	for _, m := range assetRef.FindAllSubmatch(page, -1) {
		if n := string(m[1]); !app[n] {
			hidden[n] = true
		}
	}
	return hidden
}

func (s spa) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" {
		name = "index.html"
	}
	if s.serveFile(w, r, name) {
		return
	}
	if path.Ext(name) != "" {
		http.NotFound(w, r)
		return
	}
	if s.serveFile(w, r, "index.html") {
		return
	}
	http.Error(w, "frontend not built: run make frontend", http.StatusServiceUnavailable)
}

// serveFile writes the named file and reports whether it exists (a hidden
// file does not).
func (s spa) serveFile(w http.ResponseWriter, r *http.Request, name string) bool {
	if s.hidden[name] {
		return false
	}
	b, err := fs.ReadFile(s.files, name)
	if err != nil {
		return false
	}
	if strings.HasPrefix(name, "assets/") {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		w.Header().Set("Cache-Control", "no-cache")
	}
	w.Header().Add("Vary", "Accept-Encoding")
	// The build writes brotli and gzip copies next to each file; send the
	// best one the client takes. ServeContent still sets the type from the
	// original name.
	if enc, zb := s.compressed(r, name); zb != nil {
		w.Header().Set("Content-Encoding", enc)
		if ctype := mime.TypeByExtension(path.Ext(name)); ctype != "" {
			w.Header().Set("Content-Type", ctype)
		}
		b = zb
	}
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(b))
	return true
}

// compressed returns the precompressed copy of name the request accepts
// (brotli first, then gzip), or nil.
func (s spa) compressed(r *http.Request, name string) (string, []byte) {
	if r.Header.Get("Range") != "" {
		return "", nil
	}
	accept := r.Header.Get("Accept-Encoding")
	for _, c := range []struct{ enc, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !acceptsEncoding(accept, c.enc) {
			continue
		}
		if zb, err := fs.ReadFile(s.files, name+c.ext); err == nil {
			return c.enc, zb
		}
	}
	return "", nil
}

// acceptsEncoding reports whether an Accept-Encoding header takes enc
// (with a non-zero quality).
func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
