"""The practice database: create or open the encrypted file, or connect to PostgreSQL.

A ``Database`` hands out SQLModel sessions to the services (never to the UI)
and knows the key-derived secret of the audit chain.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.services.errors import StorageError, ValidationError
from app.services.security.audit import verify_chain
from app.services.storage import health, keyring_slot, staging
from app.services.storage.anchoring import Anchorer
from app.services.storage.atomic import private_file
from app.services.storage.backup import BackupReport, check_restored, default_folder, export_verified, restore_files
from app.services.storage.failures import diagnose_folder, from_os_error
from app.services.storage.file_checks import check_database_file
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
    block_writes,
    decrypts,
    open_engine,
    refuse_network_location,
    write_block,
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
    def write_block(self) -> StorageError | None:
        """Why this database refuses writes (it was found damaged), or None."""
        return write_block(self.engine) if self.backend == "sqlite" else None

    @property
    def location(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)


def _audit_key(key: bytes | bytearray, db_uuid: str) -> bytes:
    return hmac.new(bytes(key), b"audit-v1|" + db_uuid.encode(), hashlib.sha256).digest()


@dataclass
class NewDatabase:
    """A new encrypted database, complete but still in its staging folder: ``publish`` gives it its name (after
    the caller has shown the recovery code), ``discard`` removes it."""

    db: Database
    recovery_code: str
    staged: staging.Staged

    def publish(self) -> Database:
        """Close, link database and key file to their final names, reopen there."""
        db = self.db
        db.close()
        try:
            final = self.staged.publish()
        except BaseException:
            self.staged.discard()
            raise
        return Database(open_engine(final, db.key), "sqlite", db.db_uuid, db.audit_key, final, db.keyring_note,
                        db.key)

    def discard(self) -> None:
        self.db.close()
        self.staged.discard()


def begin_create(path: Path, passphrase: str, *, kdf: KdfParams = STRONG_KDF,
                 use_keyring: bool = True) -> NewDatabase:
    """Make a new encrypted practice database in a staging folder beside ``path``; nothing appears at ``path``
    before ``publish``. Refuses to touch an existing database or key file."""
    path = Path(path)
    if path.parent.is_dir():
        staging.clean_interrupted(path.parent)
    _refuse_existing(path)
    problem = diagnose_folder(path.parent)
    if problem is not None:
        raise problem
    refuse_network_location(path)
    check_passphrase_strength(passphrase)
    staged = staging.stage(path)
    engine = None
    try:
        key = new_database_key()
        recovery = new_recovery_code()
        slots = KeySlotFile.create(key, passphrase, recovery, kdf)
        staged.claim.note(db_uuid=slots.db_uuid)
        os.close(private_file(staged.path))   # SQLite's log and shared memory are created with the file's mode
        engine = open_engine(staged.path, key)
        upgrade_to_head(engine)
        slots.db_salt = _file_salt(staged.path).hex()
        note = None
        if use_keyring:
            outcome = keyring_slot.store_key(slots.db_uuid, key)
            if outcome.backend:
                slots.record_os_slot(outcome.backend, f"{keyring_slot.SERVICE_PREFIX}/{slots.db_uuid}",
                                     keyring_slot.ACCOUNT)
            note = outcome.reason
        slots.write(slot_file_path(staged.path), create=True)
    except BaseException as exc:
        # Nothing of value can be lost here: the staging folder was made a moment ago.
        if engine is not None:
            engine.dispose()
        staged.discard()
        if isinstance(exc, OSError):
            raise from_os_error(exc, path, writing=True) from None
        raise
    db = Database(engine, "sqlite", slots.db_uuid, _audit_key(key, slots.db_uuid), staged.path, note, bytes(key))
    return NewDatabase(db, recovery, staged)


def create_encrypted(path: Path, passphrase: str, *, kdf: KdfParams = STRONG_KDF,
                     use_keyring: bool = True) -> tuple[Database, str]:
    """Create a new, empty encrypted practice database at ``path``; returns it and the recovery code (shown once).

    Refuses to touch an existing database or key file."""
    new = begin_create(path, passphrase, kdf=kdf, use_keyring=use_keyring)
    return new.publish(), new.recovery_code


def _refuse_existing(path: Path) -> None:
    if os.path.lexists(path):
        if path.is_dir():
            raise StorageError("storage.is_folder", path=path)
        raise StorageError("storage.exists", path=path)
    if os.path.lexists(slot_file_path(path)):
        raise StorageError("storage.key_file_exists", path=slot_file_path(path))


def _file_salt(path: Path) -> bytes:
    """The first 16 bytes of an encrypted file: its SQLCipher salt, unique to the file and its copies."""
    with Path(path).open("rb") as fh:
        return fh.read(16)


def _unlock(path: Path, slots: KeySlotFile, passphrase: str | None, recovery_code: str | None,
            use_keyring: bool) -> tuple[bytearray, str | None]:
    """The database key from the secret given (or the keyring), and why the keyring did not give it."""
    if passphrase is not None or recovery_code is not None:
        key = (slots.unlock_with_passphrase(passphrase) if passphrase is not None
               else slots.unlock_with_recovery_code(recovery_code))
        if key is not None:
            return key, None
        if slots.db_salt and _file_salt(path).hex() != slots.db_salt:
            # The key file was made for another file: the secret may be right for this database's own key file.
            raise StorageError("storage.key_file_mismatch", path=path, key_file=slot_file_path(path))
        if passphrase is not None:
            raise StorageError("storage.wrong_passphrase")
        raise StorageError("storage.wrong_recovery_code")
    note, keyring_error = None, None
    if use_keyring and "os" in slots.slots:
        outcome = keyring_slot.fetch_key(slots.db_uuid, slots.slots["os"]["backend"])
        if outcome.key_hex:
            candidate = bytearray(bytes.fromhex(outcome.key_hex))
            if slots.check(candidate):
                return candidate, None
            note = "storage.keyring_mismatch"
        else:
            note, keyring_error = outcome.reason, outcome.error
    raise StorageError("storage.need_passphrase", keyring_reason=note, keyring_error=keyring_error)


def _check_binding(path: Path, slots: KeySlotFile, key: bytes | bytearray) -> bool:
    """The key (proven right for the key file) must open this file; True when the key file should record the
    file's salt (written by an older version, or the file is a copy made with its own salt)."""
    salt = _file_salt(path)
    if decrypts(path, key):
        return slots.db_salt != salt.hex()
    recorded = bytes.fromhex(slots.db_salt) if slots.db_salt else None
    if recorded is not None and recorded != salt:
        if decrypts(path, key, salt=recorded):
            raise StorageError("storage.damaged", path=path, detail="the first 16 bytes of the file were overwritten")
        raise StorageError("storage.other_practice", path=path, key_file=slot_file_path(path))
    raise StorageError("storage.damaged", path=path, detail="the first page cannot be decrypted")


