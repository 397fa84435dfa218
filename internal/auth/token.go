package auth

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"kinerja/ent"
	"kinerja/ent/account"
	"kinerja/ent/apitoken"
	"kinerja/internal/apperr"
	"kinerja/internal/authz"
	"kinerja/internal/viewer"
)

// TokenPrefix starts every API token, so a leaked one is easy to recognise.
const TokenPrefix = "knj_"

// ErrBadToken is returned for an unknown, revoked or expired API token.
var ErrBadToken = apperr.New(apperr.Unauthenticated,
	"token API tidak dikenal, dicabut, atau kedaluwarsa", "unknown, revoked or expired API token")

// ErrWriteScopeForbidden is returned when a read-only caller (an auditor,
// a READ token) asks for a WRITE token: a credential never grants more than
// the one that made it.
var ErrWriteScopeForbidden = &apperr.Error{Code: apperr.Forbidden, Field: "scopes",
	ID: "akun atau token yang hanya boleh membaca tidak dapat membuat token WRITE",
	EN: "a read-only account or token cannot create a WRITE token"}

// CreateToken creates an API token for the viewer's own account and
// returns its secret, which is not stored and cannot be shown again. A
// read-only viewer gets ErrWriteScopeForbidden for the WRITE scope.
func (s *Service) CreateToken(ctx context.Context, name string, scopes []viewer.TokenScope, expiresAt *time.Time) (string, *ent.APIToken, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return "", nil, authz.ErrUnauthenticated
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return "", nil, apperr.Invalid("name", "beri nama token", "name the token")
	}
	if len(scopes) == 0 {
		return "", nil, apperr.Invalid("scopes", "pilih sedikitnya satu cakupan", "choose at least one scope")
	}
	if v.ReadOnly && slices.Contains(scopes, viewer.ScopeWrite) {
		return "", nil, ErrWriteScopeForbidden
	}
	if expiresAt != nil && !expiresAt.After(s.now()) {
		return "", nil, apperr.Invalid("expiresAt", "waktu kedaluwarsa harus di masa depan", "the expiry must be in the future")
	}
	// The stored hash is of the whole token, prefix included, as
	// AuthenticateToken receives it.
	secret, _, err := newToken()
	if err != nil {
		return "", nil, err
	}
	secret = TokenPrefix + secret
	hash := hashToken(secret)
	slices.Sort(scopes)
	scopes = slices.Compact(scopes)
	t, err := ent.FromContext(ctx).APIToken.Create().
		SetName(name).SetTokenHash(hash).SetPrefix(secret[:len(TokenPrefix)+6]).
		SetScopes(scopes).SetNillableExpiresAt(expiresAt).SetAccountID(v.AccountID).
		Save(ctx)
	if err != nil {
		return "", nil, err
	}
	return secret, t, nil
}

// RevokeToken ends one of the viewer's tokens. Revoking a revoked token
// changes nothing.
func (s *Service) RevokeToken(ctx context.Context, id int) (*ent.APIToken, error) {
	c := ent.FromContext(ctx)
	t, err := c.APIToken.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.NotFound, "token tidak ditemukan", "token not found")
	}
	if err != nil {
		return nil, err
	}
	if t.RevokedAt != nil {
		return t, nil
	}
	return c.APIToken.UpdateOne(t).SetRevokedAt(s.now()).Save(ctx)
}

