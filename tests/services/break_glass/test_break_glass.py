"""Emergency (break-glass) access to a chart outside the care circle, through the real services: refused without
a reason, allowed with one, read-only, expiring (the clock given to the service), audited, the médecin traitant
and the administrator told, and listed for review until acknowledged."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.models.base import utcnow
from app.services.break_glass import grants, review
from app.services.errors import AccessDenied, StaleRecordError, ValidationError
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput
from app.services.medications.posology import Posology
from app.services.patients import records as patients
from app.services.practice import audit_trail
from app.services.tasks import worklists
from tests.services.security.test_record_access import limit_charts, patient, second_physician

REASON = "Patient inconscient aux urgences, médecin traitant injoignable"


def _grants(practice) -> list:
    return review.list_accesses(practice.ctx["admin"], acknowledged=None)


@pytest.fixture
def outside(practice):
    """Charts limited to the care circle; a physician who is not in the patient's circle."""
    pid = patient(practice)
    limit_charts(practice)
    other, sid = second_physician(practice)
    return pid, other, sid


def test_refused_without_a_meaningful_reason_and_nothing_stored(practice, outside):
    pid, other, _sid = outside
    with pytest.raises(AccessDenied) as refused:
        patients.open_patient(other, pid)
    assert refused.value.reason == "not_in_circle"
    for reason, code in (("", "required"), ("   \n ", "required"), ("urgence", "break_glass.reason_too_short"),
                         ("x" * 501, "too_long"), ("urgence\x00 vitale du patient", "forbidden_character")):
        with pytest.raises(ValidationError) as bad:
            grants.request_access(other, pid, reason)
        assert (bad.value.field, bad.value.code) == ("reason", code)
    assert _grants(practice) == []
    assert not audit_trail.browse(practice.ctx["admin"], action_prefix="break_glass")
    with pytest.raises(AccessDenied):
        patients.open_patient(other, pid)


def test_allowed_with_a_reason_read_only_and_audited(practice, outside):
    pid, other, sid = outside
    row = grants.request_access(other, pid, f"  {REASON}  ")
    assert row.reason == REASON and row.read_only and row.staff_id == sid
    assert timedelta(hours=3, minutes=59) < row.expires_at - row.started_at <= timedelta(hours=4)
    chart = patients.open_patient(other, pid)
    assert not chart.identity_only and chart.data.notes == "Vit seule"
    medications.list_current(other, pid)   # reading the chart's other parts
    with pytest.raises(AccessDenied) as refused:   # no change under a read-only access
        medications.add_medication(other, pid, MedicationInput(atc="B01AC06", substances="acide acétylsalicylique",
                                                               posology=Posology(dose_morning="1")))
    assert refused.value.reason == "break_glass_read_only" and refused.value.code == "access.break_glass_read_only"
    events = audit_trail.browse(practice.ctx["admin"], patient_id=pid)
    granted = [e for e in events if e.action == "break_glass.grant"]
    assert len(granted) == 1 and REASON in granted[0].detail and granted[0].user_display == "Paul Martin"
    marked = {e.action for e in events if "purpose=BTG" in e.detail}
    assert {"patient.open", "medication.list"} <= marked   # each read under the access says so
    assert not any("BTG" in e.detail for e in events if e.action == "patient.create")
    assert grants.current_access(other, pid).id == row.id
    # asked again while open: not needed
    with pytest.raises(ValidationError) as again:
        grants.request_access(other, pid, REASON)
    assert again.value.code == "break_glass.already_open"


def test_the_access_expires(practice, outside):
    pid, other, _sid = outside
    grants.request_access(other, pid, REASON, now=utcnow() - timedelta(hours=4, minutes=1))
    with pytest.raises(AccessDenied):
        patients.open_patient(other, pid)
    assert grants.current_access(other, pid) is None
    assert len(review.list_accesses(practice.ctx["admin"])) == 1   # still to review after it ended


