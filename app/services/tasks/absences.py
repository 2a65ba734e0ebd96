"""Staff absences: record the dates, offer the absent person's open tasks for reassignment, and show the
coordinator what falls due during the absence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from app.models.staff import Staff
from app.models.task import OPEN_STATUSES, StaffAbsence, Task
from app.services.errors import NotFoundError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import clean_text, parse_date
from app.services.security.access import require
from app.services.tasks import task_flow as tasks
from app.services.tasks.worklists import TaskRow, fetch_rows, in_due_order, select_rows

_OPEN = [s.value for s in OPEN_STATUSES]


@dataclass(frozen=True)
class AbsenceRow:
    id: int
    staff_id: int
    staff_name: str
    start_date: date
    end_date: date
    reason: str | None


def record_absence(ctx: ServiceContext, staff_id: int, start: date | str | None, end: date | str | None,
                   reason: str | None = None) -> int:
    """Record an absence (inclusive dates); returns its id."""
    require(ctx, "absence.manage")
    first, last = parse_date(start, "start_date"), parse_date(end, "end_date")
    if last < first:
        raise ValidationError("end_date", "tasks.end_before_start")
    if (last - first).days > 366:
        raise ValidationError("end_date", "tasks.absence_too_long")
    why = clean_text(reason, "reason", 200)
    with ctx.transaction() as session:
        staff = session.get(Staff, staff_id)
        if staff is None or not staff.active:
            raise ValidationError("staff_id", "tasks.inactive_member")
        row = StaffAbsence(staff_id=staff_id, start_date=first, end_date=last, reason=why,
                           created_by=ctx.actor.display_name)
        session.add(row)
        session.flush()
        ctx.audit(session, "absence.record", entity_type="staff_absence", entity_id=row.id,
                  detail=f"staff {staff_id} {first.isoformat()}..{last.isoformat()}")
        ctx.announce("task.changed", absence_id=row.id)
        return row.id


def list_absences(ctx: ServiceContext, *, current_from: date | None = None) -> list[AbsenceRow]:
    """Absences ending on or after ``current_from`` (default: all), soonest first."""
    require(ctx, "task.read")
    with ctx.transaction() as session:
        stmt = select(StaffAbsence, Staff).join(Staff, Staff.id == StaffAbsence.staff_id)
        if current_from:
            stmt = stmt.where(StaffAbsence.end_date >= current_from)
        return [AbsenceRow(a.id, s.id, s.display_name, a.start_date, a.end_date, a.reason)
                for a, s in session.exec(stmt.order_by(StaffAbsence.start_date, StaffAbsence.id))]


def _absence(session, absence_id: int) -> StaffAbsence:
    row = session.get(StaffAbsence, absence_id)
    if row is None:
        raise NotFoundError("absence", absence_id)
    return row


def open_tasks_of_absent(ctx: ServiceContext, absence_id: int) -> list[TaskRow]:
    """Every open task of the absent person (to offer for reassignment)."""
    require(ctx, "absence.manage")
    with ctx.transaction() as session:
        absence = _absence(session, absence_id)
        return fetch_rows(session, in_due_order(select_rows().where(Task.assignee_staff_id == absence.staff_id,
                                                     Task.status.in_(_OPEN))))


def due_during_absence(ctx: ServiceContext, absence_id: int) -> list[TaskRow]:
    """The absent person's open tasks that fall due during the absence (or are already overdue by its start)."""
    require(ctx, "absence.manage")
    with ctx.transaction() as session:
        absence = _absence(session, absence_id)
        return fetch_rows(session, in_due_order(select_rows().where(Task.assignee_staff_id == absence.staff_id,
                                                     Task.status.in_(_OPEN), Task.due_date <= absence.end_date)))


def reassign_tasks(ctx: ServiceContext, moves: list[tuple[int, int]], *, assignee_staff_id: int | None = None,
                   pool_role: str | None = None) -> int:
    """Reassign (task id, version) pairs to a person or a pool in one unit of work; all or nothing."""
    require(ctx, "absence.manage")
    if not moves:
        raise ValidationError("tasks", "tasks.no_task_selected")
    with ctx.transaction():
        for task_id, version in moves:
            tasks.reassign(ctx, task_id, version, assignee_staff_id=assignee_staff_id, pool_role=pool_role)
    return len(moves)
