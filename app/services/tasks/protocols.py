"""Protocols in the practice: activation, staff adherence (with training date), patient enrolment (with consent).

Definitions come from ``protocol_files``; this module records the practice's
decisions about them. Every change is audited and announced ("protocol.changed").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import update
from sqlmodel import select

from app.models.base import utcnow
from app.models.patient import Patient
from app.models.protocol import ProtocolActivation, ProtocolAdherence, ProtocolEnrolment
from app.models.staff import Staff
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import clean_text, parse_date
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.tasks.guard import is_delegate_profession
from app.services.tasks.protocol_files import Protocol, get_protocol, shipped_protocols

CONSENT_HOW = ("oral", "written", "electronic")
CONSENT_BY = ("patient", "representative")


@dataclass(frozen=True)
class ProtocolRow:
    """A shipped protocol with the practice's activation state."""

    code: str
    name: str
    kind: str
    country: str
    legal_reference: str
    version: str
    verify: bool
    active: bool
    activated_on: date | None
    activation_version: int | None
    adherent_count: int


@dataclass(frozen=True)
class AdherenceRow:
    id: int
    protocol_code: str
    staff_id: int
    staff_name: str
    training_date: date | None
    since: date
    ended_on: date | None


@dataclass(frozen=True)
class EnrolmentRow:
    id: int
    protocol_code: str
    protocol_name: str
    patient_id: int
    consent_date: date
    consent_how: str
    consent_by: str
    enrolled_by: str
    ended_on: date | None
    exit_reason: str | None


def _protocol(code: str | None) -> Protocol:
    protocol = get_protocol(code)
    if protocol is None:
        raise ValidationError("protocol_code", "tasks.unknown_protocol", protocol_code=code)
    return protocol


def _day(value, field_name: str, required: bool = True) -> date | None:
    if not required and (value is None or (isinstance(value, str) and not value.strip())):
        return None
    day = parse_date(value, field_name)
    if day.year < 1990 or day > date.today():
        raise ValidationError(field_name, "tasks.not_a_past_date", after=1990)
    return day


def list_protocols(ctx: ServiceContext) -> list[ProtocolRow]:
    """Every shipped protocol with its activation state and number of adherent staff."""
    require(ctx, "protocol.read")
    with ctx.transaction() as session:
        activations = {a.protocol_code: a for a in session.exec(select(ProtocolActivation))}
        counts: dict[str, int] = {}
        for a in session.exec(select(ProtocolAdherence).where(ProtocolAdherence.ended_on.is_(None))):
            counts[a.protocol_code] = counts.get(a.protocol_code, 0) + 1
        rows = []
        for p in shipped_protocols().values():
            act = activations.get(p.code)
            rows.append(ProtocolRow(p.code, p.name, p.kind, p.country, p.legal_reference, p.version, p.verify,
                                    bool(act and act.active), act.activated_on if act else None,
                                    act.version if act else None, counts.get(p.code, 0)))
        return sorted(rows, key=lambda r: (r.country, r.kind, r.name))


def set_active(ctx: ServiceContext, code: str, active: bool, *, activated_on: date | str | None = None,
               declaration_ref: str | None = None) -> None:
    """Activate (or withdraw) a protocol for the practice."""
    require(ctx, "protocol.manage")
    _protocol(code)
    day = _day(activated_on, "activated_on", required=False) or date.today()
    ref = clean_text(declaration_ref, "declaration_ref", 100)
    with ctx.transaction() as session:
        row = session.exec(select(ProtocolActivation).where(ProtocolActivation.protocol_code == code)).first()
        if row is None:
            row = ProtocolActivation(protocol_code=code, activated_on=day, active=active, declaration_ref=ref)
            session.add(row)
        else:
            row.active, row.version, row.updated_at = active, row.version + 1, utcnow()
            if active:
                row.activated_on = day
            row.declaration_ref = ref or row.declaration_ref
        row.updated_by = ctx.actor.display_name
        ctx.audit(session, "protocol.activate" if active else "protocol.withdraw", entity_type="protocol",
                  detail=code)
        ctx.announce("protocol.changed", protocol_code=code)


def set_adherence(ctx: ServiceContext, code: str, staff_id: int, *, training_date: date | str | None,
                  since: date | str | None = None) -> int:
    """Record that a staff member adheres to a protocol (training date required when the protocol asks for it)."""
    require(ctx, "protocol.manage")
    protocol = _protocol(code)
    trained = _day(training_date, "training_date", required=protocol.training_required)
    start = _day(since, "since", required=False) or date.today()
    with ctx.transaction() as session:
        staff = session.get(Staff, staff_id)
        if staff is None or not staff.active:
            raise ValidationError("staff_id", "tasks.inactive_member")
        if not is_delegate_profession(protocol, staff):
            raise ValidationError("staff_id", "tasks.staff_not_delegate", staff=staff.display_name,
                                  protocol=protocol.name, professions=protocol.delegate_professions)
        row = session.exec(select(ProtocolAdherence).where(ProtocolAdherence.protocol_code == code,
                                                           ProtocolAdherence.staff_id == staff_id)).first()
        if row is None:
            row = ProtocolAdherence(protocol_code=code, staff_id=staff_id, training_date=trained, since=start)
            session.add(row)
        else:
            row.training_date, row.since, row.ended_on = trained, start, None
            row.version, row.updated_at = row.version + 1, utcnow()
        row.updated_by = ctx.actor.display_name
        session.flush()
        ctx.audit(session, "protocol.adhere", entity_type="protocol_adherence", entity_id=row.id,
                  detail=f"{code} staff {staff_id}")
        ctx.announce("protocol.changed", protocol_code=code)
        return row.id


