"""The practice database: create or open the encrypted file, or connect to PostgreSQL.

A ``Database`` hands out SQLModel sessions to the services (never to the UI)
and knows the key-derived secret of the audit chain.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.services.errors import StorageError, ValidationError
from app.services.storage import keyring_slot
from app.services.storage.anchoring import Anchorer
from app.services.storage.backup import default_folder, export_verified
from app.services.storage.keyslots import (
    STRONG_KDF,
    KdfParams,
    KeySlotFile,
    new_database_key,
    new_recovery_code,
    slot_file_path,
)
from app.services.storage.migrate import upgrade_to_head
from app.services.storage.pg_secret import practice_secret
from app.services.storage.pool_ping import ping_after_idle
from app.services.storage.server_url import check_server_url
from app.services.storage.sqlcipher_engine import (
    READ_ONLY,
    assert_not_plaintext,
    open_engine,
    refuse_network_location,
)


@dataclass
class Database:
    """An open practice database on either backend."""

    engine: Engine
    backend: str  # "sqlite" or "postgresql"
    db_uuid: str
    audit_key: bytes
    path: Path | None = None
    keyring_note: str | None = None   # why the keyring does not hold the key (a storage.keyring_… code)
    key: bytes | None = field(default=None, repr=False)   # the file's raw key (backups are keyed with it)
    anchors: Anchorer = field(init=False, repr=False)      # writes the audit chain's head outside the database

    def __post_init__(self) -> None:
        self.anchors = Anchorer(self)

    def session(self) -> Session:
        """A new unit of work. Only services call this."""
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def reading_session(self) -> Iterator[Session]:
        """A session for reads only. On PostgreSQL each statement commits on its own, which spares the
        BEGIN and COMMIT round trips; on SQLite it reads one snapshot without taking the write lock, so a
        search never waits for a save."""
        if self.backend != "postgresql":
            with self.engine.connect().execution_options(**{READ_ONLY: True}) as conn, \
                    Session(bind=conn, expire_on_commit=False) as session, session.begin():
                yield session
            return
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn, \
                Session(bind=conn, expire_on_commit=False) as session:
            yield session

    def close(self) -> None:
        """Anchor the audit chain's head if this program added to it, then let the connections go."""
        self.anchors.at_close()
        self.engine.dispose()

    @property
    def location(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)


def _audit_key(key: bytes | bytearray, db_uuid: str) -> bytes:
    return hmac.new(bytes(key), b"audit-v1|" + db_uuid.encode(), hashlib.sha256).digest()


def create_encrypted(path: Path, passphrase: str, *, kdf: KdfParams = STRONG_KDF,
                     use_keyring: bool = True) -> tuple[Database, str]:
    """Create a new encrypted practice database; returns it and the recovery code (shown once).

    Refuses to touch an existing database or key file.
    """
    path = Path(path)
    slots_path = slot_file_path(path)
    if path.exists() or slots_path.exists():
        raise StorageError("storage.exists", path=path)
    if not path.parent.is_dir():
        raise StorageError("storage.no_folder", folder=path.parent)
    refuse_network_location(path)
    check_passphrase_strength(passphrase)
    key = new_database_key()
    recovery = new_recovery_code()
    slots = KeySlotFile.create(key, passphrase, recovery, kdf)
    note = None
    if use_keyring:
        outcome = keyring_slot.store_key(slots.db_uuid, key)
        if outcome.backend:
            slots.record_os_slot(outcome.backend, f"{keyring_slot.SERVICE_PREFIX}/{slots.db_uuid}",
                                 keyring_slot.ACCOUNT)
        note = outcome.reason
    slots.write(slots_path, create=True)
    try:
        engine = open_engine(path, key)
        upgrade_to_head(engine)
    except BaseException:
        # Nothing of value can be lost here: the file was created a moment ago and is empty.
        for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm"), slots_path):
            if p.exists():
                p.unlink()
        raise
    return Database(engine, "sqlite", slots.db_uuid, _audit_key(key, slots.db_uuid), path, note, bytes(key)), recovery


