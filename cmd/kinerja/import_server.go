package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"kinerja/internal/importer"
)

// importViaServer sends the file to a running server's GraphQL import
// (importUnits / importEmployees) with an API token: the rows are checked
// and written by the server's own writer, in one transaction, so the
// server's other writes wait their turn instead of failing behind a
// command-line process that holds the database.
func importViaServer(ctx context.Context, base, token, kind string, f io.Reader, dryRun bool) (*importer.Report, error) {
	if token == "" {
		return nil, usageError{"import --server: set KINERJA_TOKEN to an HR admin's API token (WRITE scope)"}
	}
	csv, err := io.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("import %s: read the file: %w", kind, err)
	}
	field := map[string]string{"units": "importUnits", "employees": "importEmployees"}[kind]
	body, err := json.Marshal(map[string]any{
		"query":     "mutation($csv: String!, $dry: Boolean) { " + field + "(csv: $csv, dryRun: $dry) { created updated unchanged problems { line field reason } } }",
		"variables": map[string]any{"csv": string(csv), "dry": dryRun},
	})
	if err != nil {
		return nil, fmt.Errorf("import %s: %w", kind, err)
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(base, "/")+"/graphql", bytes.NewReader(body)) //nolint:gosec // G704: the operator names the server on the command line
	if err != nil {
		return nil, usageError{fmt.Sprintf("import --server: %v", err)}
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Accept-Language", "en")
	res, err := http.DefaultClient.Do(req) //nolint:gosec // G704: the operator's own server
	if err != nil {
		return nil, fmt.Errorf("import %s: reach the server: %w", kind, err)
	}
	defer res.Body.Close()
	var reply struct {
		Data map[string]*struct {
			Created, Updated, Unchanged int
			Problems                    []importer.Problem
		} `json:"data"`
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.NewDecoder(res.Body).Decode(&reply); err != nil {
		return nil, fmt.Errorf("import %s: the server answered %s, not GraphQL: %w", kind, res.Status, err)
	}
	if len(reply.Errors) > 0 {
		e := reply.Errors[0]
		return nil, fmt.Errorf("import %s: the server refused: %s (%v)", kind, e.Message, e.Extensions["code"])
	}
	out := reply.Data[field]
	if out == nil {
		return nil, fmt.Errorf("import %s: the server answered %s without a report", kind, res.Status)
	}
	rep := &importer.Report{Created: out.Created, Updated: out.Updated, Unchanged: out.Unchanged, Problems: out.Problems}
	if len(rep.Problems) > 0 {
		return rep, importer.ErrInvalid
	}
	return rep, nil
}
