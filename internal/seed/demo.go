package seed

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"kinerja/internal/agency"

	"kinerja/ent"
	"kinerja/ent/criterion"
	"kinerja/ent/employee"
	"kinerja/ent/period"
	"kinerja/internal/auth"
	"kinerja/internal/authz"
	"kinerja/internal/scoring"
	"kinerja/internal/viewer"
)

// DemoPassword is the password of every demo login.
const DemoPassword = "kinerja2026"

// Login is a demo account to print for newcomers.
type Login struct {
	Role, NIP, Name, Password string
}

// The fixed demo logins: an HR admin, a supervisor (head of the performance
// appraisal division) and a staff member who reports to that supervisor.
var (
	DemoHRAdmin    = Login{Role: "HR admin", NIP: "198503152010012001", Name: "Andi Nurul Fadhilah, S.Psi., M.Si.", Password: DemoPassword}
	DemoSupervisor = Login{Role: "Atasan (supervisor)", NIP: "197908122005011002", Name: "Muhammad Rizal Syam, S.STP., M.Si.", Password: DemoPassword}
	DemoStaff      = Login{Role: "Pegawai (staff)", NIP: "199204202019032003", Name: "Sitti Rahmawati Tahir, S.Kom.", Password: DemoPassword}
	// DemoHead is the head of the agency: the supervisor's superior, who
	// decides objections against the supervisor's appraisals.
	DemoHead = Login{Role: "Kepala Badan (superior)", NIP: "196807171994031001", Name: "Dr. H. Akbar Hasanuddin, S.H., M.Si.", Password: DemoPassword}
	// DemoOfficial is the Sekretaris Daerah, an official outside the agency
	// recorded as the superior of the head of the agency: it agrees and
	// appraises the head's plan and decides objections against the head's
	// appraisals, through its own account.
	DemoOfficial = Login{Role: "Sekretaris Daerah (pejabat di luar instansi, external official)", NIP: "197005121992031003", Name: "Ir. H. Andi Muhammad Yasir, M.Si.", Password: DemoPassword}
	// DemoFresh reports to the supervisor too and has no plan for this year
	// yet: the whole cycle can be tried from its first step.
	DemoFresh = Login{Role: "Pegawai, SKP belum dibuat (staff, no SKP yet)", NIP: "199807142024012004", Name: "Nurul Aini Makkasau, S.E.", Password: DemoPassword}
)

// DemoLogins lists the demo logins in the order they are printed.
func DemoLogins() []Login {
	return []Login{DemoHRAdmin, DemoSupervisor, DemoStaff, DemoHead, DemoFresh, DemoOfficial}
}

// ErrNotEmpty is returned when the demo is asked for on a database that
// already has employees.
var ErrNotEmpty = errors.New("the database already has employees; the demo loads only into an empty database")

type unitDef struct {
	code, name, parent string
}

// The demo agency: the personnel agency (BKPSDM) of a city, its
// secretariat with two sub-sections, and four divisions.
var demoUnits = []unitDef{
	{"BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", ""},
	{"BKPSDM.SEK", "Sekretariat", "BKPSDM"},
	{"BKPSDM.SEK.UMUM", "Subbagian Umum dan Kepegawaian", "BKPSDM.SEK"},
	{"BKPSDM.SEK.KEU", "Subbagian Keuangan dan Perencanaan", "BKPSDM.SEK"},
	{"BKPSDM.PPI", "Bidang Pengadaan, Pemberhentian dan Informasi", "BKPSDM"},
	{"BKPSDM.MP", "Bidang Mutasi dan Promosi", "BKPSDM"},
	{"BKPSDM.PKA", "Bidang Pengembangan Kompetensi Aparatur", "BKPSDM"},
	{"BKPSDM.PKP", "Bidang Penilaian Kinerja Aparatur dan Penghargaan", "BKPSDM"},
}

type programDef struct {
	name      string
	criterion scoring.CriterionCode
	provider  string
	hours     int
}

