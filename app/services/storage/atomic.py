"""Writing a file so that a half-written one never replaces a good one: temp file, fsync, rename.

``write_export`` is how every document the user asks for (PDF, CSV, FHIR …) reaches the disk, from a screen or
from the command line: the path is checked first (an existing folder, not a folder itself, not a device or a
link, which are never followed or replaced), then the file is written atomically and readable by its owner only.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from app.services.errors import ValidationError


@contextmanager
def atomic_file(path: Path, *, text: bool = False, prefix: str = ".cordee-", suffix: str = ".tmp") -> Iterator[IO]:
    """A file object for ``path``: it replaces ``path`` only once everything is written and on disk."""
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=str(path.parent))   # created 0600
    try:
        with os.fdopen(fd, "w" if text else "wb", **({"encoding": "utf-8"} if text else {})) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
    if not folder.is_dir():
        raise ValidationError(field, "exports.folder_missing", folder=str(folder))
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise ValidationError(field, "exports.cannot_write", path=str(path), reason=exc.strerror or "") from None
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
    except OSError as exc:
        raise ValidationError(field, "exports.cannot_write", path=str(path), reason=exc.strerror or "") from None
    return path
