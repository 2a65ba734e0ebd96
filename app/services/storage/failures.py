"""What the operating system or SQLite says, turned into one coded ``StorageError`` per failure class.

A full disk, a read-only disk, a folder the user may not write to, a file the user may not read, a folder or a
device where a file was expected, a failing disk: each has its own code, so that the message says what helps
(free space, copy the file to a writable disk, ask for access …) instead of "the file is damaged".
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from app.services.errors import StorageError

# SQLite's primary result codes (the low byte of an extended code)
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26
#: The SQLite results that are about the file or the disk, not about a statement.
STORAGE_FAILURES = frozenset({SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT,
                              SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB})


def read_only_disk(path: Path) -> bool:
    """True when ``path`` (or its nearest existing parent) lies on a file system mounted read-only."""
    probe = Path(path)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return bool(os.statvfs(probe).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):   # Windows has no statvfs: the write itself will say EROFS/EACCES
        return False


#: An I/O error on a disk with less free space than this is the full disk: SQLite says SQLITE_IOERR, not
#: SQLITE_FULL, when the log or its index cannot grow (a full tmpfs, a full USB stick).
LOW_SPACE_BYTES = 1024 * 1024


def disk_nearly_full(path: Path) -> bool:
    """True when the file system of ``path`` (or of its nearest existing parent) has less than
    ``LOW_SPACE_BYTES`` free for this user."""
    probe = Path(path)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        info = os.statvfs(probe)
    except (OSError, AttributeError):   # Windows has no statvfs: its writes say ENOSPC themselves
        return False
    return info.f_bavail * info.f_frsize < LOW_SPACE_BYTES


def from_os_error(exc: OSError, path: Path | str | None = None, *, writing: bool = False) -> StorageError:
    """The failure class of an ``OSError`` met while reading (or, ``writing``, writing) ``path``."""
    where = Path(path if path is not None else (exc.filename or ""))
    number = exc.errno
    if number in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return StorageError("storage.disk_full", path=where)
    if number == errno.EROFS or (number in (errno.EACCES, errno.EPERM) and writing and read_only_disk(where)):
        return StorageError("storage.read_only_disk", path=where)
    if number in (errno.EACCES, errno.EPERM):
        if writing:
            return StorageError("storage.not_writable", path=where)
        return StorageError("storage.not_readable", path=where)
    if number == errno.EISDIR:
        return StorageError("storage.is_folder", path=where)
    if number in (errno.ENXIO, errno.ENODEV, errno.ESPIPE):
        return StorageError("storage.not_a_file", path=where)
    if number == errno.EIO:
        return StorageError("storage.io_error", path=where)
    if number == errno.ENOENT:
        if writing or not where.parent.is_dir():
            return StorageError("storage.no_folder", folder=where.parent)
        return StorageError("storage.missing", path=where)
    if number == errno.ENOTDIR:
        blocker = file_in_the_way(where)
        if blocker is not None:
            return StorageError("storage.not_a_folder", path=blocker)
        return StorageError("storage.no_folder", folder=where.parent)
    if number in (errno.ENAMETOOLONG, errno.ELOOP, errno.EINVAL):
        return StorageError("storage.bad_path", path=where)
    return StorageError("storage.os_error", path=where, error=exc.strerror or type(exc).__name__)


def file_in_the_way(path: Path) -> Path | None:
    """The nearest of ``path`` and its parents that exists and is not a folder (where a folder was expected)."""
    for level in (Path(path), *Path(path).parents):
        try:
            if level.exists():
                return None if level.is_dir() else level
        except OSError:
            return None
    return None


def diagnose_folder(folder: Path) -> StorageError | None:
    """Why new files cannot be written in ``folder`` (missing, not a folder, read-only disk, no permission), or
    None when they can."""
    folder = Path(folder)
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        return StorageError("storage.no_folder", folder=folder)
    except OSError as exc:
        return from_os_error(exc, folder)
    if not stat.S_ISDIR(info.st_mode):
        return StorageError("storage.not_a_folder", path=folder)
    if read_only_disk(folder):
        return StorageError("storage.read_only_disk", path=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        return StorageError("storage.not_writable", path=folder)
    return None


def from_sqlite_error(exc: Exception, path: Path | None) -> StorageError:
    """The failure class of an SQLite error (``sqlite_errorcode``) on the database at ``path``."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    where = Path(path) if path is not None else Path("")
    if primary == SQLITE_FULL:
        return StorageError("storage.disk_full", path=where)
    if primary in (SQLITE_READONLY, SQLITE_PERM):
        if read_only_disk(where):
            return StorageError("storage.read_only_disk", path=where)
        return StorageError("storage.not_writable", path=where)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return StorageError("storage.busy", path=where)
    if primary == SQLITE_IOERR:
        if disk_nearly_full(where):
            return StorageError("storage.disk_full", path=where)
        return StorageError("storage.io_error", path=where)
    if primary == SQLITE_CANTOPEN:
        return diagnose_folder(where.parent) or StorageError("storage.not_writable", path=where)
    return StorageError("storage.damaged", path=where, detail=str(exc))
