"""The frequent-emergency-visit rule (after the DAUM scheme, CHRU Nancy / DAC 54).

Definitions used here:

* the **window** of a visit on day *d* holds the patient's emergency visits on days after *d* minus
  12 months, up to and including *d* (a visit exactly 12 months earlier no longer counts);
* the **count** of a visit is the number of visits in its window, up to and including that visit;
* a **crossing** happens at a visit whose count is exactly ``THRESHOLD`` (4): just before it the patient
  had fewer than 4 visits in the last 12 months, with it they have 4. A 5th visit (count 5) is not a
  crossing; once old visits leave the window and the count falls below 4, the next visit that brings it
  back to 4 is a new crossing (the rule re-arms);
* an **episode** is a crossing and the visits after it while each count stays ≥ 4. One alert per episode:
  when a late-recorded, back-dated visit moves the crossing earlier, no second alert is raised.

An alert goes to the coordinator (a task in the coordinator pool) and names the external
coordination-support contact (DAC) of the patient's care circle when there is one. Episodes whose last
visit is more than 12 months old raise nothing (history entered late).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from dateutil.relativedelta import relativedelta
from sqlalchemy import update
from sqlmodel import Session, select

from app.models.base import utcnow
from app.models.care_plan import CarePlan, CarePlanMember, PlanStatus
from app.models.coordination import DaumAlert, EventKind, HospitalEvent
from app.models.patient import Patient
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.shared_texts import say
from app.services.kernel.validation import clean_text
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.tasks import recurrence
from app.services.tasks.task_flow import TaskInput, create_task

THRESHOLD = 4
WINDOW = relativedelta(months=12)


@dataclass(frozen=True)
class DaumAlertRow:
    id: int
    version: int
    patient_id: int
    patient_name: str
    trigger_date: date
    visit_count: int
    visits: list[dict]
    external_contact: str | None
    status: str
    raised_at: datetime
    acknowledged_by: str | None
    note: str | None


def window_counts(days: list[date]) -> list[int]:
    """For visits sorted by day, the count of each (visits in its 12-month window up to and including it)."""
    counts = []
    for i, day in enumerate(days):
        start = day - WINDOW
        counts.append(sum(1 for other in days[:i + 1] if other > start))
    return counts


def episodes(days: list[date]) -> list[list[int]]:
    """Indexes of the visits of each episode; the first index of each is its crossing."""
    out: list[list[int]] = []
    current: list[int] | None = None
    for i, count in enumerate(window_counts(days)):
        if count == THRESHOLD:
            current = [i]
            out.append(current)
        elif count > THRESHOLD and current is not None:
            current.append(i)
        else:
            current = None
    return out


def evaluate(ctx: ServiceContext, session: Session, patient_id: int, *, today: date | None = None) -> list[int]:
    """Raise the alerts that the patient's emergency visits call for; returns the ids of new alerts."""
    today = today or recurrence.today_local()
    visits = session.exec(select(HospitalEvent).where(HospitalEvent.patient_id == patient_id,
                                                      HospitalEvent.kind == EventKind.ED_VISIT)
                          .order_by(HospitalEvent.event_date, HospitalEvent.id)).all()
    days = [v.event_date for v in visits]
    raised = set(session.exec(select(DaumAlert.trigger_event_id).where(DaumAlert.patient_id == patient_id)).all())
    new_ids = []
    for members in episodes(days):
        if any(visits[i].id in raised for i in members) or days[members[-1]] <= today - WINDOW:
            continue
        trigger = visits[members[0]]
        in_window = [v for v in visits[:members[0] + 1] if v.event_date > trigger.event_date - WINDOW]
        new_ids.append(_raise(ctx, session, patient_id, trigger, in_window, today))
    return new_ids


def _external_contact(session: Session, patient_id: int, today: date) -> str | None:
    rows = session.exec(select(CarePlanMember).join(CarePlan, CarePlan.id == CarePlanMember.plan_id).where(
        CarePlan.patient_id == patient_id, CarePlan.status != PlanStatus.CLOSED,
        CarePlanMember.category == "dac")).all()
    for m in rows:
        if m.end_date is None or m.end_date >= today:
            return ", ".join(x for x in (m.name, m.organisation, m.phone, m.email) if x)[:400]
    return None


