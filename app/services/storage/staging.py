"""New practice files appear whole or not at all, and an interrupted run leaves nothing that blocks the next one.

A new database (``cordee init``, the first-run wizard) and a restored one are made in a private staging folder
beside their final place (``.cordee-new-…``): the database file and its key file under their final names. Only
when they are complete — created and set up, or restored and checked — are they linked to the final names (the
key file first, then the database: the database's appearing is the moment the practice exists) and the staging
folder removed. A process killed before that leaves only its staging folder; one killed between the two links
leaves a key file without its database, which the staging folder's owner record identifies.

Each unfinished folder (staging, or a backup's ``.partial``) holds an owner record locked by the process that
works in it. At the next run, folders whose owner is gone are removed (``clean_interrupted``,
``clean_partial_backups``) and the caller says so.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from app.services.errors import StorageError
from app.services.storage.atomic import fsync_dir, private_file, private_folder
from app.services.storage.failures import from_os_error
from app.services.storage.keyslots import slot_file_path

STAGING_PREFIX = ".cordee-new-"
PARTIAL_SUFFIX = ".partial"
OWNER = ".cordee-owner"
#: An unfinished folder without an owner record (an older version's, or one caught between two steps) is left
#: alone this long.
GRACE_S = 600


class Claim:
    """This process works in ``folder``: an owner record, locked for as long as the claim is held."""

    def __init__(self, folder: Path, **facts):
        self.folder = Path(folder)
        self.path = self.folder / OWNER
        self.fd = private_file(self.path)
        _lock(self.fd)
        self.facts = {"pid": os.getpid(), "host": socket.gethostname(),
                      "started": datetime.now(UTC).isoformat(timespec="seconds")}
        self.note(**facts)

    def note(self, **facts) -> None:
        """Add facts to the owner record (the staged database's name and id, for the cleaning)."""
        self.facts.update(facts)
        data = json.dumps(self.facts).encode()
        os.lseek(self.fd, 0, os.SEEK_SET)
        os.ftruncate(self.fd, 0)
        os.write(self.fd, data)

    def release(self, *, remove: bool = True) -> None:
        if self.fd is None:
            return
        os.close(self.fd)   # closing the descriptor drops the lock
        self.fd = None
        if remove:
            self.path.unlink(missing_ok=True)


def _lock(fd: int) -> bool:
    """Take the exclusive lock on an owner record without waiting; False when another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt  # Windows only

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl  # POSIX only

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def abandoned(folder: Path, now: float | None = None) -> bool:
    """True when no running process works in ``folder`` any more."""
    owner = Path(folder) / OWNER
    try:
        fd = os.open(owner, os.O_RDWR)
    except FileNotFoundError:
        try:
            return (now or time.time()) - Path(folder).stat().st_mtime > GRACE_S
        except OSError:
            return False
    except OSError:
        return False
    try:
        return _lock(fd)
    finally:
        os.close(fd)


def _owner_facts(folder: Path) -> dict:
    try:
        facts = json.loads((folder / OWNER).read_text(encoding="utf-8"))
        return facts if isinstance(facts, dict) else {}
    except (OSError, ValueError):
        return {}


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def clean_interrupted(folder: Path) -> list[str]:
    """Remove what interrupted creations and restores left in ``folder``; returns what was removed, to say so."""
    removed = []
    for child in sorted(Path(folder).glob(STAGING_PREFIX + "*")) if Path(folder).is_dir() else []:
        if not child.is_dir() or child.is_symlink() or not abandoned(child):
            continue
        facts = _owner_facts(child)
        name, db_uuid = facts.get("name"), facts.get("db_uuid")
        if isinstance(name, str) and isinstance(db_uuid, str) and name and "/" not in name and "\\" not in name:
            final = Path(folder) / name
            keys = slot_file_path(final)
            if keys.is_file() and not final.exists() and _uuid_of(keys) == db_uuid:
                keys.unlink()   # linked in place by the interrupted run, whose database never followed
                removed.append(keys.name)
        shutil.rmtree(child, ignore_errors=True)
        removed.append(child.name)
    return removed


def clean_partial_backups(folder: Path) -> list[tuple[str, int]]:
    """Remove the unfinished backups (``….partial``) that no running backup owns; (name, bytes) of each."""
    removed = []
    for child in sorted(Path(folder).glob("cordee-*" + PARTIAL_SUFFIX)) if Path(folder).is_dir() else []:
        if child.is_dir() and not child.is_symlink() and abandoned(child):
            size = _size(child)
            shutil.rmtree(child, ignore_errors=True)
            removed.append((child.name, size))
    return removed


def _uuid_of(keys: Path) -> str | None:
    try:
        data = json.loads(keys.read_text(encoding="utf-8"))
        return data.get("db_uuid") if isinstance(data, dict) else None
    except (OSError, ValueError):
        return None


@dataclass
class Staged:
    """A database (and its key file) being made in a staging folder; ``path`` is the database inside it."""

    folder: Path
    final: Path
    claim: Claim = field(repr=False)

    @property
    def path(self) -> Path:
        return self.folder / self.final.name

    def publish(self) -> Path:
        """Link the finished files to their final names (never over existing ones) and remove the staging
        folder; returns the final database path. The database must be closed (no log beside it)."""
        keys, final_keys = slot_file_path(self.path), slot_file_path(self.final)
        _link(keys, final_keys)
        try:
            _link(self.path, self.final)
        except BaseException:
            final_keys.unlink(missing_ok=True)
            raise
        fsync_dir(self.final.parent)
        self.claim.release()
        shutil.rmtree(self.folder, ignore_errors=True)
        return self.final

    def discard(self) -> None:
        """Remove the staging folder and everything in it."""
        self.claim.release()
        shutil.rmtree(self.folder, ignore_errors=True)


def stage(final: Path) -> Staged:
    """A new staging folder beside ``final`` (whose folder must exist and be writable)."""
    final = Path(final)
    folder = final.parent / f"{STAGING_PREFIX}{secrets.token_hex(6)}"
    try:
        private_folder(folder)
        claim = Claim(folder, name=final.name)
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise from_os_error(exc, final.parent, writing=True) from None
    return Staged(folder, final, claim)


def _link(source: Path, target: Path) -> None:
    """``source`` appears as ``target``, which must not exist (checked by the file system where it can link)."""
    try:
        os.link(source, target)
        return
    except FileExistsError:
        raise StorageError("storage.exists", path=target) from None
    except OSError as exc:
        if exc.errno is None or target.exists() or not source.exists():
            raise from_os_error(exc, target, writing=True) from None
    if os.path.lexists(target):   # a file system without links (FAT, some shares): rename, after a check
        raise StorageError("storage.exists", path=target)
    try:
        os.rename(source, target)
    except OSError as exc:
        raise from_os_error(exc, target, writing=True) from None
