"""Damaged files: a template practice (closed, and a copy with a hot write-ahead log as a crash leaves it), byte
flips and truncations of the database, the WAL and the key file, and what opening them must do."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from app.services.errors import CordeeError
from app.services.storage.database import create_encrypted, open_encrypted
from app.services.storage.keyslots import slot_file_path
from app.ui.common.errors import ERROR_TEXTS
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.fault.conftest import OPENING_CHECKS
from tests.support import build_practice

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096


def template(folder: Path, patients: int = 40) -> Path:
    """A closed practice with some patients (``folder/closed``) and the same with a hot WAL (``folder/hot``)."""
    from app.services.demo import base as demo
    from app.services.kernel.context import ServiceContext
    from app.services.security.actor import SYSTEM

    closed = folder / "closed"
    closed.mkdir(parents=True)
    path = closed / "practice.db"
    db, recovery = create_encrypted(path, PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    build_practice(db, path, recovery)
    demo.generate_patients(ServiceContext(db, SYSTEM), patients, 1)
    db.close()
    hot = folder / "hot"
    hot.mkdir()
    db = open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False)
    raw = db.engine.raw_connection()
    try:
        raw.execute("PRAGMA wal_autocheckpoint = 0")
        demo.generate_patients(ServiceContext(db, SYSTEM), 10, 2)   # committed into the WAL, not yet checkpointed
        for f in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), slot_file_path(path)):
            shutil.copy2(f, hot / f.name)                              # as a crash leaves them
    finally:
        raw.close()
        db.engine.dispose()
    return folder


def fresh_copy(template_folder: Path, kind: str, target: Path) -> Path:
    """A copy of the ``closed`` or ``hot`` template; returns its database path."""
    shutil.copytree(template_folder / kind, target)
    return target / "practice.db"


def files(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), slot_file_path(path)]


def digests(path: Path) -> dict[str, str | None]:
    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() if f.exists() else None for f in files(path)}


def flip(file: Path, offset: int) -> None:
    data = bytearray(file.read_bytes())
    data[offset % len(data)] ^= 0xFF
    file.write_bytes(bytes(data))


def truncate(file: Path, fraction: float) -> None:
    data = file.read_bytes()
    file.write_bytes(data[:int(len(data) * fraction)])


def zero_page(file: Path, page: int) -> None:
    data = bytearray(file.read_bytes())
    start = (page % max(1, len(data) // PAGE)) * PAGE
    data[start:start + PAGE] = bytes(PAGE)
    file.write_bytes(bytes(data))


@dataclass
class Opening:
    refused_code: str | None   # the coded refusal, if any
    said: str                  # what the user is told
    unchanged: bool            # every file byte for byte as before
    traceback: bool            # an uncoded error


def try_opening(path: Path) -> Opening:
    """Open as the program does; when it opens, ask ``cordee check`` (when there is one) what it finds."""
    before = digests(path)
    code, said, traceback = None, "", False
    try:
        db = open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False)
    except CordeeError as exc:
        code, said = exc.code, ERROR_TEXTS.get(exc.code, "")
    except Exception as exc:   # what the user must never see
        traceback, said = True, f"{type(exc).__name__}: {exc}"
    else:
        db.engine.dispose()   # no close: closing would anchor, i.e. write
        if OPENING_CHECKS:
            check = subprocess.run([sys.executable, "-m", "app.cli", "check", "--db", str(path)], cwd=ROOT,
                                   capture_output=True, text=True, env=_env())
            said_lines = check.stderr.strip().splitlines()
            if check.returncode != 0 and len(said_lines) == 1 and "Traceback" not in check.stderr:
                code, said = "check", said_lines[0]
    return Opening(code, said, digests(path) == before, traceback)


def _env() -> dict:
    import os

    return dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", CORDEE_LANG="en",
                CORDEE_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))
