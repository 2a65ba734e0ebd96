"""SIGKILL of each writing command (init, demo-data, backup, restore, export) at a random moment of its run, then:
what was acknowledged before is all there, every database and backup left reads, and the command can be run
again (what an interrupted run left behind is cleaned or resumed)."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from app.services.storage.backup import list_backups, read_backup
from app.services.storage.keyslots import slot_file_path
from app.services.storage.sqlcipher_engine import open_read_only
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.fault.conftest import needs_opening_checks, scale
from tests.support import build_practice

ROOT = Path(__file__).resolve().parents[2]
RUNS = scale(2, 40)


def _env() -> dict:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", CORDEE_LANG="en",
               QT_QPA_PLATFORM="offscreen", CORDEE_PASSPHRASE=PASSPHRASE)
    env["PYTHONPATH"] = str(ROOT)
    return env


def cli(*args: str, kill_after: float | None = None) -> tuple[bool, int, str]:
    """Run ``cordee`` with ``args``; with ``kill_after`` seconds, SIGKILL it then if it still runs. Returns (killed,
    exit status, stderr)."""
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    killed = False
    if kill_after is not None:
        try:
            proc.wait(kill_after)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            killed = True
    _, err = proc.communicate(timeout=300)
    return killed, proc.returncode, err.decode(errors="replace")


def timed(*args: str) -> float:
    started = time.monotonic()
    killed, code, err = cli(*args)
    assert code == 0, err
    return time.monotonic() - started


def _practice(folder: Path, patients: int = 0) -> Path:
    from app.services.storage.database import create_encrypted

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "practice.db"
    db, recovery = create_encrypted(path, PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    build_practice(db, path, recovery)
    key = db.key
    if patients:
        from app.services.demo import base as demo
        from app.services.kernel.context import ServiceContext
        from app.services.security.actor import SYSTEM

        demo.generate_patients(ServiceContext(db, SYSTEM), patients, 1)
    db.close()
    path.with_name("key.hex").write_text(key.hex())
    return path


def _readable(path: Path) -> bool:
    key = bytes.fromhex(path.with_name("key.hex").read_text())
    try:
        with closing(open_read_only(path, key)) as conn:
            return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except Exception:
        return False


def _patients(path: Path) -> int:
    key = bytes.fromhex(path.with_name("key.hex").read_text())
    with closing(open_read_only(path, key)) as conn:
        return conn.execute("SELECT count(*) FROM patient").fetchone()[0]


def _sha(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _published_whole(path: Path, err: str) -> bool:
    """The refusal of a second run over a database an interrupted run had already published, which passes
    ``cordee check`` (full form, audit chain included) and ``cordee audit verify``."""
    if "already exists" not in err:
        return False
    checked = cli("check", "--db", str(path))[1] == 0
    return checked and cli("audit", "verify", "--db", str(path))[1] == 0


@needs_opening_checks
def test_killed_init_can_be_run_again(tmp_path, tally):
    t = tally("kill: cordee init")
    rng = random.Random(7)
    admin = tmp_path / "admin-password"
    admin.write_text("Correct-Horse-42-battery")
    first = tmp_path / "calibrate.db"
    duration = timed("init", "--db", str(first), "--admin-password-file", str(admin))
    problems = []
    for i in range(RUNS):
        path = tmp_path / f"p{i}.db"
        killed, code, err = cli("init", "--db", str(path), "--admin-password-file", str(admin),
                                kill_after=rng.uniform(0, duration))
        _, again, err = cli("init", "--db", str(path), "--admin-password-file", str(admin))
        # killed after the practice was published: the second run refuses to replace it, and it is whole
        ok = (again == 0 or _published_whole(path, err)) and "Traceback" not in err
        if not ok:
            problems.append(f"run {i}: {err.strip()[-200:]}")
        t.add(ok, lost=False, killed=int(killed))
    assert not problems, problems[:3]


def test_killed_demo_data_keeps_what_was_there(tmp_path, tally):
    t = tally("kill: cordee demo-data")
    rng = random.Random(8)
    path = _practice(tmp_path / "p", patients=20)
    duration = timed("demo-data", "--db", str(path), "--patients", "150")
    problems = []
    for i in range(RUNS):
        before = _patients(path)
        killed, code, err = cli("demo-data", "--db", str(path), "--patients", "150", "--seed", str(i + 2),
                                kill_after=rng.uniform(0, duration))
        readable = _readable(path)
        kept = readable and _patients(path) >= before
        _, code, err = cli("audit", "verify", "--db", str(path))
        ok = kept and code == 0
        if not ok:
            problems.append(f"run {i}: readable={readable} kept={kept} verify={code} {err.strip()[-200:]}")
        t.add(ok, lost=not kept, killed=int(killed), unreadable=int(not readable))
    assert not problems, problems[:3]


@needs_opening_checks
def test_killed_backup_leaves_no_debris_and_every_backup_reads(tmp_path, tally):
    t = tally("kill: cordee backup")
    rng = random.Random(9)
    path = _practice(tmp_path / "p", patients=100)
    duration = timed("backup", "--db", str(path))
    folder = path.with_name(path.name + ".backups")
    problems = []
    for i in range(RUNS):
        killed, code, err = cli("backup", "--db", str(path), kill_after=rng.uniform(0, duration))
        readable = _readable(path)
        _, again, err = cli("backup", "--db", str(path))
        broken = []
        for report in list_backups(folder):
            try:
                read_backup(report.folder)
            except Exception as exc:
                broken.append(f"{report.folder.name}: {exc}")
        debris = [p.name for p in folder.iterdir() if p.name.endswith(".partial")]
        ok = readable and again == 0 and not broken and not debris
        if not ok:
            problems.append(f"run {i}: readable={readable} again={again} broken={broken[:1]} debris={debris[:2]}")
        t.add(ok, lost=not readable or bool(broken), killed=int(killed), partial_left=len(debris))
    assert not problems, problems[:3]


@needs_opening_checks
def test_killed_restore_can_be_run_again_and_the_backup_is_untouched(tmp_path, tally):
    t = tally("kill: cordee restore")
    rng = random.Random(10)
    path = _practice(tmp_path / "p", patients=100)
    cli("backup", "--db", str(path))
    backup = list_backups(path.with_name(path.name + ".backups"))[0].folder
    before = _sha(backup)
    duration = timed("restore", "--from", str(backup), "--to", str(tmp_path / "calibrate.db"))
    problems = []
    for i in range(RUNS):
        target = tmp_path / f"restored{i}.db"
        killed, code, err = cli("restore", "--from", str(backup), "--to", str(target),
                                kill_after=rng.uniform(0, duration))
        untouched = _sha(backup) == before
        _, again, err = cli("restore", "--from", str(backup), "--to", str(target))
        complete = target.exists() and slot_file_path(target).exists()
        # killed after the copy was published (or not killed): the second run refuses to replace it, and it is whole
        ok = untouched and (again == 0 or (complete and (code == 0 or _published_whole(target, err))))
        if not ok:
            problems.append(f"run {i}: untouched={untouched} again={again} {err.strip()[-200:]}")
        t.add(ok, lost=not untouched, killed=int(killed))
    assert not problems, problems[:3]


def test_killed_export_leaves_the_old_file_or_the_whole_new_one(tmp_path, tally):
    t = tally("kill: cordee export")
    rng = random.Random(11)
    path = _practice(tmp_path / "p", patients=5)
    out = tmp_path / "plan.pdf"
    args = ("export", "medication-plan", "--db", str(path), "--patient", "1", "--out", str(out))
    duration = timed(*args)
    problems = []
    for i in range(RUNS):
        previous = out.read_bytes() if out.exists() else None
        killed, code, err = cli(*args, kill_after=rng.uniform(0, duration))
        data = out.read_bytes() if out.exists() else None
        whole = data is not None and data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
        ok = (data == previous or whole) and _readable(path) and "Traceback" not in err
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".cordee-")]
        for p in leftovers:   # the atomic writer's temporary file of a killed run: counted, then removed
            (tmp_path / p).unlink()
        if not ok:
            problems.append(f"run {i}: whole={whole} {err.strip()[-200:]}")
        t.add(ok, lost=not ok, killed=int(killed), temp_left=len(leftovers))
    assert not problems, problems[:3]


@pytest.fixture(autouse=True, scope="module")
def _compiled():
    """Subprocesses start faster from byte-compiled modules (PYTHONDONTWRITEBYTECODE is set for the tests)."""
    import compileall

    compileall.compile_dir(str(ROOT / "app"), quiet=1)
