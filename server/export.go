package server

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"kinerja/internal/apperr"
	"kinerja/internal/report"
)

// exportRoutes registers the report downloads (GET /export/…) and the
// printable appraisal document. Each needs a viewer (401 otherwise); the
// data is read with the request's context, so the same privacy rules as
// GraphQL decide what a caller gets.
func (s *Server) exportRoutes(mux *http.ServeMux) {
	mux.Handle("GET /export/appraisals.csv", requireViewer(http.HandlerFunc(s.exportAppraisalsCSV)))
	mux.Handle("GET /export/appraisals.xlsx", requireViewer(http.HandlerFunc(s.exportAppraisalsXLSX)))
	mux.Handle("GET /print/appraisals/{id}", requireViewer(http.HandlerFunc(s.printAppraisal)))
	mux.Handle("GET /print/plans/{id}", requireViewer(http.HandlerFunc(s.printPlan)))
}

// The content types of the downloads.
const (
	contentTypeCSV  = "text/csv; charset=utf-8"
	contentTypeXLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)

func (s *Server) exportAppraisalsCSV(w http.ResponseWriter, r *http.Request) {
	s.exportAppraisals(w, r, "csv", contentTypeCSV, report.WriteCSV)
}

func (s *Server) exportAppraisalsXLSX(w http.ResponseWriter, r *http.Request) {
	s.exportAppraisals(w, r, "xlsx", contentTypeXLSX, report.WriteXLSX)
}

// exportAppraisals answers an appraisal download: it reads the query
// (periodID, optional unitID), gathers the rows and encodes them whole
// before the first byte goes out, so a failure is still a clean 500.
func (s *Server) exportAppraisals(w http.ResponseWriter, r *http.Request, ext, contentType string, encode func(io.Writer, []report.ExportRow, string) error) {
	q, bad := exportQuery(r)
	if bad != nil {
		writeError(w, r, http.StatusBadRequest, bad)
		return
	}
	rep, err := report.ExportAppraisals(r.Context(), s.opts.Store.Client, q)
	if err != nil {
		s.reportError(w, r, "export appraisals", err)
		return
	}
	var buf bytes.Buffer
	if err := encode(&buf, rep.Rows, exportLang(r)); err != nil {
		s.reportError(w, r, "encode appraisal export", fmt.Errorf("%s: %w", ext, err))
		return
	}
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="penilaian-%d.%s"`, rep.Period.Year, ext))
	s.writeBuffered(w, r, contentType, &buf)
}

// writeBuffered sends a fully built file: nothing is written before it is
// complete, so a failure can still become a clean error response.
func (s *Server) writeBuffered(w http.ResponseWriter, r *http.Request, contentType string, buf *bytes.Buffer) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		return
	}
	if _, err := buf.WriteTo(w); err != nil {
		s.opts.Logger.InfoContext(r.Context(), "download: client went away", slog.String("path", r.URL.Path), slog.Any("err", err))
	}
}

// exportLang is the language of the words beside the codes of a download:
// the lang query parameter ("id" or "en") when it names one, else the
// request's (Accept-Language).
func exportLang(r *http.Request) string {
	if l := strings.TrimSpace(r.URL.Query().Get("lang")); l != "" {
		return preferredLang(l)
	}
	return apperr.Lang(r.Context())
}

// exportQuery reads periodID (required) and unitID (optional) as positive
// IDs; a bad one is an INVALID_INPUT error about that parameter.
func exportQuery(r *http.Request) (report.ExportQuery, *apperr.Error) {
	var q report.ExportQuery
	v := r.URL.Query()
	raw := strings.TrimSpace(v.Get("periodID"))
	if raw == "" {
		return q, apperr.Invalid("periodID", "periodID wajib diisi", "periodID is required")
	}
	id, err := strconv.Atoi(raw)
	if err != nil || id <= 0 {
		return q, apperr.Invalid("periodID", "periodID bukan ID yang valid", "periodID is not a valid ID")
	}
	q.PeriodID = id
	if raw := strings.TrimSpace(v.Get("unitID")); raw != "" {
		id, err := strconv.Atoi(raw)
		if err != nil || id <= 0 {
			return q, apperr.Invalid("unitID", "unitID bukan ID yang valid", "unitID is not a valid ID")
		}
		q.UnitID = id
	}
	return q, nil
}

// printAppraisal serves the printable evaluation document of one
// appraisal, signed at the agency's place and dated in its time zone; one
// the caller may not see is 404, as if it did not exist.
func (s *Server) printAppraisal(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil || id <= 0 {
		writeError(w, r, http.StatusNotFound, apperr.ErrNotFound)
		return
	}
	doc, err := report.PrintAppraisal(r.Context(), s.opts.Store.Client, id, time.Now(), s.opts.Agency)
	if err != nil {
		s.reportError(w, r, "print appraisal", err)
		return
	}
	var buf bytes.Buffer
	if err := doc.WriteHTML(&buf); err != nil {
		s.reportError(w, r, "print appraisal", err)
		return
	}
	s.writeBuffered(w, r, "text/html; charset=utf-8", &buf)
}

// printPlan serves the printable SKP of one plan, dated in the agency's
// zone; one the caller may not see is 404, as if it did not exist.
func (s *Server) printPlan(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil || id <= 0 {
		writeError(w, r, http.StatusNotFound, apperr.ErrNotFound)
		return
	}
	doc, err := report.PrintPlan(r.Context(), s.opts.Store.Client, id, time.Now(), s.opts.Agency)
	if err != nil {
		s.reportError(w, r, "print plan", err)
		return
	}
	var buf bytes.Buffer
	if err := doc.WriteHTML(&buf); err != nil {
		s.reportError(w, r, "print plan", err)
		return
	}
	s.writeBuffered(w, r, "text/html; charset=utf-8", &buf)
}

// reportError answers a failed download: a safe error with its status, or
// a logged internal error as 500.
func (s *Server) reportError(w http.ResponseWriter, r *http.Request, what string, err error) {
	if e, ok := apperr.As(err); ok {
		status := map[apperr.Code]int{
			apperr.Unauthenticated: http.StatusUnauthorized,
			apperr.Forbidden:       http.StatusForbidden,
			apperr.NotFound:        http.StatusNotFound,
			apperr.InvalidInput:    http.StatusBadRequest,
		}[e.Code]
		if status != 0 {
			writeError(w, r, status, e)
			return
		}
	}
	s.opts.Logger.ErrorContext(r.Context(), what, slog.Any("err", err))
	writeError(w, r, http.StatusInternalServerError, apperr.ErrInternal)
}
