"""Opening is a check: empty, foreign, damaged, truncated files and a log that lost commits are refused before
SQLite opens them, with the code that says which, and every file is left exactly as it was (sha256)."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.services.errors import StorageError
from app.services.storage import file_checks
from app.services.storage.database import check_database, check_encrypted, create_encrypted, open_encrypted
from app.services.storage.keyslots import KeySlotFile, slot_file_path
from tests.conftest import PASSPHRASE, TEST_KDF

ROOT = Path(__file__).resolve().parents[3]


def digest(folder: Path) -> dict[str, str]:
    """sha256 of every file in ``folder`` (what a refusal must leave unchanged; new files show up too)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def refused(path: Path, **secret) -> StorageError:
    before = digest(path.parent)
    with pytest.raises(StorageError) as err:
        open_encrypted(path, use_keyring=False, **(secret or {"passphrase": PASSPHRASE}))
    assert digest(path.parent) == before, "a refused file (or its neighbours) changed"
    return err.value


def copy_practice(source: Path, target: Path, *, keys_from: Path | None = None) -> Path:
    shutil.copy(source, target)
    shutil.copy(slot_file_path(keys_from or source), slot_file_path(target))
    return target


@pytest.fixture
def closed(new_db):
    db, path, recovery = new_db
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE probe(n INTEGER)"))
        conn.execute(text("INSERT INTO probe VALUES (1), (2), (3)"))
    db.close()
    return path


def test_an_empty_file_is_never_turned_into_a_practice(closed, tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    shutil.copy(slot_file_path(closed), slot_file_path(empty))
    err = refused(empty)
    assert err.code == "storage.empty_file" and err.params == {"path": empty}
    assert empty.stat().st_size == 0
    with pytest.raises(StorageError) as err:
        check_encrypted(empty, passphrase=PASSPHRASE)
    assert err.value.code == "storage.empty_file"


@pytest.mark.parametrize("case, code", [("folder", "storage.is_folder"), ("device", "storage.not_a_file"),
                                        ("fifo", "storage.not_a_file"), ("missing", "storage.missing"),
                                        ("nul", "storage.bad_path")])
def test_a_path_that_is_no_database_file(tmp_path, case, code):
    path = {"folder": tmp_path, "device": Path("/dev/zero"), "fifo": tmp_path / "pipe",
            "missing": tmp_path / "none.db", "nul": Path(str(tmp_path / "a\x00b.db"))}[case]
    if case == "fifo":
        os.mkfifo(path)
    with pytest.raises(StorageError) as err:
        open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False)
    assert err.value.code == code


