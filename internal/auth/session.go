package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"time"

	"kinerja/ent"
	"kinerja/ent/account"
	"kinerja/ent/predicate"
	"kinerja/ent/session"
	"kinerja/internal/apperr"
	"kinerja/internal/authz"
	"kinerja/internal/viewer"
)

// ErrBadCredentials is returned for a wrong NIP or password, without saying
// which.
var ErrBadCredentials = apperr.New(apperr.Unauthenticated,
	"NIP atau kata sandi salah", "wrong NIP or password")

// ErrNoSession is returned for a missing, unknown or expired session.
var ErrNoSession = apperr.New(apperr.Unauthenticated,
	"sesi tidak ada atau sudah berakhir; silakan masuk lagi", "no session or the session expired; sign in again")

// Service signs accounts in and out.
type Service struct {
	client *ent.Client
	// passwordChecks throttles the current-password check of
	// ChangePassword per account.
	passwordChecks *Throttle
	// IdleTimeout ends a session unused for this long.
	IdleTimeout time.Duration
	// MaxAge ends a session this long after sign-in, however active.
	MaxAge time.Duration
	now    func() time.Time
}

// NewService returns a Service over client with 8-hour idle and 7-day
// absolute session limits, allowing 5 wrong current passwords per account
// in 15 minutes when a password is changed.
func NewService(client *ent.Client) *Service {
	return &Service{
		client:         client,
		passwordChecks: NewThrottle(5, 15*time.Minute),
		IdleTimeout:    8 * time.Hour,
		MaxAge:         7 * 24 * time.Hour,
		now:            time.Now,
	}
}

// Login checks the credentials and opens a session. It returns the secret
// token for the cookie; only its hash is stored. When the server is too
// busy hashing to check the password in time, it returns an error wrapping
// ErrBusy (RATE_LIMITED); the caller throttles guesses per NIP and address.
func (s *Service) Login(ctx context.Context, nip, password, userAgent, ip string) (string, *ent.Account, error) {
	ctx = authz.System(ctx)
	acc, err := s.client.Account.Query().Where(account.NIP(nip)).Only(ctx)
	if ent.IsNotFound(err) {
		if _, err := VerifyPassword(ctx, dummyHash, password); err != nil {
			return "", nil, err
		}
		return "", nil, ErrBadCredentials
	}
	if err != nil {
		return "", nil, fmt.Errorf("find account: %w", err)
	}
	ok, err := VerifyPassword(ctx, acc.PasswordHash, password)
	if err != nil {
		return "", nil, fmt.Errorf("verify password of account %d: %w", acc.ID, err)
	}
	if !ok || acc.Disabled {
		return "", nil, ErrBadCredentials
	}
	token, hash, err := newToken()
	if err != nil {
		return "", nil, err
	}
	now := s.now()
	tx, err := s.client.Tx(ctx)
	if err != nil {
		return "", nil, fmt.Errorf("begin login: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after commit
	err = tx.Session.Create().
		SetAccountID(acc.ID).
		SetTokenHash(hash).
		SetExpiresAt(now.Add(s.IdleTimeout)).
		SetLastSeenAt(now).
		SetUserAgent(truncate(userAgent, 512)).
		SetIP(truncate(ip, 64)).
		Exec(ctx)
	if err != nil {
		return "", nil, fmt.Errorf("create session: %w", err)
	}
	if err := tx.Account.UpdateOneID(acc.ID).SetLastLoginAt(now).Exec(ctx); err != nil {
		return "", nil, fmt.Errorf("record login: %w", err)
	}
	// Housekeeping: drop this account's expired sessions.
	if _, err := tx.Session.Delete().Where(session.HasAccountWith(account.ID(acc.ID)), session.ExpiresAtLT(now)).Exec(ctx); err != nil {
		return "", nil, fmt.Errorf("drop expired sessions: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return "", nil, fmt.Errorf("commit login: %w", err)
	}
	return token, acc, nil
}

// Authenticate returns the viewer of a session token. An active session's
// expiry slides forward, at most once a minute and never past MaxAge.
func (s *Service) Authenticate(ctx context.Context, token string) (*viewer.Viewer, error) {
	if token == "" {
		return nil, ErrNoSession
	}
	ctx = authz.System(ctx)
	sess, err := s.client.Session.Query().
		Where(session.TokenHash(hashToken(token))).
		WithAccount().
		Only(ctx)
	if ent.IsNotFound(err) {
		return nil, ErrNoSession
	}
	if err != nil {
		return nil, fmt.Errorf("find session: %w", err)
	}
	now := s.now()
	acc := sess.Edges.Account
	if now.After(sess.ExpiresAt) || acc == nil || acc.Disabled {
		return nil, ErrNoSession
	}
	if now.Sub(sess.LastSeenAt) > time.Minute {
		exp := now.Add(s.IdleTimeout)
		if limit := sess.CreatedAt.Add(s.MaxAge); exp.After(limit) {
			exp = limit
		}
		if err := s.client.Session.UpdateOne(sess).SetLastSeenAt(now).SetExpiresAt(exp).Exec(ctx); err != nil {
			return nil, fmt.Errorf("touch session: %w", err)
		}
	}
	return s.viewerOf(ctx, acc)
}

func (s *Service) viewerOf(ctx context.Context, acc *ent.Account) (*viewer.Viewer, error) {
	v := &viewer.Viewer{AccountID: acc.ID, Name: acc.Name, Roles: acc.Roles,
		ReadOnly: authz.ReadOnlyCredential(acc.Roles, false, nil)}
	empID, err := s.client.Account.QueryEmployee(acc).FirstID(ctx)
	switch {
	case err == nil:
		v.EmployeeID = empID
	case !ent.IsNotFound(err):
		return nil, fmt.Errorf("find employee of account %d: %w", acc.ID, err)
	}
	return v, nil
}

// Logout ends the session of token. Ending an unknown session is not an
// error.
func (s *Service) Logout(ctx context.Context, token string) error {
	if token == "" {
		return nil
	}
	_, err := s.client.Session.Delete().Where(session.TokenHash(hashToken(token))).Exec(authz.System(ctx))
	if err != nil {
		return fmt.Errorf("delete session: %w", err)
	}
	return nil
}

func newToken() (token string, hash []byte, err error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", nil, fmt.Errorf("read token: %w", err)
	}
	token = base64.RawURLEncoding.EncodeToString(b)
	return token, hashToken(token), nil
}

func sessionOf(accountID int) predicate.Session {
	return session.HasAccountWith(account.ID(accountID))
}

func hashToken(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
