"""A practice database written by an older Cordée (commit 2651b98, schema 0009: tests/fixtures/upgrade) opens
with this version: the data are all there, the schema is brought to this version's head, and a verified
"…-before-upgrade" backup was taken first whenever the schema had to change."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import text

from app.services.kernel.context import ServiceContext
from app.services.practice import audit_trail
from app.services.security.actor import SYSTEM
from app.services.storage import backup
from app.services.storage.database import open_encrypted
from app.services.storage.migrate import head_revisions

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "upgrade" / "schema-0009"
FIXTURE_PASSPHRASE = "upgrade fixture passphrase 0009 (test value)"
FIXTURE_REVISION = "0009"


def test_database_of_schema_0009_opens_migrated_and_backed_up(tmp_path):
    path = tmp_path / "practice.db"
    shutil.copy(FIXTURE / "practice.db", path)
    shutil.copy(FIXTURE / "practice.db.cordee-keys.json", tmp_path / "practice.db.cordee-keys.json")
    db = open_encrypted(path, passphrase=FIXTURE_PASSPHRASE, use_keyring=False)
    try:
        with db.engine.connect() as conn:
            revisions = {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
            patients = conn.execute(text("SELECT count(*) FROM patient")).scalar()
            practice_name = conn.execute(text("SELECT name FROM practice")).scalar()
        report = audit_trail.verify(ServiceContext(db, SYSTEM))
    finally:
        db.close()
    assert revisions == head_revisions()
    assert patients == 25 and practice_name == "Cabinet fixture 0009"
    assert report.ok, report.problems
    made = backup.list_backups(backup.default_folder(path))
    if FIXTURE_REVISION in head_revisions():   # this version has no newer schema yet: nothing to migrate
        assert made == []
    else:
        assert len(made) == 1 and made[0].folder.name.endswith("before-upgrade")
        assert made[0].schema == (FIXTURE_REVISION,)
