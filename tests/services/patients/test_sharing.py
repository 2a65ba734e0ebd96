"""The patient's say on sharing within the care team: recorded (when, by whom, objection), audited, checked."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.errors import AccessDenied, CordeeError, StaleRecordError, ValidationError
from app.services.patients import records as patients
from app.services.patients import sharing
from app.services.patients.records import PatientInput, SharingRecord
from app.services.practice import audit_trail


def _patient(ctx) -> int:
    return patients.create_patient(ctx, PatientInput(family_name="Roux", given_names="Anne", birth_date="02.02.1950",
                                                     sex="F"))


def test_informed_and_objection_are_recorded_and_audited(practice):
    ctx = practice.ctx["physician"]
    pid = _patient(ctx)
    row = patients.open_patient(ctx, pid)
    assert row.sharing == SharingRecord() and not row.sharing.objected
    version = sharing.record_sharing(ctx, pid, row.version, SharingRecord(date(2026, 11, 3), None, "team"))
    after = patients.open_patient(ctx, pid)
    assert after.version == version == row.version + 1
    assert after.sharing == SharingRecord(date(2026, 11, 3), ctx.actor.display_name, "team", None)
    assert after.sharing.objected
    events = audit_trail.browse(practice.ctx["admin"], action_prefix="patient.sharing")
    assert [(e.patient_id, e.user_display, e.detail) for e in events] == [
        (pid, ctx.actor.display_name, "informed 2026-11-03; objection: team")]


def test_objection_with_a_scope_and_withdrawn(practice):
    ctx = practice.ctx["nurse"]
    pid = _patient(ctx)
    v = patients.open_patient(ctx, pid).version
    v = sharing.record_sharing(ctx, pid, v, SharingRecord("03.11.2026", "Dr Martin", "scope", "pas au psychologue"))
    s = patients.open_patient(ctx, pid).sharing
    assert (s.informed_by, s.objection, s.objection_scope) == ("Dr Martin", "scope", "pas au psychologue")
    sharing.record_sharing(ctx, pid, v, SharingRecord("03.11.2026", "Dr Martin", None, "ignored"))
    s = patients.open_patient(ctx, pid).sharing
    assert (s.objection, s.objection_scope) == (None, None)


@pytest.mark.parametrize("data,field,code", [
    (SharingRecord(None, None, "scope", ""), "sharing_objection_scope", "required"),
    (SharingRecord(None, None, "nobody"), "sharing_objection", "one_of"),
    (SharingRecord("01.01.2999"), "sharing_informed_on", "future_date"),
    (SharingRecord(None, "Dr Martin"), "sharing_informed_on", "required"),
])
def test_bad_sharing_input_names_the_field_and_stores_nothing(practice, data, field, code):
    ctx = practice.ctx["physician"]
    pid = _patient(ctx)
    row = patients.open_patient(ctx, pid)
    with pytest.raises(ValidationError) as err:
        sharing.record_sharing(ctx, pid, row.version, data)
    assert (err.value.field, err.value.code) == (field, code)
    assert patients.open_patient(ctx, pid).version == row.version


def test_stale_and_unauthorised_records_are_refused(practice):
    ctx = practice.ctx["physician"]
    pid = _patient(ctx)
    row = patients.open_patient(ctx, pid)
    sharing.record_sharing(ctx, pid, row.version, SharingRecord(objection="team"))
    with pytest.raises(StaleRecordError):
        sharing.record_sharing(ctx, pid, row.version, SharingRecord())
    with pytest.raises(AccessDenied):
        sharing.record_sharing(practice.ctx["pharmacist"], pid, row.version + 1, SharingRecord())


def test_refuse_export_when_the_patient_objected(practice):
    ctx = practice.ctx["physician"]
    pid = _patient(ctx)
    with ctx.transaction() as session:
        sharing.refuse_export(session, pid)   # no objection: nothing said
    sharing.record_sharing(ctx, pid, patients.open_patient(ctx, pid).version, SharingRecord(objection="team"))
    with ctx.transaction() as session, pytest.raises(CordeeError) as err:
        sharing.refuse_export(session, pid)
    assert err.value.code == "patients.sharing_objection"
