package authz

import (
	"context"
	"errors"
	"testing"

	"kinerja/internal/viewer"
)

func TestReadOnlyCredential(t *testing.T) {
	read := []viewer.TokenScope{viewer.ScopeRead}
	write := []viewer.TokenScope{viewer.ScopeRead, viewer.ScopeWrite}
	for _, tc := range []struct {
		name   string
		roles  []viewer.Role
		token  bool
		scopes []viewer.TokenScope
		want   bool
	}{
		{"employee session", nil, false, nil, false},
		{"HR admin session", []viewer.Role{viewer.HRAdmin}, false, nil, false},
		{"auditor session", []viewer.Role{viewer.Auditor}, false, nil, true},
		{"auditor who is also HR admin", []viewer.Role{viewer.Auditor, viewer.HRAdmin}, false, nil, false},
		{"READ token of an HR admin", []viewer.Role{viewer.HRAdmin}, true, read, true},
		{"WRITE token of an HR admin", []viewer.Role{viewer.HRAdmin}, true, write, false},
		{"WRITE token of an auditor", []viewer.Role{viewer.Auditor}, true, write, true},
		{"token without scopes", nil, true, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ReadOnlyCredential(tc.roles, tc.token, tc.scopes); got != tc.want {
				t.Fatalf("ReadOnlyCredential = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestRequireChecks(t *testing.T) {
	hr := &viewer.Viewer{AccountID: 1, Roles: []viewer.Role{viewer.HRAdmin}}
	hrRead := &viewer.Viewer{AccountID: 1, Roles: []viewer.Role{viewer.HRAdmin}, TokenID: 7, ReadOnly: true}
	auditor := &viewer.Viewer{AccountID: 2, Roles: []viewer.Role{viewer.Auditor}, ReadOnly: true}
	staff := &viewer.Viewer{AccountID: 3, EmployeeID: 3}
	as := func(v *viewer.Viewer) context.Context { return viewer.NewContext(context.Background(), v) }
	for _, tc := range []struct {
		name  string
		check func(context.Context) error
		ctx   context.Context
		want  error
	}{
		{"writer: anonymous", RequireWriter, context.Background(), ErrUnauthenticated},
		{"writer: staff", RequireWriter, as(staff), nil},
		{"writer: auditor", RequireWriter, as(auditor), ErrReadOnly},
		{"writer: READ token", RequireWriter, as(hrRead), ErrReadOnly},
		{"own state: auditor session", RequireOwnStateWriter, as(auditor), nil},
		{"own state: READ token", RequireOwnStateWriter, as(hrRead), ErrReadOnly},
		{"master data: system", RequireMasterDataManager, System(context.Background()), nil},
		{"master data: anonymous", RequireMasterDataManager, context.Background(), ErrUnauthenticated},
		{"master data: HR admin", RequireMasterDataManager, as(hr), nil},
		{"master data: HR admin's READ token", RequireMasterDataManager, as(hrRead), ErrForbidden},
		{"master data: auditor", RequireMasterDataManager, as(auditor), ErrForbidden},
		{"master data: staff", RequireMasterDataManager, as(staff), ErrForbidden},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.check(tc.ctx); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}