def test_another_practices_database_or_key_file_is_recognised(closed, tmp_path):
    other_db, _ = create_encrypted(tmp_path / "other.db", PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    other_db.close()
    other = tmp_path / "other.db"
    # another practice's database beside this one's key file (same passphrase: the key opens the key file)
    swapped = copy_practice(other, tmp_path / "swapped.db", keys_from=closed)
    err = refused(swapped)
    assert err.code == "storage.other_practice" and err.params["key_file"] == slot_file_path(swapped)
    # this database beside another practice's key file, whose passphrase differs
    foreign_keys = copy_practice(closed, tmp_path / "foreign.db", keys_from=other)
    err = refused(foreign_keys, passphrase="the other practice's passphrase")
    assert err.code == "storage.key_file_mismatch"
    with pytest.raises(StorageError) as err:
        check_encrypted(swapped, passphrase=PASSPHRASE)
    assert err.value.code == "storage.other_practice"


def test_the_key_file_records_the_salt_of_its_database(closed):
    slots = KeySlotFile.read(slot_file_path(closed))
    assert slots.db_salt == closed.read_bytes()[:16].hex()


def test_a_key_file_of_an_older_version_is_bound_at_the_next_open(closed):
    keys = slot_file_path(closed)
    slots = KeySlotFile.read(keys)
    slots.db_salt = None
    slots.write(keys)
    open_encrypted(closed, passphrase=PASSPHRASE, use_keyring=False).close()
    assert KeySlotFile.read(keys).db_salt == closed.read_bytes()[:16].hex()


@pytest.mark.parametrize("damage", ["salt zeroed", "page 1 flipped", "not whole pages", "pages cut off"])
def test_damage_at_the_start_or_the_end_is_refused_as_damaged(closed, tmp_path, damage):
    path = copy_practice(closed, tmp_path / "copy.db")
    data = bytearray(path.read_bytes())
    if damage == "salt zeroed":
        data[:16] = bytes(16)
    elif damage == "page 1 flipped":
        data[1000] ^= 0x01
    elif damage == "not whole pages":
        data = data[:-100]
    else:
        data = data[:len(data) // 2 // 4096 * 4096]
    path.write_bytes(bytes(data))
    err = refused(path)
    assert err.code == "storage.damaged" and err.params["path"] == path


def test_the_recorded_salt_tells_overwritten_first_bytes_from_another_practice(closed, tmp_path):
    path = copy_practice(closed, tmp_path / "copy.db")
    data = bytearray(path.read_bytes())
    data[:16] = bytes(range(16))
    path.write_bytes(bytes(data))
    err = refused(path)
    assert err.code == "storage.damaged" and "overwritten" in err.params["detail"]


def test_a_flipped_byte_deep_in_the_file_is_found_by_the_check_and_nothing_more_is_written(practice, tmp_path):
    from app.services.demo import base as demo

    demo.generate_patients(practice.ctx["physician"], 200, seed=3)
    practice.db.close()
    path = copy_practice(practice.path, tmp_path / "copy.db")
    data = bytearray(path.read_bytes())
    data[len(data) - 3 * 4096 + 500] ^= 0x40   # a page near the end, far from the first
    path.write_bytes(bytes(data))
    before = digest(tmp_path)
    db = open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False)   # the first page is sound
    try:
        report = check_database(db)
        assert not report.ok and report.failed == ("encrypted_pages",)
        assert db.write_block is not None and db.write_block.code == "storage.damaged"
        from app.services.kernel.context import ServiceContext
        from app.services.security.actor import SYSTEM

        with pytest.raises(StorageError) as err:   # any write: refused before it starts
            with ServiceContext(db, SYSTEM).transaction() as session:
                session.execute(text("UPDATE practice SET name = 'x'"))
        assert err.value.code == "storage.damaged"
    finally:
        db.close()
    assert {k: v for k, v in digest(tmp_path).items() if k.startswith("copy.db")} == \
        {k: v for k, v in before.items() if k.startswith("copy.db")}
    full = check_encrypted(path, passphrase=PASSPHRASE)
    assert not full.ok and "encrypted_pages" in full.failed


def test_a_page_that_fails_while_reading_closes_the_file_to_writes(closed, tmp_path):
    path = copy_practice(closed, tmp_path / "copy.db")
    db = open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False)
    try:
        with db.engine.connect() as conn:
            rootpage = conn.execute(text("SELECT rootpage FROM sqlite_master WHERE name = 'probe'")).scalar()
        db.engine.dispose()   # nothing cached: the next read goes to the file
        data = bytearray(path.read_bytes())
        data[(rootpage - 1) * 4096 + 200] ^= 0x01
        path.write_bytes(bytes(data))
        with pytest.raises(StorageError) as err, db.engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM probe")).scalar()
        assert err.value.code == "storage.damaged"
        assert db.write_block is not None
        with pytest.raises(StorageError), db.engine.begin() as conn:
            conn.execute(text("INSERT INTO probe VALUES (4)"))
    finally:
        db.close()


# -- the write-ahead log --------------------------------------------------------------------------------------

WRITER = """
import os, signal, sys
from pathlib import Path
from sqlalchemy import text
from app.services.storage.database import open_encrypted
db = open_encrypted(Path(sys.argv[1]), passphrase=sys.argv[2], use_keyring=False)
for i in range(int(sys.argv[3])):
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO probe VALUES (:n)"), {"n": 100 + i})
    print(i, flush=True)   # acknowledged
os.kill(os.getpid(), signal.SIGKILL)
"""


