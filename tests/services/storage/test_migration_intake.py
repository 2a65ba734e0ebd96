"""Revision 0029 (new-patient intake) goes down to 0028 and up again on both back ends: the intake tables leave and
come back empty, the patients stay, and an intake can be registered again."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.services.intake import intakes
from app.services.intake.intakes import IntakeInput
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.storage import migrate

TABLES = {"intake", "intake_step"}


def _config(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _down_and_up(practice):
    ctx = practice.ctx["medical_assistant"]
    pid = patients.create_patient(ctx, PatientInput(family_name="Dupont", given_names="Hélène",
                                                    birth_date="15.03.1948", sex="F"))
    intakes.register(ctx, pid, IntakeInput(long_term=True))
    engine = practice.db.engine
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0028")
    assert not TABLES & set(sa.inspect(engine).get_table_names())
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT family_name FROM patient")).scalar_one() == "Dupont"
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    assert TABLES <= set(sa.inspect(engine).get_table_names())
    assert migrate.current_revisions(engine) == migrate.head_revisions()
    assert intakes.intake_of_patient(ctx, pid) is None
    iid = intakes.register(ctx, pid, IntakeInput())
    assert intakes.open_intake(ctx, iid).status == "waiting"


def test_sqlite_downgrade_and_upgrade(practice):
    _down_and_up(practice)


@pytest.mark.postgres
def test_postgres_downgrade_and_upgrade(pg_practice):
    _down_and_up(pg_practice)
