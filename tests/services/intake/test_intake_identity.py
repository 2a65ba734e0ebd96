"""The intake and the patient record: taking a patient on sets the médecin traitant through the patients service
(the same rule, audit event and version check as a save from the chart), and an INS that cannot be qualified lets
the intake close with the identity step "not qualifiable" (a reason from the listed vocabulary, a note), the patient
flagged, a task to qualify the identity made once; bad input named, nothing stored; the chart tab's read."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.models.audit import AuditEvent
from app.models.intake import Intake, IntakeStep
from app.models.patient import Patient
from app.models.task import Task
from app.services.errors import AccessDenied, StaleRecordError, ValidationError
from app.services.intake import intakes, steps
from app.services.intake.checklist import identity_reasons
from app.services.intake.intakes import IntakeInput
from app.services.intake.steps import StepInput
from app.services.patients import records as patients
from app.services.patients.identity import exportable_ins
from app.services.patients.records import PatientInput, ProblemEntry
from app.services.practice import staff as staff_service
from app.services.practice.staff import StaffInput
from app.services.tasks import recurrence
from tests.services.intake.test_intake import QUALIFIED
from tests.support import PASSWORD

PROVISIONAL = {**QUALIFIED, "ins_status": "PROV"}
SUMMARY = ("records_requested", "records_received", "summary_problems", "summary_medications", "summary_allergies",
           "summary_risk_factors")


def _patient(practice, **kw) -> int:
    data = {**PROVISIONAL, "problems": [ProblemEntry("condition", "HTA", "I10")], **kw}
    return patients.create_patient(practice.ctx["medical_assistant"], PatientInput(**data))


def _patient_events(practice, patient_id) -> list[tuple]:
    """The audit events of changes to the patient record (not the reads), oldest first."""
    with practice.db.session() as s:
        return [tuple(r) for r in s.execute(
            select(AuditEvent.action, AuditEvent.entity_type, AuditEvent.entity_id, AuditEvent.detail,
                   AuditEvent.user_display, AuditEvent.outcome)
            .where(AuditEvent.patient_id == patient_id, AuditEvent.entity_type == "patient",
                   AuditEvent.action.not_in(("patient.open", "patient.identify")))
            .order_by(AuditEvent.seq)).all()]


def _patient_row(practice, patient_id):
    with practice.db.session() as s:
        p = s.get(Patient, patient_id)
        return p.gp_staff_id, p.version, p.updated_by


def test_take_on_sets_the_gp_as_the_chart_does(practice):
    ma, doctor = practice.ctx["medical_assistant"], practice.staff_ids["physician"]
    from_chart, taken_on = _patient(practice, family_name="Chart"), _patient(practice, family_name="Intake")
    row = patients.open_patient(ma, from_chart)
    patients.update_patient(ma, from_chart, row.version, patients.with_changes(row, gp_staff_id=doctor))
    iid = intakes.register(ma, taken_on, IntakeInput())
    view = intakes.open_intake(ma, iid)
    intakes.take_on(ma, iid, view.version, doctor, recurrence.today_local(), view.patient_version)
    assert _patient_row(practice, taken_on) == _patient_row(practice, from_chart) == (
        doctor, 2, ma.actor.display_name)
    chart_events, intake_events = _patient_events(practice, from_chart), _patient_events(practice, taken_on)
    assert [e[0] for e in chart_events] == [e[0] for e in intake_events] == ["patient.create", "patient.update"]
    # the same event: action, record, detail, who, outcome (only the record's id differs)
    assert chart_events[1][:2] + chart_events[1][3:] == intake_events[1][:2] + intake_events[1][3:]
    assert (chart_events[1][2], intake_events[1][2]) == (str(from_chart), str(taken_on))
    with practice.db.session() as s:
        old_event = s.execute(select(func.count()).where(AuditEvent.action == "patient.edit")).scalar_one()
    assert old_event == 0


def test_take_on_refuses_what_the_chart_refuses_and_a_stale_patient(practice):
    ma, nurse = practice.ctx["medical_assistant"], practice.staff_ids["nurse"]
    pid = _patient(practice)
    row = patients.open_patient(ma, pid)
    with pytest.raises(ValidationError) as chart:
        patients.update_patient(ma, pid, row.version, patients.with_changes(row, gp_staff_id=nurse))
    iid = intakes.register(ma, pid, IntakeInput())
    today = recurrence.today_local()
    with pytest.raises(ValidationError) as intake:
        intakes.take_on(ma, iid, 1, nurse, today, row.version)
    assert (intake.value.field, intake.value.code) == (chart.value.field, chart.value.code) == \
        ("gp_staff_id", "patients.gp_not_physician")
    # someone edits the patient after the list was read: the take-on is refused, nothing is stored
    patients.update_patient(practice.ctx["coordinator"], pid, row.version, patients.with_changes(row, city="Sion"))
    with pytest.raises(StaleRecordError):
        intakes.take_on(ma, iid, 1, practice.staff_ids["physician"], today, row.version)
    with practice.db.session() as s:
        assert s.get(Intake, iid).status == "waiting" and s.get(Patient, pid).gp_staff_id is None
        assert s.execute(select(IntakeStep.state).where(IntakeStep.intake_id == iid,
                                                        IntakeStep.step_key == "first_appointment")).scalar() == "open"
    intakes.take_on(ma, iid, 1, practice.staff_ids["physician"], today, row.version + 1)
    assert _patient_row(practice, pid)[:2] == (practice.staff_ids["physician"], row.version + 2)


def test_declaring_another_gp_goes_through_the_patients_service(practice):
    ma, doctor = practice.ctx["medical_assistant"], practice.staff_ids["physician"]
    other = staff_service.create_staff(practice.ctx["admin"], StaffInput(
        username="dr.autre", family_name="Autre", given_names="Anne", profession="Médecin", roles=["physician"]),
        PASSWORD, temporary_password=False)
    pid = _patient(practice, gp_external_name="Dr Huber, Lyon")    # has a doctor elsewhere: in progress at once
    iid = intakes.register(ma, pid, IntakeInput())
    view = intakes.open_intake(ma, iid)
    assert view.status == "in_progress" and view.gp_staff_id is None
    with pytest.raises(ValidationError) as e:
        steps.record_step(ma, iid, view.version, "gp_declaration", StepInput(staff_id=doctor))
    assert (e.value.field, e.value.code) == ("patient_version", "required")
    with pytest.raises(StaleRecordError):
        steps.record_step(ma, iid, view.version, "gp_declaration", StepInput(staff_id=doctor,
                                                                             patient_version=view.patient_version - 1))
    assert _patient_row(practice, pid)[:2] == (None, 1)
    steps.record_step(ma, iid, view.version, "gp_declaration", StepInput(staff_id=other,
                                                                         patient_version=view.patient_version))
    assert _patient_row(practice, pid)[:2] == (other, 2)
    assert intakes.open_intake(ma, iid).steps[1].staff_id == other
    assert [e[0] for e in _patient_events(practice, pid)] == ["patient.create", "patient.update"]


def _through_all_but_identity(practice, iid) -> int:
    ma = practice.ctx["medical_assistant"]
    view = intakes.open_intake(ma, iid)
    v = intakes.take_on(ma, iid, view.version, practice.staff_ids["physician"], recurrence.today_local(),
                        view.patient_version)
    v = steps.record_step(ma, iid, v, "gp_declaration", StepInput(
        staff_id=practice.staff_ids["physician"], patient_version=intakes.open_intake(ma, iid).patient_version))
    for key in SUMMARY:
        v = steps.record_step(ma, iid, v, key, StepInput(detail="Dr Roux" if key == "records_requested" else None))
    return v


def _qualify_tasks(practice, iid) -> list[Task]:
    with practice.db.session() as s:
        return s.execute(select(Task).where(Task.dedup_key == f"intake:identity_qualify:{iid}")).scalars().all()


def test_an_identity_that_cannot_be_qualified_lets_the_intake_close(practice):
    ma = practice.ctx["medical_assistant"]
    pid = _patient(practice)
    iid = intakes.register(ma, pid, IntakeInput())
    v = _through_all_but_identity(practice, iid)
    with pytest.raises(ValidationError) as e:     # confirming still needs a qualified INS
        steps.record_step(ma, iid, v, "identity", StepInput())
    assert (e.value.field, e.value.code) == ("identity", "intake.ins_not_qualified")
    assert intakes.open_intake(ma, iid).status == "in_progress"
    steps.record_step(ma, iid, v, "identity", StepInput(state="not_qualifiable", reason="insi_unavailable",
                                                        detail="Téléservice en panne ce matin"), "en")
    view = intakes.open_intake(ma, iid, "en")
    assert view.status == "done" and view.closed_on == recurrence.today_local()
    identity = view.steps[0]
    assert (identity.state, identity.reason, identity.reason_label, identity.detail) == (
        "not_qualifiable", "insi_unavailable", "INSi teleservice unavailable", "Téléservice en panne ce matin")
    assert identity.recorded_by == ma.actor.display_name
    assert identity.recorded_at is not None
    # the patient stays flagged: the INS is not qualified, not exported, its status untouched
    assert view.identity_unqualified and not view.ins_qualified
    with practice.db.session() as s:
        patient = s.get(Patient, pid)
        assert patient.ins_status == "PROV" and exportable_ins(patient) is None
    [task] = _qualify_tasks(practice, iid)
    assert (task.title, task.pool_role, task.task_type, task.patient_id, task.status) == (
        "Qualify the patient's identity (INS)", "medical_assistant", "intake", pid, "requested")
    assert task.description == "INSi teleservice unavailable — Téléservice en panne ce matin"
    assert task.due_date == recurrence.today_local() + timedelta(days=identity_reasons().reason(
        "insi_unavailable").recall_days)
    with practice.db.session() as s:
        details = s.execute(select(AuditEvent.detail).where(AuditEvent.action == "intake.step")
                            .order_by(AuditEvent.seq.desc()).limit(1)).scalar_one()
    assert details.startswith("identity: not_qualifiable (insi_unavailable)") and details.endswith("; done")
    # qualified later in the patient's record: the flag goes
    row = patients.open_patient(ma, pid)
    patients.update_patient(ma, pid, row.version, patients.with_changes(row, ins_status="QUAL"))
    view = intakes.open_intake(ma, iid)
    assert view.ins_qualified and not view.identity_unqualified


def test_the_task_to_qualify_is_made_once(practice):
    ma = practice.ctx["medical_assistant"]
    pid = _patient(practice, ins_matricule=None, ins_status=None, ins_oid=None)   # no INS at all
    iid = intakes.register(ma, pid, IntakeInput())
    v = steps.record_step(ma, iid, 1, "identity", StepInput(state="not_qualifiable", reason="no_ins"))
    v = steps.record_step(ma, iid, v, "identity", StepInput(state="open"))
    assert intakes.open_intake(ma, iid).steps[0].reason is None
    steps.record_step(ma, iid, v, "identity", StepInput(state="not_qualifiable", reason="documents_missing"))
    [task] = _qualify_tasks(practice, iid)
    assert task.description.startswith("Le patient n'a pas d'INS")
    assert intakes.open_intake(ma, iid).steps[0].reason == "documents_missing"


def _stored(practice):
    with practice.db.session() as s:
        return (s.execute(select(Intake.version, Intake.status)).all(),
                s.execute(select(IntakeStep.step_key, IntakeStep.state, IntakeStep.detail, IntakeStep.reason)
                          .order_by(IntakeStep.id)).all(),
                s.execute(select(func.count()).select_from(Task)).scalar_one())


@pytest.mark.parametrize("patient, data, field, code", [
    ({}, StepInput(state="not_qualifiable"), "identity_reason", "required"),
    ({}, StepInput(state="not_qualifiable", reason="  "), "identity_reason", "required"),
    ({}, StepInput(state="not_qualifiable", reason="lost_wallet"), "identity_reason", "one_of"),
    ({}, StepInput(state="not_qualifiable", reason="other"), "detail", "required"),
    ({}, StepInput(state="not_qualifiable", reason="insi_several", detail="x" * 301), "detail", "too_long"),
    ({}, StepInput(state="not_qualifiable", reason="insi_several", on="31.02.2026"), "step_on",
     "not_a_calendar_date"),
    ({}, StepInput(state="unqualified", reason="no_ins"), "state", "one_of"),
    ({"ins_status": "QUAL"}, StepInput(state="not_qualifiable", reason="no_ins"), "state",
     "intake.ins_already_qualified"),
    ({"country": "CH", "ins_matricule": None, "ins_status": None, "ins_oid": None, "birth_place_code": None},
     StepInput(state="not_qualifiable", reason="no_ins"), "state", "intake.step_not_applicable"),
])
def test_bad_not_qualifiable_input_names_the_field_and_stores_nothing(practice, patient, data, field, code):
    ma = practice.ctx["medical_assistant"]
    iid = intakes.register(ma, _patient(practice, **patient), IntakeInput())
    before = _stored(practice)
    with pytest.raises(ValidationError) as e:
        steps.record_step(ma, iid, 1, "identity", data)
    assert (e.value.field, e.value.code) == (field, code)
    assert _stored(practice) == before


def test_the_charts_read_of_the_intake(practice):
    ma = practice.ctx["medical_assistant"]
    pid, other = _patient(practice), _patient(practice, family_name="Sans")
    iid = intakes.register(ma, pid, IntakeInput())
    assert intakes.patient_intake(ma, other) is None
    view = intakes.patient_intake(ma, pid, "de")
    assert view.id == iid and view.steps[0].label == "Identität geprüft (INS qualifiziert)"
    assert all(s.recorded_by is None for s in view.steps)     # nothing recorded yet
    for role in ("nurse", "pharmacist", "admin"):
        with pytest.raises(AccessDenied):
            intakes.patient_intake(practice.ctx[role], pid)
    with practice.db.session() as s:
        reads = s.execute(select(func.count()).where(AuditEvent.action == "intake.read",
                                                     AuditEvent.patient_id == pid)).scalar_one()
    assert reads == 1


def test_the_reason_vocabulary_has_its_sources_and_three_languages():
    vocabulary = identity_reasons()
    codes = [r.code for r in vocabulary.reasons]
    assert {"documents_missing", "insi_unavailable", "no_ins", "other"} <= set(codes) and len(codes) == len(set(codes))
    for r in vocabulary.reasons:
        assert set(r.labels) == {"fr", "de", "en"} and r.recall_days > 0
        source = vocabulary.sources[r.source]
        assert source["title"] and source["edition"] and source["read"]
    assert [r.code for r in vocabulary.reasons if r.note_required] == ["other"]
    assert intakes.identity_reason_choices("de")[0] == ("documents_missing",
                                                         "Kein Ausweisdokument mit hohem Vertrauensniveau vorgelegt")
