"""SIGKILL of a writer: a forked child writes through the service layer and acknowledges each commit in a ledger
(appended and fsynced once the service call returned); the parent kills it at a random moment, reopens the
database and checks that every acknowledged commit is there and that the database reads."""

from __future__ import annotations

import os
import random
import signal
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from app.models.medication import MedicationLine
from app.models.patient import Patient
from app.models.staff import Staff
from app.services.kernel.context import ServiceContext
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.practice import audit_trail
from app.services.practice.accounts import actor_for
from app.services.security.actor import SYSTEM
from app.services.storage import anchoring
from app.services.storage.database import open_encrypted
from app.services.storage.sqlcipher_engine import open_read_only
from tests.conftest import PASSPHRASE


def _writer(path: Path, ledger: Path, tag: str) -> None:
    """The child: write until killed; each line of the ledger is a commit the service acknowledged."""
    from tests.alert_support import add_line

    anchoring.EVERY_EVENTS = 15   # anchors are written under the kills too
    db = open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False)
    with db.session() as s:
        doctor = actor_for(s.exec(select(Staff).where(Staff.username == "physician")).one())
    ctx = ServiceContext(db, doctor)
    fx = type("Fx", (), {"ctx": {"physician": ctx}})()
    fd = os.open(str(ledger), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    n = 0
    while True:
        n += 1
        name = f"{tag}-{n}"
        pid = patients.create_patient(ctx, PatientInput(family_name=name, given_names="Kill", birth_date="01.02.1950",
                                                        sex="F"))
        os.write(fd, f"P {name}\n".encode())
        os.fsync(fd)
        if n % 3 == 0:
            patients.open_patient(ctx, pid)
        if n % 4 == 0:
            add_line(fx, pid, "C10AA05", "atorvastatine", ("", "", "1", ""), 20)
            os.write(fd, f"M {name}\n".encode())
            os.fsync(fd)


def start_writer(path: Path, ledger: Path, tag: str) -> int:
    """Fork the writer; returns its pid (the parent holds no open database while it forks)."""
    pid = os.fork()
    if pid == 0:   # the child never returns to pytest
        code = 0
        try:
            _writer(path, ledger, tag)
        except BaseException:
            code = 3
        finally:
            os._exit(code)
    return pid


def kill_during_writes(path: Path, ledger: Path, tag: str, rng: random.Random, *, most_s: float = 0.3) -> bool:
    """Start a writer, wait for its first acknowledged commit, kill it at a random moment after that; True when it
    was killed (False: it died on its own)."""
    before = ledger.stat().st_size if ledger.exists() else 0
    pid = start_writer(path, ledger, tag)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not ledger.exists() or ledger.stat().st_size == before):
        if os.waitpid(pid, os.WNOHANG) != (0, 0):
            return False
        time.sleep(0.005)
    time.sleep(rng.uniform(0, most_s))
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


@dataclass
class AfterKill:
    readable: bool
    acknowledged: int
    missing: int
    chain_ok: bool | None = None
    error: str = ""


def check_after_kill(path: Path, ledger: Path, key: bytes, *, full: bool) -> AfterKill:
    """Reopen (as the program does) and check: every acknowledged patient and medication is there, the database
    reads (quick check, or the full checks and the audit chain with its anchors when ``full``)."""
    lines = ledger.read_text().splitlines() if ledger.exists() else []
    acked_patients = {line[2:] for line in lines if line.startswith("P ")}
    acked_meds = {line[2:] for line in lines if line.startswith("M ")}
    try:
        with closing(open_read_only(path, key)) as conn:   # before the program opens it: the state the kill left
            if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                return AfterKill(False, len(lines), 0, error="quick_check")
        db = open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False)
    except Exception as exc:   # counted as unreadable, whatever it is
        return AfterKill(False, len(lines), 0, error=f"{type(exc).__name__}: {exc}")
    try:
        with db.session() as s:
            names = set(s.exec(select(Patient.family_name).where(Patient.given_names == "Kill")).all())
            with_meds = set(s.exec(select(Patient.family_name).join(MedicationLine,
                                                                     MedicationLine.patient_id == Patient.id)).all())
        missing = len(acked_patients - names) + len(acked_meds - with_meds)
        chain_ok = None
        if full:
            with db.engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                if raw.execute("PRAGMA integrity_check").fetchall() != [("ok",)] or \
                        raw.execute("PRAGMA cipher_integrity_check").fetchall():
                    return AfterKill(False, len(lines), missing, error="integrity_check")
            report = audit_trail.verify(ServiceContext(db, SYSTEM))
            chain_ok = report.ok
        return AfterKill(True, len(lines), missing, chain_ok)
    finally:
        db.close()
