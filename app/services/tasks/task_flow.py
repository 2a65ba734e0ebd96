"""Tasks: create, edit, move through the FHIR-Task-like lifecycle, claim from a pool, reassign.

Lifecycle: requested → accepted → in_progress ↔ on_hold → completed / cancelled / failed. A forbidden
transition is refused with a ``TransitionError`` naming the statuses. Completing a task writes its result to the patient's chart
(``ChartNote``) and, for a recurring task, creates the next occurrence. Protocol-bound tasks pass the
delegation guard (``task_guard``) on every create, edit, claim and reassignment. Reading lists: ``task_lists``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlmodel import Session

from app.models.base import utcnow
from app.models.staff import Staff
from app.models.task import CLOSED_STATUSES, ChartNote, Task, TaskStatus
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.locks import locked
from app.services.kernel.validation import clean_text
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.security.relations import Record
from app.services.tasks import recurrence
from app.services.tasks.guard import GuardRefusal, check_task
from app.services.tasks.task_input import POOL_ROLES, TaskInput, validated

S = TaskStatus
TRANSITIONS: dict[str, tuple[str, ...]] = {
    S.REQUESTED: (S.ACCEPTED, S.CANCELLED),
    S.ACCEPTED: (S.IN_PROGRESS, S.CANCELLED),
    S.IN_PROGRESS: (S.ON_HOLD, S.COMPLETED, S.FAILED, S.CANCELLED),
    S.ON_HOLD: (S.IN_PROGRESS, S.CANCELLED, S.FAILED),
    S.COMPLETED: (), S.CANCELLED: (), S.FAILED: (),
}


class TransitionError(ValidationError):
    """The lifecycle does not allow this change of status; the params name the statuses by their codes
    (``task_status``, and for a move ``wanted_task_status`` and ``next_task_statuses``)."""

    code = "transition"


def create_task(ctx: ServiceContext, data: TaskInput, *, dedup_key: str | None = None) -> int:
    """Create a task (assigned to a person, or offered to a role's pool); returns its id."""
    with ctx.transaction() as session:
        patient = access_records.patient_record(session, data.patient_id) if data.patient_id is not None else None
        require(ctx, "task.create", patient)
        if (data.assignee_staff_id is not None and data.assignee_staff_id != ctx.actor.staff_id) or data.pool_role:
            require(ctx, "task.assign")
        values = validated(session, data, recurrence.today_local())
        task = Task(**values, dedup_key=dedup_key, created_by_staff_id=ctx.actor.staff_id,
                    updated_by=ctx.actor.display_name)
        session.add(task)
        session.flush()
        if task.recurrence_rule:
            task.series_id = task.id
        ctx.audit(session, "task.create", entity_type="task", entity_id=task.id, patient_id=task.patient_id,
                  detail=task.protocol_code or task.task_type)
        _announce(ctx, task)
        return task.id


def _announce(ctx: ServiceContext, task: Task) -> None:
    ctx.announce("task.changed", task_id=task.id, patient_id=task.patient_id,
                 assignee_staff_id=task.assignee_staff_id, pool_role=task.pool_role)


def _get(session: Session, task_id: int, expected_version: int | None = None) -> Task:
    """The task; with ``expected_version`` (a change), locked first (``kernel.locks``) and a stale version refused
    before anything else is checked."""
    task = session.get(Task, task_id) if expected_version is None else locked(session, Task, task_id)
    if task is None:
        raise NotFoundError("task", task_id)
    if expected_version is not None and task.version != expected_version:
        raise StaleRecordError("task", task_id, task.updated_by, task.updated_at)
    return task


def task_access(task: Task) -> Record:
    """What access decisions on a task need: its assignee or pool and its creator (``relations.worker``)."""
    return access_records.task_record(None, task)


def _require_work(ctx: ServiceContext, task: Task) -> None:
    """The assignee, a member of the pool, the creator, or a supervisor may change a task."""
    require(ctx, "task.work", task_access(task))


def _save(ctx: ServiceContext, session: Session, task_id: int, expected_version: int, values: dict) -> Task:
    result = session.execute(update(Task).where(Task.id == task_id, Task.version == expected_version).values(
        **values, version=expected_version + 1, updated_at=utcnow(), updated_by=ctx.actor.display_name))
    task = _get(session, task_id)
    if result.rowcount != 1:
        raise StaleRecordError("task", task_id, task.updated_by, task.updated_at)
    session.refresh(task)
    return task


def update_task(ctx: ServiceContext, task_id: int, expected_version: int, data: TaskInput) -> int:
    """Save an edit made on ``expected_version`` (stale: refused; closed tasks cannot be edited)."""
    with ctx.transaction() as session:
        task = _get(session, task_id, expected_version)
        _require_work(ctx, task)
        if task.status in CLOSED_STATUSES:
            raise TransitionError("status", "tasks.closed_task_not_editable", task_status=task.status)
        if (data.assignee_staff_id, data.pool_role or None) != (task.assignee_staff_id, task.pool_role):
            require(ctx, "task.assign", task_access(task))
        values = validated(session, data, recurrence.today_local())
        if task.series_id and values["recurrence_rule"] and task.recurrence_start:
            values["recurrence_start"] = task.recurrence_start  # keep the series anchored where it began
        task = _save(ctx, session, task_id, expected_version, values)
        ctx.audit(session, "task.update", entity_type="task", entity_id=task_id, patient_id=task.patient_id)
        _announce(ctx, task)
        return task.version


def transition(ctx: ServiceContext, task_id: int, expected_version: int, new_status: str, *,
               reason: str | None = None, result: str | None = None,
               business_status: str | None = None) -> int:
    """Move a task to ``new_status``; returns the new version. Forbidden moves are refused."""
    with ctx.transaction() as session:
        task = _get(session, task_id, expected_version)
        _require_work(ctx, task)
        if new_status not in TRANSITIONS:
            raise ValidationError("status", "tasks.not_a_status", value=new_status)
        if new_status not in TRANSITIONS[task.status]:
            raise TransitionError("status", "tasks.transition_not_allowed", task_status=task.status,
                                  wanted_task_status=new_status, next_task_statuses=TRANSITIONS[task.status])
        why = clean_text(reason, "status_reason", 500, required=new_status in (S.CANCELLED, S.FAILED, S.ON_HOLD))
        text = clean_text(result, "result_text", 10000)
        values: dict = {"status": new_status, "status_reason": why}
        if business_status is not None:
            values["business_status"] = clean_text(business_status, "business_status", 100)
        if new_status in CLOSED_STATUSES:
            values.update(completed_at=utcnow(), completed_by=ctx.actor.display_name, result_text=text)
        if new_status in (S.ACCEPTED, S.IN_PROGRESS) and task.assignee_staff_id is None:
            raise TransitionError("status", "tasks.claim_first")
        task = _save(ctx, session, task_id, expected_version, values)
        if new_status == S.COMPLETED:
            _write_back(ctx, session, task)
        ctx.audit(session, f"task.{new_status}", entity_type="task", entity_id=task_id, patient_id=task.patient_id,
                  detail=why or "")
        _announce(ctx, task)
        return task.version


def _write_back(ctx: ServiceContext, session: Session, task: Task) -> None:
    """The result goes into the patient's chart; a recurring task gets its next occurrence."""
    if task.patient_id is not None:
        session.add(ChartNote(patient_id=task.patient_id, task_id=task.id, kind="task_result",
                              text=f"{task.title}: {task.result_text or 'done'}", written_by=ctx.actor.display_name))
    if not (task.recurrence_rule and task.recurrence_start and task.due_date):
        return
    current = recurrence.to_local(task.due_at) if task.due_at else recurrence.local_start(task.due_date, None)
    nxt = recurrence.next_occurrence(task.recurrence_rule, datetime.fromisoformat(task.recurrence_start), current)
    if nxt is None:
        return
    follow = Task(**{k: getattr(task, k) for k in (
        "title", "description", "task_type", "patient_id", "protocol_code", "act", "assignee_staff_id", "pool_role",
        "priority", "recurrence_rule", "recurrence_start", "series_id", "origin_type", "origin_id",
        "created_by_staff_id")}, due_date=nxt.date(), due_at=recurrence.to_utc(nxt) if task.due_at else None,
        updated_by=ctx.actor.display_name)
    session.add(follow)
    session.flush()
    ctx.audit(session, "task.create", entity_type="task", entity_id=follow.id, patient_id=follow.patient_id,
              detail=f"next occurrence of task {task.id}")


def write_chart_note(ctx: ServiceContext, patient_id: int, kind: str, text: str) -> int:
    """Write a note into the patient's chart for another capability (e.g. a teleconsultation's conclusion), in the
    caller's transaction; chart notes are never updated. Returns its id."""
    with ctx.transaction() as session:
        require(ctx, "task.create", access_records.patient_record(session, patient_id))
        note = ChartNote(patient_id=patient_id, kind=clean_text(kind, "kind", 30, True),
                         text=clean_text(text, "text", 30000, True), written_by=ctx.actor.display_name)
        session.add(note)
        session.flush()
        ctx.audit(session, "chart_note.write", entity_type="chart_note", entity_id=note.id, patient_id=patient_id,
                  detail=note.kind)
        return note.id


def claim_task(ctx: ServiceContext, task_id: int, expected_version: int) -> int:
    """Take a pool task for oneself (it becomes accepted); the guard checks adherence for protocol tasks."""
    with ctx.transaction() as session:
        task = _get(session, task_id, expected_version)
        require(ctx, "task.claim", task_access(task))
        if task.status != S.REQUESTED:
            raise TransitionError("status", "tasks.task_not_claimable", task_status=task.status)
        me = session.get(Staff, ctx.actor.staff_id)
        if task.protocol_code:
            check_task(session, protocol_code=task.protocol_code, act=task.act, assignee=me, pool_role=None,
                       patient_id=task.patient_id, on=task.due_date or recurrence.today_local())
        task = _save(ctx, session, task_id, expected_version, {"assignee_staff_id": me.id, "status": S.ACCEPTED})
        ctx.audit(session, "task.claim", entity_type="task", entity_id=task_id, patient_id=task.patient_id)
        _announce(ctx, task)
        return task.version


def reassign(ctx: ServiceContext, task_id: int, expected_version: int, *, assignee_staff_id: int | None = None,
             pool_role: str | None = None) -> int:
    """Give an open task to another person or back to a pool (guard applies)."""
    with ctx.transaction() as session:
        task = _get(session, task_id, expected_version)
        require(ctx, "task.assign", task_access(task))
        if task.status in CLOSED_STATUSES:
            raise TransitionError("status", "tasks.closed_task_not_reassignable", task_status=task.status)
        if (assignee_staff_id is None) == (not pool_role):
            raise ValidationError("assignee_staff_id", "tasks.person_or_pool")
        person = session.get(Staff, assignee_staff_id) if assignee_staff_id is not None else None
        if assignee_staff_id is not None and (person is None or not person.active):
            raise ValidationError("assignee_staff_id", "tasks.inactive_member")
        if pool_role is not None and pool_role not in POOL_ROLES:
            raise ValidationError("pool_role", "one_of", allowed=POOL_ROLES)
        if task.protocol_code:
            check_task(session, protocol_code=task.protocol_code, act=task.act, assignee=person,
                       pool_role=pool_role, patient_id=task.patient_id, on=task.due_date or recurrence.today_local())
        status = task.status if person is not None else S.REQUESTED
        task = _save(ctx, session, task_id, expected_version, {"assignee_staff_id": assignee_staff_id,
                                                               "pool_role": pool_role, "status": status})
        ctx.audit(session, "task.reassign", entity_type="task", entity_id=task_id, patient_id=task.patient_id,
                  detail=f"to staff {assignee_staff_id}" if person else f"to pool {pool_role}")
        _announce(ctx, task)
        return task.version


__all__ = ["TaskInput", "TRANSITIONS", "POOL_ROLES", "TransitionError", "GuardRefusal", "create_task",
           "update_task", "transition", "claim_task", "reassign", "task_access", "write_chart_note"]
