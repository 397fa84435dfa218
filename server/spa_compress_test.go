package server_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"testing/fstest"

	"kinerja/internal/store"
	"kinerja/server"
)

// TestPrecompressedAssets: the build's brotli and gzip copies are sent to
// clients that take them, with the original's type; others get the file.
func TestPrecompressedAssets(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	front := fstest.MapFS{
		"index.html":         {Data: []byte("<!doctype html>")},
		"assets/app-1.js":    {Data: []byte("console.log('plain')")},
		"assets/app-1.js.br": {Data: []byte("BROTLI")},
		"assets/app-1.js.gz": {Data: []byte("GZIP")},
	}
	srv := httptest.NewServer(server.New(server.Options{Store: st, Frontend: front}))
	defer srv.Close()
	for _, c := range []struct{ accept, enc, body string }{
		{"gzip, deflate, br", "br", "BROTLI"},
		{"gzip", "gzip", "GZIP"},
		{"br;q=0, gzip", "gzip", "GZIP"},
		{"", "", "console.log('plain')"},
	} {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/assets/app-1.js", http.NoBody)
		req.Header.Set("Accept-Encoding", c.accept)
		res, err := http.DefaultTransport.RoundTrip(req) // no transparent decompression
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if got := res.Header.Get("Content-Encoding"); got != c.enc || string(b) != c.body {
			t.Errorf("Accept-Encoding %q: encoding %q body %q, want %q %q", c.accept, got, b, c.enc, c.body)
		}
		if ct := res.Header.Get("Content-Type"); ct != "text/javascript; charset=utf-8" {
			t.Errorf("Accept-Encoding %q: Content-Type %q", c.accept, ct)
		}
		if res.Header.Get("Vary") != "Accept-Encoding" {
			t.Errorf("no Vary: Accept-Encoding")
		}
	}
}