def _bind(slots: KeySlotFile, path: Path) -> None:
    """Record the file's salt in its key file (best effort: a key file that cannot be written stays as it was)."""
    slots.db_salt = _file_salt(path).hex()
    try:
        slots.write(slot_file_path(path))
    except (OSError, StorageError):
        pass


def open_encrypted(path: Path, *, passphrase: str | None = None, recovery_code: str | None = None,
                   use_keyring: bool = True) -> Database:
    """Open an existing encrypted database with the keyring, the passphrase or the recovery code.

    Opening is a check (``file_checks``): an empty, foreign, damaged or read-only file, or one whose log lost
    commits, is refused with the code that says which, before SQLite opens it; nothing is written to the file
    before the key is proven right and the file proven to be this key file's.
    """
    path = Path(path)
    check_database_file(path)
    refuse_network_location(path)
    slots = KeySlotFile.read(slot_file_path(path))
    key, note = _unlock(path, slots, passphrase, recovery_code, use_keyring)
    bind = _check_binding(path, slots, key)
    engine = open_engine(path, key)
    audit_key = _audit_key(key, slots.db_uuid)

    def back_up_first() -> None:   # the rollback of a migration is restoring this backup (checked first)
        export_verified(engine, bytes(key), path, default_folder(path), audit_key, "before-upgrade",
                        db_uuid=slots.db_uuid)
    try:
        upgrade_to_head(engine, back_up_first)
    except BaseException:
        engine.dispose()
        raise
    if bind:
        _bind(slots, path)
    return Database(engine, "sqlite", slots.db_uuid, audit_key, path, note, bytes(key))


def restore_backup(folder: Path, target: Path, *, passphrase: str | None = None,
                   recovery_code: str | None = None,
                   before_publish: Callable[[Database], None] | None = None) -> BackupReport:
    """Restore a verified backup as the new database ``target``: copied into a staging folder, opened there with
    the secret and checked against the backup's counts, and only then given its name. An interruption or a wrong
    secret leaves nothing at ``target``.

    ``before_publish`` is called with the checked copy still in the staging folder (the caller records the restore
    there), so that a database at ``target`` always carries what the caller wrote."""
    staged, report = restore_files(Path(folder), Path(target))
    try:
        db = open_encrypted(staged.path, passphrase=passphrase, recovery_code=recovery_code, use_keyring=False)
        try:
            check_restored(db.engine, report)
            if before_publish is not None:
                before_publish(db)
        finally:
            db.close()
        staged.publish()
    except BaseException:
        staged.discard()
        raise
    return report


def check_encrypted(path: Path, *, passphrase: str | None = None, recovery_code: str | None = None,
                    form: str = health.FULL) -> health.CheckReport:
    """``cordee check``: the checks of ``health`` on a database file, without writing anything (no migration, no
    binding, nothing created beside a file that has no log)."""
    path = Path(path)
    check_database_file(path, writing=False)
    slots = KeySlotFile.read(slot_file_path(path))
    key, _note = _unlock(path, slots, passphrase, recovery_code, use_keyring=False)
    _check_binding(path, slots, key)
    return health.check_file(path, key, _audit_key(key, slots.db_uuid), form)


def check_database(db: Database, form: str = health.QUICK) -> health.CheckReport:
    """Check the open database (the program after start-up, weekly); a damaged file is closed to writes at once.
    On a PostgreSQL server only the audit chain is checked (the full form)."""
    if db.backend != "sqlite":
        if form != health.FULL:
            return health.CheckReport(form)
        with db.reading_session() as session:
            chain = verify_chain(session, db.audit_key)
        return health.CheckReport(form, () if chain.ok else ("audit_trail",), chain.problems[:20], chain.rows)
    report = health.check_file(db.path, db.key, db.audit_key, form)
    if not report.ok:
        block_writes(db.engine, StorageError("storage.damaged", path=db.path, detail="; ".join(report.failed)))
    return report


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
