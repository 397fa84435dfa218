package audit_test

import (
	"slices"
	"testing"
	"time"

	"kinerja/ent"
	"kinerja/ent/account"
	"kinerja/ent/auditevent"
	"kinerja/ent/orgunit"
	"kinerja/internal/audit"
	"kinerja/internal/fx"
	"kinerja/internal/viewer"
)

// TestBulkChangesLeaveOneEventPerRow: a bulk update or delete of an
// audited entity leaves an event for every row it changed, under the
// step's action, in the same transaction — none for rows it did not touch.
func TestBulkChangesLeaveOneEventPerRow(t *testing.T) {
	f := fx.New(t)
	a, b, c := f.UnitNamed("BULK.A"), f.UnitNamed("BULK.B"), f.UnitNamed("OTHER")
	events := func(action string) []*ent.AuditEvent {
		t.Helper()
		return f.Client.AuditEvent.Query().Where(auditevent.Action(action)).Order(ent.Asc(auditevent.FieldEntityID)).AllX(f.Ctx)
	}
	ids := func(es []*ent.AuditEvent) []int {
		out := make([]int, len(es))
		for i, e := range es {
			out[i] = e.EntityID
		}
		return out
	}

	ctx := audit.WithAction(f.Ctx, "units.rename")
	n, err := f.Client.OrgUnit.Update().Where(orgunit.CodeHasPrefix("BULK.")).SetName("Renamed").Save(ctx)
	if err != nil || n != 2 {
		t.Fatalf("bulk update: %d, %v", n, err)
	}
	renamed := events("units.rename")
	if got, want := ids(renamed), []int{a.ID, b.ID}; !slices.Equal(got, want) {
		t.Fatalf("bulk update events for %v, want %v", got, want)
	}
	for _, e := range renamed {
		if e.EntityType != "OrgUnit" || e.After["name"] != "Renamed" {
			t.Errorf("event %+v does not record the new name", e)
		}
	}

	// A transaction that fails after a bulk delete keeps neither the rows'
	// removal nor its events.
	tx, err := f.Client.Tx(f.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.OrgUnit.Delete().Where(orgunit.CodeHasPrefix("BULK.")).Exec(audit.WithAction(f.Ctx, "units.purge")); err != nil {
		t.Fatal(err)
	}
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	if es := events("units.purge"); len(es) != 0 {
		t.Fatalf("%d events of a rolled-back delete", len(es))
	}

	n, err = f.Client.OrgUnit.Delete().Where(orgunit.CodeHasPrefix("BULK.")).Exec(audit.WithAction(f.Ctx, "units.purge"))
	if err != nil || n != 2 {
		t.Fatalf("bulk delete: %d, %v", n, err)
	}
	if got, want := ids(events("units.purge")), []int{a.ID, b.ID}; !slices.Equal(got, want) {
		t.Fatalf("bulk delete events for %v, want %v", got, want)
	}
	if n := f.Client.AuditEvent.Query().Where(auditevent.EntityID(c.ID), auditevent.ActionIn("units.rename", "units.purge")).CountX(f.Ctx); n != 0 {
		t.Errorf("%d events for a unit the bulk changes did not touch", n)
	}

	// A bulk change that matches nothing writes nothing.
	if _, err := f.Client.OrgUnit.Delete().Where(orgunit.Code("NOWHERE")).Exec(audit.WithAction(f.Ctx, "units.none")); err != nil {
		t.Fatal(err)
	}
	if es := events("units.none"); len(es) != 0 {
		t.Errorf("%d events of a change that matched no row", len(es))
	}
}

// TestTokenUseIsNotAChange: a token's last use is bookkeeping and leaves
// no event; any other change of the token (its revocation) does.
func TestTokenUseIsNotAChange(t *testing.T) {
	f := fx.New(t)
	acc := f.Client.Account.Query().Where(account.NIP(f.Account(f.Employee("pemilik")))).OnlyX(f.Ctx)
	tok := f.Client.APIToken.Create().SetName("Dasbor").SetTokenHash([]byte("hash-of-the-secret")).SetPrefix("knj_abcd").
		SetScopes([]viewer.TokenScope{viewer.ScopeRead}).SetAccount(acc).SaveX(f.Ctx)
	events := func() int {
		return f.Client.AuditEvent.Query().Where(auditevent.EntityType("APIToken"), auditevent.EntityID(tok.ID)).CountX(f.Ctx)
	}
	created := events()
	f.Client.APIToken.UpdateOne(tok).SetLastUsedAt(time.Now()).ExecX(f.Ctx)
	if n := events(); n != created {
		t.Errorf("a token's use left %d events", n-created)
	}
	f.Client.APIToken.UpdateOne(tok).SetRevokedAt(time.Now()).ExecX(f.Ctx)
	if n := events(); n != created+1 {
		t.Errorf("revoking a token left %d events, want 1", n-created)
	}
}
