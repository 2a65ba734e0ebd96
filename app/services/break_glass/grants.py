"""Asking for an emergency access to a patient's chart: a reason, a limited time, an audit event, a notice.

A clinician outside the patient's care circle (charts limited to the care circle) states why; the access lasts
the practice's duration (``review.get_policy``), reads only unless the practice allows changes, and is announced
to the médecin traitant (a task in their worklist) and to the administrators (the review list, "break_glass.changed").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import Session, select

from app.models.base import utcnow
from app.models.break_glass import BreakGlassGrant
from app.models.patient import Patient
from app.models.practice import Practice
from app.models.staff import Staff
from app.services.errors import NotFoundError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.shared_texts import say
from app.services.security import records as access_records
from app.services.security.access import can, require
from app.services.security.actor import SYSTEM
from app.services.security.relations import CIRCLE
from app.services.tasks import task_flow as tasks
from app.services.tasks.task_input import TaskInput

REASON_MIN = 15
"""The fewest characters (spaces collapsed) a reason may have: a real sentence, not "urgent"."""
REASON_MAX = 500
TOPIC = "break_glass.changed"


@dataclass(frozen=True)
class GrantRow:
    """One emergency access, as the banner and the review list show it (times in UTC)."""

    id: int
    version: int
    patient_id: int
    patient_name: str
    staff_id: int
    staff_name: str
    reason: str
    started_at: datetime
    expires_at: datetime
    read_only: bool
    acknowledged_at: datetime | None = None
    acknowledged_by: str | None = None
    review_note: str | None = None

    def active(self, now: datetime | None = None) -> bool:
        return self.expires_at > (now or utcnow())


def row_of(session: Session, grant: BreakGlassGrant) -> GrantRow:
    patient, staff = session.get(Patient, grant.patient_id), session.get(Staff, grant.staff_id)
    return GrantRow(grant.id, grant.version, grant.patient_id,
                    f"{patient.family_name.upper()} {patient.given_names}" if patient else "",
                    grant.staff_id, staff.display_name if staff else "", grant.reason, _aware(grant.started_at),
                    _aware(grant.expires_at), grant.read_only, _aware(grant.acknowledged_at), grant.acknowledged_by,
                    grant.review_note)


def _aware(value: datetime | None) -> datetime | None:
    """UTC-aware (SQLite hands back naive values)."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def checked_reason(reason: str | None) -> str:
    """The reason, trimmed and its spaces collapsed, or a refusal naming the field (nothing is stored)."""
    text = re.sub(r"\s+", " ", reason or "").strip()
    if "\x00" in text:
        raise ValidationError("reason", "forbidden_character")
    if not text:
        raise ValidationError("reason", "required")
    if len(text) < REASON_MIN:
        raise ValidationError("reason", "break_glass.reason_too_short", min=REASON_MIN)
    if len(text) > REASON_MAX:
        raise ValidationError("reason", "too_long", max=REASON_MAX)
    return text


def request_access(ctx: ServiceContext, patient_id: int | None, reason: str, *,
                   now: datetime | None = None) -> GrantRow:
    """Open the chart of a patient outside the user's care circle, for the stated ``reason`` (at least
    ``REASON_MIN`` characters), from ``now`` (default: the clock) for the practice's duration. Refused when charts
    are open to every clinician or the user may already read this chart."""
    require(ctx, "break_glass.request")
    if patient_id is None:
        raise ValidationError("patient_id", "required")
    text = checked_reason(reason)
    start = now or utcnow()
    with ctx.transaction() as session:
        if session.get(Patient, patient_id) is None:
            raise NotFoundError("patient", patient_id)
        record = access_records.patient_record(session, patient_id)
        require(ctx, "break_glass.request", record)
        practice = session.exec(select(Practice)).one()
        if practice.chart_access != CIRCLE:
            raise ValidationError("patient_id", "break_glass.charts_open")
        if can(ctx, "patient.read", record):
            raise ValidationError("patient_id", "break_glass.already_open")
        grant = BreakGlassGrant(patient_id=patient_id, staff_id=ctx.actor.staff_id, reason=text, started_at=start,
                                expires_at=start + timedelta(minutes=practice.break_glass_minutes),
                                read_only=practice.break_glass_read_only, updated_by=ctx.actor.display_name)
        session.add(grant)
        session.flush()
        ctx.audit(session, "break_glass.grant", entity_type="break_glass", entity_id=grant.id, patient_id=patient_id,
                  outcome="success", detail=f"until={grant.expires_at.isoformat(timespec='minutes')}; "
                                            f"read_only={grant.read_only}; reason={text}")
        _tell_the_gp(ctx, session, grant)
        ctx.announce(TOPIC, grant_id=grant.id, patient_id=patient_id, staff_id=grant.staff_id)
        return row_of(session, grant)


def _tell_the_gp(ctx: ServiceContext, session: Session, grant: BreakGlassGrant) -> None:
    """A task in the médecin traitant's worklist (a notice that stays until they close it)."""
    patient = session.get(Patient, grant.patient_id)
    gp = session.get(Staff, patient.gp_staff_id) if patient.gp_staff_id else None
    if gp is None or not gp.active or gp.id == grant.staff_id:
        return
    until = grant.expires_at.astimezone().strftime("%d.%m.%Y %H:%M")
    tasks.create_task(ctx.in_same_unit_as(SYSTEM), TaskInput(
        title=say(session, "break_glass.title", who=ctx.actor.display_name)[:200],
        description=say(session, "break_glass.description", who=ctx.actor.display_name, until=until,
                        reason=grant.reason),
        task_type="break_glass", patient_id=grant.patient_id, assignee_staff_id=gp.id, priority="urgent",
        due_date=grant.started_at.astimezone().date(), origin_type="other", origin_id=grant.id),
        dedup_key=f"break-glass:{grant.id}")


def current_access(ctx: ServiceContext, patient_id: int, *, now: datetime | None = None) -> GrantRow | None:
    """The acting user's unexpired emergency access to this patient's chart (for the chart's banner), or None."""
    with ctx.reading() as session:
        grant = session.exec(select(BreakGlassGrant).where(
            BreakGlassGrant.patient_id == patient_id, BreakGlassGrant.staff_id == ctx.actor.staff_id,
            BreakGlassGrant.expires_at > (now or utcnow())).order_by(BreakGlassGrant.expires_at.desc())).first()
        return row_of(session, grant) if grant is not None else None
