"""Every failure class has its own one-line message, from the real command line on a real disk: a full disk, a
read-only disk, a file or folder this user may not read or write. Nothing acknowledged is lost, no half-made copy
is left behind, and the files are unchanged where nothing could be written (sha256).

The disks are small tmpfs mounts (root only: elsewhere these tests are skipped); the permission cases run the
command without root's right to override file permissions (``setpriv``), so they meet "permission denied" like
any user.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.services.storage.database import create_encrypted
from app.ui.common.errors.render import ERROR_TEXTS
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.fault_support import IS_ROOT, cordee, digest, fill, remount, tmpfs, unprivileged
from tests.support import build_practice

pytestmark = pytest.mark.fault


def said(code: str, stderr: str) -> bool:
    """True when ``stderr`` is exactly one line: the English text of ``code`` (any value in its placeholders)."""
    lines = stderr.strip().splitlines()
    parts = re.split(r"\{\w+\}", ERROR_TEXTS[code])
    pattern = "cordee: " + ".+".join(re.escape(part) for part in parts)
    return len(lines) == 1 and re.fullmatch(pattern, lines[0]) is not None


def make_practice(folder: Path) -> Path:
    path = folder / "practice.db"
    db, recovery = create_encrypted(path, PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    build_practice(db, path, recovery)
    db.close()
    return path


@pytest.fixture
def env(tmp_path):
    return {"CORDEE_PASSPHRASE": PASSPHRASE, "CORDEE_LOG_DIR": str(tmp_path / "log")}


def patients(db: Path, env: dict) -> list[str]:
    done = cordee("patients", "--db", str(db), "--limit", "1000", env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_a_full_disk_is_said_as_such_and_nothing_acknowledged_is_lost(tmp_path, env):
    with tmpfs(tmp_path / "disk", "8m") as disk:
        db = make_practice(disk)
        assert cordee("demo-data", "--db", str(db), "--patients", "5", env=env).returncode == 0
        before = patients(db, env)
        filler = fill(disk)
        done = cordee("demo-data", "--db", str(db), "--patients", "300", env=env)
        assert done.returncode == 1 and said("storage.disk_full", done.stderr), done.stderr
        filler.unlink()
        checked = cordee("check", "--db", str(db), env=env)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert patients(db, env) == before


def test_a_backup_onto_a_full_disk_leaves_no_partial_copy(tmp_path, env):
    db = make_practice(tmp_path)
    with tmpfs(tmp_path / "stick", "4m") as stick:
        (stick / "backups").mkdir()
        fill(stick)
        done = cordee("backup", "--db", str(db), "--to", str(stick / "backups"), env=env)
        assert done.returncode == 1 and said("storage.disk_full", done.stderr), done.stderr
        assert list((stick / "backups").iterdir()) == []


def test_a_read_only_disk_is_said_as_such_and_changes_nothing(tmp_path, env):
    with tmpfs(tmp_path / "disk", "8m") as disk:
        db = make_practice(disk)
        before = digest(disk)
        remount(disk, "ro")
        try:
            written = cordee("demo-data", "--db", str(db), "--patients", "3", env=env)
            created = cordee("init", "--db", str(disk / "new.db"), env=env)
            assert digest(disk) == before
        finally:
            remount(disk, "rw")
        assert written.returncode == 1 and said("storage.read_only_disk", written.stderr), written.stderr
        assert created.returncode == 1 and said("storage.read_only_disk", created.stderr), created.stderr


@pytest.mark.skipif(not IS_ROOT, reason="runs the command without root's permission override (setpriv)")
def test_files_and_folders_this_user_may_not_use_are_said_as_such(tmp_path, env):
    files = tmp_path / "files"
    files.mkdir()
    db = make_practice(files)
    closed = files / "closed"
    closed.mkdir(mode=0o555)
    before = digest(files)
    db.chmod(0o000)
    try:
        unreadable = cordee("patients", "--db", str(db), prefix=unprivileged(), env=env)
    finally:
        db.chmod(0o600)
    created = cordee("init", "--db", str(closed / "new.db"), prefix=unprivileged(), env=env)
    backed_up = cordee("backup", "--db", str(db), "--to", str(closed), prefix=unprivileged(), env=env)
    assert unreadable.returncode == 1 and said("storage.not_readable", unreadable.stderr), unreadable.stderr
    assert created.returncode == 1 and said("storage.not_writable", created.stderr), created.stderr
    assert backed_up.returncode == 1 and said("storage.not_writable", backed_up.stderr), backed_up.stderr
    assert digest(files) == before and list(closed.iterdir()) == []
