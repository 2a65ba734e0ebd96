"""Opening is a check: what is looked at before SQLite ever opens the practice file.

SQLite turns an empty file into a new database, and the first connection that opens a file replays its
write-ahead log (``-wal``) and, on close, folds it into the file and deletes it: a log with a damaged frame then
silently loses every commit after that frame, and a deleted log the commits it held. So, before any connection:

* the path must be an ordinary file, readable, not empty, a whole number of pages, encrypted, and (to be opened
  for work) writable on a writable disk;
* the log must hold every commit the program acknowledged: its frames are checked the way SQLite checks them
  (salts and running checksums), and compared with the shared-memory index (``-shm``) that the last writer left,
  which counts the frames it committed. A committed frame that cannot be read, or a log missing while the index
  says it held commits, refuses the file (``storage.wal_damaged`` / ``storage.wal_missing``): nothing is replayed,
  folded or deleted, and the files are kept as they are for a restore or an analysis.

Formats: https://www.sqlite.org/fileformat2.html#walformat and #walindexformat.
"""

from __future__ import annotations

import os
import stat
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from app.services.errors import StorageError
from app.services.storage.failures import from_os_error, read_only_disk

PAGE_SIZE = 4096
PLAINTEXT_HEADER = b"SQLite format 3\x00"
WAL_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}   # checksums over little- or big-endian words
WAL_HEADER, FRAME_HEADER = 32, 24
SHM_VERSION = 3007000
_MASK = 0xFFFFFFFF


def wal_path(path: Path) -> Path:
    return Path(str(path) + "-wal")


def shm_path(path: Path) -> Path:
    return Path(str(path) + "-shm")


def check_database_file(path: Path, *, writing: bool = True) -> None:
    """Refuse, with the code of the failure class, a path that is not a sound encrypted practice file, before
    anything opens it. ``writing``: it is opened for work (the file and its folder must be writable)."""
    path = Path(path)
    try:
        info = os.stat(path)   # a link to the database is followed: the file it names is checked
    except FileNotFoundError:
        raise StorageError("storage.missing", path=path) from None
    except ValueError:   # a NUL character in the path
        raise StorageError("storage.bad_path", path=path) from None
    except OSError as exc:
        raise from_os_error(exc, path) from None
    if stat.S_ISDIR(info.st_mode):
        raise StorageError("storage.is_folder", path=path)
    if not stat.S_ISREG(info.st_mode):
        raise StorageError("storage.not_a_file", path=path)
    if info.st_size == 0:
        raise StorageError("storage.empty_file", path=path)
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise from_os_error(exc, path) from None
    if header == PLAINTEXT_HEADER:
        raise StorageError("storage.plaintext", path=path)
    if info.st_size < PAGE_SIZE or info.st_size % PAGE_SIZE:
        raise StorageError("storage.damaged", path=path, detail=f"truncated: {info.st_size} bytes")
    if writing:
        _check_writable(path)
    check_write_ahead_log(path)


def _check_writable(path: Path) -> None:
    if read_only_disk(path):
        raise StorageError("storage.read_only_disk", path=path)
    folder = path.parent
    for target in (path, folder):
        if not os.access(target, os.W_OK):
            raise StorageError("storage.not_writable", path=target)


@dataclass(frozen=True)
class WalScan:
    """What a write-ahead log holds: ``committed`` frames readable up to the last commit; ``lost_commits``: commits
    written after a frame that fails its checksum (they can never be replayed); ``salts`` of this log."""

    committed: int
    lost_commits: int
    salts: bytes


def scan_wal(wal: Path) -> WalScan | None:
    """Read a write-ahead log the way SQLite's recovery does; None when there is none (or it is empty)."""
    try:
        size = wal.stat().st_size
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise from_os_error(exc, wal) from None
    if size < WAL_HEADER:
        return None if size == 0 else WalScan(0, 0, b"")
    try:
        with wal.open("rb") as fh:
            return _scan(fh, size)
    except OSError as exc:
        raise from_os_error(exc, wal) from None


def _checksum(data: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def _scan(fh, size: int) -> WalScan:
    header = fh.read(WAL_HEADER)
    magic, _version, page_size, _ckpt, _salt1, _salt2, c0, c1 = struct.unpack(">8I", header)
    order = WAL_MAGIC.get(magic)
    frames = (size - WAL_HEADER) // (FRAME_HEADER + page_size) if page_size else 0
    if order is None or page_size not in (512, 1024, 2048, 4096, 8192, 16384, 32768, 65536) \
            or _checksum(header[:24], order, 0, 0) != (c0, c1):
        # SQLite ignores a log whose header is unreadable: whatever frames it holds are lost.
        return WalScan(0, 1 if frames else 0, b"")
    salts = header[16:24]
    s0, s1 = c0, c1
    committed = lost = 0
    damaged = False
    for index in range(1, frames + 1):
        frame_header = fh.read(FRAME_HEADER)
        page = fh.read(page_size)
        if len(page) < page_size:
            break
        page_no, commit_size = struct.unpack(">II", frame_header[:8])
        if frame_header[8:16] != salts:
            if not damaged:
                break   # an older log's frames: SQLite stops here, and so nothing is lost
            continue
        if not damaged:
            s0, s1 = _checksum(frame_header[:8] + page, order, s0, s1)
            if (s0, s1) == struct.unpack(">II", frame_header[16:24]) and page_no:
                if commit_size:
                    committed = index
                continue
            damaged = True
        elif commit_size:
            lost += 1   # a commit of this log written after the damaged frame
    return WalScan(committed, lost, salts)


def shm_committed_frames(shm: Path, salts: bytes | None = None) -> int | None:
    """How many log frames the last writer had committed, from its shared-memory index; None when there is no
    usable index (absent, being initialised, or — given ``salts`` — about another generation of the log)."""
    try:
        with shm.open("rb") as fh:
            data = fh.read(96)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise from_os_error(exc, shm) from None
    if len(data) < 96 or data[:48] != data[48:96]:
        return None   # the two copies differ: the index was being written; SQLite rebuilds it
    order = "<" if sys.byteorder == "little" else ">"
    version, _unused, _change, is_init, _big_end, _page_size, max_frame = struct.unpack(f"{order}IIIBBHI", data[:20])
    if version != SHM_VERSION or not is_init:
        return None
    if salts is not None and data[32:40] != salts:
        return None
    return max_frame


def check_write_ahead_log(path: Path) -> None:
    """Refuse a database whose log lost, or would lose on opening, commits the program had acknowledged."""
    scan = scan_wal(wal_path(path))
    if scan is None:
        expected = shm_committed_frames(shm_path(path))
        if expected:
            raise StorageError("storage.wal_missing", path=path, frames=expected)
        return
    if scan.lost_commits:
        raise StorageError("storage.wal_damaged", path=path, detail=f"{scan.lost_commits} commits after a "
                                                                     f"damaged frame")
    expected = shm_committed_frames(shm_path(path), scan.salts or None)
    if expected is not None and expected > scan.committed:
        raise StorageError("storage.wal_damaged", path=path,
                           detail=f"{expected - scan.committed} committed frames unreadable")
