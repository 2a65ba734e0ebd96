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
import os
import secrets
import stat
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
from app.services.storage.failures import from_os_error

SLOT_FILE_VERSION = 1
KEY_BYTES = 32
MAX_FILE_BYTES = 64 * 1024
#: The accepted range of each Argon2id parameter in a key file: what Cordée writes (tests use the low end) with room
#: to raise it later; anything outside is refused before a derivation could take minutes or all the memory.
KDF_BOUNDS = {"t": (1, 10), "m": (8 * 1024, 1024 * 1024), "p": (1, 16)}
#: time × memory (KiB) of one derivation at most: 4 passes over 1 GiB, a few seconds on an office computer.
KDF_WORK_LIMIT = 4 * 1024 * 1024
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

    @classmethod
    def checked(cls, d: object, where: str, path: Path) -> KdfParams:
        """The parameters of a key file's slot, each within ``KDF_BOUNDS`` (else ``storage.key_file_kdf``)."""
        if not isinstance(d, dict):
            raise ValueError(f"{where}: not an object")
        values = {}
        for name, (low, high) in KDF_BOUNDS.items():
            value = d.get(name)
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise StorageError("storage.key_file_kdf", path=path, param=f"{where}.{name}",
                                   value=str(value)[:20], min=low, max=high)
            values[name] = value
        if values["t"] * values["m"] > KDF_WORK_LIMIT or values["m"] < 8 * values["p"]:
            raise StorageError("storage.key_file_kdf", path=path, param=f"{where}.t×m",
                               value=values["t"] * values["m"], min=8 * values["p"], max=KDF_WORK_LIMIT)
        return cls(values["t"], values["m"], values["p"])


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


def _load_json(path: Path) -> dict:
    """The key file's JSON object: bounded in size, an ordinary file, UTF-8, not nested without end."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise StorageError("storage.is_folder", path=path)
        if not stat.S_ISREG(info.st_mode):
            raise StorageError("storage.not_a_file", path=path)
        if info.st_size > MAX_FILE_BYTES:
            raise ValueError(f"larger than {MAX_FILE_BYTES} bytes")
        with path.open("rb") as fh:
            data = json.loads(fh.read(MAX_FILE_BYTES + 1).decode("utf-8"))
    except FileNotFoundError:
        raise StorageError("storage.no_key_file", path=path) from None
    except StorageError:
        raise
    except OSError as exc:
        raise from_os_error(exc, path) from None
    except (ValueError, RecursionError) as exc:   # not JSON, not UTF-8, nested too deep
        raise StorageError("storage.damaged_key_file", path=path, detail=type(exc).__name__) from None
    if not isinstance(data, dict):
        raise StorageError("storage.damaged_key_file", path=path, detail="not an object")
    return data


def _integer(value: object, where: str, low: int, high: int | None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < low or (high is not None and value > high):
        raise ValueError(f"{where}: not a whole number in range")
    return value


def _text(value: object, where: str, max_len: int) -> str:
    if not isinstance(value, str) or not value or len(value) > max_len:
        raise ValueError(f"{where}: not a text of at most {max_len} characters")
    return value


def _hex(value: object, where: str, size: int) -> str:
    text = _text(value, where, 2 * size)
    if len(text) != 2 * size or any(ch not in "0123456789abcdefABCDEF" for ch in text):
        raise ValueError(f"{where}: not {size} bytes in hexadecimal")
    return text.lower()


def _base64(value: object, where: str, size: int) -> None:
    text = _text(value, where, 4 * size)
    try:
        decoded = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise ValueError(f"{where}: not base64") from None
    if len(decoded) != size:
        raise ValueError(f"{where}: not {size} bytes")


def _check_wrapped(slot: object, where: str, path: Path) -> None:
    """A passphrase or recovery slot: Argon2id within bounds, salt, nonce and the wrapped key of the right sizes."""
    if not isinstance(slot, dict):
        raise ValueError(f"{where}: not an object")
    if slot.get("kdf") != "argon2id":
        raise ValueError(f"{where}.kdf: not argon2id")
    KdfParams.checked(slot.get("params"), f"{where}.params", path)
    _base64(slot.get("salt"), f"{where}.salt", 16)
    _base64(slot.get("nonce"), f"{where}.nonce", 12)
    _base64(slot.get("ciphertext"), f"{where}.ciphertext", KEY_BYTES + 16)


@dataclass
class KeySlotFile:
    """The parsed side file."""

    db_uuid: str
    kcv: str
    slots: dict
    db_salt: str | None = None   # the database file's first 16 bytes (its SQLCipher salt): binds this file to it
    # the audit chain's newest anchor (``anchor_places``), carried unchanged when the slots are rewritten
    audit_anchor: dict | None = None

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
        content = {"format": "cordee-keyslots", "version": SLOT_FILE_VERSION, "db_uuid": self.db_uuid,
                   "kcv": self.kcv, "slots": self.slots}
        if self.db_salt:
            content["db_salt"] = self.db_salt
        if self.audit_anchor is not None:
            content["audit_anchor"] = self.audit_anchor
        return json.dumps(content, indent=2, sort_keys=True)

    @classmethod
    def read(cls, path: Path) -> KeySlotFile:
        """Parse and validate the side file; a damaged or foreign file is reported as such (``storage.…`` codes),
        never with a traceback, and never after an unbounded key derivation."""
        data = _load_json(path)
        try:
            if data.get("format") != "cordee-keyslots":
                raise ValueError("format: not a Cordée key-slot file")
            version = _integer(data.get("version"), "version", 1, None)
            if version > SLOT_FILE_VERSION:
                raise StorageError("storage.key_file_too_new", path=path)
            db_uuid = str(uuid.UUID(_text(data.get("db_uuid"), "db_uuid", 36)))
            kcv = _hex(data.get("kcv"), "kcv", 32)
            slots = data.get("slots")
            if not isinstance(slots, dict):
                raise ValueError("slots: not an object")
            for needed in ("passphrase", "recovery"):
                if needed not in slots:
                    raise ValueError(f"slots.{needed}: missing")
                _check_wrapped(slots[needed], f"slots.{needed}", path)
            if "os" in slots:
                for name in ("backend", "service", "account"):
                    _text((slots["os"] or {}).get(name) if isinstance(slots["os"], dict) else None,
                          f"slots.os.{name}", 200)
            salt = data.get("db_salt")
            db_salt = None if salt is None else _hex(salt, "db_salt", 16)
            anchor = data.get("audit_anchor")
            if anchor is not None and not isinstance(anchor, dict):
                raise ValueError("audit_anchor: not an object")
            return cls(db_uuid=db_uuid, kcv=kcv, slots=slots, db_salt=db_salt, audit_anchor=anchor)
        except StorageError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StorageError("storage.damaged_key_file", path=path, detail=str(exc)) from None

    def write(self, path: Path, *, create: bool = False) -> None:
        """Atomic write: temp file, fsync, rename. ``create`` refuses to replace an existing file."""
        if create and path.exists():
            raise StorageError("storage.key_file_exists", path=path)
        with atomic_file(path, text=True, prefix=".keys-") as fh:
            fh.write(self.to_json())