def end_adherence(ctx: ServiceContext, code: str, staff_id: int) -> None:
    require(ctx, "protocol.manage")
    with ctx.transaction() as session:
        row = session.exec(select(ProtocolAdherence).where(ProtocolAdherence.protocol_code == code,
                                                           ProtocolAdherence.staff_id == staff_id)).first()
        if row is None:
            raise NotFoundError("protocol_adherence", staff_id, protocol=code)
        row.ended_on, row.version, row.updated_at = date.today(), row.version + 1, utcnow()
        ctx.audit(session, "protocol.unadhere", entity_type="protocol_adherence", entity_id=row.id, detail=code)
        ctx.announce("protocol.changed", protocol_code=code)


def list_adherences(ctx: ServiceContext, code: str | None = None) -> list[AdherenceRow]:
    require(ctx, "protocol.read")
    with ctx.transaction() as session:
        stmt = select(ProtocolAdherence, Staff).join(Staff, Staff.id == ProtocolAdherence.staff_id)
        if code:
            stmt = stmt.where(ProtocolAdherence.protocol_code == code)
        return [AdherenceRow(a.id, a.protocol_code, s.id, s.display_name, a.training_date, a.since, a.ended_on)
                for a, s in session.exec(stmt.order_by(ProtocolAdherence.protocol_code, Staff.family_name))]


def enrol_patient(ctx: ServiceContext, code: str, patient_id: int, *, consent_date: date | str | None,
                  consent_how: str, consent_by: str = "patient") -> int:
    """Enrol a patient in a protocol with the consent recorded (date, how, by whom)."""
    require(ctx, "protocol.enrol")   # the role first; the patient's chart below
    _protocol(code)
    day = _day(consent_date, "consent_date")
    if consent_how not in CONSENT_HOW:
        raise ValidationError("consent_how", "tasks.bad_consent_how")
    if consent_by not in CONSENT_BY:
        raise ValidationError("consent_by", "tasks.bad_consent_by")
    with ctx.transaction() as session:
        if session.get(Patient, patient_id) is None:
            raise ValidationError("patient_id", "tasks.unknown_patient")
        require(ctx, "protocol.enrol", access_records.patient_record(session, patient_id))
        row = session.exec(select(ProtocolEnrolment).where(ProtocolEnrolment.protocol_code == code,
                                                           ProtocolEnrolment.patient_id == patient_id)).first()
        if row is None:
            row = ProtocolEnrolment(protocol_code=code, patient_id=patient_id, consent_date=day,
                                    consent_how=consent_how, consent_by=consent_by)
            session.add(row)
        else:
            row.consent_date, row.consent_how, row.consent_by = day, consent_how, consent_by
            row.ended_on, row.exit_reason, row.version, row.updated_at = None, None, row.version + 1, utcnow()
        row.enrolled_by = row.updated_by = ctx.actor.display_name
        session.flush()
        ctx.audit(session, "protocol.enrol", entity_type="protocol_enrolment", entity_id=row.id,
                  patient_id=patient_id, detail=f"{code} consent {consent_how} {day.isoformat()}")
        ctx.announce("protocol.changed", protocol_code=code, patient_id=patient_id)
        return row.id


def end_enrolment(ctx: ServiceContext, enrolment_id: int, expected_version: int, reason: str) -> None:
    """End an enrolment (consent withdrawn, patient left …); stale versions refused."""
    require(ctx, "protocol.enrol")
    why = clean_text(reason, "exit_reason", 200, required=True)
    with ctx.transaction() as session:
        result = session.execute(update(ProtocolEnrolment).where(
            ProtocolEnrolment.id == enrolment_id, ProtocolEnrolment.version == expected_version).values(
            ended_on=date.today(), exit_reason=why, version=expected_version + 1, updated_at=utcnow(),
            updated_by=ctx.actor.display_name))
        row = session.get(ProtocolEnrolment, enrolment_id)
        if row is None:
            raise NotFoundError("protocol_enrolment", enrolment_id)
        require(ctx, "protocol.enrol", access_records.patient_record(session, row.patient_id))
        if result.rowcount != 1:
            raise StaleRecordError("enrolment", enrolment_id, row.updated_by, row.updated_at)
        ctx.audit(session, "protocol.unenrol", entity_type="protocol_enrolment", entity_id=enrolment_id,
                  patient_id=row.patient_id, detail=why)
        ctx.announce("protocol.changed", protocol_code=row.protocol_code, patient_id=row.patient_id)


def patient_enrolments(ctx: ServiceContext, patient_id: int) -> list[EnrolmentRow]:
    """A patient's enrolments (part of the chart)."""
    require(ctx, "protocol.read")
    with ctx.transaction() as session:
        require(ctx, "patient.read", access_records.patient_record(session, patient_id))
        return [_enrolment_row(e) for e in session.exec(
            select(ProtocolEnrolment).where(ProtocolEnrolment.patient_id == patient_id)
            .order_by(ProtocolEnrolment.id))]


def _enrolment_row(e: ProtocolEnrolment) -> EnrolmentRow:
    p = get_protocol(e.protocol_code)
    return EnrolmentRow(e.id, e.protocol_code, p.name if p else e.protocol_code, e.patient_id, e.consent_date,
                        e.consent_how, e.consent_by, e.enrolled_by, e.ended_on, e.exit_reason)

