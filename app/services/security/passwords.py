"""Staff passwords: Argon2id hashes (argon2-cffi) and the password rules."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.services.errors import ValidationError

MIN_LENGTH = 12
COMMON = frozenset({
    "motdepasse123", "azertyuiop12", "password1234", "123456789012", "qwertzuiop12", "passwort1234",
    "cordeecordee", "administrateur", "medecin12345", "bonjour12345", "soleil123456", "azertyuiop123",
})

_hasher = PasswordHasher()  # RFC 9106 low-memory profile: t=3, 64 MiB, p=4


def use_hasher(hasher: PasswordHasher) -> None:
    """Replace the hasher (tests use cheaper parameters; old hashes still verify)."""
    global _hasher
    _hasher = hasher


def check_password_rules(password: str, field: str = "password") -> None:
    """At least 12 characters and not a well-known password (CNIL 2022 with lockout)."""
    if len(password or "") < MIN_LENGTH:
        raise ValidationError(field, "too_short", min=MIN_LENGTH)
    if password.lower() in COMMON or len(set(password)) < 4:
        raise ValidationError(field, "security.password_too_common")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """True when the password matches; never raises for a wrong password."""
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
