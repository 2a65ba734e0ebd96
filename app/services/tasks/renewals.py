"""Renewals and dose adjustments by the pharmacien correspondant (art. L5125-1-1 A 7°, R5125-33-5 CSP).

The service checks the prescription line's authorisation flags (``renewal_allowed_until``,
``dose_adjustment_allowed``), the pharmacist's adherence to the protocol, the patient's designation
(enrolment with consent) and the 12-month total cap; records the act; and informs the prescribing doctor
with a task in their worklist. Refusals say why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlmodel import select

from app.models.medication import MedicationLine
from app.models.patient import Patient
from app.models.protocol import PharmacistRenewal
from app.models.staff import Staff
from app.models.task import Task
from app.services.errors import NotFoundError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.shared_texts import say
from app.services.kernel.validation import clean_text, parse_date
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.tasks import recurrence
from app.services.tasks.guard import GuardRefusal, check_task
from app.services.tasks.protocol_files import get_protocol

PROTOCOL = "fr-pharmacien-correspondant"
KINDS = ("renewal", "dose_adjustment")


@dataclass(frozen=True)
class RenewalRow:
    id: int
    medication_line_id: int
    kind: str
    done_on: date
    renewed_until: date | None
    new_dose: str | None
    note: str | None
    pharmacist: str
    informed: str | None


def total_months() -> int:
    """How long a prescription plus its renewals may run (the protocol's limit: 12 months)."""
    return get_protocol(PROTOCOL).max_total_months or 12


def cap_date(line: MedicationLine) -> date:
    """Prescription plus renewals may not exceed 12 months from the prescription's start."""
    start = line.start_date or line.created_at.date()
    return start + relativedelta(months=total_months())


def _doctor(session, line: MedicationLine) -> Staff | None:
    for staff_id in (line.prescriber_staff_id, session.get(Patient, line.patient_id).gp_staff_id):
        staff = session.get(Staff, staff_id) if staff_id else None
        if staff is not None and staff.active and "physician" in staff.role_set:
            return staff
    return None


def request(ctx: ServiceContext, line_id: int, kind: str, *, renewed_until: date | str | None = None,
            new_dose: str | None = None, note: str | None = None) -> int:
    """Record a renewal (until a date) or a dose adjustment (new dose) by the pharmacist; returns its id."""
    require(ctx, "renewal.request")
    if kind not in KINDS:
        raise ValidationError("kind", "tasks.bad_renewal_kind")
    today = recurrence.today_local()
    text_note = clean_text(note, "note", 1000)
    with ctx.transaction() as session:
        line = session.get(MedicationLine, line_id)
        if line is None:
            raise NotFoundError("medication_line", line_id)
        require(ctx, "renewal.request", access_records.patient_record(session, line.patient_id))
        if line.stopped_at is not None:
            raise GuardRefusal("medication_line_id", "tasks.medication_stopped")
        me = session.get(Staff, ctx.actor.staff_id)
        check_task(session, protocol_code=PROTOCOL, act=kind, assignee=me, pool_role=None,
                   patient_id=line.patient_id, on=today)
        cap = cap_date(line)
        if today > cap:
            raise GuardRefusal("medication_line_id", "tasks.prescription_expired", ended=cap, months=total_months())
        until, dose = None, None
        if kind == "renewal":
            if line.renewal_allowed_until is None:
                raise GuardRefusal("medication_line_id", "tasks.renewal_not_authorised")
            until = parse_date(renewed_until, "renewed_until")
            if until <= today:
                raise ValidationError("renewed_until", "tasks.not_after_today")
            limit = min(line.renewal_allowed_until, cap)
            if until > limit:
                raise GuardRefusal("renewed_until", "tasks.renewal_too_long", until=limit, months=total_months())
        else:
            if not line.dose_adjustment_allowed:
                raise GuardRefusal("medication_line_id", "tasks.dose_adjustment_not_authorised")
            dose = clean_text(new_dose, "new_dose", 200, required=True)
        doctor = _doctor(session, line)
        row = PharmacistRenewal(medication_line_id=line.id, patient_id=line.patient_id, pharmacist_staff_id=me.id,
                                kind=kind, done_on=today, renewed_until=until, new_dose=dose, note=text_note,
                                informed_staff_id=doctor.id if doctor else None)
        session.add(row)
        session.flush()
        drug = line.product_name or line.substances
        what = say(session, "renewal.until", date=f"{until:%d.%m.%Y}") if until else \
            say(session, "renewal.dose", dose=dose)
        info = Task(title=say(session, "renewal.title", drug=drug, what=what)[:200], task_type="pharmacist_info", patient_id=line.patient_id,
                    assignee_staff_id=doctor.id if doctor else None, pool_role=None if doctor else "physician",
                    priority="urgent" if kind == "dose_adjustment" else "routine", due_date=today,
                    description=f"{me.display_name} ({PROTOCOL}): {what}." + (f"\n{text_note}" if text_note else ""),
                    origin_type="pharmacist_renewal", origin_id=row.id, created_by_staff_id=me.id,
                    updated_by=ctx.actor.display_name)
        session.add(info)
        session.flush()
        row.info_task_id = info.id
        ctx.audit(session, f"renewal.{kind}", entity_type="pharmacist_renewal", entity_id=row.id,
                  patient_id=line.patient_id, detail=what)
        ctx.announce("task.changed", task_id=info.id, patient_id=line.patient_id,
                     assignee_staff_id=info.assignee_staff_id, pool_role=info.pool_role)
        ctx.announce("medication.changed", patient_id=line.patient_id)
        return row.id


def list_for_patient(ctx: ServiceContext, patient_id: int) -> list[RenewalRow]:
    """The pharmacist's renewals and adjustments for a patient, newest first."""
    with ctx.transaction() as session:
        require(ctx, "renewal.read", access_records.patient_record(session, patient_id))
        names = {s.id: s.display_name for s in session.exec(select(Staff))}
        rows = session.exec(select(PharmacistRenewal).where(PharmacistRenewal.patient_id == patient_id)
                            .order_by(PharmacistRenewal.id.desc())).all()
        return [RenewalRow(r.id, r.medication_line_id, r.kind, r.done_on, r.renewed_until, r.new_dose, r.note,
                           names.get(r.pharmacist_staff_id, "?"), names.get(r.informed_staff_id)) for r in rows]