var demoPrograms = []programDef{
	{"Pelatihan Public Speaking", scoring.Komunikasi, "BPSDM Provinsi", 24},
	{"Penulisan Naskah Dinas yang Efektif", scoring.Komunikasi, "BKPSDM", 16},
	{"Manajemen Mutu (Quality Management)", scoring.KualitasHasilKerja, "LAN", 32},
	{"Manajemen Waktu dan Prioritas Kerja", scoring.KetepatanWaktu, "BKPSDM", 16},
	{"Lokakarya Kerja Sama Tim", scoring.Kolaboratif, "BPSDM Provinsi", 16},
	{"Membangun Tim yang Solid", scoring.KerjaSama, "BKPSDM", 12},
	{"Pelayanan Prima", scoring.BerorientasiPelayanan, "BPSDM Provinsi", 24},
	{"Orientasi Pelayanan Publik", scoring.OrientasiPelayanan, "BKPSDM", 12},
	{"Integritas dan Antikorupsi", scoring.Akuntabel, "KPK (daring)", 20},
	{"Etika dan Integritas ASN", scoring.Integritas, "BKPSDM", 12},
	{"Literasi Digital ASN", scoring.Adaptif, "Kominfo (daring)", 20},
	{"Pengembangan Kompetensi Teknis", scoring.Kompeten, "LAN", 40},
	{"Manajemen Konflik dan Harmoni Kerja", scoring.Harmonis, "BKPSDM", 12},
	{"Wawasan Kebangsaan", scoring.Loyal, "BPSDM Provinsi", 16},
	{"Pelatihan Kepemimpinan Pengawas", scoring.Kepemimpinan, "LAN", 80},
	{"Disiplin dan Budaya Kerja", scoring.Disiplin, "BKPSDM", 8},
	{"Komitmen Organisasi", scoring.Komitmen, "BKPSDM", 8},
	{"Produktivitas Kerja", scoring.KuantitasHasilKerja, "BKPSDM", 12},
	{"Pengelolaan Keuangan yang Efisien", scoring.EfisiensiBiaya, "BPKAD", 16},
}

var (
	maleFirst   = []string{"Muhammad", "Andi", "Ahmad", "Syamsul", "Arif", "Fadli", "Irwan", "Ilham", "Rahmat", "Fajar", "Hendra", "Yusuf", "Ridwan", "Asri", "Zulkifli", "Hamzah", "Rusdi", "Firman", "Aswar", "Mustari"}
	femaleFirst = []string{"Nurhayati", "Sitti", "Rahmawati", "Fitriani", "Hasnah", "Dewi", "Sri Wahyuni", "Nurul", "Asmawati", "Sulfiana", "Kartini", "Ayu", "Rina", "Indah", "Hajrah", "Hasmawati", "Irma", "Nursyamsi", "Andi Tenri", "Marlina"}
	family      = []string{"Syam", "Rauf", "Tahir", "Said", "Amir", "Latief", "Hamid", "Basri", "Karim", "Rasyid", "Halim", "Saleh", "Mansyur", "Yunus", "Arsyad", "Mappiasse", "Pawellangi", "Nur", "Daud", "Ramli"}
	degrees     = []string{"S.Sos.", "S.Kom.", "S.E.", "S.H.", "S.AP.", "S.Psi.", "S.IP.", "S.Pd.", "A.Md.", "S.STP."}
)

type person struct {
	nip, name, rank, position string
	typ                       employee.Type
	kind                      employee.PositionKind
	level                     *employee.FunctionalLevel
	unit                      string
	supervisor                string // NIP
	rankSince                 time.Time
	external                  bool
}

// demoBuilder produces the demo people deterministically.
type demoBuilder struct {
	rnd    *rand.Rand
	now    time.Time
	seq    int
	people []person
	used   map[string]bool
}

func (b *demoBuilder) add(p person) string {
	b.people = append(b.people, p)
	b.used[p.nip] = true
	return p.nip
}

