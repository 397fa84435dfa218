package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestServeRefusesABadPlaceOrTimeZone(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	for _, tc := range []struct {
		name string
		args []string
		env  map[string]string
	}{
		{"unknown zone", []string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--time-zone", "Asia/Atlantis"}, nil},
		{"empty place", []string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--place", " "}, nil},
		{"unknown zone from the environment", []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, map[string]string{"KINERJA_TIME_ZONE": "Mars/Olympus"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			var out bytes.Buffer
			err := run(context.Background(), tc.args, strings.NewReader(""), &out, &out)
			if err == nil || exitCode(err) != 2 {
				t.Fatalf("run(%q) = %v (exit %d), want a usage error", tc.args, err, exitCode(err))
			}
			if !strings.Contains(err.Error(), "--time-zone") {
				t.Errorf("the error %q does not name the setting", err)
			}
			if _, statErr := os.Stat(db); statErr == nil {
				t.Errorf("a refused start created the database %s", db)
			}
		})
	}
}
