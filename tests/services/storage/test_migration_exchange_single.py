"""Revision 0034 (one exchange identity, directory receipts, directory baselines) goes down to 0033 and up again on
both back ends: the receipt of a directory package (no alert) and the baselines leave; a database that held two
identities (the race of before) keeps the oldest, the same identity as before comes back, and the table refuses a
second one again."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.exc import IntegrityError

from app.services.exchange import peer_directory, peer_identity
from app.services.storage import migrate
from tests.services.exchange.directory_support import make_cpts, open_second

COPY = ("INSERT INTO exchange_identity (version, created_at, updated_at, updated_by, identity_id, practice_name, "
        "public_jwks, private_wrapped, fingerprint{extra}) SELECT version, created_at, updated_at, updated_by, "
        "'second', practice_name, public_jwks, private_wrapped, fingerprint{extra} FROM exchange_identity")


def _config(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _down_and_up(practice, tmp_path):
    admin = practice.ctx["admin"]
    first = peer_identity.identity(admin)
    other, other_db = open_second(tmp_path, "sender.db")      # a directory package received: a receipt, no alert
    c = make_cpts(other, practice)
    peer_directory.apply_package(practice.ctx["coordinator"], peer_directory.export_package(
        other.ctx["coordinator"], c.partner_in_a))
    other_db.close()
    engine = practice.db.engine
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT COUNT(*) FROM exchange_receipt WHERE alert_id IS NULL")).scalar() == 1
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0033")
    inspector = sa.inspect(engine)
    assert "exchange_directory_baseline" not in inspector.get_table_names()
    assert "singleton" not in {c["name"] for c in inspector.get_columns("exchange_identity")}
    assert not next(c for c in inspector.get_columns("exchange_receipt") if c["name"] == "alert_id")["nullable"]
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT COUNT(*) FROM exchange_receipt")).scalar() == 0
    with engine.begin() as conn:          # what the race could leave before this revision: a second identity
        conn.execute(sa.text(COPY.format(extra="")))
        assert conn.execute(sa.text("SELECT COUNT(*) FROM exchange_identity")).scalar() == 2
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    assert migrate.current_revisions(engine) == migrate.head_revisions()
    inspector = sa.inspect(engine)
    assert "exchange_directory_baseline" in inspector.get_table_names()
    assert next(c for c in inspector.get_columns("exchange_receipt") if c["name"] == "alert_id")["nullable"]
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT identity_id, singleton FROM exchange_identity")).all() == [
            (first.identity_id, 1)]
    assert peer_identity.identity(admin).identity_id == first.identity_id
    assert peer_identity.card(admin)["identity_id"] == first.identity_id     # its keys still open
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(sa.text(COPY.format(extra=", singleton")))


def test_sqlite_downgrade_and_upgrade(practice, tmp_path):
    _down_and_up(practice, tmp_path)


@pytest.mark.postgres
def test_postgres_downgrade_and_upgrade(pg_practice, tmp_path):
    _down_and_up(pg_practice, tmp_path)
