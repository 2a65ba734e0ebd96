"""Key slots: the one random database key (DEK), kept only in wrapped form.

The side file ``<database>.cordee-keys.json`` is not secret. It holds the
database id, a key-check value (KCV) that proves a candidate key before
SQLCipher sees it, and the slots: a mandatory passphrase slot and a recovery
code slot (Argon2id -> AES-256-GCM), plus the record of an OS keyring slot
(backend class only, never the key).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.services.errors import StorageError
from app.services.storage.atomic import atomic_file

SLOT_FILE_VERSION = 1
KEY_BYTES = 32
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored in each slot so they can be raised later."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 4

    def to_dict(self) -> dict:
        return {"t": self.time_cost, "m": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_dict(cls, d: dict) -> KdfParams:
        return cls(int(d["t"]), int(d["m"]), int(d["p"]))


STRONG_KDF = KdfParams()


def slot_file_path(db_path: Path) -> Path:
    """The key-slot side file that belongs to a database file."""
    return Path(str(db_path) + ".cordee-keys.json")


def new_database_key() -> bytearray:
    """A fresh random 256-bit key. Only ever called for a database that does not exist yet."""
    return bytearray(secrets.token_bytes(KEY_BYTES))


def new_recovery_code() -> str:
    """A printed recovery code: 25 characters (125 bits) in five groups of five."""
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(25))
    return "-".join(chars[i:i + 5] for i in range(0, 25, 5))


def normalise_recovery_code(code: str) -> str:
    """Accept the code typed with spaces, lower case or without dashes."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(cleaned[i:i + 5] for i in range(0, len(cleaned), 5))


def key_check_value(key: bytes | bytearray, db_uuid: str) -> str:
    """HMAC of a constant under the key: tells a wrong key from a damaged file."""
    return hmac.new(bytes(key), b"kcv|" + db_uuid.encode(), hashlib.sha256).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _kdf(secret: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(secret.encode("utf-8"), salt, params.time_cost, params.memory_kib,
                           params.parallelism, KEY_BYTES, Type.ID)


def _derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    ahead = _AHEAD.pop((secret, salt, params), None)
    return ahead.result() if ahead is not None else _kdf(secret, salt, params)


_AHEAD: dict[tuple, Future] = {}


def derive_ahead(slot_file: Path, passphrase: str) -> None:
    """Start the passphrase slot's Argon2id derivation on another thread, so that it runs while the
    rest of the program loads (Argon2 releases the GIL); the unlock that follows picks up the result.
    Does nothing when the key file cannot be read: the unlock will report why."""
    try:
        slot = KeySlotFile.read(slot_file).slots["passphrase"]
        request = (passphrase, _unb64(slot["salt"]), KdfParams.from_dict(slot["params"]))
    except (StorageError, KeyError, TypeError, ValueError):
        return
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="argon2")
    _AHEAD[request] = executor.submit(_kdf, *request)
    executor.shutdown(wait=False)


def wrap_key(key: bytes | bytearray, secret: str, db_uuid: str, slot_id: str, params: KdfParams) -> dict:
    """Encrypt the database key under a secret (passphrase or recovery code)."""
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _derive(secret, salt, params)
    aad = f"{db_uuid}|{slot_id}".encode()
    ciphertext = AESGCM(kek).encrypt(nonce, bytes(key), aad)
    return {"kdf": "argon2id", "params": params.to_dict(), "salt": _b64(salt),
            "nonce": _b64(nonce), "ciphertext": _b64(ciphertext),
            "created_at": datetime.now(UTC).isoformat(timespec="seconds")}


def unwrap_key(slot: dict, secret: str, db_uuid: str, slot_id: str) -> bytearray | None:
    """The database key, or None when the secret is wrong for this slot."""
    params = KdfParams.from_dict(slot["params"])
    kek = _derive(secret, _unb64(slot["salt"]), params)
    aad = f"{db_uuid}|{slot_id}".encode()
    try:
        return bytearray(AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["ciphertext"]), aad))
    except InvalidTag:
        return None


@dataclass
class KeySlotFile:
    """The parsed side file."""

    db_uuid: str
    kcv: str
    slots: dict
    salt_hex: str | None = None

    @classmethod
    def create(cls, key: bytes | bytearray, passphrase: str, recovery_code: str,
               params: KdfParams = STRONG_KDF) -> KeySlotFile:
        """Slots for a new database: passphrase and recovery code are both mandatory."""
        db_uuid = str(uuid.uuid4())
        slots = {
            "passphrase": wrap_key(key, passphrase, db_uuid, "passphrase", params),
            "recovery": wrap_key(key, normalise_recovery_code(recovery_code), db_uuid, "recovery", params),
        }
        return cls(db_uuid=db_uuid, kcv=key_check_value(key, db_uuid), slots=slots)

    def check(self, key: bytes | bytearray) -> bool:
        """True when the candidate key is this database's key."""
        return hmac.compare_digest(self.kcv, key_check_value(key, self.db_uuid))

    def unlock_with_passphrase(self, passphrase: str) -> bytearray | None:
        key = unwrap_key(self.slots["passphrase"], passphrase, self.db_uuid, "passphrase")
        return key if key is not None and self.check(key) else None

    def unlock_with_recovery_code(self, code: str) -> bytearray | None:
        key = unwrap_key(self.slots["recovery"], normalise_recovery_code(code), self.db_uuid, "recovery")
        return key if key is not None and self.check(key) else None

    def replace_passphrase(self, key: bytes | bytearray, new_passphrase: str,
                           params: KdfParams = STRONG_KDF) -> None:
        """Rewrap the key under a new passphrase (the data are not re-encrypted)."""
        if not self.check(key):
            raise StorageError("storage.wrong_key")
        self.slots["passphrase"] = wrap_key(key, new_passphrase, self.db_uuid, "passphrase", params)

    def record_os_slot(self, backend: str, service: str, account: str) -> None:
        """Remember which keyring backend holds the key (never the key itself)."""
        self.slots["os"] = {"backend": backend, "service": service, "account": account,
                            "created_at": datetime.now(UTC).isoformat(timespec="seconds")}

    def to_json(self) -> str:
        return json.dumps({"format": "cordee-keyslots", "version": SLOT_FILE_VERSION,
                           "db_uuid": self.db_uuid, "kcv": self.kcv, "slots": self.slots},
                          indent=2, sort_keys=True)

    @classmethod
    def read(cls, path: Path) -> KeySlotFile:
        """Parse the side file; a damaged file is reported as such."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != "cordee-keyslots":
                raise ValueError("not a Cordée key-slot file")
            if int(data["version"]) > SLOT_FILE_VERSION:
                raise StorageError("storage.key_file_too_new", path=path)
            for needed in ("passphrase", "recovery"):
                if needed not in data["slots"]:
                    raise ValueError(f"the {needed} slot is missing")
            return cls(db_uuid=data["db_uuid"], kcv=data["kcv"], slots=data["slots"])
        except FileNotFoundError:
            raise StorageError("storage.no_key_file", path=path) from None
        except StorageError:
            raise
        except (ValueError, KeyError, TypeError) as exc:
            raise StorageError("storage.damaged_key_file", path=path, detail=str(exc)) from None

    def write(self, path: Path, *, create: bool = False) -> None:
        """Atomic write: temp file, fsync, rename. ``create`` refuses to replace an existing file."""
        if create and path.exists():
            raise StorageError("storage.key_file_exists", path=path)
        with atomic_file(path, text=True, prefix=".keys-") as fh:
            fh.write(self.to_json())
