"""Writing a file so that a half-written one never replaces a good one: temp file, fsync, rename.

``write_export`` is how every document the user asks for (PDF, CSV, FHIR …) reaches the disk, from a screen or
from the command line: the path is checked first (an existing folder, not a folder itself, not a device or a
link, which are never followed or replaced), then the file is written atomically and readable by its owner only.

What Cordée writes for itself is private too: ``private_folder`` creates the folders it needs readable by their
owner only (0700) and never changes a folder that already exists (one the user chose keeps its permissions);
``private_copy`` copies a file to a new one readable by its owner only (0600). On Windows, where modes mean
nothing, ``restrict_to_user`` removes the inherited permissions so that only the user can read them.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from app.services.errors import StorageError, ValidationError
from app.services.storage.failures import diagnose_folder, from_os_error


@contextmanager
def atomic_file(path: Path, *, text: bool = False, prefix: str = ".cordee-", suffix: str = ".tmp") -> Iterator[IO]:
    """A file object for ``path``: it replaces ``path`` only once everything is written and on disk."""
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=str(path.parent))   # created 0600
    try:
        with os.fdopen(fd, "w" if text else "wb", **({"encoding": "utf-8"} if text else {})) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        restrict_to_user(Path(tmp))
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def restrict_to_user(path: Path) -> None:
    """On Windows: only the user (and the system) may open ``path``. Elsewhere the mode given at creation
    (0600 files, 0700 folders) already says so."""
    if sys.platform != "win32":
        return
    user = os.environ.get("USERNAME")
    if user:   # best effort: a failure leaves the folder's inherited permissions (the user profile's)
        subprocess.run(["icacls", str(path), "/inheritance:r", "/grant:r", f"{user}:F", "/grant:r", "SYSTEM:F"],
                       capture_output=True, check=False)


def private_folder(folder: Path) -> Path:
    """``folder`` and its missing parents, each created readable by its owner only (0700); folders that already
    exist are left exactly as they are."""
    folder = Path(folder)
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for level in reversed(missing):
        try:
            level.mkdir(mode=0o700)
        except FileExistsError:
            continue   # made meanwhile by someone else: theirs
        restrict_to_user(level)
    return folder


def private_file(path: Path) -> int:
    """Create ``path`` (it must not exist) readable by its owner only; returns the open descriptor for writing."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    restrict_to_user(Path(path))
    return fd


def private_copy(source: Path, target: Path) -> None:
    """Copy ``source`` to the new file ``target`` (0600), on disk before returning."""
    with open(source, "rb") as src, os.fdopen(private_file(target), "wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())


def fsync_dir(directory: Path) -> None:
    """Make a rename or a new file in ``directory`` durable (best effort where the OS cannot)."""
    try:
        fd = os.open(str(directory), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def check_export_path(path: Path, field: str = "out") -> Path:
    """The path an export may be written to, or a coded refusal naming ``field``."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        if not folder.is_dir():
            raise ValidationError(field, "exports.folder_missing", folder=str(folder))
        info = os.lstat(path)
    except FileNotFoundError:
        problem = diagnose_folder(folder)   # a read-only disk or folder is said before anything is generated
        if problem is not None:
            raise problem from None
        return path
    except ValueError:   # a NUL character
        raise StorageError("storage.bad_path", path=path) from None
    except OSError as exc:
        raise from_os_error(exc, path, writing=True) from None
    if stat.S_ISDIR(info.st_mode):
        raise ValidationError(field, "exports.is_folder", path=str(path))
    if not stat.S_ISREG(info.st_mode):   # a link, a device, a pipe: never followed, never replaced
        raise ValidationError(field, "exports.not_a_file", path=str(path))
    return path


def write_export(path: Path, data: bytes, field: str = "out") -> Path:
    """Write an exported document atomically (checked path, temp file, fsync, rename); returns the path."""
    path = check_export_path(Path(path), field)
    try:
        with atomic_file(path) as fh:
            fh.write(data)
    except OSError as exc:   # disk full, read-only disk, no permission …: the failure class
        raise from_os_error(exc, path, writing=True) from None
    return path
