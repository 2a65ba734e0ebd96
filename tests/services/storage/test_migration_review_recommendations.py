"""Revision 0020 (a review worksheet's recommendations) goes down and up again on both back ends: the worksheet keeps
its other values, the recommendations leave and come back empty, the program reads the worksheet afterwards."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command

from app.services.alerts import worksheet as review_worksheet
from app.services.storage import migrate
from tests.services.alerts.test_review_check import finished_check
from tests.services.storage.test_migration_practice_contact import _config


def _columns(engine) -> set[str]:
    return {c["name"] for c in sa.inspect(engine).get_columns("medication_review_sheet")}


def _down_and_up(practice):
    pid, sid = finished_check(practice)
    ph = practice.ctx["pharmacist"]
    before = review_worksheet.list_worksheets(ph, pid)[0]
    assert [r["kind"] for r in before.recommendations] == [1, 3, 4]
    engine = practice.db.engine
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0019")
    assert "recommendations" not in _columns(engine)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT conclusion FROM medication_review_sheet")).scalar() == before.conclusion
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    assert migrate.current_revisions(engine) == migrate.head_revisions()
    after = review_worksheet.list_worksheets(ph, pid)[0]
    assert (after.id, after.version, after.conclusion, after.findings) == (sid, before.version, before.conclusion,
                                                                           before.findings)
    assert after.recommendations == []


def test_sqlite_downgrade_and_upgrade(practice):
    _down_and_up(practice)


@pytest.mark.postgres
def test_postgres_downgrade_and_upgrade(pg_practice):
    _down_and_up(pg_practice)