// nip makes a valid, unused PNS NIP for someone born in [from, to].
func (b *demoBuilder) nip(fromYear, toYear int, female bool) (string, time.Time) {
	for {
		birth := time.Date(fromYear+b.rnd.IntN(toYear-fromYear+1), time.Month(1+b.rnd.IntN(12)), 1+b.rnd.IntN(28), 0, 0, 0, 0, time.UTC)
		tmt := birth.AddDate(22+b.rnd.IntN(8), 0, 0)
		tmt = time.Date(tmt.Year(), time.Month(1+b.rnd.IntN(12)), 1, 0, 0, 0, 0, time.UTC)
		if tmt.After(b.now.AddDate(-1, 0, 0)) {
			tmt = time.Date(b.now.Year()-2, 3, 1, 0, 0, 0, 0, time.UTC)
		}
		b.seq++
		g := 1
		if female {
			g = 2
		}
		n := fmt.Sprintf("%s%s%d%03d", birth.Format("20060102"), tmt.Format("200601"), g, b.seq%999+1)
		if !b.used[n] {
			return n, tmt
		}
	}
}

// pppk makes a valid, unused NI PPPK.
func (b *demoBuilder) pppk(female bool) string {
	for {
		birth := time.Date(1980+b.rnd.IntN(16), time.Month(1+b.rnd.IntN(12)), 1+b.rnd.IntN(28), 0, 0, 0, 0, time.UTC)
		year := 2021 + b.rnd.IntN(3)
		b.seq++
		g := 1
		if female {
			g = 2
		}
		n := fmt.Sprintf("%s%d21%d%03d", birth.Format("20060102"), year, g, b.seq%999+1)
		if !b.used[n] {
			return n
		}
	}
}

func (b *demoBuilder) name(female bool) string {
	first := maleFirst
	if female {
		first = femaleFirst
	}
	n := first[b.rnd.IntN(len(first))] + " " + family[b.rnd.IntN(len(family))]
	if b.rnd.IntN(10) < 7 {
		n += ", " + degrees[b.rnd.IntN(len(degrees))]
	}
	return n
}

func lvl(l employee.FunctionalLevel) *employee.FunctionalLevel { return &l }

// staff adds n members of staff to a unit under supervisor.
func (b *demoBuilder) staff(unit, supervisor string, n int) {
	type job struct {
		position string
		kind     employee.PositionKind
		level    *employee.FunctionalLevel
		ranks    []string
	}
	jobs := []job{
		{"Analis Sumber Daya Manusia Aparatur Ahli Pertama", employee.PositionKindFungsional, lvl(employee.FunctionalLevelAhliPertama), []string{"III/a", "III/b"}},
		{"Analis Sumber Daya Manusia Aparatur Ahli Muda", employee.PositionKindFungsional, lvl(employee.FunctionalLevelAhliMuda), []string{"III/c", "III/d"}},
		{"Pranata Komputer Terampil", employee.PositionKindFungsional, lvl(employee.FunctionalLevelTerampil), []string{"II/c", "II/d"}},
		{"Arsiparis Mahir", employee.PositionKindFungsional, lvl(employee.FunctionalLevelMahir), []string{"III/a", "III/b"}},
		{"Pengolah Data dan Informasi", employee.PositionKindPelaksana, nil, []string{"II/b", "II/c", "II/d", "III/a"}},
		{"Penata Layanan Operasional", employee.PositionKindPelaksana, nil, []string{"III/a", "III/b"}},
		{"Pengadministrasi Perkantoran", employee.PositionKindPelaksana, nil, []string{"II/a", "II/b", "II/c"}},
	}
	for range n {
		female := b.rnd.IntN(2) == 0
		j := jobs[b.rnd.IntN(len(jobs))]
		p := person{name: b.name(female), position: j.position, kind: j.kind, level: j.level, unit: unit, supervisor: supervisor}
		if j.kind == employee.PositionKindPelaksana && b.rnd.IntN(4) == 0 {
			p.typ = employee.TypePPPK
			p.nip = b.pppk(female)
			p.rank = []string{"V", "VII", "IX"}[b.rnd.IntN(3)]
			p.rankSince = time.Date(2021+b.rnd.IntN(3), 3, 1, 0, 0, 0, 0, time.UTC)
		} else {
			p.typ = employee.TypePNS
			var tmt time.Time
			p.nip, tmt = b.nip(1975, 1998, female)
			p.rank = j.ranks[b.rnd.IntN(len(j.ranks))]
			p.rankSince = tmt.AddDate(1+b.rnd.IntN(6), 0, 0)
			if p.rankSince.After(b.now) {
				p.rankSince = b.now.AddDate(-1, 0, 0)
			}
			p.rankSince = time.Date(p.rankSince.Year(), p.rankSince.Month(), 1, 0, 0, 0, 0, time.UTC)
		}
		b.add(p)
	}
}

