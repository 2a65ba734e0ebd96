"""Revision 0022 (deprescribing plans) goes down to 0021 and up again on both back ends: the two tables leave and
come back empty, the medication list is untouched, and a plan can be made again."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.services.care_plans import deprescribing
from app.services.care_plans.deprescribing_input import DeprescribingInput, StepInput
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput, Posology
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.storage import migrate
from app.services.tasks.recurrence import today_local

TABLES = {"deprescribing_plan", "deprescribing_step"}


def _config(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _plan(ctx, pid: int, line: int) -> int:
    steps = deprescribing.propose_steps(ctx, line, "deprescribing_org_ppi_2017_stop", today_local())
    return deprescribing.create_plan(ctx, pid, DeprescribingInput(
        line_id=line, scheme_key="deprescribing_org_ppi_2017_stop", follow_up_role="pharmacist",
        steps=[StepInput(s.due_date, s.stop, s.posology) for s in steps]))


def _down_and_up(practice):
    ctx = practice.ctx["physician"]
    pid = patients.create_patient(ctx, PatientInput(family_name="Dupont", given_names="Hélène",
                                                    birth_date="15.03.1948", sex="F"))
    line = medications.add_medication(ctx, pid, MedicationInput(
        atc="A02BC01", substances="oméprazole", strength="20 mg", posology=Posology(dose_morning="1")))
    _plan(ctx, pid, line)
    engine = practice.db.engine
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0021")
    assert not TABLES & set(sa.inspect(engine).get_table_names())
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    assert TABLES <= set(sa.inspect(engine).get_table_names())
    assert migrate.current_revisions(engine) == migrate.head_revisions()
    assert deprescribing.patient_plans(ctx, pid) == []
    assert [r.id for r in medications.list_current(ctx, pid)] == [line]
    assert deprescribing.get_plan(ctx, _plan(ctx, pid, line)).status == "draft"


def test_sqlite_downgrade_and_upgrade(practice):
    _down_and_up(practice)


@pytest.mark.postgres
def test_postgres_downgrade_and_upgrade(pg_practice):
    _down_and_up(pg_practice)
