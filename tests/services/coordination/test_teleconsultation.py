"""Nurse-assisted teleconsultation: booked (checklist tasks for the member with the patient), prepared when every
task is completed (the rule runs in the completion's transaction), concluded by the remote physician with the
conclusion in the chart under the protocol; every bad input refused by field with nothing stored; stale saves."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import func, select

from app.models.coordination import Teleconsultation
from app.models.task import Task
from app.services.coordination import teleconsultation as tele
from app.services.coordination.teleconsultation_input import TeleconsultationInput, checklist
from app.services.errors import AccessDenied, StaleRecordError, ValidationError
from app.services.practice import staff as staff_service
from app.services.practice.staff import StaffInput
from app.services.tasks import task_flow, worklists
from tests.services.coordination.test_hospital_events import add_patient
from tests.support import PASSWORD, in_english

NOW = datetime(2026, 6, 15, 8, 0, tzinfo=UTC)
URL = "https://visio.example-msp.fr/salle/7f3a"


def data(practice, pid, **changes) -> TeleconsultationInput:
    values = dict(patient_id=pid, starts_at=datetime(2026, 6, 16, 14, 0), ends_at=datetime(2026, 6, 16, 14, 20),
                  accompanying_staff_id=practice.staff_ids["nurse"],
                  remote_physician_id=practice.staff_ids["physician"], video_url=URL)
    values.update(changes)
    return TeleconsultationInput(**values)


def row(practice, tc_id, role="physician"):
    return next(r for r in tele.list_teleconsultations(practice.ctx[role], include_closed=True) if r.id == tc_id)


def counts(practice) -> tuple[int, int]:
    with practice.db.session() as s:
        return (s.exec(select(func.count()).select_from(Teleconsultation)).one(),
                s.exec(select(func.count()).select_from(Task)).one())


def complete_checklist(practice, tc_id):
    nurse = practice.ctx["nurse"]
    with practice.db.session() as s:
        found = s.exec(select(Task).where(Task.origin_type == "teleconsultation", Task.origin_id == tc_id)).all()
    for task in found:
        v = task_flow.transition(nurse, task.id, task.version, "accepted")
        v = task_flow.transition(nurse, task.id, v, "in_progress")
        task_flow.transition(nurse, task.id, v, "completed", result="fait")
    return found


def test_booked_prepared_concluded_with_the_conclusion_in_the_chart(practice):
    pid = add_patient(practice)
    tc_id = tele.book(practice.ctx["coordinator"], data(practice, pid, protocol_code="fr-asalee"), now=NOW)
    r = row(practice, tc_id)
    assert (r.status, r.tasks_done, r.tasks_total, r.video_url) == ("booked", 0, len(checklist()), URL)
    assert r.starts_at == datetime(2026, 6, 16, 12, 0, tzinfo=UTC)          # 14:00 in Paris, summer time
    tasks = complete_checklist(practice, tc_id)
    assert {t.assignee_staff_id for t in tasks} == {practice.staff_ids["nurse"]}
    assert all(t.due_at.replace(tzinfo=UTC) == r.starts_at for t in tasks)
    assert any("constantes" in t.title for t in tasks) and any("médicaments" in t.title for t in tasks)
    r = row(practice, tc_id)
    assert (r.status, r.tasks_done) == ("prepared", len(checklist()))
    v = tele.conclude(practice.ctx["physician"], tc_id, r.version, "TA 150/90 : majorer l'amlodipine à 10 mg.")
    r = row(practice, tc_id)
    assert (r.status, r.version, r.conclusion) == ("concluded", v, "TA 150/90 : majorer l'amlodipine à 10 mg.")
    note = worklists.chart_notes(practice.ctx["physician"], pid)[0]
    assert note.text.startswith("Téléconsultation assistée du 16.06.2026 14:00")
    assert "protocole fr-asalee" in note.text and note.text.endswith("majorer l'amlodipine à 10 mg.")
    assert tele.list_teleconsultations(practice.ctx["physician"]) == []      # concluded: not upcoming


def test_prepared_only_when_every_task_is_completed(practice):
    pid = add_patient(practice)
    tc_id = tele.book(practice.ctx["nurse"], data(practice, pid), now=NOW)
    nurse = practice.ctx["nurse"]
    with practice.db.session() as s:
        first = s.exec(select(Task).where(Task.origin_id == tc_id, Task.origin_type == "teleconsultation")).first()
    v = task_flow.transition(nurse, first.id, first.version, "accepted")
    v = task_flow.transition(nurse, first.id, v, "in_progress")
    task_flow.transition(nurse, first.id, v, "completed")
    assert (row(practice, tc_id).status, row(practice, tc_id).tasks_done) == ("booked", 1)


def test_cancel_closes_the_checklist(practice):
    pid = add_patient(practice)
    tc_id = tele.book(practice.ctx["medical_assistant"], data(practice, pid), now=NOW)
    tele.cancel(practice.ctx["medical_assistant"], tc_id, 1, "Patient hospitalisé")
    with practice.db.session() as s:
        statuses = set(s.exec(select(Task.status).where(Task.origin_id == tc_id,
                                                        Task.origin_type == "teleconsultation")).all())
    assert statuses == {"cancelled"} and row(practice, tc_id).status == "cancelled"
    with pytest.raises(ValidationError) as e:
        tele.conclude(practice.ctx["physician"], tc_id, 2, "trop tard")
    assert e.value.field == "status"


BAD = [
    ("starts_at", dict(starts_at=datetime(2026, 6, 14, 9, 0), ends_at=datetime(2026, 6, 14, 9, 20)),
     "Start: must not be in the past"),
    ("ends_at", dict(ends_at=datetime(2026, 6, 16, 13, 50)), "End: must be after the start, at most 4 hours later"),
    ("video_url", dict(video_url="http://visio.example-msp.fr/salle"), "Video link: must be an https:// link"),
    ("video_url", dict(video_url="https://" + "a" * 500), "Video link: is too long"),
    ("accompanying_staff_id", dict(accompanying_staff_id="pharmacist"),
     "With the patient: must be an active nurse, advanced practice nurse or medical assistant"),
    ("remote_physician_id", dict(remote_physician_id="nurse"), "Remote physician: must be an active physician"),
    ("patient_id", dict(patient_id=999999), "Patient:"),
    ("protocol_code", dict(protocol_code="fr-nothing"), "Protocol:"),
]


@pytest.mark.parametrize(("field", "change", "message"), BAD, ids=[f"{b[0]}-{i}" for i, b in enumerate(BAD)])
def test_bad_booking_is_refused_by_field_and_nothing_is_stored(practice, field, change, message):
    pid = add_patient(practice)
    for key in ("accompanying_staff_id", "remote_physician_id"):
        if isinstance(change.get(key), str):
            change[key] = practice.staff_ids[change[key]]
    before = counts(practice)
    with pytest.raises(ValidationError) as e:
        tele.book(practice.ctx["coordinator"], data(practice, pid, **change), now=NOW)
    assert e.value.field == field
    assert in_english(e.value).startswith(message)
    assert counts(practice) == before


def test_empty_conclusion_or_another_physician_is_refused_and_nothing_changes(practice):
    pid = add_patient(practice)
    tc_id = tele.book(practice.ctx["coordinator"], data(practice, pid), now=NOW)
    with pytest.raises(ValidationError) as e:
        tele.conclude(practice.ctx["physician"], tc_id, 1, "   ")
    assert e.value.field == "conclusion" and in_english(e.value).startswith("Conclusion:")
    with pytest.raises(AccessDenied):
        tele.conclude(practice.ctx["nurse"], tc_id, 1, "Vu")
    with pytest.raises(StaleRecordError):
        tele.conclude(practice.ctx["physician"], tc_id, 7, "Vu")
    assert row(practice, tc_id).status == "booked"
    assert worklists.chart_notes(practice.ctx["physician"], pid) == []


def test_only_the_remote_physician_concludes(practice):
    other = staff_service.create_staff(practice.ctx["admin"], StaffInput(
        username="dr.autre", family_name="Autre", given_names="Paul", profession="Médecin", roles=["physician"]),
        PASSWORD, temporary_password=False)
    pid = add_patient(practice)
    tc_id = tele.book(practice.ctx["coordinator"], data(practice, pid, remote_physician_id=other), now=NOW)
    with pytest.raises(ValidationError) as e:
        tele.conclude(practice.ctx["physician"], tc_id, 1, "Vu")
    assert e.value.field == "remote_physician_id"
    assert row(practice, tc_id).status == "booked"


def test_who_books_and_who_concludes(practice):
    pid = add_patient(practice)
    before = counts(practice)
    with pytest.raises(AccessDenied):
        tele.book(practice.ctx["pharmacist"], data(practice, pid), now=NOW)
    assert counts(practice) == before
    tc_id = tele.book(practice.ctx["advanced_practice_nurse"], data(practice, pid), now=NOW)
    with pytest.raises(AccessDenied):
        tele.conclude(practice.ctx["coordinator"], tc_id, 1, "Vu")
    assert row(practice, tc_id, "coordinator").status == "booked"