// head adds a unit head (or any named structural post) and returns its NIP.
func (b *demoBuilder) head(unit, supervisor, position, rank string, kind employee.PositionKind, birthFrom, birthTo int) string {
	female := b.rnd.IntN(2) == 0
	n, tmt := b.nip(birthFrom, birthTo, female)
	return b.add(person{nip: n, name: b.name(female), rank: rank, position: position, typ: employee.TypePNS, kind: kind, unit: unit, supervisor: supervisor, rankSince: tmt.AddDate(16, 0, 0)})
}

func (b *demoBuilder) build() {
	// The head of the agency's superior sits outside the agency: recorded
	// here as an external official, in the top unit, with no plan of its own.
	sekda := b.add(person{nip: DemoOfficial.NIP, name: DemoOfficial.Name, rank: "IV/d", position: "Sekretaris Daerah Kota Makassar", typ: employee.TypePNS, kind: employee.PositionKindJPTMadya, unit: "BKPSDM", rankSince: time.Date(2018, 4, 1, 0, 0, 0, 0, time.UTC), external: true})
	kepala := b.add(person{nip: DemoHead.NIP, name: DemoHead.Name, rank: "IV/c", position: "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", typ: employee.TypePNS, kind: employee.PositionKindJPTPratama, unit: "BKPSDM", supervisor: sekda, rankSince: time.Date(2019, 4, 1, 0, 0, 0, 0, time.UTC)})
	sekretaris := b.head("BKPSDM.SEK", kepala, "Sekretaris", "IV/b", employee.PositionKindAdministrator, 1970, 1976)
	umum := b.head("BKPSDM.SEK.UMUM", sekretaris, "Kepala Subbagian Umum dan Kepegawaian", "III/d", employee.PositionKindPengawas, 1976, 1984)
	keu := b.head("BKPSDM.SEK.KEU", sekretaris, "Kepala Subbagian Keuangan dan Perencanaan", "III/d", employee.PositionKindPengawas, 1976, 1984)
	b.staff("BKPSDM.SEK.UMUM", umum, 8)
	b.staff("BKPSDM.SEK.KEU", keu, 7)

	for _, d := range []struct{ unit, title string }{
		{"BKPSDM.PPI", "Pengadaan, Pemberhentian dan Informasi"},
		{"BKPSDM.MP", "Mutasi dan Promosi"},
		{"BKPSDM.PKA", "Pengembangan Kompetensi Aparatur"},
	} {
		kabid := b.head(d.unit, kepala, "Kepala Bidang "+d.title, "IV/a", employee.PositionKindAdministrator, 1972, 1980)
		sub1 := b.head(d.unit, kabid, "Analis Sumber Daya Manusia Aparatur Ahli Muda (Koordinator)", "III/d", employee.PositionKindFungsional, 1978, 1986)
		b.people[len(b.people)-1].level = lvl(employee.FunctionalLevelAhliMuda)
		sub2 := b.head(d.unit, kabid, "Analis Sumber Daya Manusia Aparatur Ahli Muda (Subkoordinator)", "III/c", employee.PositionKindFungsional, 1980, 1988)
		b.people[len(b.people)-1].level = lvl(employee.FunctionalLevelAhliMuda)
		b.staff(d.unit, sub1, 6)
		b.staff(d.unit, sub2, 6)
	}

	// The division that runs the appraisal cycle holds the demo logins.
	kabid := b.add(person{nip: DemoSupervisor.NIP, name: DemoSupervisor.Name, rank: "IV/a", position: "Kepala Bidang Penilaian Kinerja Aparatur dan Penghargaan", typ: employee.TypePNS, kind: employee.PositionKindAdministrator, unit: "BKPSDM.PKP", supervisor: kepala, rankSince: time.Date(2020, 10, 1, 0, 0, 0, 0, time.UTC)})
	hr := b.add(person{nip: DemoHRAdmin.NIP, name: DemoHRAdmin.Name, rank: "III/d", position: "Analis Sumber Daya Manusia Aparatur Ahli Muda (Koordinator Penilaian Kinerja)", typ: employee.TypePNS, kind: employee.PositionKindFungsional, level: lvl(employee.FunctionalLevelAhliMuda), unit: "BKPSDM.PKP", supervisor: kabid, rankSince: time.Date(2021, 4, 1, 0, 0, 0, 0, time.UTC)})
	b.add(person{nip: DemoStaff.NIP, name: DemoStaff.Name, rank: "III/a", position: "Analis Sumber Daya Manusia Aparatur Ahli Pertama", typ: employee.TypePNS, kind: employee.PositionKindFungsional, level: lvl(employee.FunctionalLevelAhliPertama), unit: "BKPSDM.PKP", supervisor: kabid, rankSince: time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC)})
	b.add(person{nip: DemoFresh.NIP, name: DemoFresh.Name, rank: "III/a", position: "Analis Kinerja Aparatur", typ: employee.TypePNS, kind: employee.PositionKindPelaksana, unit: "BKPSDM.PKP", supervisor: kabid, rankSince: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)})
	b.staff("BKPSDM.PKP", kabid, 7)
	b.staff("BKPSDM.PKP", hr, 8)
}

