"""Intake on PostgreSQL: the waiting list in its priority order, the counts (filtered aggregates), a patient taken
on and through every step under row locks, tasks made once, a stale save refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.models.task import Task
from app.services.errors import StaleRecordError
from app.services.intake import intakes, step_tasks, steps, waiting
from app.services.intake.intakes import IntakeInput
from app.services.intake.steps import StepInput
from app.services.patients import records as patients
from app.services.patients.records import PatientInput, ProblemEntry
from app.services.tasks import recurrence
from tests.services.intake.test_intake import QUALIFIED

pytestmark = pytest.mark.postgres


def test_intake_on_postgres(pg_practice):
    ma = pg_practice.ctx["medical_assistant"]
    doctor = pg_practice.staff_ids["physician"]
    today = recurrence.today_local()
    ids = {}
    for name, days, ald, frail in [("Alpha", 30, False, False), ("Bravo", 10, True, False), ("Charlie", 5, False, True),
                                   ("Delta", 50, False, False)]:
        pid = patients.create_patient(ma, PatientInput(**{**QUALIFIED, "family_name": name},
                                                       problems=[ProblemEntry("condition", "HTA", "I10")]))
        ids[name] = intakes.register(ma, pid, IntakeInput(today - timedelta(days=days), ald, frail))
    assert [r.patient_name.split()[0] for r in waiting.waiting_list(ma)] == ["BRAVO", "CHARLIE", "DELTA", "ALPHA"]
    assert waiting.counts(ma) == waiting.IntakeCounts(4, 2, 0, 0)
    iid = ids["Alpha"]
    assert step_tasks.create_step_tasks(ma, iid) == 2 and step_tasks.create_step_tasks(ma, iid) == 0
    v = intakes.take_on(ma, iid, 1, doctor, today, 1)
    with pytest.raises(StaleRecordError):
        steps.record_step(ma, iid, 1, "identity", StepInput())
    for key, data in [("identity", StepInput()), ("gp_declaration", StepInput(staff_id=doctor, patient_version=2)),
                      ("records_requested", StepInput(detail="Dr Roux")), ("records_received", StepInput()),
                      ("summary_problems", StepInput()), ("summary_medications", StepInput()),
                      ("summary_allergies", StepInput()), ("summary_risk_factors", StepInput())]:
        v = steps.record_step(ma, iid, v, key, data)
    assert intakes.open_intake(ma, iid).status == "done"
    assert waiting.counts(ma) == waiting.IntakeCounts(3, 2, 0, 1)


def test_identity_not_qualifiable_on_postgres(pg_practice):
    """Taken on through the patients service (its version check under the row lock), closed with an identity that
    cannot be qualified, its task made once."""
    ma = pg_practice.ctx["medical_assistant"]
    doctor = pg_practice.staff_ids["physician"]
    pid = patients.create_patient(ma, PatientInput(**{**QUALIFIED, "ins_status": "RECUP"},
                                                   problems=[ProblemEntry("condition", "HTA", "I10")]))
    iid = intakes.register(ma, pid, IntakeInput())
    with pytest.raises(StaleRecordError):
        intakes.take_on(ma, iid, 1, doctor, recurrence.today_local(), 0)
    v = intakes.take_on(ma, iid, 1, doctor, recurrence.today_local(), 1)
    v = steps.record_step(ma, iid, v, "identity", StepInput("not_qualifiable", reason="documents_missing"))
    v = steps.record_step(ma, iid, v, "identity", StepInput("open"))
    v = steps.record_step(ma, iid, v, "identity", StepInput("not_qualifiable", reason="insi_unavailable"))
    for key, data in [("gp_declaration", StepInput(staff_id=doctor, patient_version=2)),
                      ("records_requested", StepInput(detail="Dr Roux")), ("records_received", StepInput()),
                      ("summary_problems", StepInput()), ("summary_medications", StepInput()),
                      ("summary_allergies", StepInput()), ("summary_risk_factors", StepInput())]:
        v = steps.record_step(ma, iid, v, key, data)
    view = intakes.open_intake(ma, iid)
    assert view.status == "done" and view.identity_unqualified and view.steps[0].reason == "insi_unavailable"
    with pg_practice.db.session() as s:
        keys = s.execute(select(Task.dedup_key).where(Task.dedup_key.like("intake:identity_qualify:%"))).all()
    assert keys == [(f"intake:identity_qualify:{iid}",)]
