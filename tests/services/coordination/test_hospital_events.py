"""Hospital events: recording, bad input on every field (named, nothing stored), stale edits, and the
medication-reconciliation task a discharge creates for the médecin traitant."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from app.models.coordination import HospitalEvent
from app.models.task import Task
from app.services.coordination import hospital_events
from app.services.coordination.hospital_events import EventInput
from app.services.errors import AccessDenied, StaleRecordError, ValidationError
from app.services.patients import records as patients
from app.services.patients.records import PatientInput

TODAY = date(2026, 6, 15)


def add_patient(practice, gp_role: str | None = "physician", family="Martin") -> int:
    gp = practice.staff_ids[gp_role] if gp_role else None
    return patients.create_patient(practice.ctx["physician"], PatientInput(
        family_name=family, given_names="Jeanne", birth_date="12.03.1940", sex="F", gp_staff_id=gp))


def test_discharge_creates_reconciliation_task_for_the_gp(practice):
    pid = add_patient(practice)
    eid = hospital_events.record_event(practice.ctx["medical_assistant"], pid, EventInput(
        kind="discharge", event_date=TODAY - timedelta(days=1), facility="CHU Nancy — cardiologie",
        source="hospital", summary="Décompensation cardiaque; furosémide augmenté"), today=TODAY)
    with practice.db.session() as s:
        event = s.get(HospitalEvent, eid)
        task = s.get(Task, event.task_id)
    assert task.assignee_staff_id == practice.staff_ids["physician"]
    assert task.task_type == "medication_reconciliation" and task.patient_id == pid
    assert task.priority == "urgent" and "furosémide" in task.description
    rows = hospital_events.patient_events(practice.ctx["nurse"], pid)
    assert [(r.kind, r.task_id) for r in rows] == [("discharge", task.id)]


def test_discharge_without_gp_goes_to_the_physician_pool(practice):
    pid = add_patient(practice, gp_role=None)
    eid = hospital_events.record_event(practice.ctx["nurse"], pid, EventInput(
        kind="discharge", event_date=TODAY, facility="Hôpital de Sion"), today=TODAY)
    with practice.db.session() as s:
        task = s.get(Task, s.get(HospitalEvent, eid).task_id)
    assert task.pool_role == "physician" and task.assignee_staff_id is None


def test_admission_and_ed_visit_create_no_task(practice):
    pid = add_patient(practice)
    for kind in ("admission", "ed_visit"):
        hospital_events.record_event(practice.ctx["nurse"], pid, EventInput(kind=kind, event_date=TODAY,
                                                                            facility="CHU"), today=TODAY)
    with practice.db.session() as s:
        assert s.exec(select(Task)).all() == []


BAD = [({"kind": "visit"}, "kind", "coordination.event_kind"), ({"event_date": None}, "event_date", "required"),
       ({"event_date": "31.02.2026"}, "event_date", "not_a_calendar_date"),
       ({"event_date": "16.06.2026"}, "event_date", "future_date"),
       ({"event_date": "01.01.1980"}, "event_date", "implausible_date"),
       ({"facility": ""}, "facility", "required"), ({"facility": "x" * 201}, "facility", "too_long"),
       ({"facility": "a\x00"}, "facility", "forbidden_character"),
       ({"source": "rumour"}, "source", "coordination.event_source"), ({"summary": "x" * 20001}, "summary", "too_long")]


@pytest.mark.parametrize("change,field,code", BAD)
def test_bad_input_names_the_field_and_stores_nothing(practice, change, field, code):
    pid = add_patient(practice)
    values = dict(kind="discharge", event_date=TODAY, facility="CHU", source="hospital")
    values.update(change)
    with pytest.raises(ValidationError) as err:
        hospital_events.record_event(practice.ctx["nurse"], pid, EventInput(**values), today=TODAY)
    assert (err.value.field, err.value.code) == (field, code)
    with practice.db.session() as s:
        assert s.exec(select(HospitalEvent)).all() == [] and s.exec(select(Task)).all() == []


def test_unknown_patient_and_access(practice):
    with pytest.raises(ValidationError) as err:
        hospital_events.record_event(practice.ctx["nurse"], 9999, EventInput(event_date=TODAY, facility="CHU"),
                                     today=TODAY)
    assert (err.value.field, err.value.code) == ("patient_id", "not_a_patient")
    pid = add_patient(practice)
    with pytest.raises(AccessDenied):
        hospital_events.record_event(practice.ctx["pharmacist"], pid, EventInput(event_date=TODAY, facility="CHU"))
    with pytest.raises(AccessDenied):
        hospital_events.patient_events(practice.ctx["admin"], pid)


def test_correction_is_versioned_and_stale_edit_refused(practice):
    pid = add_patient(practice)
    eid = hospital_events.record_event(practice.ctx["nurse"], pid, EventInput(event_date=TODAY, facility="CHU"),
                                       today=TODAY)
    version = hospital_events.update_event(practice.ctx["nurse"], eid, 1, EventInput(
        kind="admission", event_date=TODAY, facility="CHU Brabois"), today=TODAY)
    assert version == 2
    with pytest.raises(StaleRecordError):
        hospital_events.update_event(practice.ctx["physician"], eid, 1, EventInput(event_date=TODAY,
                                                                                   facility="X"), today=TODAY)
    assert hospital_events.patient_events(practice.ctx["nurse"], pid)[0].facility == "CHU Brabois"
