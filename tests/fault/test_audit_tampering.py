"""Tampering with the audit trail by someone who holds the passphrase (SQL on the unlocked database, triggers
dropped; a chain rebuilt with the key the program derives; older copies of the files): ``cordee audit verify``
detects every case, and the other commands go on working (no traceback)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from app.cli.main import main
from app.services.practice import audit_trail, backups
from app.services.storage.database import open_encrypted
from tests import audit_tamper as tamper
from tests.conftest import PASSPHRASE
from tests.fault.conftest import scale
from tests.services.security.test_audit_anchors import _events, _reopen
from tests.support import PracticeFixture

TRIES = scale(1, 5)


def _max_seq(db) -> int:
    from sqlalchemy import text

    with db.session() as s:
        return s.execute(text("SELECT max(seq) FROM audit_event")).scalar()


def _older_copy(fx, rng, folder: Path, *, with_key_file: bool):
    """Put back a copy taken before the newest events (the database alone, or with its key file)."""
    fx.db.close()
    tamper.copy_files(fx.path, folder, with_key_file=with_key_file)
    fx = _reopen(fx)
    _events(fx, rng.randint(1, 3))
    backups.back_up(fx.ctx["admin"])
    fx.db.close()
    tamper.put_back(folder, fx.path)
    return fx


CASES = {
    "row edited": lambda fx, r, tmp: tamper.sql(fx.db, f"UPDATE audit_event SET detail = 'x' WHERE seq = "
                                                      f"{r.randint(1, _max_seq(fx.db))}"),
    "row deleted": lambda fx, r, tmp: tamper.sql(fx.db, f"DELETE FROM audit_event WHERE seq = "
                                                       f"{r.randint(2, _max_seq(fx.db) - 1)}"),
    "newest rows deleted": lambda fx, r, tmp: tamper.sql(fx.db, f"DELETE FROM audit_event WHERE seq > "
                                                               f"{_max_seq(fx.db) - r.randint(1, 4)}"),
    "rows reordered": lambda fx, r, tmp: tamper.sql(
        fx.db, "UPDATE audit_event SET seq = -1 WHERE seq = 2", "UPDATE audit_event SET seq = 2 WHERE seq = 3",
        "UPDATE audit_event SET seq = 3 WHERE seq = -1"),
    "unsigned row appended": lambda fx, r, tmp: tamper.append_unsigned_row(fx.db),
    "a value damaged": lambda fx, r, tmp: tamper.damage_time(fx.db, r.randint(1, _max_seq(fx.db))),
    "head deleted": lambda fx, r, tmp: tamper.sql(fx.db, "DELETE FROM audit_head"),
    "all rows and the head deleted": lambda fx, r, tmp: tamper.delete_everything(fx.db),
    "chain rebuilt with the key, chart openings removed": lambda fx, r, tmp: tamper.rebuild_chain(fx.db),
    "older database file swapped in": lambda fx, r, tmp: _older_copy(fx, r, tmp / "old", with_key_file=False),
    "older database and key file swapped in": lambda fx, r, tmp: _older_copy(fx, r, tmp / "old", with_key_file=True),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A practice whose anchors go to a file too, with events, a backup, more events; closed."""
    from app.services.storage.database import create_encrypted
    from tests.conftest import TEST_KDF
    from tests.support import build_practice

    folder = tmp_path_factory.mktemp("tamper-template")
    path = folder / "practice.db"
    db, recovery = create_encrypted(path, PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    fx = build_practice(db, path, recovery)
    audit_trail.set_anchor_sink(fx.ctx["admin"], f"file:{folder}/anchors.log")
    _events(fx, 4)
    backups.back_up(fx.ctx["admin"])
    _events(fx, 3)
    fx.db.close()
    return fx


def _copy(template: PracticeFixture, folder: Path) -> PracticeFixture:
    shutil.copytree(template.path.parent, folder)
    from app.services.kernel.context import ServiceContext
    from app.services.practice import practice_record

    db = open_encrypted(folder / "practice.db", passphrase=PASSPHRASE, use_keyring=False)
    fx = PracticeFixture(db, folder / "practice.db", template.recovery_code)
    fx.ctx = {role: ServiceContext(db, ctx.actor) for role, ctx in template.ctx.items()}
    fx.staff_ids = template.staff_ids
    sink = f"file:{folder}/anchors.log"   # the copy's own log (the setting names the template's)
    if audit_trail.anchor_sink(fx.ctx["admin"]) != sink:
        shutil.copy2(template.path.parent / "anchors.log", folder / "anchors.log")
        audit_trail.set_anchor_sink(fx.ctx["admin"], sink)
    assert practice_record is not None
    return fx


@pytest.mark.parametrize("case", list(CASES))
def test_every_tampering_is_detected_and_other_commands_go_on(case, template, tmp_path, tally, capsys):
    t = tally(f"audit tampering: {case}")
    rng = random.Random(case)
    failures = []
    for i in range(TRIES):
        fx = _copy(template, tmp_path / f"try{i}")
        swapped = CASES[case](fx, rng, tmp_path / f"try{i}")
        fx = swapped if isinstance(swapped, PracticeFixture) else fx
        fx.db.close()
        passfile = tmp_path / "pass"
        passfile.write_text(PASSPHRASE)
        db = ["--db", str(fx.path), "--passphrase-file", str(passfile)]
        capsys.readouterr()
        try:
            listed = main(["patients", *db])          # another command: works whatever the trail holds
            verified = main(["audit", "verify", *db])
            traceback = None
        except Exception as exc:   # what the user must never see
            listed = verified = None
            traceback = f"{type(exc).__name__}: {exc}"
        out = capsys.readouterr()
        detected = verified == 1 and "BROKEN" in out.err
        ok = detected and listed == 0 and traceback is None
        t.add(ok, lost=not detected, traceback=int(traceback is not None))
        if not ok:
            failures.append(f"try {i}: listed={listed} verified={verified} {traceback or out.out[-300:]}")
    assert not failures, failures[:3]
