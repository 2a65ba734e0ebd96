"""Audit trail: what is recorded, and tampering by SQL is detected."""

from __future__ import annotations

from sqlalchemy import text

from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.practice import audit_trail
from app.services.security import audit


def _some_events(practice):
    ctx = practice.ctx["physician"]
    pid = patients.create_patient(ctx, PatientInput(family_name="Dupont", given_names="Jean",
                                                    birth_date="01.02.1950", sex="M"))
    patients.open_patient(ctx, pid)
    return pid


def _verify(practice):
    with practice.db.session() as s:
        return audit.verify_chain(s, practice.db.audit_key)


def test_intact_chain_and_recorded_fields(practice):
    pid = _some_events(practice)
    report = _verify(practice)
    assert report.ok and report.rows > 5
    rows = audit_trail.browse(practice.ctx["admin"], patient_id=pid)
    actions = [r.action for r in rows]
    assert "patient.open" in actions and "patient.create" in actions
    opened = next(r for r in rows if r.action == "patient.open")
    assert opened.user_display == "Test Physician" and opened.role == "physician" and opened.outcome == "success"


def _sql(practice, *statements):
    with practice.db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER IF EXISTS audit_no_update"))
        conn.execute(text("DROP TRIGGER IF EXISTS audit_no_delete"))
        for st in statements:
            conn.execute(text(st))


def test_append_only_trigger(practice):
    import pytest

    _some_events(practice)
    with pytest.raises(Exception, match="(?i)append-only|audit|not allowed|abort"):
        with practice.db.engine.begin() as conn:
            conn.execute(text("UPDATE audit_event SET detail = 'x' WHERE seq = 1"))


def test_edited_row_detected(practice):
    _some_events(practice)
    _sql(practice, "UPDATE audit_event SET user_display = 'Someone else' WHERE seq = 3")
    report = _verify(practice)
    assert not report.ok and report.codes == ["security.audit_row_changed"] and report.problems[0].params == {"seq": 3}


def test_deleted_row_detected(practice):
    _some_events(practice)
    _sql(practice, "DELETE FROM audit_event WHERE seq = 4")
    report = _verify(practice)
    assert not report.ok and "security.audit_rows_missing" in report.codes


def test_deleted_newest_rows_detected(practice):
    _some_events(practice)
    with practice.db.session() as s:
        last = s.execute(text("SELECT max(seq) FROM audit_event")).scalar()
    _sql(practice, f"DELETE FROM audit_event WHERE seq = {last}")
    report = _verify(practice)
    assert not report.ok and report.codes == ["security.audit_newest_deleted"]


def test_inserted_row_detected(practice):
    _some_events(practice)
    _sql(practice, "INSERT INTO audit_event (seq, occurred_at, user_display, role, action, entity_type, outcome, "
                   "detail, workstation, prev_hash, row_hash) SELECT max(seq) + 1, occurred_at, 'x', '', 'patient.open',"
                   " 'patient', 'success', '', '', row_hash, 'abc' FROM audit_event")
    report = _verify(practice)
    assert not report.ok


def test_verify_through_service_is_audited(practice):
    report = audit_trail.verify(practice.ctx["admin"])
    assert report.ok
    assert audit_trail.browse(practice.ctx["admin"], action_prefix="audit.verify")
