// Package auth signs people in: argon2id password hashes, server-side
// sessions stored (hashed) in the database, and the viewer each credential
// stands for.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/crypto/argon2"
)

// Argon2id parameters: OWASP's recommended minimum (19 MiB, 2 passes, 1
// lane), which keeps a sign-in under ~50 ms on a small server.
const (
	argonTime    = 2
	argonMemory  = 19 * 1024
	argonThreads = 1
	argonKeyLen  = 32
	saltLen      = 16
)

// maxArgonMemory bounds the memory parameter a stored hash may ask for
// (64 MiB), so the gate's slots × memory bound holds for old or imported
// hashes too.
const maxArgonMemory = 64 * 1024

// A stored key outside 16–64 bytes is malformed: argon2 cannot derive an
// empty one, and none of this or any usual system's hashes is longer.
const (
	minArgonKeyLen = 16
	maxArgonKeyLen = 64
)

// MinPasswordLength is the shortest password accepted.
const MinPasswordLength = 8

// ErrWeakPassword is returned for a password shorter than MinPasswordLength.
var ErrWeakPassword = fmt.Errorf("a password needs at least %d characters", MinPasswordLength)

// HashPassword returns the PHC-formatted argon2id hash of password. The
// hash runs in one of the process's hashing slots; when none frees up in
// time it returns an error wrapping ErrBusy.
func HashPassword(ctx context.Context, password string) (string, error) {
	if len(password) < MinPasswordLength {
		return "", ErrWeakPassword
	}
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("read salt: %w", err)
	}
	var key []byte
	if err := hashing.do(ctx, func() {
		key = argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	}); err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, argonMemory, argonTime, argonThreads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// VerifyPassword reports whether password matches the PHC hash, comparing
// in constant time. Like HashPassword it waits for a hashing slot and
// returns an error wrapping ErrBusy when none frees up in time.
func VerifyPassword(ctx context.Context, hash, password string) (bool, error) {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false, errors.New("unsupported password hash")
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false, errors.New("unsupported argon2 version")
	}
	var m uint32
	var t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &p); err != nil {
		return false, fmt.Errorf("parse argon2 parameters: %w", err)
	}
	b64 := base64.RawStdEncoding
	salt, err := b64.DecodeString(parts[4])
	if err != nil {
		return false, fmt.Errorf("decode salt: %w", err)
	}
	want, err := b64.DecodeString(parts[5])
	if err != nil {
		return false, fmt.Errorf("decode key: %w", err)
	}
	if m > maxArgonMemory {
		return false, fmt.Errorf("argon2 memory %d KiB over the bound of %d KiB", m, maxArgonMemory)
	}
	if t < 1 || p < 1 {
		return false, fmt.Errorf("argon2 parameters t=%d, p=%d: both must be at least 1", t, p)
	}
	if len(want) < minArgonKeyLen || len(want) > maxArgonKeyLen {
		return false, fmt.Errorf("argon2 key of %d bytes, outside %d–%d", len(want), minArgonKeyLen, maxArgonKeyLen)
	}
	keyLen := uint32(len(want)) //nolint:gosec // G115: bounded to 16–64 just above
	var got []byte
	if err := hashing.do(ctx, func() {
		got = argon2.IDKey([]byte(password), salt, t, m, p, keyLen)
	}); err != nil {
		return false, fmt.Errorf("verify password: %w", err)
	}
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}

// dummyHash is verified against when the NIP is unknown, so a failed
// sign-in takes as long whether or not the account exists.
var dummyHash, _ = HashPassword(context.Background(), "not-a-real-password")
