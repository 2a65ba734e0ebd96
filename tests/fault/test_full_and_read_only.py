"""Full and read-only storage: a small tmpfs (mounted when the tests run as root, as in CI's container) filled to
the last bytes, then remounted read-only; or, without root, a folder made read-only. A save that cannot be written
is refused with a coded message, nothing committed before is lost, the database still reads, and once space is
back the same save succeeds."""

from __future__ import annotations

import os
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlmodel import select

from app.models.patient import Patient
from app.services.errors import CordeeError
from app.services.kernel.context import ServiceContext
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.practice import backups
from app.services.storage.database import create_encrypted, open_encrypted
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.fault.conftest import needs_opening_checks, scale
from tests.fault.damage_support import digests
from tests.support import build_practice

TRIES = scale(1, 10)
SIZE = "6m"


def _mount(point: Path, *options: str) -> bool:
    return subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(("size=" + SIZE, *options)), "tmpfs", str(point)],
                          capture_output=True).returncode == 0


@contextmanager
def small_disk(point: Path):
    point.mkdir()
    if os.geteuid() != 0 or not _mount(point):
        pytest.skip("mounting a tmpfs needs root (CI runs the tests as root in its container)")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def _practice(folder: Path):
    path = folder / "practice.db"
    db, recovery = create_encrypted(path, PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    fx = build_practice(db, path, recovery)
    return fx


def _fill(folder: Path, leave: int) -> Path:
    """A filler file taking all free space but ``leave`` bytes."""
    filler = folder / "filler"
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    with filler.open("wb") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


def _create(ctx, name):
    return patients.create_patient(ctx, PatientInput(family_name=name, given_names="Full", birth_date="01.02.1950",
                                                     sex="F"))


@needs_opening_checks
def test_full_disk_refuses_the_save_with_a_message_and_loses_nothing(tmp_path, tally):
    t = tally("storage: full disk (service save, backup)")
    failures = []
    for i in range(TRIES):
        with small_disk(tmp_path / f"disk{i}") as disk:
            fx = _practice(disk)
            ctx = fx.ctx["physician"]
            acked = [_create(ctx, f"Before{n}") for n in range(3)]
            filler = _fill(disk, leave=64 * 1024)
            refusal = None
            for n in range(500):   # until the disk is full
                try:
                    acked.append(_create(ctx, f"During{n}"))
                except Exception as exc:   # the one that did not fit
                    refusal = exc
                    break
            backup_refusal = None
            try:
                backups.back_up(fx.ctx["admin"])
            except Exception as exc:
                backup_refusal = exc
            partial = [p.name for p in (disk / "practice.db.backups").glob("*.partial")] \
                if (disk / "practice.db.backups").exists() else []
            fx.db.engine.dispose()
            filler.unlink()
            db = open_encrypted(fx.path, passphrase=PASSPHRASE, use_keyring=False)
            try:
                with db.session() as s:
                    present = set(s.exec(select(Patient.id).where(Patient.given_names == "Full")).all())
                again = _create(ServiceContext(db, ctx.actor), "After")
            finally:
                db.close()
            coded = isinstance(refusal, CordeeError) and isinstance(backup_refusal, CordeeError)
            lost = len(set(acked) - present)
            ok = coded and not lost and again is not None and not partial
            t.add(ok, lost=bool(lost), acknowledged_commits=len(acked), missing_commits=lost,
                  uncoded=int(not coded), partial_left=len(partial))
            if not ok:
                failures.append(f"try {i}: save refusal={type(refusal).__name__}:{getattr(refusal, 'code', refusal)} "
                                f"backup refusal={getattr(backup_refusal, 'code', backup_refusal)} lost={lost} "
                                f"partial={partial}")
    assert not failures, failures[:3]


def test_read_only_storage_is_said_and_nothing_changes(tmp_path, tally):
    t = tally("storage: read-only file system")
    failures = []
    for i in range(TRIES):
        with small_disk(tmp_path / f"disk{i}") as disk:
            fx = _practice(disk)
            _create(fx.ctx["physician"], "Kept")
            fx.db.close()
            before = digests(fx.path)
            assert subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True).returncode == 0
            said = None
            try:
                db = open_encrypted(fx.path, passphrase=PASSPHRASE, use_keyring=False)
            except Exception as exc:
                said = exc
            else:
                try:
                    _create(ServiceContext(db, fx.ctx["physician"].actor), "Refused")
                except Exception as exc:
                    said = exc
                finally:
                    db.engine.dispose()
            ok = isinstance(said, CordeeError) and digests(fx.path) == before
            t.add(ok, lost=False, uncoded=int(not isinstance(said, CordeeError)))
            if not ok:
                failures.append(f"try {i}: {type(said).__name__}: {getattr(said, 'code', said)}")
    assert not failures, failures[:3]
