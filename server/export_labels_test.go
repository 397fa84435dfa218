package server_test

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/internal/fx"
	"kinerja/internal/report"
	"kinerja/internal/viewer"
)

// The downloads keep every code in its column and write its words beside
// it in the chosen language: the lang parameter, else Accept-Language.
func TestExportLabelsInTheChosenLanguage(t *testing.T) {
	x := newExportWorld(t)
	hr := x.login("hr", viewer.HRAdmin)
	col := func(name string) int { return slices.Index(report.ExportColumns, name) }
	// Citra: SUBMITTED, MEETS/MEETS, BAIK, a PNS Pelaksana (the fixtures').
	want := map[string]map[string]string{
		"id": {"Status": "SUBMITTED", "Status_label": "Dirilis", "Hasil kerja": "MEETS", "Hasil kerja_label": "Sesuai Ekspektasi",
			"Perilaku_label": "Sesuai Ekspektasi", "Predikat": "BAIK", "Predikat_label": "Baik",
			"Jenis jabatan": "PELAKSANA", "Jenis jabatan_label": "Pelaksana", "Jenis ASN": "PNS", "Jenis ASN_label": "Pegawai Negeri Sipil"},
		"en": {"Status": "SUBMITTED", "Status_label": "Released", "Hasil kerja": "MEETS", "Hasil kerja_label": "Meets expectations",
			"Perilaku_label": "Meets expectations", "Predikat": "BAIK", "Predikat_label": "Good",
			"Jenis jabatan": "PELAKSANA", "Jenis jabatan_label": "Staff", "Jenis ASN": "PNS", "Jenis ASN_label": "Civil servant (PNS)"},
	}
	check := func(t *testing.T, what string, rows [][]string, lang string) {
		t.Helper()
		if len(rows) < 2 || !slices.Equal(rows[0], report.ExportColumns) {
			t.Fatalf("%s: header %q", what, rows)
		}
		for _, r := range rows[1:] {
			if r[col("Nama")] != "Citra Lestari" {
				continue
			}
			for c, w := range want[lang] {
				if got := r[col(c)]; got != w {
					t.Errorf("%s: Citra %s = %q, want %q", what, c, got, w)
				}
			}
			return
		}
		t.Errorf("%s: no row for Citra", what)
	}
	download := func(c *fx.Client, path, acceptLanguage string) []byte {
		req, err := http.NewRequest(http.MethodGet, x.f.Server.URL+path, http.NoBody)
		if err != nil {
			t.Fatal(err)
		}
		if acceptLanguage != "" {
			req.Header.Set("Accept-Language", acceptLanguage)
		}
		res := c.Do(req)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("%s: %d %s", path, res.StatusCode, res.Body)
		}
		return res.Body
	}
	for _, tc := range []struct {
		name, extra, accept, lang string
	}{
		{"default", "", "", "id"},
		{"Accept-Language en", "", "en-US,en;q=0.9", "en"},
		{"lang=en over Accept-Language id", "&lang=en", "id", "en"},
		{"lang=id over Accept-Language en", "&lang=id", "en", "id"},
		{"unknown lang", "&lang=fr", "", "id"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := download(hr, "/export/appraisals.csv"+x.query(tc.extra), tc.accept)
			rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			check(t, "csv", rows, tc.lang)

			f, err := excelize.OpenReader(bytes.NewReader(download(hr, "/export/appraisals.xlsx"+x.query(tc.extra), tc.accept)))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			xrows, err := f.GetRows(report.ExportSheet)
			if err != nil {
				t.Fatal(err)
			}
			for i := range xrows {
				xrows[i] = slices.Concat(xrows[i], make([]string, len(report.ExportColumns)-len(xrows[i])))
			}
			check(t, "xlsx", xrows, tc.lang)
		})
	}
	// A READ token (a reporting tool) gets the same columns.
	body := download(hr.Token("READ"), "/export/appraisals.csv"+x.query("&lang=en"), "")
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	check(t, "token csv", rows, "en")
}