def _raise(ctx: ServiceContext, session: Session, patient_id: int, trigger: HospitalEvent,
           visits: list[HospitalEvent], today: date) -> int:
    listed = [{"date": v.event_date.isoformat(), "facility": v.facility, "summary": (v.summary or "")[:300]}
              for v in visits]
    contact = _external_contact(session, patient_id, today)
    alert = DaumAlert(patient_id=patient_id, trigger_event_id=trigger.id, trigger_date=trigger.event_date,
                      visit_count=len(visits), visits=json.dumps(listed), external_contact=contact,
                      updated_by=ctx.actor.display_name)
    session.add(alert)
    session.flush()
    lines = "\n".join(f"- {v.event_date:%d.%m.%Y} {v.facility}" for v in visits)
    description = say(session, "daum.description", count=len(visits), visits=lines)
    if contact:
        description += "\n" + say(session, "daum.contact", contact=contact)
    alert.task_id = create_task(ctx, TaskInput(
        title=say(session, "daum.title", count=len(visits)), description=description,
        task_type="daum_alert", patient_id=patient_id, pool_role="coordinator", priority="urgent",
        due_date=max(today, trigger.event_date), origin_type="other", origin_id=alert.id),
        dedup_key=f"daum:{alert.id}")
    ctx.audit(session, "daum.raise", entity_type="daum_alert", entity_id=alert.id, patient_id=patient_id,
              detail=f"{len(visits)} visits")
    ctx.announce("daum.changed", patient_id=patient_id, alert_id=alert.id)
    return alert.id


def _row(alert: DaumAlert, patient: Patient) -> DaumAlertRow:
    return DaumAlertRow(alert.id, alert.version, alert.patient_id,
                        f"{patient.family_name.upper()} {patient.given_names}", alert.trigger_date,
                        alert.visit_count, json.loads(alert.visits), alert.external_contact, alert.status,
                        alert.created_at, alert.acknowledged_by, alert.note)


def list_alerts(ctx: ServiceContext, *, open_only: bool = False, patient_id: int | None = None) -> list[DaumAlertRow]:
    """DAUM alerts, newest first (only the open ones, or one patient's, on request): those addressed to one of the
    user's roles, and those of the patients whose chart the user may read."""
    with ctx.transaction() as session:
        require(ctx, "daum.read")
        account = access_records.load_account(session, ctx.actor)
        stmt = select(DaumAlert, Patient).join(Patient, Patient.id == DaumAlert.patient_id).where(
            access_records.visible(DaumAlert.patient_id, access_records.patient_scope(account),
                                   DaumAlert.recipient_role.in_(sorted(account.roles))))
        if open_only:
            stmt = stmt.where(DaumAlert.status == "open")
        if patient_id is not None:
            stmt = stmt.where(DaumAlert.patient_id == patient_id)
        rows = session.exec(stmt.order_by(DaumAlert.trigger_date.desc(), DaumAlert.id.desc())).all()
        return [_row(a, p) for a, p in rows]


def acknowledge(ctx: ServiceContext, alert_id: int, expected_version: int, note: str | None = None) -> int:
    """The coordinator (or a physician) takes the alert in hand; returns the new version."""
    with ctx.transaction() as session:
        require(ctx, "daum.acknowledge")
        text = clean_text(note, "note", 1000)
        alert = session.get(DaumAlert, alert_id)
        if alert is None:
            raise NotFoundError("DAUM alert", alert_id)
        require(ctx, "daum.acknowledge", access_records.daum_record(session, alert))
        if alert.status != "open":
            raise ValidationError("status", "coordination.daum_acknowledged")
        result = session.execute(update(DaumAlert).where(DaumAlert.id == alert_id,
                                                         DaumAlert.version == expected_version).values(
            status="acknowledged", acknowledged_at=utcnow(), acknowledged_by=ctx.actor.display_name, note=text,
            version=expected_version + 1, updated_at=utcnow(), updated_by=ctx.actor.display_name))
        if result.rowcount != 1:
            raise StaleRecordError("DAUM alert", alert_id, alert.updated_by, alert.updated_at)
        ctx.audit(session, "daum.acknowledge", entity_type="daum_alert", entity_id=alert_id,
                  patient_id=alert.patient_id)
        ctx.announce("daum.changed", patient_id=alert.patient_id, alert_id=alert_id)
        return expected_version + 1