// Demo loads the demo organisation into an empty database: the units of a
// city's personnel agency, 83 employees with valid NIPs in a real
// supervisor hierarchy, the training catalogue, and the demo logins; then
// it plays the two previous years' cycles to the end (every plan agreed,
// every annual appraisal final, a few objections upheld and revised, the
// follow-up) and this year's to the current quarter (plans in every
// state), all through the workflow.
// It refuses a database that has employees.
func Demo(ctx context.Context, client *ent.Client, now time.Time) error {
	base := ctx
	ctx = authz.System(ctx)
	if err := Reference(ctx, client); err != nil {
		return err
	}
	n, err := client.Employee.Query().Count(ctx)
	if err != nil {
		return fmt.Errorf("count employees: %w", err)
	}
	if n > 0 {
		return ErrNotEmpty
	}
	b := &demoBuilder{rnd: rand.New(rand.NewPCG(2026, 11)), now: now, used: map[string]bool{}} //nolint:gosec // G404: a fixed seed, so every demo database is the same
	b.build()

	tx, err := client.Tx(ctx)
	if err != nil {
		return fmt.Errorf("begin demo: %w", err)
	}
	if err := loadDemo(ctx, tx.Client(), b, now); err != nil {
		_ = tx.Rollback()
		return err
	}
	// The cycle runs as the people themselves (no system rights), inside
	// the same transaction.
	wctx := ent.NewTxContext(ent.NewContext(base, tx.Client()), tx)
	if err := playCycle(wctx, tx.Client(), now); err != nil {
		_ = tx.Rollback()
		return err
	}
	// The logins are part of the demo's one transaction: a stop at any
	// point leaves either the whole demo, accounts included, or nothing
	// (and the next --demo start loads it).
	roles := map[string][]viewer.Role{DemoHRAdmin.NIP: {viewer.HRAdmin}}
	for _, l := range DemoLogins() {
		if _, err := auth.CreateAccount(ctx, tx.Client(), l.NIP, "", l.Password, roles[l.NIP]); err != nil {
			_ = tx.Rollback()
			return fmt.Errorf("demo login %s: %w", l.NIP, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit demo: %w", err)
	}
	return nil
}

func loadDemo(ctx context.Context, c *ent.Client, b *demoBuilder, now time.Time) error {
	units := map[string]int{}
	for _, u := range demoUnits {
		q := c.OrgUnit.Create().SetCode(u.code).SetName(u.name)
		if u.parent != "" {
			q.SetParentID(units[u.parent])
		}
		id, err := q.OnConflictColumns("code").Ignore().ID(ctx)
		if err != nil {
			return fmt.Errorf("create unit %s: %w", u.code, err)
		}
		units[u.code] = id
	}
	ids := map[string]int{}
	for i := range b.people {
		p := &b.people[i]
		q := c.Employee.Create().
			SetNIP(p.nip).SetName(p.name).SetType(p.typ).SetRank(p.rank).SetRankSince(p.rankSince).
			SetPosition(p.position).SetPositionKind(p.kind).SetNillableFunctionalLevel(p.level).
			SetUnitID(units[p.unit]).SetExternal(p.external).
			SetEmail(fmt.Sprintf("%s@bkpsdm.example.go.id", p.nip))
		if p.supervisor != "" {
			q.SetSupervisorID(ids[p.supervisor])
		}
		e, err := q.Save(ctx)
		if err != nil {
			return fmt.Errorf("create employee %s: %w", p.nip, err)
		}
		ids[p.nip] = e.ID
		if !p.external && p.kind != employee.PositionKindPelaksana && p.kind != employee.PositionKindFungsional {
			if err := c.OrgUnit.UpdateOneID(units[p.unit]).SetHeadID(e.ID).Exec(ctx); err != nil {
				return fmt.Errorf("set head of %s: %w", p.unit, err)
			}
		}
	}
	crit := map[string]int{}
	all, err := c.Criterion.Query().Select(criterion.FieldID, criterion.FieldCode).All(ctx)
	if err != nil {
		return fmt.Errorf("read criteria: %w", err)
	}
	for _, cr := range all {
		crit[cr.Code] = cr.ID
	}
	for _, p := range demoPrograms {
		err := c.TrainingProgram.Create().
			SetName(p.name).SetHours(p.hours).SetProvider(p.provider).SetCriterionID(crit[string(p.criterion)]).
			Exec(ctx)
		if err != nil {
			return fmt.Errorf("create programme %s: %w", p.name, err)
		}
	}
	// Deadlines end at midnight where the demo agency is (Makassar, WITA).
	zone := agency.Default().Zone
	for _, y := range []int{now.Year() - 2, now.Year() - 1, now.Year()} {
		ph := period.PhasePlanning
		start := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		end := time.Date(y, 12, 31, 23, 59, 59, 0, time.UTC)
		err := c.Period.Create().
			SetName(fmt.Sprintf("Penilaian Kinerja %d", y)).
			SetYear(y).SetStartsOn(start).SetEndsOn(end).SetPhase(ph).
			SetPlanDeadline(time.Date(y, 1, 31, 23, 59, 59, 0, zone).UTC()).
			SetAppraisalDeadline(time.Date(y+1, 1, 31, 23, 59, 59, 0, zone).UTC()).
			Exec(ctx)
		if err != nil {
			return fmt.Errorf("create period %d: %w", y, err)
		}
	}
	return nil
}

// playCycle runs last year's and this year's cycles on the loaded
// organisation.
func playCycle(ctx context.Context, c *ent.Client, now time.Time) error {
	cy, err := newCycle(ctx, c, DemoHRAdmin.NIP)
	if err != nil {
		return err
	}
	periods, err := c.Period.Query().Order(ent.Asc(period.FieldYear)).All(authz.System(ctx))
	if err != nil {
		return fmt.Errorf("read periods: %w", err)
	}
	// Two closed years, so promotion (at least Baik in each of the last
	// two years) and trends have history to read.
	for _, p := range periods[:len(periods)-1] {
		if err := cy.lastYear(ctx, p); err != nil {
			return fmt.Errorf("year %d: %w", p.Year, err)
		}
	}
	keep, fresh := map[int]bool{}, map[int]bool{}
	for _, e := range cy.people {
		switch e.NIP {
		case DemoStaff.NIP, DemoSupervisor.NIP, DemoHead.NIP, DemoHRAdmin.NIP:
			keep[e.ID] = true
		case DemoFresh.NIP:
			fresh[e.ID] = true
		}
	}
	if err := cy.thisYear(ctx, periods[len(periods)-1], now, keep, fresh); err != nil {
		return fmt.Errorf("this year: %w", err)
	}
	return nil
}
