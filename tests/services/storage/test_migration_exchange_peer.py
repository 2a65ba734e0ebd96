"""Revision 0030 (Cordée to Cordée exchange) goes down to 0029 and up again on both back ends: its tables leave and
come back empty, and a new identity and partner can be made again."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.services.exchange import peer_identity
from app.services.storage import migrate

TABLES = {"exchange_identity", "exchange_partner", "exchange_receipt", "exchange_alert_link"}


def _config(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _down_and_up(practice):
    admin = practice.ctx["admin"]
    first = peer_identity.identity(admin).fingerprint
    engine = practice.db.engine
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0029")
    assert not TABLES & set(sa.inspect(engine).get_table_names())
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    assert TABLES <= set(sa.inspect(engine).get_table_names())
    assert migrate.current_revisions(engine) == migrate.head_revisions()
    again = peer_identity.identity(admin)
    assert again.fingerprint != first and len(again.fingerprint.split()) == 16
    card = json.loads(peer_identity.card_json(admin))
    assert card["identity_id"] == again.identity_id


def test_sqlite_downgrade_and_upgrade(practice):
    _down_and_up(practice)


@pytest.mark.postgres
def test_postgres_downgrade_and_upgrade(pg_practice):
    _down_and_up(pg_practice)
