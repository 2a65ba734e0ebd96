"""Hospital events: emergency visits, admissions and discharges of a patient.

Recording a discharge creates a medication-reconciliation task for the médecin traitant (the physician pool
when the patient has none in the practice). Recording or correcting an emergency visit re-evaluates the
frequent-ED rule (``daum``). Every refusal names the field; nothing is stored then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, update
from sqlmodel import Session, select

from app.models.base import utcnow
from app.models.coordination import CoordinationDocument, EventKind, EventSource, HospitalEvent
from app.models.patient import Patient
from app.services.coordination import daum
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.shared_texts import say
from app.services.kernel.validation import clean_text, parse_date
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.tasks import recurrence
from app.services.tasks.task_flow import TaskInput, create_task

KINDS = tuple(k.value for k in EventKind)
SOURCES = tuple(s.value for s in EventSource)
RECONCILIATION_DAYS = 7       # the médecin traitant reconciles the medication within a week of the discharge


@dataclass
class EventInput:
    """What the event form hands over (checked here)."""

    kind: str = EventKind.ED_VISIT
    event_date: date | str | None = None
    facility: str = ""
    source: str = EventSource.HOSPITAL
    summary: str | None = None


@dataclass(frozen=True)
class EventRow:
    id: int
    version: int
    patient_id: int
    kind: str
    event_date: date
    facility: str
    source: str
    summary: str | None
    documents: int
    task_id: int | None
    updated_by: str


def _validated(data: EventInput, today: date) -> dict:
    if data.kind not in KINDS:
        raise ValidationError("kind", "coordination.event_kind")
    day = parse_date(data.event_date, "event_date")
    if day > today:
        raise ValidationError("event_date", "future_date")
    if day.year < 1990:
        raise ValidationError("event_date", "implausible_date")
    if data.source not in SOURCES:
        raise ValidationError("source", "coordination.event_source")
    return {"kind": data.kind, "event_date": day, "facility": clean_text(data.facility, "facility", 200, True),
            "source": data.source, "summary": clean_text(data.summary, "summary", 20000)}


def patient_or_fail(session: Session, patient_id: int, field_name: str = "patient_id") -> Patient:
    patient = session.get(Patient, patient_id) if isinstance(patient_id, int) else None
    if patient is None:
        raise ValidationError(field_name, "not_a_patient")
    return patient


def record_event(ctx: ServiceContext, patient_id: int, data: EventInput, *, today: date | None = None) -> int:
    """Record an event; a discharge creates the reconciliation task, an ED visit runs the DAUM rule."""
    today = today or recurrence.today_local()
    with ctx.transaction() as session:
        patient = patient_or_fail(session, patient_id)
        require(ctx, "hospital_event.record", access_records.patient_record(session, patient_id))
        values = _validated(data, today)
        event = HospitalEvent(patient_id=patient_id, **values, recorded_by_staff_id=ctx.actor.staff_id,
                              updated_by=ctx.actor.display_name)
        session.add(event)
        session.flush()
        ctx.audit(session, "hospital_event.record", entity_type="hospital_event", entity_id=event.id,
                  patient_id=patient_id, detail=event.kind)
        if event.kind == EventKind.DISCHARGE:
            event.task_id = _reconciliation_task(ctx, patient, event)
        if event.kind == EventKind.ED_VISIT:
            daum.evaluate(ctx, session, patient_id, today=today)
        ctx.announce("hospital_event.changed", patient_id=patient_id, event_id=event.id)
        return event.id


def _reconciliation_task(ctx: ServiceContext, patient: Patient, event: HospitalEvent) -> int:
    due = max(event.event_date + timedelta(days=RECONCILIATION_DAYS), recurrence.today_local())
    with ctx.transaction() as session:
        title = say(session, "discharge.title")
        description = say(session, "discharge.description", facility=event.facility,
                          date=f"{event.event_date:%d.%m.%Y}")
    if event.summary:
        description += "\n\n" + event.summary[:2000]
    return create_task(ctx, TaskInput(
        title=title, description=description,
        task_type="medication_reconciliation", patient_id=patient.id, assignee_staff_id=patient.gp_staff_id,
        pool_role=None if patient.gp_staff_id else "physician", priority="urgent", due_date=due,
        origin_type="other", origin_id=event.id), dedup_key=f"discharge:{event.id}")


def update_event(ctx: ServiceContext, event_id: int, expected_version: int, data: EventInput, *,
                 today: date | None = None) -> int:
    """Correct an event saved on ``expected_version`` (stale: refused); returns the new version."""
    today = today or recurrence.today_local()
    with ctx.transaction() as session:
        values = _validated(data, today)
        result = session.execute(update(HospitalEvent).where(
            HospitalEvent.id == event_id, HospitalEvent.version == expected_version).values(
            **values, version=expected_version + 1, updated_at=utcnow(), updated_by=ctx.actor.display_name))
        event = session.get(HospitalEvent, event_id)
        if event is None:
            raise NotFoundError("hospital event", event_id)
        require(ctx, "hospital_event.record", access_records.patient_record(session, event.patient_id))
        if result.rowcount != 1:
            raise StaleRecordError("hospital event", event_id, event.updated_by, event.updated_at)
        session.refresh(event)
        ctx.audit(session, "hospital_event.update", entity_type="hospital_event", entity_id=event_id,
                  patient_id=event.patient_id)
        daum.evaluate(ctx, session, event.patient_id, today=today)
        ctx.announce("hospital_event.changed", patient_id=event.patient_id, event_id=event_id)
        return event.version


def patient_events(ctx: ServiceContext, patient_id: int) -> list[EventRow]:
    """A patient's events, newest first, with how many documents each has (audited read)."""
    with ctx.transaction() as session:
        patient_or_fail(session, patient_id)
        require(ctx, "hospital_event.read", access_records.patient_record(session, patient_id))
        counts = dict(session.execute(select(CoordinationDocument.event_id, func.count()).where(
            CoordinationDocument.patient_id == patient_id).group_by(CoordinationDocument.event_id)).all())
        rows = session.exec(select(HospitalEvent).where(HospitalEvent.patient_id == patient_id)
                            .order_by(HospitalEvent.event_date.desc(), HospitalEvent.id.desc())).all()
        ctx.audit(session, "hospital_event.list", entity_type="patient", entity_id=patient_id,
                  patient_id=patient_id)
        return [EventRow(e.id, e.version, e.patient_id, e.kind, e.event_date, e.facility, e.source, e.summary,
                         counts.get(e.id, 0), e.task_id, e.updated_by) for e in rows]

