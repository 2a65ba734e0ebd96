"""Verified backups of the encrypted file, restoring them, and the backup taken before a schema upgrade."""

from __future__ import annotations

import json
from datetime import UTC

import pytest
from sqlalchemy import text

from app.services.demo import base as demo
from app.services.errors import AccessDenied, StorageError, ValidationError
from app.services.patients import records as patients
from app.services.practice import audit_trail, backups
from app.services.storage import backup
from app.services.storage.database import open_encrypted, restore_backup
from app.services.storage.keyslots import slot_file_path
from tests.conftest import PASSPHRASE
from tests.support import in_english

STEPS = ("unreadable", "encrypted_pages", "integrity", "foreign_keys", "row_counts", "audit_trail")


@pytest.fixture
def filled(practice):
    demo.generate_patients(practice.ctx["physician"], 120, seed=5)
    return practice


def test_backup_is_verified_and_restores_with_passphrase_or_recovery_code(filled, tmp_path):
    admin = filled.ctx["admin"]
    report = backups.back_up(admin, tmp_path / "backups")
    assert report.folder.parent == tmp_path / "backups" and not report.folder.name.endswith(".partial")
    assert report.patients == 120 and report.audit_rows > 0 and report.schema
    assert sorted(p.name for p in report.folder.iterdir()) == ["manifest.json", "practice.db",
                                                               "practice.db.cordee-keys.json"]
    assert b"Tilleuls" not in (report.folder / "practice.db").read_bytes()   # encrypted like the original
    assert backups.recent_backups(admin, tmp_path / "backups")[0].folder == report.folder
    assert audit_trail.browse(admin, action_prefix="backup.create")

    for name, secret in (("a.db", {"passphrase": PASSPHRASE}), ("b.db", {"recovery_code": filled.recovery_code})):
        target = tmp_path / name
        assert restore_backup(report.folder, target, **secret).counts == report.counts
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".cordee-new-")] == []
        db = open_encrypted(target, use_keyring=False, **secret)
        try:
            from app.services.kernel.context import ServiceContext
            from app.services.security.actor import SYSTEM
            restored = ServiceContext(db, SYSTEM)
            assert len(patients.search_patients(restored, "", limit=1000)) == 120
            assert audit_trail.verify(restored).ok
        finally:
            db.close()


def test_restore_never_replaces_and_refuses_a_changed_backup(filled, tmp_path):
    report = backups.back_up(filled.ctx["admin"], tmp_path / "backups")
    existing = tmp_path / "existing.db"
    existing.write_bytes(b"anything")
    with pytest.raises(StorageError) as err:
        restore_backup(report.folder, existing, passphrase=PASSPHRASE)
    assert err.value.code == "storage.restore_target_exists" and existing.read_bytes() == b"anything"

    data = bytearray((report.folder / "practice.db").read_bytes())
    data[5000] ^= 0xFF
    (report.folder / "practice.db").write_bytes(bytes(data))
    with pytest.raises(StorageError) as err:
        restore_backup(report.folder, tmp_path / "new.db", passphrase=PASSPHRASE)
    assert err.value.code == "storage.backup_damaged" and err.value.params == {"backup": report.folder.name,
                                                                           "file": "practice.db"}
    assert not (tmp_path / "new.db").exists() and not slot_file_path(tmp_path / "new.db").exists()
    listed = backups.recent_backups(filled.ctx["admin"], tmp_path / "backups")   # listing reads manifests only
    assert [r.folder for r in listed] == [report.folder]
    with pytest.raises(StorageError) as err:
        backup.read_backup(tmp_path)
    assert err.value.code == "storage.not_a_backup" and err.value.params == {"folder": tmp_path}