def killed_writer(path: Path, commits: int) -> list[str]:
    """Commit ``commits`` rows in another process, then SIGKILL it: the log holds them, not yet folded."""
    out = subprocess.run([sys.executable, "-c", WRITER, str(path), PASSPHRASE, str(commits)], capture_output=True,
                         text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert out.returncode == -signal.SIGKILL, out.stderr
    assert file_checks.wal_path(path).stat().st_size > 32
    return out.stdout.split()


def rows(path: Path) -> int:
    db = open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False)
    try:
        with db.engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM probe")).scalar()
    finally:
        db.close()


@pytest.fixture
def after_kill(closed):
    acknowledged = killed_writer(closed, 12)
    assert len(acknowledged) == 12
    return closed


def test_a_killed_writers_log_is_replayed_whole(after_kill):
    scan = file_checks.scan_wal(file_checks.wal_path(after_kill))
    assert scan.committed >= 12 and scan.lost_commits == 0
    assert file_checks.shm_committed_frames(file_checks.shm_path(after_kill), scan.salts) == scan.committed
    assert rows(after_kill) == 3 + 12


def test_a_deleted_log_is_refused_while_the_index_says_it_held_commits(after_kill):
    file_checks.wal_path(after_kill).unlink()
    err = refused(after_kill)
    assert err.code == "storage.wal_missing" and err.params["frames"] >= 12


@pytest.mark.parametrize("damage", ["flip in the first frame", "flip in the first frame, index deleted",
                                    "log cut in half", "header flipped"])
def test_a_damaged_log_that_would_lose_commits_is_refused(after_kill, damage):
    wal = file_checks.wal_path(after_kill)
    data = bytearray(wal.read_bytes())
    if damage.startswith("flip in the first frame"):
        data[32 + 24 + 2000] ^= 0x01
    elif damage == "header flipped":
        data[12] ^= 0x01
    else:
        data = data[:32 + (len(data) - 32) // 2]
    wal.write_bytes(bytes(data))
    if damage.endswith("index deleted"):
        file_checks.shm_path(after_kill).unlink()
    err = refused(after_kill)
    assert err.code == "storage.wal_damaged"


def test_a_torn_last_transaction_that_was_never_acknowledged_is_not_a_loss(after_kill):
    """A crash while the last transaction was being written leaves frames that fail their checksum and no commit
    after them: SQLite drops them, nothing acknowledged is lost, and the file opens."""
    wal = file_checks.wal_path(after_kill)
    data = wal.read_bytes()
    page_size = struct.unpack(">I", data[8:12])[0]
    header = bytearray(data[-(24 + page_size):-page_size])
    header[4:8] = bytes(4)                              # not a commit frame
    torn = bytes(header) + os.urandom(page_size)        # its checksum cannot match
    wal.write_bytes(data + torn)
    assert file_checks.scan_wal(wal).lost_commits == 0
    assert rows(after_kill) == 3 + 12


def test_check_reads_without_writing_anything(after_kill):
    """The database and its log are only read (SQLite rebuilds its shared-memory index, -shm, to read the log)."""
    before = digest(after_kill.parent)
    report = check_encrypted(after_kill, passphrase=PASSPHRASE)
    assert report.ok and report.ran == ("encrypted_pages", "integrity", "foreign_keys", "audit_trail")
    after = digest(after_kill.parent)
    assert {k: v for k, v in after.items() if not k.endswith("-shm")} == \
        {k: v for k, v in before.items() if not k.endswith("-shm")}
    assert rows(after_kill) == 3 + 12   # and the log still replays whole
    db_only = after_kill.parent / "alone.db"
    shutil.copy(after_kill, db_only)
    shutil.copy(slot_file_path(after_kill), slot_file_path(db_only))
    names = sorted(p.name for p in after_kill.parent.iterdir())
    check_encrypted(db_only, passphrase=PASSPHRASE, form="quick")
    assert sorted(p.name for p in after_kill.parent.iterdir()) == names   # nothing created beside a file without log
