"""Revision 0017 (the practice's phone, e-mail and address) goes down and up again on both back ends: the practice
keeps its other values, the contact columns leave and come back empty, the program reads the row afterwards."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.services.practice import practice_record as practice_service
from app.services.practice.practice_record import PracticeContact
from app.services.storage import migrate

CONTACT = ("phone", "email", "address_line", "postal_code", "city")


def _config(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _columns(engine) -> set[str]:
    return {c["name"] for c in sa.inspect(engine).get_columns("practice")}


def _down_and_up(practice):
    admin = practice.ctx["admin"]
    row = practice_service.get_practice(admin)
    practice_service.update_practice(admin, row.version, name=row.name, country="FR", finess=None, gln=None,
                                     idle_lock_minutes=row.idle_lock_minutes,
                                     contact=PracticeContact(phone="04 78 00 00 00", postal_code="69003", city="Lyon"))
    before = practice_service.get_practice(admin)
    engine = practice.db.engine
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0016")
    assert not set(CONTACT) & _columns(engine)
    with engine.connect() as conn:
        name, language = conn.execute(sa.text("SELECT name, language FROM practice")).one()
        assert conn.execute(sa.text("SELECT count(*) FROM staff")).scalar() == 7   # the keys to staff still hold
    assert (name, language) == (before.name, before.language)
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    assert set(CONTACT) <= _columns(engine)
    assert migrate.current_revisions(engine) == migrate.head_revisions()
    after = practice_service.get_practice(admin)
    assert after.name == before.name and after.version == before.version
    assert (after.phone, after.postal_code, after.city) == (None, None, None)


def test_sqlite_downgrade_and_upgrade(practice):
    _down_and_up(practice)


@pytest.mark.postgres
def test_postgres_downgrade_and_upgrade(pg_practice):
    _down_and_up(pg_practice)