def test_a_copy_that_fails_verification_leaves_nothing_behind(filled, tmp_path, monkeypatch):
    from app.services.storage import health

    real = health.check_file
    monkeypatch.setattr(health, "check_file", lambda path, key, audit_key, form=health.FULL:   # the copy: wrong key
                        real(path, bytes(32) if ".partial" in str(path) else key, audit_key, form))
    before = patients.search_patients(filled.ctx["physician"], "", limit=1000)
    with pytest.raises(StorageError) as err:
        backups.back_up(filled.ctx["admin"], tmp_path / "backups")
    assert err.value.code == "storage.backup_unverified" and err.value.params["backup_check"] in STEPS
    assert "untouched" in in_english(err.value)
    assert list((tmp_path / "backups").iterdir()) == []
    assert patients.search_patients(filled.ctx["physician"], "", limit=1000) == before


def test_only_administrators_back_up(filled, tmp_path):
    for role in ("physician", "coordinator", "medical_assistant"):
        with pytest.raises(AccessDenied):
            backups.back_up(filled.ctx[role], tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.postgres
def test_postgres_is_backed_up_on_the_server(pg_practice, tmp_path):
    with pytest.raises(ValidationError) as err:
        backups.back_up(pg_practice.ctx["admin"], tmp_path)
    assert (err.value.field, err.value.code) == ("database", "practice.backup_on_server")
    assert backups.backup_folder(pg_practice.ctx["admin"]) is None


def test_backup_is_taken_before_a_schema_upgrade(practice):
    """An older database is copied and verified before Alembic touches it: the rollback is that copy."""
    from alembic import command
    from alembic.config import Config

    from app.services.storage.migrate import MIGRATIONS, head_revisions

    db, path = practice.db, practice.path
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
    db.close()
    reopened = open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False)
    try:
        with reopened.engine.connect() as conn:
            head = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert {head} == head_revisions()
    finally:
        reopened.close()
    made = backup.list_backups(backup.default_folder(path))
    assert len(made) == 1 and made[0].folder.name.endswith("before-upgrade") and made[0].schema == ("0008",)
    manifest = json.loads((made[0].folder / "manifest.json").read_text())
    assert manifest["counts"]["staff"] == 7 and manifest["label"] == "before-upgrade"
    reopen_again = open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False)   # up to date: no new backup
    reopen_again.close()
    assert len(backup.list_backups(backup.default_folder(path))) == 1


def test_daily_backup_when_due_and_generations_thinned(filled):
    import shutil
    from datetime import datetime, timedelta

    ctx = filled.ctx["physician"]                       # any user's session: the program itself backs up
    first = backups.back_up_if_due(ctx)
    assert first is not None and first.label == "daily"
    assert backups.back_up_if_due(ctx) is None          # a day has not passed
    later = datetime.now(UTC) + timedelta(hours=25)
    second = backups.back_up_if_due(ctx, now=later)
    assert second is not None
    assert any("daily" in e.detail for e in audit_trail.browse(filled.ctx["admin"], action_prefix="backup.create"))
    folder = backup.default_folder(filled.path)
    [kept] = [r for r in backup.list_backups(folder) if r.label == "daily"]   # one per day is kept

    manual = backups.back_up(filled.ctx["admin"])       # never thinned, nor the one before an upgrade
    start = datetime(2024, 1, 1, 2, tzinfo=UTC)
    for i in range(60):                                 # 60 older daily backups, one every 9 days
        made = start + timedelta(days=9 * i)
        copy = folder / f"cordee-{made:%Y%m%d-%H%M%S}-daily"
        shutil.copytree(kept.folder, copy)
        manifest = json.loads((copy / "manifest.json").read_text())
        manifest["created_at"] = made.isoformat(timespec="seconds")
        (copy / "manifest.json").write_text(json.dumps(manifest))
    removed = backup.prune(folder, "daily")
    left = backup.list_backups(folder)
    dailies = [r for r in left if r.label == "daily"]
    assert removed and len(dailies) <= 7 + 4 + 12 and len(dailies) + len(removed) == 61
    assert manual.folder in [r.folder for r in left] and kept.folder in [r.folder for r in dailies]
    assert len({r.created_at[:7] for r in dailies}) >= 12   # one per month for the last twelve months
