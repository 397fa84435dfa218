package server_test

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"testing/fstest"

	"kinerja/internal/fx"
	"kinerja/server"
)

func TestGraphiQLFilesFollowIntrospection(t *testing.T) {
	f := fx.New(t)
	// A bundle shaped like Vite's: two entries sharing the React chunk.
	front := fstest.MapFS{
		"index.html": {Data: []byte(`<!doctype html><script type="module" crossorigin src="/assets/main-a1.js"></script>
<link rel="modulepreload" crossorigin href="/assets/react-c3.js"><link rel="stylesheet" href="/assets/main-a1.css">`)},
		"graphiql.html": {Data: []byte(`<!doctype html><script type="module" crossorigin src="/assets/graphiql-b2.js"></script>
<link rel="modulepreload" crossorigin href="/assets/react-c3.js"><link rel="modulepreload" crossorigin href="/assets/codemirror-d4.js">
<link rel="stylesheet" crossorigin href="/assets/graphiql-b2.css">`)},
		"assets/main-a1.js":       {Data: []byte(`app()`)},
		"assets/main-a1.css":      {Data: []byte(`body{}`)},
		"assets/react-c3.js":      {Data: []byte(`react()`)},
		"assets/graphiql-b2.js":   {Data: []byte(`graphiql()`)},
		"assets/graphiql-b2.css":  {Data: []byte(`.graphiql{}`)},
		"assets/codemirror-d4.js": {Data: []byte(`codemirror()`)},
	}
	paths := map[string]bool{ // path → GraphiQL's own
		"/":                        false,
		"/pegawai/1":               false,
		"/assets/main-a1.js":       false,
		"/assets/main-a1.css":      false,
		"/assets/react-c3.js":      false,
		"/graphiql":                true,
		"/graphiql.html":           true,
		"/assets/graphiql-b2.js":   true,
		"/assets/graphiql-b2.css":  true,
		"/assets/codemirror-d4.js": true,
	}
	for _, on := range []bool{true, false} {
		h := server.New(server.Options{Store: f.Store, Frontend: front, Introspection: on})
		for p, graphiql := range paths {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, http.NoBody))
			want := http.StatusOK
			if graphiql && !on {
				want = http.StatusNotFound
			}
			if rec.Code != want {
				t.Errorf("introspection %v: GET %s = %d, want %d", on, p, rec.Code, want)
			}
		}
	}
}
