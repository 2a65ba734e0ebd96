"""The one connection factory for the encrypted file: key first, pinned PRAGMAs, checks.

Nothing else in the program may open the database file (no stdlib ``sqlite3``).
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

from app.services.errors import StorageError

#: Execution option of connections that only read (a plain BEGIN: no write lock).
READ_ONLY = "cordee_read_only"

PLAINTEXT_HEADER = b"SQLite format 3\x00"


def assert_not_plaintext(path: Path) -> None:
    """Refuse a file that is a plain (unencrypted) SQLite database."""
    if path.exists() and path.stat().st_size >= 16:
        with path.open("rb") as fh:
            if fh.read(16) == PLAINTEXT_HEADER:
                raise StorageError("storage.plaintext", path=path)


def _key(conn, key_hex: str) -> None:
    """Key first, then the pinned cipher settings: every connection, read-write or read-only."""
    conn.execute("PRAGMA cipher_log_level = NONE")  # errors are reported by us, in one line
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    conn.execute("PRAGMA cipher_compatibility = 4")
    conn.execute("PRAGMA temp_store = MEMORY")


def open_read_only(path: Path, key: bytes | bytearray):
    """A keyed connection that cannot write (a backup being checked); SQLCipher's errors reach the caller."""
    conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    try:
        _key(conn, bytes(key).hex())
    except BaseException:
        conn.close()
        raise
    return conn


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
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise StorageError("storage.damaged", path=path, detail=str(exc)) from None
    except BaseException:
        conn.close()
        raise


def open_engine(path: Path, key: bytes | bytearray) -> Engine:
    """An SQLAlchemy engine over the encrypted file, every connection keyed and checked."""
    assert_not_plaintext(path)
    key_hex = bytes(key).hex()
    # Probe once now so that a damaged file is reported before the first query.
    _keyed_connection(path, key_hex).close()
    engine = create_engine("sqlite://", module=sqlcipher3, creator=lambda: _keyed_connection(path, key_hex),
                           poolclass=QueuePool, pool_size=4, max_overflow=4, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _no_pysqlite_autobegin(dbapi_conn, _record):  # let SQLAlchemy emit BEGIN itself
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn):
        if conn.get_execution_options().get(READ_ONLY):
            conn.exec_driver_sql("BEGIN")  # a snapshot to read from, without waiting for the writer
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # one writer at a time; audit rows need the chain head

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