def open_encrypted(path: Path, *, passphrase: str | None = None, recovery_code: str | None = None,
                   use_keyring: bool = True) -> Database:
    """Open an existing encrypted database with the keyring, the passphrase or the recovery code.

    The error codes tell a wrong passphrase apart from a damaged file. Nothing is written
    to the file before the key is proven right.
    """
    path = Path(path)
    if not path.exists():
        raise StorageError("storage.missing", path=path)
    refuse_network_location(path)
    assert_not_plaintext(path)
    slots = KeySlotFile.read(slot_file_path(path))
    key, note, keyring_error = None, None, None
    if passphrase is not None:
        key = slots.unlock_with_passphrase(passphrase)
        if key is None:
            raise StorageError("storage.wrong_passphrase")
    elif recovery_code is not None:
        key = slots.unlock_with_recovery_code(recovery_code)
        if key is None:
            raise StorageError("storage.wrong_recovery_code")
    elif use_keyring and "os" in slots.slots:
        outcome = keyring_slot.fetch_key(slots.db_uuid, slots.slots["os"]["backend"])
        if outcome.key_hex:
            candidate = bytearray(bytes.fromhex(outcome.key_hex))
            if slots.check(candidate):
                key = candidate
            else:
                note = "storage.keyring_mismatch"
        else:
            note, keyring_error = outcome.reason, outcome.error
    if key is None:
        raise StorageError("storage.need_passphrase", keyring_reason=note, keyring_error=keyring_error)
    engine = open_engine(path, key)
    audit_key = _audit_key(key, slots.db_uuid)

    def back_up_first() -> None:   # the rollback of a migration is restoring this backup

        export_verified(engine, bytes(key), path, default_folder(path), audit_key, "before-upgrade",
                        db_uuid=slots.db_uuid)
    try:
        upgrade_to_head(engine, back_up_first)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, "sqlite", slots.db_uuid, audit_key, path, note, bytes(key))


def change_passphrase(path: Path, old_passphrase: str, new_passphrase: str, *,
                      kdf: KdfParams = STRONG_KDF) -> None:
    """Rewrap the key under a new passphrase (the data are not re-encrypted)."""
    check_passphrase_strength(new_passphrase)
    slots_path = slot_file_path(Path(path))
    slots = KeySlotFile.read(slots_path)
    key = slots.unlock_with_passphrase(old_passphrase)
    if key is None:
        raise StorageError("storage.wrong_passphrase")
    slots.replace_passphrase(key, new_passphrase, kdf)
    slots.write(slots_path)


def check_passphrase_strength(passphrase: str) -> None:
    """The practice passphrase protects every record: at least 12 characters."""
    if len(passphrase or "") < 12:
        raise ValidationError("passphrase", "too_short", min=12)


def connect_postgres(url: str) -> Database:
    """Connect to a PostgreSQL practice server; TLS is required unless the host is loopback."""
    try:
        url = check_server_url(url)
    except ValidationError as exc:
        if exc.code == "storage.url_needs_tls":
            raise StorageError("storage.tls_required", host=exc.params.get("host")) from None
        raise StorageError("storage.bad_url") from None
    # No server-side prepared statements: a generic plan cannot turn "LIKE 'prefix%'" into an index range.
    engine = create_engine(url, pool_size=4, max_overflow=4, hide_parameters=True,
                           connect_args={"prepare_threshold": None})
    ping_after_idle(engine)
    try:
        upgrade_to_head(engine)
    except StorageError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise StorageError("storage.unreachable", error=f"{type(exc).__name__}: "
                                                        f"{str(exc).splitlines()[0] if str(exc) else ''}") from None

    secret, db_uuid = practice_secret(engine)
    return Database(engine, "postgresql", db_uuid, secret, None, None)


def database_url_from_env() -> str | None:
    return os.environ.get("CORDEE_DATABASE_URL") or None
