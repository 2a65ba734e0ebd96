"""The one connection factory for the encrypted file: key first, pinned PRAGMAs, checks.

Nothing else in the program may open the database file (no stdlib ``sqlite3``).

Every engine has a write gate: once the file is known to be damaged (a check found it, or a read met a page that
fails its authentication code), no transaction may write to it any more, and every later attempt is refused with
the same coded error. SQLite's errors (disk full, read-only, I/O error …) reach the services as coded
``StorageError``s (``failures.from_sqlite_error``), never as raw driver exceptions.
"""

from __future__ import annotations

import copy
import weakref
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

from app.services.errors import StorageError
from app.services.storage.failures import SQLITE_CORRUPT, SQLITE_NOTADB, STORAGE_FAILURES, from_sqlite_error

#: Execution option of connections that only read (a plain BEGIN: no write lock).
READ_ONLY = "cordee_read_only"

_blocked: weakref.WeakKeyDictionary[Engine, StorageError] = weakref.WeakKeyDictionary()


def block_writes(engine: Engine, error: StorageError) -> None:
    """From now on every write transaction on ``engine`` is refused with ``error`` (reads go on)."""
    _blocked.setdefault(engine, error)


def write_block(engine: Engine) -> StorageError | None:
    """Why ``engine`` refuses writes, or None."""
    return _blocked.get(engine)


def _refused(error: StorageError) -> StorageError:
    return copy.copy(error)   # a fresh exception each time (its traceback is its own)


def _key(conn, key_hex: str) -> None:
    """Key first, then the pinned cipher settings: every connection, read-write or read-only."""
    conn.execute("PRAGMA cipher_log_level = NONE")  # errors are reported by us, in one line
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    conn.execute("PRAGMA cipher_compatibility = 4")
    conn.execute("PRAGMA temp_store = MEMORY")


def _uri(path: Path) -> str:
    return "file:" + str(Path(path).absolute()).replace("%", "%25").replace("?", "%3f").replace("#", "%23")


def open_read_only(path: Path, key: bytes | bytearray, *, immutable: bool = False, salt: bytes | None = None):
    """A keyed connection that cannot write (a backup or a database being checked); SQLCipher's errors reach the
    caller. ``immutable``: nothing at all is created beside the file (no log, no shared memory, no lock) — for a
    file known to have no log. ``salt``: decrypt with this salt instead of the one at the start of the file (the
    salt the key file recorded; SQLCipher's raw key with salt, 48 bytes in hexadecimal)."""
    uri = _uri(path) + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        _key(conn, bytes(key).hex() + (salt.hex() if salt else ""))
    except BaseException:
        conn.close()
        raise
    return conn


def decrypts(path: Path, key: bytes | bytearray, *, salt: bytes | None = None) -> bool:
    """True when the key (with ``salt``, else the file's own) opens the file's first page; reads only the file."""
    try:
        conn = open_read_only(path, key, immutable=True, salt=salt)
    except sqlcipher3.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.Error:
        return False
    finally:
        conn.close()


def _keyed_connection(path: Path, key_hex: str):
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=5.0)
    try:
        _key(conn, key_hex)
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise StorageError("storage.not_sqlcipher")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA cache_size = -32768")  # 32 MiB of decrypted pages: decrypting dominates cold reads
        return conn
    except sqlcipher3.Error as exc:
        conn.close()
        raise from_sqlite_error(exc, path) from None
    except BaseException:
        conn.close()
        raise


def open_engine(path: Path, key: bytes | bytearray) -> Engine:
    """An SQLAlchemy engine over the encrypted file, every connection keyed and checked (the caller has checked
    the file itself: ``file_checks.check_database_file``)."""
    key_hex = bytes(key).hex()
    # Probe once now so that a damaged file is reported before the first query.
    _keyed_connection(path, key_hex).close()
    engine = create_engine("sqlite://", module=sqlcipher3, creator=lambda: _keyed_connection(path, key_hex),
                           poolclass=QueuePool, pool_size=4, max_overflow=4, pool_use_lifo=True, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _no_pysqlite_autobegin(dbapi_conn, _record):  # let SQLAlchemy emit BEGIN itself
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn):
        if conn.get_execution_options().get(READ_ONLY):
            conn.exec_driver_sql("BEGIN")  # a snapshot to read from, without waiting for the writer
        else:
            blocked = write_block(engine)
            if blocked is not None:
                raise _refused(blocked)
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # one writer at a time; audit rows need the chain head

    @event.listens_for(engine, "handle_error")
    def _coded(context):
        original = context.original_exception
        code = getattr(original, "sqlite_errorcode", None)
        if not isinstance(original, sqlcipher3.OperationalError | sqlcipher3.DatabaseError) \
                or isinstance(original, sqlcipher3.IntegrityError | sqlcipher3.ProgrammingError) \
                or not isinstance(code, int) or code & 0xFF not in STORAGE_FAILURES:
            return   # a constraint, a statement error …: the caller's business
        error = from_sqlite_error(original, path)
        if code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB):
            block_writes(engine, error)   # a page failed its authentication code: never write into this file
        raise error from None

    return engine


NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "glusterfs", "ceph",
                       "fuse.rclone", "davfs", "fuse.davfs2"}


def _mount_type(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    try:
        lines = mounts_file.read_text().splitlines()
    except OSError:
        return None
    resolved = str(path.resolve())
    best, best_type = "", None
    for line in lines:
        parts = line.split()
        if len(parts) >= 3:
            mount_point = parts[1].replace("\\040", " ")
            if (resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")) \
                    and len(mount_point) > len(best):
                best, best_type = mount_point, parts[2]
    return best_type


def refuse_network_location(path: Path, mounts_file: Path = Path("/proc/mounts")) -> None:
    """SQLite's locking does not work over network shares: several workstations need the PostgreSQL mode."""
    text_path = str(path)
    fs_type = _mount_type(path.parent if not path.exists() else path, mounts_file)
    if text_path.startswith(("\\\\", "//")) or (fs_type in NETWORK_FILESYSTEMS):
        raise StorageError("storage.network_share", path=path)
