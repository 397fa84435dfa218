package server_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"kinerja/internal/fx"
	"kinerja/internal/viewer"
)

// The evaluation document is the employee's own: it names its appraiser
// and the appraiser's superior with their NIP, rank and position to
// everyone who may read the appraisal, the employee included (whom the
// directory shows only names), and to no one else.
func TestPrintShowsTheAppraiserAndSuperiorToEveryReader(t *testing.T) {
	x := newExportWorld(t)
	c, ctx := x.f.Client, x.f.Ctx
	kabid := c.Employee.UpdateOne(x.emps["kabid"]).SetRank("IV/a").SetPosition("Kepala Bidang Mutasi").SaveX(ctx)
	kepala := c.Employee.UpdateOne(x.emps["kepala"]).SetRank("IV/c").SetPosition("Kepala Badan").SaveX(ctx)
	path := fmt.Sprintf("/print/appraisals/%d", x.annual["andi"].ID)
	hr := x.login("hr", viewer.HRAdmin)
	clients := map[string]*fx.Client{
		"hr":              hr,
		"hr's READ token": hr.Token("READ"),
		"auditor":         x.f.Login(x.f.Account(x.f.Employee("Inspektur", fx.Unit("LAIN")), viewer.Auditor)),
	}
	for _, k := range []string{"andi", "kabid", "kepala", "citra", "eko", "dewi"} {
		clients[k] = x.login(k)
	}
	get := func(who string) (int, string) {
		r := clients[who].Get(path)
		return r.StatusCode, string(r.Body)
	}
	appraiser := []string{
		"<tr><td>NIP</td><td>" + kabid.NIP + "</td></tr>",
		"<tr><td>Pangkat/Gol. Ruang</td><td>IV/a</td></tr>",
		"<tr><td>Jabatan</td><td>Kepala Bidang Mutasi</td></tr>",
		"NIP. " + kabid.NIP, "NIP. " + kepala.NIP,
	}
	for _, who := range []string{"andi", "kabid", "kepala", "hr", "hr's READ token", "auditor"} {
		t.Run(who, func(t *testing.T) {
			status, page := get(who)
			if status != http.StatusOK {
				t.Fatalf("%d %s", status, page)
			}
			for _, want := range appraiser {
				if !strings.Contains(page, want) {
					t.Errorf("the document lacks %q", want)
				}
			}
			if strings.Contains(page, "NIP. –") {
				t.Errorf("a signature has no NIP")
			}
		})
	}
	// Who may not read Andi's appraisal still finds no document, and
	// nothing of the people on it.
	for _, who := range []string{"citra", "eko", "dewi"} {
		t.Run(who, func(t *testing.T) {
			status, page := get(who)
			if status != http.StatusNotFound || strings.Contains(page, kabid.NIP) || strings.Contains(page, "Mutasi") {
				t.Errorf("%d %s, want 404 and nothing", status, page)
			}
		})
	}
	// The privileged read widened nothing else: Andi's directory still
	// shows the appraiser's name without its NIP, rank or position.
	andi := clients["andi"]
	var out struct {
		Node struct{ Name, NIP, Rank, Position string }
	}
	andi.MustQuery(`query($id: ID!) { node(id: $id) { ... on Employee { name nip rank position } } }`, map[string]any{"id": fmt.Sprint(kabid.ID)}, &out)
	if out.Node.Name != "Kepala Bidang" || out.Node.NIP != "" || out.Node.Rank != "" || out.Node.Position != "" {
		t.Errorf("Andi reads its appraiser as %+v after printing, want the name only", out.Node)
	}
}