// AuthenticateToken returns the viewer of a bearer token: its account's
// viewer, read-only unless the token has the WRITE scope.
func (s *Service) AuthenticateToken(ctx context.Context, token string) (*viewer.Viewer, error) {
	if !strings.HasPrefix(token, TokenPrefix) {
		return nil, ErrBadToken
	}
	ctx = authz.System(ctx)
	t, err := s.client.APIToken.Query().Where(apitoken.TokenHash(hashToken(token))).WithAccount().Only(ctx)
	if ent.IsNotFound(err) {
		return nil, ErrBadToken
	}
	if err != nil {
		return nil, fmt.Errorf("find token: %w", err)
	}
	now := s.now()
	acc := t.Edges.Account
	if t.RevokedAt != nil || (t.ExpiresAt != nil && now.After(*t.ExpiresAt)) || acc == nil || acc.Disabled {
		return nil, ErrBadToken
	}
	if t.LastUsedAt == nil || now.Sub(*t.LastUsedAt) > time.Minute {
		if err := s.client.APIToken.UpdateOne(t).SetLastUsedAt(now).Exec(ctx); err != nil {
			return nil, fmt.Errorf("touch token: %w", err)
		}
	}
	v, err := s.viewerOf(ctx, acc)
	if err != nil {
		return nil, err
	}
	v.TokenID = t.ID
	v.ReadOnly = authz.ReadOnlyCredential(acc.Roles, true, t.Scopes)
	return v, nil
}

// ErrWrongPassword is returned when the current password does not match.
var ErrWrongPassword = apperr.Invalid("currentPassword", "kata sandi saat ini salah", "the current password is wrong")

// ErrPasswordAttempts is returned when an account has given a wrong current
// password too often (5 times in 15 minutes).
var ErrPasswordAttempts = &apperr.Error{Code: apperr.RateLimited, Field: "currentPassword",
	ID: "terlalu banyak percobaan kata sandi; coba lagi nanti",
	EN: "too many password attempts; try again later"}

// ChangePassword sets a new password for the viewer's account after
// checking the current one. The check is throttled like a sign-in: 5 wrong
// current passwords per account in 15 minutes, then ErrPasswordAttempts,
// and the hashes run in the same bounded slots (ErrBusy when none frees).
//
// A changed password ends every credential of the account: all its
// sessions, this one included (the person signs in again everywhere, with
// the new password, so no browser keeps a session opened with the old one),
// and all its API tokens, which are revoked (a token made by whoever knew
// the old password must not outlive it).
func (s *Service) ChangePassword(ctx context.Context, current, next string) error {
	v := viewer.FromContext(ctx)
	if v == nil {
		return authz.ErrUnauthenticated
	}
	if v.TokenID != 0 {
		return authz.ErrForbidden
	}
	sys := authz.System(ctx)
	c := ent.FromContext(ctx)
	if c == nil {
		c = s.client
	}
	acc, err := c.Account.Get(sys, v.AccountID)
	if err != nil {
		return fmt.Errorf("read account: %w", err)
	}
	key := strconv.Itoa(acc.ID)
	slot, ok, _ := s.passwordChecks.Reserve(key)
	if !ok {
		return ErrPasswordAttempts
	}
	ok, err = VerifyPassword(ctx, acc.PasswordHash, current)
	if err != nil {
		slot.Release() // not evaluated
		return fmt.Errorf("check the current password of account %d: %w", acc.ID, err)
	}
	if !ok {
		return ErrWrongPassword // the slot stays taken: a failed guess
	}
	s.passwordChecks.Reset(key)
	if next == current {
		return apperr.Invalid("newPassword", "kata sandi baru harus berbeda", "the new password must differ from the current one")
	}
	if len(next) < MinPasswordLength {
		return apperr.Invalidf("newPassword", "kata sandi minimal %d karakter", "a password needs at least %d characters", MinPasswordLength)
	}
	hash, err := HashPassword(ctx, next)
	if err != nil {
		return fmt.Errorf("hash the new password of account %d: %w", acc.ID, err)
	}
	now := s.now()
	if err := c.Account.UpdateOne(acc).SetPasswordHash(hash).SetPasswordChangedAt(now).Exec(sys); err != nil {
		return fmt.Errorf("store password: %w", err)
	}
	if _, err := c.Session.Delete().Where(sessionOf(acc.ID)).Exec(sys); err != nil {
		return fmt.Errorf("end sessions: %w", err)
	}
	if err := c.APIToken.Update().
		Where(apitoken.HasAccountWith(account.ID(acc.ID)), apitoken.RevokedAtIsNil()).
		SetRevokedAt(now).Exec(sys); err != nil {
		return fmt.Errorf("revoke API tokens: %w", err)
	}
	return nil
}
