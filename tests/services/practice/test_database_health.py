"""The program's own checks after start: the quick form each time, the full form when a week has passed since the
last full check or verified backup; each written to the audit trail. Unfinished backups whose process is gone are
removed (and said), never one that a running backup owns."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest

from app.services.practice import audit_trail, backups
from app.services.practice.database_health import FULL_EVERY, check_after_start, last_full_check
from app.services.storage import health
from app.services.storage.backup import default_folder
from app.services.storage.staging import OWNER


def test_full_at_first_then_quick_until_a_week_has_passed(practice):
    admin = practice.ctx["admin"]
    first = check_after_start(admin)
    assert first.report.ok and first.report.form == health.FULL
    assert last_full_check(admin) is not None
    assert check_after_start(admin).report.form == health.QUICK
    later = datetime.now(UTC) + FULL_EVERY + timedelta(hours=1)
    assert check_after_start(admin, now=later).report.form == health.FULL
    details = [e.detail for e in audit_trail.browse(admin, action_prefix="database.check")]
    assert sorted(details) == ["full: ok", "full: ok", "quick: ok"]


def test_a_verified_backup_counts_as_the_full_check(practice, tmp_path):
    admin = practice.ctx["admin"]
    backups.back_up(admin, tmp_path / "backups")
    assert check_after_start(admin).report.form == health.QUICK


def test_unfinished_backups_of_a_gone_process_are_removed_and_said(practice):
    fcntl = pytest.importorskip("fcntl")   # the owner's lock as POSIX takes it
    folder = default_folder(practice.path)
    folder.mkdir(mode=0o700, exist_ok=True)
    gone, running, young = (folder / f"cordee-2026010{n}-000000.partial" for n in (1, 2, 3))
    for partial in (gone, running, young):
        partial.mkdir()
        (partial / "practice.db").write_bytes(b"\0" * 4096)
    (gone / OWNER).write_text("{}")
    (running / OWNER).write_text("{}")
    fd = os.open(running / OWNER, os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)   # as a backup still running holds it
    try:
        cleaned = check_after_start(practice.ctx["admin"]).cleaned
    finally:
        os.close(fd)
    assert [name for name, _ in cleaned] == [gone.name] and cleaned[0][1] >= 4096
    assert not gone.exists() and running.exists() and young.exists()
