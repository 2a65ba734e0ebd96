"""Revision 0026 (nurse-assisted teleconsultation) goes down to 0021 and up again on both back ends: the table
leaves and comes back empty, the patients stay."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.services.coordination import teleconsultation as tele
from app.services.coordination.teleconsultation_input import TeleconsultationInput
from app.services.storage import migrate
from tests.services.coordination.test_hospital_events import add_patient


def _config(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _tables(engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names())


def _down_and_up(practice):
    pid = add_patient(practice)
    tele.book(practice.ctx["coordinator"], TeleconsultationInput(
        patient_id=pid, starts_at=datetime(2030, 3, 4, 10, 0), ends_at=datetime(2030, 3, 4, 10, 30),
        accompanying_staff_id=practice.staff_ids["nurse"], remote_physician_id=practice.staff_ids["physician"],
        video_url="https://visio.example.org/r/1"), now=datetime(2030, 3, 1, tzinfo=UTC))
    engine = practice.db.engine
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0025")
    assert "teleconsultation" not in _tables(engine)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT family_name FROM patient")).scalar_one() == "Martin"
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    assert "teleconsultation" in _tables(engine)
    assert migrate.current_revisions(engine) == migrate.head_revisions()
    assert tele.list_teleconsultations(practice.ctx["physician"], include_closed=True) == []


def test_sqlite_downgrade_and_upgrade(practice):
    _down_and_up(practice)


@pytest.mark.postgres
def test_postgres_downgrade_and_upgrade(pg_practice):
    _down_and_up(pg_practice)
