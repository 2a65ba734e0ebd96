"""Revision 0019: the practice's lists for older people (NULL: the country's default), up and down."""

from __future__ import annotations

import sqlalchemy as sa

from app.services.storage import database, migrate
from tests.conftest import PASSPHRASE, TEST_KDF


def _to(engine, revision: str, down: bool = False) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


def _columns(engine) -> set[str]:
    return {c["name"] for c in sa.inspect(engine).get_columns("practice")}


def test_0019_adds_the_column_empty_and_downgrade_removes_it(tmp_path, monkeypatch):
    monkeypatch.setattr(database, "upgrade_to_head", lambda engine: _to(engine, "0016"))
    db, _recovery = database.create_encrypted(tmp_path / "practice.db", PASSPHRASE, kdf=TEST_KDF,
                                              use_keyring=False)
    try:
        with db.engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO practice (name, country, idle_lock_minutes, language, chart_access, "
                                 "audit_secret, audit_anchor_sink, version, updated_by, updated_at, created_at) VALUES "
                                 "('MSP', 'CH', 10, 'fr', 'open', '', '', 1, 'setup', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        assert "pim_lists" not in _columns(db.engine)
        _to(db.engine, "0019")
        assert migrate.current_revisions(db.engine) == {"0019"}
        with db.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT name, pim_lists FROM practice")).one() == ("MSP", None)
        _to(db.engine, "0016", down=True)
        assert "pim_lists" not in _columns(db.engine)
        with db.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT name, country FROM practice")).one() == ("MSP", "CH")
    finally:
        db.close()
