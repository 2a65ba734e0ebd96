"""Revision 0023 (the team's maturity self-assessment) goes down to 0021 and up again on both back ends: its three
tables leave and come back empty, and the rest of the practice is untouched."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.services.coordination import maturity, maturity_grid
from app.services.coordination.maturity import AnswerInput, PeriodInput
from app.services.storage import migrate

TABLES = {"maturity_period", "maturity_answer_set", "maturity_answer"}


def _config(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _down_and_up(practice):
    coord = practice.ctx["coordinator"]
    period = maturity.open_period(coord, PeriodInput("2026 S1", "01.01.2026", "30.06.2026"))
    maturity.submit_answers(coord, period, [AnswerInput(a, 2) for a in maturity_grid.load().axis_keys])
    engine = practice.db.engine
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0022")
    assert not TABLES & set(sa.inspect(engine).get_table_names())
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM staff")).scalar_one() == 7
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    assert TABLES <= set(sa.inspect(engine).get_table_names())
    assert migrate.current_revisions(engine) == migrate.head_revisions()
    assert maturity.list_periods(coord) == []
    again = maturity.open_period(coord, PeriodInput("2026 S2", "01.07.2026", "31.12.2026"))
    assert maturity.submit_answers(coord, again, [AnswerInput(a, 3) for a in maturity_grid.load().axis_keys]) == 1


def test_sqlite_downgrade_and_upgrade(practice):
    _down_and_up(practice)


@pytest.mark.postgres
def test_postgres_downgrade_and_upgrade(pg_practice):
    _down_and_up(pg_practice)
