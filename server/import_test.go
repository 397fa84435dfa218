package server_test

import (
	"strings"
	"testing"

	"kinerja/internal/fx"
)

func TestImportThroughTheAPI(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	boss := f.Employee("boss", fx.Unit("BKPSDM"))
	const m = `mutation($csv: String!, $dry: Boolean) { importEmployees(csv: $csv, dryRun: $dry) { created updated unchanged problems { line field reason } } }`
	type report struct {
		ImportEmployees struct {
			Created, Updated, Unchanged int
			Problems                    []struct {
				Line          int
				Field, Reason string
			}
		}
	}
	header := "nip,name,type,rank,position,position_kind,unit_code,supervisor_nip,email\n"
	bad := header +
		"198609262015052001,Nurul,PNS,III/b,Analis,FUNGSIONAL,BKPSDM," + boss.NIP + ",nurul@example.go.id\n" +
		"198613262015052002,Salah Tanggal,PNS,III/b,Analis,FUNGSIONAL,BKPSDM,,\n" +
		"198609262015052003,Unit Asing,PNS,III/b,Analis,FUNGSIONAL,NOPE,,\n"
	var r report
	hr.MustQuery(m, map[string]any{"csv": bad}, &r)
	if len(r.ImportEmployees.Problems) != 2 || r.ImportEmployees.Problems[0].Line != 3 || r.ImportEmployees.Problems[0].Field != "nip" ||
		r.ImportEmployees.Problems[1].Line != 4 || r.ImportEmployees.Problems[1].Field != "unit_code" {
		t.Errorf("problems = %+v, want line 3 nip and line 4 unit_code", r.ImportEmployees.Problems)
	}
	// The reasons speak the request's language.
	if p := r.ImportEmployees.Problems; len(p) == 2 && !strings.HasPrefix(p[1].Reason, "tidak ada unit dengan kode") {
		t.Errorf("Indonesian reason %q", p[1].Reason)
	}
	hr.Lang = "en"
	hr.MustQuery(m, map[string]any{"csv": bad}, &r)
	if p := r.ImportEmployees.Problems; len(p) != 2 || !strings.HasPrefix(p[1].Reason, "no unit with code") {
		t.Errorf("English reasons %+v", p)
	}
	hr.Lang = ""
	if n := f.Client.Employee.Query().CountX(f.Ctx); n != 2 { // hr and boss
		t.Errorf("employees after a bad file = %d, want 2", n)
	}
	good := header + "198609262015052001,Nurul,PNS,III/b,Analis,FUNGSIONAL,BKPSDM," + boss.NIP + ",\n"
	hr.MustQuery(m, map[string]any{"csv": good, "dry": true}, &r)
	if r.ImportEmployees.Created != 1 || f.Client.Employee.Query().CountX(f.Ctx) != 2 {
		t.Errorf("dry run = %+v or it wrote", r.ImportEmployees)
	}
	hr.MustQuery(m, map[string]any{"csv": good}, &r)
	if r.ImportEmployees.Created != 1 || f.Client.Employee.Query().CountX(f.Ctx) != 3 {
		t.Errorf("import = %+v", r.ImportEmployees)
	}
	hr.MustQuery(m, map[string]any{"csv": strings.Replace(good, "III/b", "III/c", 1)}, &r)
	if r.ImportEmployees.Updated != 1 {
		t.Errorf("re-import = %+v, want 1 updated", r.ImportEmployees)
	}
	staff := f.Login(f.Account(boss))
	if r := staff.Query(m, map[string]any{"csv": good, "dry": true}); r.Code() != "FORBIDDEN" {
		t.Errorf("a non-HR import: %+v", r.Errors)
	}
}
