"""Revision 0031 (structured assessments) goes down to 0030 and up again on both back ends: the tables leave and
come back empty, and an assessment can be recorded again."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.services.assessments import records
from app.services.storage import migrate
from tests.services.assessments.test_assessments import phq
from tests.services.tasks.test_tasks_helpers import add_patient

TABLES = {"assessment", "assessment_proposal"}


def _config(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _down_and_up(practice):
    nurse = practice.ctx["nurse"]
    pid = add_patient(practice.ctx["physician"], age_years=77)
    records.record_assessment(nurse, pid, "phq9", phq(*(1,) * 9))
    engine = practice.db.engine
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0030")
    assert not TABLES & set(sa.inspect(engine).get_table_names())
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    assert TABLES <= set(sa.inspect(engine).get_table_names())
    assert migrate.current_revisions(engine) == migrate.head_revisions()
    assert records.patient_assessments(nurse, pid) == []
    assert records.record_assessment(nurse, pid, "phq9", phq(*(1,) * 9)).score == 9


def test_sqlite_downgrade_and_upgrade(practice):
    _down_and_up(practice)


@pytest.mark.postgres
def test_postgres_downgrade_and_upgrade(pg_practice):
    _down_and_up(pg_practice)