def test_the_policy_sets_duration_and_changes(practice, outside):
    pid, other, _sid = outside
    admin = practice.ctx["admin"]
    policy = review.get_policy(admin)
    assert (policy.minutes, policy.read_only) == (240, True)
    for bad, code in (("abc", "not_a_number"), (5, "break_glass.duration_range"), (721, "break_glass.duration_range")):
        with pytest.raises(ValidationError) as refused:
            review.set_policy(admin, policy.version, minutes=bad, read_only=False)
        assert (refused.value.field, refused.value.code) == ("break_glass_minutes", code)
    assert review.get_policy(admin) == policy   # nothing stored
    review.set_policy(admin, policy.version, minutes=30, read_only=False)
    with pytest.raises(StaleRecordError):
        review.set_policy(admin, policy.version, minutes=60, read_only=True)
    with pytest.raises(AccessDenied):
        review.set_policy(other, review.get_policy(admin).version, minutes=60, read_only=True)
    row = grants.request_access(other, pid, REASON)
    assert not row.read_only and row.expires_at - row.started_at == timedelta(minutes=30)
    medications.add_medication(other, pid, MedicationInput(atc="B01AC06", substances="acide acétylsalicylique",
                                                           posology=Posology(dose_morning="1")))


def test_the_gp_and_the_administrator_are_told_and_review_lists_until_acknowledged(practice, outside):
    pid, other, _sid = outside
    heard = []
    practice.ctx["admin"].notifier.subscribe(lambda topic, payload: heard.append(payload) if topic == grants.TOPIC else None)
    row = grants.request_access(other, pid, REASON)
    assert heard and heard[0]["grant_id"] == row.id
    gp_tasks = [t for t in worklists.my_tasks(practice.ctx["physician"]) if t.task_type == "break_glass"]
    assert len(gp_tasks) == 1 and gp_tasks[0].patient_id == pid and "Martin" in gp_tasks[0].title
    admin = practice.ctx["admin"]
    assert [r.id for r in review.list_accesses(admin)] == [row.id] and review.count_waiting(admin) == 1
    assert review.count_waiting(other) == 0
    with pytest.raises(AccessDenied):
        review.list_accesses(other)
    with pytest.raises(AccessDenied):
        review.acknowledge(other, row.id, row.version)
    with pytest.raises(ValidationError) as long_note:
        review.acknowledge(admin, row.id, row.version, "x" * 1001)
    assert long_note.value.field == "review_note"
    review.acknowledge(admin, row.id, row.version, "Urgence vérifiée avec le service")
    assert review.list_accesses(admin) == []
    done = review.list_accesses(admin, acknowledged=True)
    assert [r.id for r in done] == [row.id] and done[0].acknowledged_by and done[0].review_note
    with pytest.raises(StaleRecordError):
        review.acknowledge(admin, row.id, row.version)
    assert audit_trail.browse(admin, action_prefix="break_glass.acknowledge")


def test_the_administrator_cannot_break_glass_and_open_charts_need_none(practice):
    pid = patient(practice)
    with pytest.raises(ValidationError) as open_charts:
        grants.request_access(practice.ctx["pharmacist"], pid, REASON)
    assert open_charts.value.code == "break_glass.charts_open"
    limit_charts(practice)
    with pytest.raises(AccessDenied):
        grants.request_access(practice.ctx["admin"], pid, REASON)
    with pytest.raises(ValidationError) as gp:
        grants.request_access(practice.ctx["physician"], pid, REASON)
    assert gp.value.code == "break_glass.already_open"


def test_emergency_search_finds_patients_outside_the_circle(practice, outside):
    pid, other, _sid = outside
    assert patients.search_patients(other, "Morel") == []
    assert [p.id for p in patients.search_patients(other, "Morel", emergency=True)] == [pid]
    with pytest.raises(AccessDenied):
        patients.search_patients(practice.ctx["medical_assistant"], "Morel", emergency=True)


@pytest.mark.postgres
def test_on_postgres_granted_read_only_expiring_and_reviewed(pg_practice):
    pid = patient(pg_practice)
    limit_charts(pg_practice)
    other, _sid = second_physician(pg_practice)
    grants.request_access(other, pid, REASON, now=utcnow() - timedelta(hours=5))   # ended an hour ago
    with pytest.raises(AccessDenied):
        patients.open_patient(other, pid)
    row = grants.request_access(other, pid, REASON)
    assert not patients.open_patient(other, pid).identity_only
    with pytest.raises(AccessDenied):
        medications.add_medication(other, pid, MedicationInput(atc="B01AC06", substances="acide acétylsalicylique",
                                                               posology=Posology(dose_morning="1")))
    admin = pg_practice.ctx["admin"]
    assert len(review.list_accesses(admin)) == 2
    review.acknowledge(admin, row.id, row.version)
    assert [r.id for r in review.list_accesses(admin, acknowledged=True)] == [row.id]
