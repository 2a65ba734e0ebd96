"""The patient's say on sharing within the care team: informed (when, by whom) and any objection.

When the patient has objected (to sharing with the whole team, or to what a free text says), the other packages
restrict what they add and refuse what they would send out: ``objection_of`` tells them, ``refuse_export`` says no
with a coded error (``patients.sharing_objection``). Recording it is audited (``patient.sharing``).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import update
from sqlmodel import Session, select

from app.models.base import utcnow
from app.models.patient import Patient, SharingObjection
from app.services.errors import CordeeError, NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import clean_text, parse_date
from app.services.patients.records import SharingRecord
from app.services.security import records as access_records
from app.services.security.access import require

OBJECTIONS = tuple(o.value for o in SharingObjection)


def _validated(ctx: ServiceContext, data: SharingRecord) -> dict:
    informed_on = parse_date(data.informed_on, "sharing_informed_on") if data.informed_on else None
    if informed_on and informed_on > date.today():
        raise ValidationError("sharing_informed_on", "future_date")
    informed_by = clean_text(data.informed_by, "sharing_informed_by", 200)
    if informed_on and not informed_by:
        informed_by = ctx.actor.display_name
    if informed_by and not informed_on:
        raise ValidationError("sharing_informed_on", "required")
    objection = data.objection or None
    if objection is not None and objection not in OBJECTIONS:
        raise ValidationError("sharing_objection", "one_of", allowed=", ".join(OBJECTIONS))
    scope = clean_text(data.objection_scope, "sharing_objection_scope", 500)
    if objection == SharingObjection.SCOPE and not scope:
        raise ValidationError("sharing_objection_scope", "required")
    if objection != SharingObjection.SCOPE:
        scope = None
    return {"sharing_informed_on": informed_on, "sharing_informed_by": informed_by, "sharing_objection": objection,
            "sharing_objection_scope": scope}


def record_sharing(ctx: ServiceContext, patient_id: int, expected_version: int, data: SharingRecord) -> int:
    """Record that the patient was informed of sharing within the care team and any objection (audited; a stale
    save is refused). ``informed_by`` defaults to the acting user. Returns the patient's new version."""
    with ctx.transaction() as session:
        if session.execute(select(Patient.id).where(Patient.id == patient_id)).first() is None:
            raise NotFoundError("patient", patient_id)
        require(ctx, "patient.edit", access_records.patient_record(session, patient_id))
        values = _validated(ctx, data)
        result = session.execute(
            update(Patient).where(Patient.id == patient_id, Patient.version == expected_version)
            .values(**values, version=expected_version + 1, updated_at=utcnow(), updated_by=ctx.actor.display_name))
        if result.rowcount != 1:
            current = session.get(Patient, patient_id)
            raise StaleRecordError("patient", patient_id, current.updated_by, current.updated_at)
        detail = "informed " + values["sharing_informed_on"].isoformat() if values["sharing_informed_on"] else \
            "not informed"
        detail += f"; objection: {values['sharing_objection'] or 'none'}"
        ctx.audit(session, "patient.sharing", entity_type="patient", entity_id=patient_id, patient_id=patient_id,
                  detail=detail)
        ctx.announce("patient.changed", patient_id=patient_id)
        return expected_version + 1


def objection_of(session: Session, patient_id: int) -> str | None:
    """The patient's objection to sharing (``team`` / ``scope``), or None (inside another service's transaction)."""
    return session.execute(select(Patient.sharing_objection).where(Patient.id == patient_id)).scalar_one_or_none()


def refuse_export(session: Session, patient_id: int) -> None:
    """Refuse sending the patient's data to others when the patient has objected to sharing."""
    objection = objection_of(session, patient_id)
    if objection is not None:
        raise CordeeError("patients.sharing_objection", objection=objection)
