"""Revision 0027 (the anonymous patient survey) goes down to 0021 and up again on both back ends: its two tables
leave and come back empty, the rest of the practice is untouched."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.services.coordination import survey
from app.services.coordination.survey import AnswerSet
from app.services.storage import migrate

TABLES = {"survey_answer", "survey_setting"}


def _config(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _down_and_up(practice):
    ctx = practice.ctx["coordinator"]
    survey.record_paper_batch(ctx, "2026-W49", [AnswerSet({"welcome": 5})], today=date(2026, 12, 9))
    engine = practice.db.engine
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0026")
    assert not TABLES & set(sa.inspect(engine).get_table_names())
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    assert TABLES <= set(sa.inspect(engine).get_table_names())
    assert migrate.current_revisions(engine) == migrate.head_revisions()
    assert sum(survey.results(ctx, "2026-W49", "2026-W49").answer_sets.values()) == 0
    survey.record_paper_batch(ctx, "2026-W49", [AnswerSet({"welcome": 4})], today=date(2026, 12, 9))
    assert survey.results(ctx, "2026-W49", "2026-W49").totals["welcome"].mean == 4


def test_sqlite_downgrade_and_upgrade(practice):
    _down_and_up(practice)


@pytest.mark.postgres
def test_postgres_downgrade_and_upgrade(pg_practice):
    _down_and_up(pg_practice)
