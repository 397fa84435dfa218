package auth

import (
	"context"
	"fmt"

	"kinerja/ent"
	"kinerja/ent/account"
	"kinerja/ent/employee"
	"kinerja/internal/authz"
	"kinerja/internal/viewer"
)

// CreateAccount creates (or, for an existing NIP, updates the password, name
// and roles of) an account. It links the account to the employee with the
// same NIP when there is one. It runs with system rights: callers are the
// command line and the seeder.
func CreateAccount(ctx context.Context, client *ent.Client, nip, name, password string, roles []viewer.Role) (*ent.Account, error) {
	hash, err := HashPassword(ctx, password)
	if err != nil {
		return nil, err
	}
	ctx = authz.System(ctx)
	empID, err := client.Employee.Query().Where(employee.NIP(nip)).FirstID(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, fmt.Errorf("find employee %s: %w", nip, err)
	}
	if name == "" && empID != 0 {
		e, err := client.Employee.Get(ctx, empID)
		if err != nil {
			return nil, fmt.Errorf("read employee %s: %w", nip, err)
		}
		name = e.Name
	}
	if roles == nil {
		roles = []viewer.Role{}
	}
	existing, err := client.Account.Query().Where(account.NIP(nip)).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		c := client.Account.Create().SetNIP(nip).SetName(name).SetPasswordHash(hash).SetRoles(roles)
		if empID != 0 {
			c.SetEmployeeID(empID)
		}
		acc, err := c.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("create account %s: %w", nip, err)
		}
		return acc, nil
	case err != nil:
		return nil, fmt.Errorf("find account %s: %w", nip, err)
	}
	u := client.Account.UpdateOne(existing).SetPasswordHash(hash).SetRoles(roles)
	if name != "" {
		u.SetName(name)
	}
	if empID != 0 {
		u.SetEmployeeID(empID)
	}
	acc, err := u.Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("update account %s: %w", nip, err)
	}
	return acc, nil
}
