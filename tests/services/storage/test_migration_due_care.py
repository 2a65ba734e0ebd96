"""Revision 0028 (due care) goes down and up again on both back ends: the two tables leave and come back (empty),
the patient stays; recording an act afterwards works again."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.services.due_care import acts
from app.services.storage import migrate
from tests.services.tasks.test_tasks_helpers import add_patient

TABLES = {"due_care_act", "due_item"}


def _config(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _down_and_up(practice):
    ctx = practice.ctx["physician"]
    pid = add_patient(ctx, age_years=60, conditions=["E11.9"], family="Dupont")
    acts.record_act(ctx, pid, "foot_exam")
    engine = practice.db.engine
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0027")
    assert not TABLES & set(sa.inspect(engine).get_table_names())
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT family_name FROM patient")).scalar_one() == "Dupont"
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    assert TABLES <= set(sa.inspect(engine).get_table_names())
    assert migrate.current_revisions(engine) == migrate.head_revisions()
    assert acts.patient_items(ctx, pid) == []              # recomputed on the next change, or by "recompute all"
    acts.record_act(ctx, pid, "foot_exam")
    assert {i.item_key: i.status for i in acts.patient_items(ctx, pid)}["t2d.foot"] == "ok"


def test_sqlite_downgrade_and_upgrade(practice):
    _down_and_up(practice)


@pytest.mark.postgres
def test_postgres_downgrade_and_upgrade(pg_practice):
    _down_and_up(pg_practice)
