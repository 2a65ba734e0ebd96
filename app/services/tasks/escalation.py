"""Overdue tasks escalated to the coordinator after a configurable delay (practice setting, in days)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import update
from sqlmodel import Session, select

from app.models.base import utcnow
from app.models.task import OPEN_STATUSES, Task, WorklistSetting
from app.services.errors import StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.security.access import require
from app.services.tasks import recurrence

COORDINATOR = "coordinator"


def _setting(session: Session) -> WorklistSetting:
    row = session.exec(select(WorklistSetting)).first()
    if row is None:
        row = WorklistSetting()
        session.add(row)
        session.flush()
    return row


def escalation_delay(ctx: ServiceContext) -> tuple[int, int]:
    """The delay in days and the setting's version (for a versioned change)."""
    require(ctx, "task.read")
    with ctx.transaction() as session:
        row = _setting(session)
        return row.escalation_delay_days, row.version


def set_escalation_delay(ctx: ServiceContext, days: int | str, expected_version: int) -> int:
    """Change the delay (0–60 days); stale versions refused."""
    require(ctx, "task.supervise")
    try:
        value = int(str(days).strip())
    except ValueError:
        raise ValidationError("escalation_delay_days", "tasks.delay_not_whole_days") from None
    if not 0 <= value <= 60:
        raise ValidationError("escalation_delay_days", "tasks.delay_out_of_range", min=0, max=60)
    with ctx.transaction() as session:
        row = _setting(session)
        result = session.execute(update(WorklistSetting).where(
            WorklistSetting.id == row.id, WorklistSetting.version == expected_version).values(
            escalation_delay_days=value, version=expected_version + 1, updated_at=utcnow(),
            updated_by=ctx.actor.display_name))
        if result.rowcount != 1:
            session.refresh(row)
            raise StaleRecordError("worklist settings", row.id, row.updated_by, row.updated_at)
        ctx.audit(session, "task.escalation_delay", entity_type="worklist_setting", entity_id=row.id,
                  detail=str(value))
        return expected_version + 1


def escalate_overdue(ctx: ServiceContext, today: date | None = None) -> int:
    """Mark open tasks overdue by more than the delay as escalated to the coordinator; returns how many."""
    require(ctx, "task.read")
    today = today or recurrence.today_local()
    with ctx.transaction() as session:
        limit = today - timedelta(days=_setting(session).escalation_delay_days)
        ids = session.exec(select(Task.id).where(Task.status.in_([s.value for s in OPEN_STATUSES]),
                                                 Task.due_date < limit, Task.escalated_at.is_(None))).all()
        if ids:
            session.execute(update(Task).where(Task.id.in_(ids)).values(escalated_at=utcnow(),
                                                                        escalated_to_role=COORDINATOR))
            ctx.audit(session, "task.escalate", entity_type="task", detail=f"{len(ids)} overdue tasks")
            ctx.announce("task.changed", escalated=len(ids))
        return len(ids)
