package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/ent/auditevent"
	"kinerja/internal/store"
)

func TestImportCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "k.db")
	ctx := context.Background()
	write := func(name, text string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	units := write("units.csv", "\ufeffcode;name;parent_code\nDISDIK.SD;Bidang SD;DISDIK\nDISDIK;Dinas Pendidikan;\n")
	const header = "nip,name,type,rank,position,position_kind,unit_code,supervisor_nip,email\n"
	good := write("good.csv", header+
		"198609262015051001,Citra,PNS,III/a,Guru,FUNGSIONAL,DISDIK.SD,197001012000031001,\n"+
		"197001012000031001,Ani,PNS,IV/c,Kepala Dinas,JPT_PRATAMA,DISDIK,,ani@example.go.id\n")
	bad := write("bad.csv", header+
		"198613312015051001,Tanggal Salah,PNS,III/a,Staf,PELAKSANA,DISDIK,,\n"+
		"198002022005012002,Budi,PNS,IX,Staf,PELAKSANA,NOWHERE,,\n")
	var created bytes.Buffer
	if err := run(ctx, []string{"migrate", "--create", "--db", db}, nil, &created, &created); err != nil {
		t.Fatalf("migrate --create: %v", err)
	}

	// Command-line mistakes exit with status 2.
	for _, args := range [][]string{
		{"import"},
		{"import", "positions", good},
		{"import", "employees"},
		{"import", "employees", good, good},
		{"import", "employees", good, "--frobnicate"},
	} {
		var out bytes.Buffer
		if err := run(ctx, append(args, "--db", db), nil, &out, &out); exitCode(err) != 2 {
			t.Errorf("run(%q) = %v (exit %d), want a usage error", args, err, exitCode(err))
		}
	}

	for _, tc := range []struct {
		name string
		args []string
		exit int
		out  []string // lines of standard output, in order
	}{
		{"missing file", []string{"import", "units", filepath.Join(dir, "nothing.csv")}, 1, nil},
		{"employees before their units", []string{"import", "employees", good}, 1, []string{
			`line 2: unit_code: no unit with code "DISDIK.SD" (import the units first)`,
			`line 3: unit_code: no unit with code "DISDIK" (import the units first)`,
		}},
		{"units, dry run", []string{"import", "units", "--dry-run", units}, 0, []string{
			"checked units: 2 to create, 0 to update (dry run, nothing written)",
		}},
		{"units", []string{"import", "units", units}, 0, []string{"imported units: 2 created, 0 updated"}},
		{"employees, dry run with the flag last", []string{"import", "employees", good, "--dry-run"}, 0, []string{
			"checked employees: 2 to create, 0 to update (dry run, nothing written)",
		}},
		{"employees", []string{"import", "employees", good}, 0, []string{"imported employees: 2 created, 0 updated"}},
		{"employees again", []string{"import", "employees", good}, 0, []string{"imported employees: 0 created, 0 updated, 2 unchanged"}},
		{"bad employees", []string{"import", "employees", bad}, 1, []string{
			"line 2: nip: not a valid NIP: birth date 19861331 in the NIP is not a valid date",
			`line 3: rank: "IX" is not a rank of PNS (I/a … IV/e)`,
			`line 3: unit_code: no unit with code "NOWHERE" (import the units first)`,
		}},
		{"bad employees, dry run", []string{"import", "employees", "--dry-run", bad}, 1, []string{
			"line 2: nip: not a valid NIP: birth date 19861331 in the NIP is not a valid date",
			`line 3: rank: "IX" is not a rank of PNS (I/a … IV/e)`,
			`line 3: unit_code: no unit with code "NOWHERE" (import the units first)`,
		}},
	} {
		var out bytes.Buffer
		err := run(ctx, append(tc.args, "--db", db), nil, &out, &out)
		exit := 0
		if err != nil {
			exit = exitCode(err)
		}
		if exit != tc.exit {
			t.Errorf("%s: run(%q) = %v (exit %d), want exit %d", tc.name, tc.args, err, exit, tc.exit)
		}
		var lines []string
		if s := strings.TrimSpace(out.String()); s != "" {
			lines = strings.Split(s, "\n")
		}
		if strings.Join(lines, "\n") != strings.Join(tc.out, "\n") {
			t.Errorf("%s: run(%q) printed\n%s\nwant\n%s", tc.name, tc.args, strings.Join(lines, "\n"), strings.Join(tc.out, "\n"))
		}
	}

	// The writes are on record under the import's name.
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for action, want := range map[string]int{"import.units": 2, "import.employees": 2} {
		n, err := st.Client.AuditEvent.Query().Where(auditevent.Action(action)).Count(ctxSystem(ctx))
		if err != nil || n != want {
			t.Errorf("audit events %s = %d, %v, want %d", action, n, err, want)
		}
	}
}
