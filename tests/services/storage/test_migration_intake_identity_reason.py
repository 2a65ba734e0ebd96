"""Revision 0033 (the reason an intake's identity cannot be qualified) goes down to 0032 and up again on both back
ends: the column leaves (a "not qualifiable" identity is open again for the program of 0032, its note kept) and
comes back empty, and an identity can be marked not qualifiable again."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.services.intake import intakes, steps
from app.services.intake.intakes import IntakeInput
from app.services.intake.steps import StepInput
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.storage import migrate


def _config(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _columns(engine) -> set[str]:
    return {c["name"] for c in sa.inspect(engine).get_columns("intake_step")}


def _identity(engine) -> tuple:
    with engine.connect() as conn:
        return tuple(conn.execute(sa.text("SELECT state, detail FROM intake_step WHERE step_key = 'identity'")).one())


def _down_and_up(practice):
    ctx = practice.ctx["medical_assistant"]
    pid = patients.create_patient(ctx, PatientInput(family_name="Weber", given_names="Ursula",
                                                    birth_date="22.05.1957", sex="F"))
    iid = intakes.register(ctx, pid, IntakeInput())
    steps.record_step(ctx, iid, 1, "identity", StepInput("not_qualifiable", reason="no_ins", detail="Assurée en CH"))
    engine = practice.db.engine
    assert "reason" in _columns(engine) and _identity(engine) == ("not_qualifiable", "Assurée en CH")
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0032")
    assert "reason" not in _columns(engine)
    assert _identity(engine) == ("open", "Assurée en CH")
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    assert "reason" in _columns(engine)
    assert migrate.current_revisions(engine) == migrate.head_revisions()
    view = intakes.open_intake(ctx, iid)
    assert (view.steps[0].state, view.steps[0].reason) == ("open", None)
    steps.record_step(ctx, iid, view.version, "identity", StepInput("not_qualifiable", reason="documents_missing"))
    assert intakes.open_intake(ctx, iid).steps[0].reason == "documents_missing"


def test_sqlite_downgrade_and_upgrade(practice):
    _down_and_up(practice)


@pytest.mark.postgres
def test_postgres_downgrade_and_upgrade(pg_practice):
    _down_and_up(pg_practice)
