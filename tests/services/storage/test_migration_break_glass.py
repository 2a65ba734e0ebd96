"""Revision 0024 (emergency access) goes down to 0021 and up again on both back ends: the grants table and the
practice's policy columns leave and come back (policy at its defaults), the practice keeps its other settings."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.services.break_glass import review
from app.services.practice import practice_record
from app.services.storage import migrate

POLICY = {"break_glass_minutes", "break_glass_read_only"}


def _config(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _schema(engine) -> tuple[set[str], set[str]]:
    inspector = sa.inspect(engine)
    return set(inspector.get_table_names()), {c["name"] for c in inspector.get_columns("practice")}


def _down_and_up(practice):
    admin = practice.ctx["admin"]
    policy = review.get_policy(admin)
    review.set_policy(admin, policy.version, minutes=60, read_only=False)
    name = practice_record.get_practice(admin).name
    engine = practice.db.engine
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0023")
    tables, columns = _schema(engine)
    assert "break_glass_grant" not in tables and not POLICY & columns
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    tables, columns = _schema(engine)
    assert "break_glass_grant" in tables and POLICY <= columns
    assert migrate.current_revisions(engine) == migrate.head_revisions()
    after = review.get_policy(admin)
    assert (after.minutes, after.read_only) == (240, True)
    assert practice_record.get_practice(admin).name == name


def test_sqlite_downgrade_and_upgrade(practice):
    _down_and_up(practice)


@pytest.mark.postgres
def test_postgres_downgrade_and_upgrade(pg_practice):
    _down_and_up(pg_practice)
