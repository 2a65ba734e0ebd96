"""The key material of a Cordée exchange identity, as plain functions (no database).

An identity has two P-256 keys: one signs (ES256), one receives encrypted packages (ECDH-ES+A256KW, A256GCM). Their
public parts form a JWK set whose canonical JSON (sorted keys, no spaces) is hashed with SHA-256: the fingerprint
that two practices compare before trusting each other's card. The private set is kept only wrapped: AES-GCM under
a key derived (HKDF-SHA256) from the database's own secret (``Database.audit_key``, itself derived from the
database key on SQLite and from the server's practice secret on PostgreSQL), the identity id as associated data.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from joserfc.jwk import ECKey, KeySet

from app.services.errors import CordeeError

SIGN_ALG = "ES256"
WRAP_ALG = "ECDH-ES+A256KW"
ENC_ALG = "A256GCM"
PUBLIC_FIELDS = ("crv", "kty", "x", "y")


def new_private_set() -> dict:
    """A fresh signing key and encryption key (private JWKs), named ``sig`` and ``enc``."""
    sig = ECKey.generate_key("P-256", private=True).as_dict(private=True)
    enc = ECKey.generate_key("P-256", private=True).as_dict(private=True)
    sig.update(kid="sig", use="sig", alg=SIGN_ALG)
    enc.update(kid="enc", use="enc", alg=WRAP_ALG)
    return {"keys": [sig, enc]}


def public_set(private: dict) -> dict:
    """The public JWK set of a private one (only the public members, in a fixed order)."""
    return {"keys": [{**{k: key[k] for k in PUBLIC_FIELDS}, "kid": key["kid"], "use": key["use"], "alg": key["alg"]}
                     for key in private["keys"]]}


def canonical(jwks: dict) -> str:
    """The canonical JSON the fingerprint is taken of."""
    return json.dumps(jwks, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def fingerprint(jwks: dict) -> str:
    """SHA-256 of the canonical public JWK set, hexadecimal (64 characters, upper case)."""
    return hashlib.sha256(canonical(jwks).encode("ascii")).hexdigest().upper()


def grouped(print_: str) -> str:
    """The fingerprint in blocks of four characters, as printed on the card and read aloud on the phone."""
    clean = normalized(print_)
    return " ".join(clean[i:i + 4] for i in range(0, len(clean), 4))


def normalized(print_: str | None) -> str:
    """A fingerprint as typed or pasted, without spaces, dashes or case."""
    return "".join(c for c in (print_ or "") if c.isalnum()).upper()


def key_of(jwks: dict, kid: str) -> ECKey:
    """The key ``kid`` (``sig`` or ``enc``) of a JWK set."""
    for key in jwks.get("keys", []):
        if key.get("kid") == kid:
            return ECKey.import_key(key)
    raise CordeeError("exchange.peer_bad_card")


def check_public_set(jwks) -> dict:
    """A partner's public JWK set, checked: exactly the two P-256 keys ``sig`` and ``enc``, public members only."""
    if not isinstance(jwks, dict) or not isinstance(jwks.get("keys"), list) or len(jwks["keys"]) != 2:
        raise CordeeError("exchange.peer_bad_card")
    out = []
    for key, (kid, use, alg) in zip(jwks["keys"], (("sig", "sig", SIGN_ALG), ("enc", "enc", WRAP_ALG)), strict=True):
        if not isinstance(key, dict) or set(key) != {*PUBLIC_FIELDS, "kid", "use", "alg"} or (
                key.get("kid"), key.get("use"), key.get("alg"), key.get("kty"), key.get("crv")) != (
                kid, use, alg, "EC", "P-256") or not all(isinstance(key[k], str) for k in PUBLIC_FIELDS):
            raise CordeeError("exchange.peer_bad_card")
        try:
            ECKey.import_key(dict(key))
        except Exception:   # noqa: BLE001 — any failure to load a point off the curve is a bad card, nothing more
            raise CordeeError("exchange.peer_bad_card") from None
        out.append({k: key[k] for k in (*PUBLIC_FIELDS, "kid", "use", "alg")})
    return {"keys": out}


def _wrapping_key(secret: bytes, identity_id: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=b"cordee-exchange-identity-v1",
                info=identity_id.encode()).derive(bytes(secret))


def wrap(private: dict, secret: bytes, identity_id: str) -> str:
    """The private set encrypted under the database's secret (base64 of nonce + AES-GCM)."""
    nonce = os.urandom(12)
    sealed = AESGCM(_wrapping_key(secret, identity_id)).encrypt(nonce, canonical(private).encode(),
                                                                identity_id.encode())
    return base64.b64encode(nonce + sealed).decode("ascii")


def unwrap(wrapped: str, secret: bytes, identity_id: str) -> KeySet:
    """The private key set, or ``exchange.peer_identity_damaged`` when this database's secret does not open it."""
    try:
        raw = base64.b64decode(wrapped)
        plain = AESGCM(_wrapping_key(secret, identity_id)).decrypt(raw[:12], raw[12:], identity_id.encode())
        return KeySet.import_key_set(json.loads(plain))
    except (InvalidTag, ValueError):
        raise CordeeError("exchange.peer_identity_damaged") from None
