"""New-patient intake: a new patient taken through every checklist step, the waiting list in its priority order,
bad input refused naming the field with nothing stored, access refusals, idempotent step tasks, stale saves."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.models.audit import AuditEvent
from app.models.intake import Intake, IntakeStep
from app.models.patient import InsOid, Patient
from app.models.task import Task
from app.services.errors import AccessDenied, StaleRecordError, ValidationError
from app.services.intake import intakes, step_tasks, steps, waiting
from app.services.intake.intakes import IntakeInput
from app.services.intake.steps import StepInput
from app.services.patients import records as patients
from app.services.patients.records import PatientInput, ProblemEntry
from app.services.tasks import recurrence

QUALIFIED = dict(family_name="Dupont", given_names="Hélène", birth_name="Martin", birth_given_names="Hélène Marie",
                 birth_date="15.03.1948", sex="F", birth_place_code="75056", ins_matricule="248037512345658",
                 ins_oid=InsOid.NIR.value, ins_status="QUAL")


def _patient(practice, **kw) -> int:
    data = {**QUALIFIED, **kw}
    return patients.create_patient(practice.ctx["medical_assistant"], PatientInput(**data))


def _version(practice, intake_id) -> int:
    with practice.db.session() as s:
        return s.get(Intake, intake_id).version


def _step(practice, intake_id, key):
    with practice.db.session() as s:
        return s.execute(select(IntakeStep).where(IntakeStep.intake_id == intake_id,
                                                  IntakeStep.step_key == key)).scalar_one()


def test_new_patient_taken_through_every_step(practice):
    ma = practice.ctx["medical_assistant"]
    doctor = practice.staff_ids["physician"]
    pid = _patient(practice, problems=[ProblemEntry("ald", "Diabète de type 2", "E11")])
    iid = intakes.register(ma, pid, IntakeInput(reason="Médecin parti à la retraite"))
    view = intakes.open_intake(ma, iid)
    assert view.status == "waiting" and view.long_term and view.no_gp and view.ins_qualified
    assert [s.key for s in view.steps] == ["identity", "gp_declaration", "records_requested", "records_received",
                                           "summary_problems", "summary_medications", "summary_allergies",
                                           "summary_risk_factors", "first_appointment"]
    assert all(s.state == "open" for s in view.steps)
    today = recurrence.today_local()
    v = intakes.take_on(ma, iid, view.version, doctor, today + timedelta(days=3), view.patient_version)
    assert intakes.open_intake(ma, iid).status == "in_progress"
    with practice.db.session() as s:
        assert s.get(Patient, pid).gp_staff_id == doctor
    v = steps.record_step(ma, iid, v, "identity", StepInput())
    v = steps.record_step(ma, iid, v, "gp_declaration", StepInput(state="form_given"))
    assert _step(practice, iid, "gp_declaration").state == "form_given"
    v = steps.record_step(ma, iid, v, "gp_declaration", StepInput(
        staff_id=doctor, patient_version=intakes.open_intake(ma, iid).patient_version))
    v = steps.record_step(ma, iid, v, "records_requested", StepInput(detail="Dr Martin, Lyon",
                                                                    on=today - timedelta(days=2)))
    v = steps.record_step(ma, iid, v, "records_received", StepInput(on=today))
    for key in ("summary_problems", "summary_medications", "summary_allergies"):
        v = steps.record_step(ma, iid, v, key, StepInput())
    assert intakes.open_intake(ma, iid).status == "in_progress"
    v = steps.record_step(ma, iid, v, "summary_risk_factors", StepInput())
    view = intakes.open_intake(ma, iid)
    assert view.status == "done" and view.closed_on == today
    assert all(s.state == "done" for s in view.steps)
    assert _step(practice, iid, "records_requested").detail == "Dr Martin, Lyon"
    first = next(s for s in view.steps if s.key == "first_appointment")
    assert (first.step_on, first.staff_id) == (today + timedelta(days=3), doctor)
    assert waiting.counts(ma).done_this_month == 1
    with pytest.raises(ValidationError) as e:
        steps.record_step(ma, iid, view.version, "identity", StepInput(state="open"))
    assert (e.value.field, e.value.code) == ("status", "intake.closed")
    with practice.db.session() as s:
        actions = set(s.execute(select(AuditEvent.action).where(AuditEvent.entity_type == "intake")).scalars())
    assert {"intake.register", "intake.take_on", "intake.step", "intake.read"} <= actions


def test_waiting_list_puts_long_term_condition_or_frailty_first_then_oldest_request(practice):
    ma = practice.ctx["coordinator"]
    today = recurrence.today_local()
    plan = [("Alpha", 30, False, False), ("Bravo", 10, True, False), ("Charlie", 40, False, False),
            ("Delta", 20, False, True), ("Echo", 5, False, False)]
    for name, days, ald, frail in plan:
        pid = _patient(practice, family_name=name, ins_matricule=None, ins_status=None, ins_oid=None)
        intakes.register(ma, pid, IntakeInput(requested_on=today - timedelta(days=days), long_term=ald,
                                              frailty=frail))
    rows = waiting.waiting_list(ma)
    assert [r.patient_name.split()[0] for r in rows] == ["DELTA", "BRAVO", "CHARLIE", "ALPHA", "ECHO"]
    assert [r.first for r in rows] == [True, True, False, False, False]
    assert [r.patient_name.split()[0] for r in waiting.waiting_list(ma, only_first=True)] == ["DELTA", "BRAVO"]
    assert [r.patient_name.split()[0] for r in waiting.waiting_list(ma, "charl")] == ["CHARLIE"]
    c = waiting.counts(ma)
    assert (c.waiting, c.waiting_first, c.in_progress, c.done_this_month) == (5, 2, 0, 0)
    assert "long" in waiting.priority_text("en")


def test_patient_with_a_gp_is_not_waiting_and_swiss_patients_have_no_declaration(practice):
    ma = practice.ctx["medical_assistant"]
    pid = _patient(practice, country="CH", ins_matricule=None, ins_status=None, ins_oid=None,
                   birth_place_code=None, gp_external_name="Dr Huber, Bern")
    iid = intakes.register(ma, pid, IntakeInput())
    view = intakes.open_intake(ma, iid)
    assert view.status == "in_progress" and waiting.waiting_list(ma) == []
    assert next(s for s in view.steps if s.key == "gp_declaration").state == "not_applicable"
    with pytest.raises(ValidationError) as e:
        steps.record_step(ma, iid, view.version, "gp_declaration", StepInput(state="form_given"))
    assert (e.value.field, e.value.code) == ("step", "intake.step_not_applicable")
    # no INS in Switzerland: the identity is confirmed by hand
    steps.record_step(ma, iid, view.version, "identity", StepInput())
    assert _step(practice, iid, "identity").state == "done"


def _stored(practice):
    with practice.db.session() as s:
        return (s.execute(select(Intake.version, Intake.status)).all(),
                s.execute(select(IntakeStep.step_key, IntakeStep.state, IntakeStep.step_on, IntakeStep.detail)
                          .order_by(IntakeStep.id)).all())


@pytest.mark.parametrize("key, data, field, code", [
    ("identity", StepInput(), "identity", "intake.ins_not_qualified"),
    ("identity", StepInput(on="31.02.2024"), "identity", "intake.ins_not_qualified"),
    ("records_requested", StepInput(detail=""), "records_from", "required"),
    ("records_requested", StepInput(detail="x" * 301), "records_from", "too_long"),
    ("records_requested", StepInput(detail="CH Lyon", on="demain"), "step_on", "not_a_date"),
    ("records_received", StepInput(), "step", "intake.step_before"),
    ("summary_problems", StepInput(), "step", "intake.chart_empty"),
    ("summary_medications", StepInput(on=date.today() + timedelta(days=2)), "step_on", "future_date"),
    ("gp_declaration", StepInput(staff_id=None), "staff_id", "required"),
    ("gp_declaration", StepInput(state="maybe"), "state", "one_of"),
    ("first_appointment", StepInput(), "step_on", "required"),
    ("nonsense", StepInput(), "step", "intake.unknown_step"),
])
def test_bad_step_input_names_the_field_and_stores_nothing(practice, key, data, field, code):
    ma = practice.ctx["medical_assistant"]
    pid = _patient(practice, ins_status="PROV")
    iid = intakes.register(ma, pid, IntakeInput())
    before = _stored(practice)
    with pytest.raises(ValidationError) as e:
        steps.record_step(ma, iid, _version(practice, iid), key, data)
    assert (e.value.field, e.value.code) == (field, code)
    assert _stored(practice) == before


def test_bad_registration_and_take_on_input(practice):
    ma = practice.ctx["medical_assistant"]
    pid = _patient(practice)
    for data, field, code in [(IntakeInput(requested_on="2099-01-01"), "requested_on", "future_date"),
                              (IntakeInput(requested_on="32.01.2024"), "requested_on", "not_a_calendar_date"),
                              (IntakeInput(reason="x" * 501), "reason", "too_long")]:
        with pytest.raises(ValidationError) as e:
            intakes.register(ma, pid, data)
        assert (e.value.field, e.value.code) == (field, code)
    with practice.db.session() as s:
        assert s.execute(select(func.count()).select_from(Intake)).scalar_one() == 0
    iid = intakes.register(ma, pid, IntakeInput())
    with pytest.raises(ValidationError) as e:
        intakes.register(ma, pid, IntakeInput())
    assert (e.value.field, e.value.code) == ("patient", "intake.already_registered")
    today = recurrence.today_local()
    for gp, on, field, code in [(None, today, "gp_staff_id", "required"),
                                (practice.staff_ids["nurse"], today, "gp_staff_id", "patients.gp_not_physician"),
                                (practice.staff_ids["physician"], today - timedelta(days=1), "first_appointment_on",
                                 "intake.appointment_past"),
                                (practice.staff_ids["physician"], "", "first_appointment_on", "required")]:
        with pytest.raises(ValidationError) as e:
            intakes.take_on(ma, iid, 1, gp, on, 1)
        assert (e.value.field, e.value.code) == (field, code)
    with pytest.raises(ValidationError) as e:
        intakes.withdraw(ma, iid, 1, "  ")
    assert (e.value.field, e.value.code) == ("withdrawn_reason", "required")
    assert _stored(practice)[0] == [(1, "waiting")]
    with practice.db.session() as s:
        assert s.get(Patient, pid).gp_staff_id is None
    intakes.withdraw(ma, iid, 1, "Parti dans une autre région")
    assert intakes.open_intake(ma, iid).withdrawn_reason == "Parti dans une autre région"
    assert waiting.counts(ma).waiting == 0


def test_stale_save_is_refused(practice):
    ma, coord = practice.ctx["medical_assistant"], practice.ctx["coordinator"]
    iid = intakes.register(ma, _patient(practice), IntakeInput())
    steps.record_step(ma, iid, 1, "identity", StepInput())
    with pytest.raises(StaleRecordError):
        steps.record_step(coord, iid, 1, "summary_risk_factors", StepInput())
    assert _step(practice, iid, "summary_risk_factors").state == "open"


@pytest.mark.parametrize("role", ["nurse", "pharmacist", "advanced_practice_nurse", "admin"])
def test_roles_outside_the_intake_are_refused(practice, role):
    ma = practice.ctx["medical_assistant"]
    iid = intakes.register(ma, _patient(practice), IntakeInput())
    ctx = practice.ctx[role]
    for call in (lambda: intakes.register(ctx, 1, IntakeInput()), lambda: intakes.open_intake(ctx, iid),
                 lambda: steps.record_step(ctx, iid, 1, "identity", StepInput()),
                 lambda: waiting.waiting_list(ctx), lambda: waiting.counts(ctx),
                 lambda: step_tasks.create_step_tasks(ctx, iid)):
        with pytest.raises(AccessDenied):
            call()
    assert _step(practice, iid, "identity").state == "open"


def test_step_tasks_are_made_once_and_follow_the_steps(practice):
    ma = practice.ctx["medical_assistant"]
    iid = intakes.register(ma, _patient(practice), IntakeInput())
    assert step_tasks.create_step_tasks(ma, iid, "en") == 2       # declaration form, request the records
    assert step_tasks.create_step_tasks(ma, iid, "en") == 0
    today = recurrence.today_local()
    with practice.db.session() as s:
        tasks = {t.dedup_key: t for t in s.execute(select(Task).where(Task.task_type == "intake")).scalars()}
    assert set(tasks) == {f"intake:gp_declaration:{iid}", f"intake:records_requested:{iid}"}
    assert tasks[f"intake:records_requested:{iid}"].pool_role == "medical_assistant"
    assert tasks[f"intake:records_requested:{iid}"].due_date == today + timedelta(days=2)
    steps.record_step(ma, iid, 1, "records_requested", StepInput(detail="Dr Martin"))
    assert step_tasks.create_step_tasks(ma, iid, "en") == 1       # chase the records, three weeks on
    assert step_tasks.create_step_tasks(ma, iid, "en") == 0
    with practice.db.session() as s:
        chase = s.execute(select(Task).where(Task.dedup_key == f"intake:records_received:{iid}")).scalar_one()
    assert chase.due_date == today + timedelta(days=21)
