package schema

import (
	"context"
	"time"

	gen "kinerja/ent"
	"kinerja/ent/hook"
	"kinerja/internal/apperr"
	"kinerja/internal/asn"

	"entgo.io/ent"
)

// Hooks of the Employee: the NIP and the rank are checked against the
// employee type, and the supervisor chain must not loop.
func (Employee) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(validateEmployee, ent.OpCreate|ent.OpUpdateOne),
		hook.On(rejectBulk, ent.OpUpdate),
	}
}

func rejectBulk(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		if len(m.Fields()) > 0 {
			// Bulk updates bypass the per-row checks; the application
			// updates employees one at a time.
			if _, ok := m.(*gen.EmployeeMutation); ok {
				for _, f := range m.Fields() {
					if f == "nip" || f == "type" || f == "rank" {
						return nil, apperr.New(apperr.InvalidInput, "ubah pegawai satu per satu", "update employees one at a time")
					}
				}
			}
		}
		return next.Mutate(ctx, m)
	})
}

func validateEmployee(next ent.Mutator) ent.Mutator {
	return hook.EmployeeFunc(func(ctx context.Context, m *gen.EmployeeMutation) (gen.Value, error) {
		typ, nip, rank, err := employeeIdentity(ctx, m)
		if err != nil {
			return nil, err
		}
		_, nipSet := m.NIP()
		_, typeSet := m.GetType()
		if nipSet || typeSet {
			if err := asn.ValidateNIP(nip, typ, time.Now()); err != nil {
				ne, _ := err.(*asn.NIPError)
				if ne == nil {
					return nil, apperr.Invalid("nip", "NIP tidak valid", "invalid NIP")
				}
				return nil, apperr.Invalid("nip", ne.ID, ne.EN)
			}
		}
		if _, rankSet := m.Rank(); rankSet || typeSet {
			if !asn.ValidRank(typ, rank) {
				return nil, apperr.Invalidf("rank",
					"golongan %q tidak berlaku untuk %s", "rank %q is not a rank of %s", rank, typ)
			}
		}
		if err := checkSupervisor(ctx, m); err != nil {
			return nil, err
		}
		return next.Mutate(ctx, m)
	})
}

// employeeIdentity returns the type, NIP and rank the employee will have
// after the mutation.
func employeeIdentity(ctx context.Context, m *gen.EmployeeMutation) (typ, nip, rank string, err error) {
	t, typeSet := m.GetType()
	nip, nipSet := m.NIP()
	rank, rankSet := m.Rank()
	if m.Op().Is(ent.OpUpdateOne) {
		if !typeSet {
			old, err := m.OldType(ctx)
			if err != nil {
				return "", "", "", err
			}
			t = old
		}
		if !nipSet {
			if nip, err = m.OldNIP(ctx); err != nil {
				return "", "", "", err
			}
		}
		if !rankSet {
			if rank, err = m.OldRank(ctx); err != nil {
				return "", "", "", err
			}
		}
	}
	if t == "" {
		t = "PNS"
	}
	return string(t), nip, rank, nil
}

// checkSupervisor refuses a supervisor that is the employee itself or one of
// its (indirect) subordinates: the hierarchy must stay a tree.
func checkSupervisor(ctx context.Context, m *gen.EmployeeMutation) error {
	sup, ok := m.SupervisorID()
	if !ok {
		return nil
	}
	id, hasID := m.ID()
	if !hasID {
		return nil // a new employee has no subordinates yet
	}
	seen := map[int]bool{}
	for cur := sup; cur != 0; {
		if cur == id {
			return apperr.Invalid("supervisorID",
				"atasan tidak boleh bawahan sendiri (hierarki melingkar)",
				"the supervisor cannot be the employee or one of its subordinates (a cycle)")
		}
		if seen[cur] {
			break
		}
		seen[cur] = true
		next, err := m.Client().Employee.Query().
			Where(employeeIDIs(cur)).
			QuerySupervisor().
			FirstID(ctx)
		if gen.IsNotFound(err) {
			break
		}
		if err != nil {
			return err
		}
		cur = next
	}
	return nil
}
