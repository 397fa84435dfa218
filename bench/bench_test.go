// Package bench measures Kinerja at scale through the real handler on a
// real SQLite file. Run with `make bench`; the latest figures are in
// README.md beside this file.
package bench

import (
	"fmt"
	"testing"

	"kinerja/ent"
	"kinerja/ent/employee"
	"kinerja/internal/fx"
)

// employees loads n employees in 50 units under 50 heads, in batches.
func employees(b testing.TB, f *fx.Fixture, n int) {
	b.Helper()
	units := make([]*ent.OrgUnit, 50)
	heads := make([]*ent.Employee, 50)
	for i := range units {
		units[i] = f.UnitNamed(fmt.Sprintf("U%02d", i))
		heads[i] = f.Employee(fmt.Sprintf("Kepala %02d", i), fx.Unit(units[i].Code), fx.Kind(employee.PositionKindAdministrator))
	}
	const batch = 500
	for start := 0; start < n; start += batch {
		end := min(start+batch, n)
		builders := make([]*ent.EmployeeCreate, 0, end-start)
		for i := start; i < end; i++ {
			builders = append(builders, f.Client.Employee.Create().
				SetNIP(fx.NIP(1000+i)).SetName(fmt.Sprintf("Pegawai %06d", i)).
				SetType(employee.TypePNS).SetRank("III/a").SetPosition("Analis").
				SetPositionKind(employee.PositionKindPelaksana).
				SetUnit(units[i%50]).SetSupervisor(heads[i%50]))
		}
		if err := f.Client.Employee.CreateBulk(builders...).Exec(f.Ctx); err != nil {
			b.Fatalf("load employees: %v", err)
		}
	}
}

// BenchmarkEmployeePage fetches one 50-row page of the employee list with
// units and supervisors, the SPA's main list, from 10,000 employees.
func BenchmarkEmployeePage(b *testing.B) {
	f := fx.New(b)
	employees(b, f, 10_000)
	hr := f.HRAdmin()
	const q = `{ employees(first: 50, where: {nameHasPrefix: "Pegawai 00"}) { totalCount edges { node { nip name rank unit { code name } supervisor { name } } } } }`
	before := f.Store.Statements.Load()
	b.ResetTimer()
	for b.Loop() {
		var out struct{ Employees struct{ TotalCount int } }
		hr.MustQuery(q, nil, &out)
		if out.Employees.TotalCount == 0 {
			b.Fatal("empty page")
		}
	}
	b.ReportMetric(float64(f.Store.Statements.Load()-before)/float64(b.N), "stmts/op")
}

// BenchmarkCreateEmployee measures one createEmployee mutation: validation,
// the write and its audit event in one transaction.
func BenchmarkCreateEmployee(b *testing.B) {
	f := fx.New(b)
	hr := f.HRAdmin()
	unit := f.UnitNamed("BENCH")
	i := 0
	for b.Loop() {
		i++
		r := hr.Query(`mutation($in: CreateEmployeeInput!) { createEmployee(input: $in) { id } }`, map[string]any{"in": map[string]any{
			"nip": fx.NIP(5000 + i), "name": "Pegawai", "rank": "III/a", "position": "Analis",
			"positionKind": "PELAKSANA", "unitID": unit.ID,
		}})
		if len(r.Errors) > 0 {
			b.Fatalf("createEmployee: %+v", r.Errors)
		}
	}
}
