"""Worklists: my tasks, role pools, a patient's tasks, overdue and escalated tasks, counts for badges.

Lists return plain ``TaskRow`` values built straight from selected columns (no ORM objects), so that a
worklist of 10,000 tasks loads in well under 100 ms.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from app.models.patient import Patient
from app.models.staff import Staff
from app.models.task import OPEN_STATUSES, ChartNote, Task, WorklistSetting
from app.services.errors import NotFoundError
from app.services.kernel.context import ServiceContext
from app.services.security import records as access_records
from app.services.security.access import can, require
from app.services.security.relations import Account, PatientTeam, Record
from app.services.tasks import recurrence

_OPEN = [s.value for s in OPEN_STATUSES]
_PRIORITY_RANK = {"stat": 0, "asap": 1, "urgent": 2, "routine": 3}


@dataclass(frozen=True, slots=True)
class TaskRow:
    """One line of a worklist."""

    id: int
    version: int
    title: str
    task_type: str
    patient_id: int | None
    patient_name: str | None
    protocol_code: str | None
    act: str | None
    assignee_staff_id: int | None
    assignee_name: str | None
    pool_role: str | None
    priority: str
    due_date: date | None
    due_at: datetime | None
    status: str
    business_status: str | None
    recurrence_rule: str | None
    escalated: bool
    created_by_staff_id: int | None = None
    team: PatientTeam | None = None

    @property
    def record(self) -> Record:
        """What access decisions on the task need (its assignee or pool, its creator, its patient's care team)."""
        return Record("task", self.id, self.team, author_id=self.created_by_staff_id,
                      recipient_id=self.assignee_staff_id, recipient_role=self.pool_role)

    @property
    def patient_record(self) -> Record | None:
        """What access decisions on the task's patient need (None: a task without patient)."""
        return Record("patient", self.patient_id, self.team) if self.patient_id is not None else None

    def is_overdue(self, today: date) -> bool:
        return self.status in _OPEN and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class TaskDetail:
    """A whole task for the dialog (``record``: with its patient's care team)."""

    row: TaskRow
    description: str | None
    status_reason: str | None
    result_text: str | None
    completed_at: datetime | None
    completed_by: str | None
    origin_type: str | None
    origin_id: int | None
    created_by_staff_id: int | None
    updated_by: str
    updated_at: datetime
    record: Record | None = None


@dataclass(frozen=True)
class WorklistCounts:
    mine: int
    pool: int
    overdue: int
    escalated: int


@dataclass(frozen=True)
class ChartNoteRow:
    id: int
    task_id: int | None
    text: str
    written_at: datetime
    written_by: str


def select_rows():
    """The query of worklist rows (task, patient name, assignee …), to be filtered by the caller."""
    assignee = aliased(Staff)
    return select(Task.id, Task.version, Task.title, Task.task_type, Task.patient_id,
                  (Patient.family_name + " " + Patient.given_names), Task.protocol_code, Task.act,
                  Task.assignee_staff_id, (assignee.given_names + " " + assignee.family_name), Task.pool_role,
                  Task.priority, Task.due_date, Task.due_at, Task.status, Task.business_status, Task.recurrence_rule,
                  Task.escalated_at.is_not(None), Task.created_by_staff_id) \
        .outerjoin(Patient, Patient.id == Task.patient_id).outerjoin(assignee, assignee.id == Task.assignee_staff_id)


def fetch_rows(session, stmt) -> list[TaskRow]:
    """The rows of a worklist query."""
    found = session.execute(stmt).all()
    among = stmt.with_only_columns(Task.patient_id).order_by(None)   # the same tasks' patients, as a subquery
    teams = access_records.patient_teams(session, {r.patient_id for r in found}, among=among)
    return [TaskRow(*r, team=teams.get(r.patient_id)) for r in found]


def in_due_order(stmt):
    """Order a worklist query by due date (undated last), then id."""
    return stmt.order_by(Task.due_date.is_(None), Task.due_date, Task.id)


def _status_filter(include_closed: bool):
    return True if include_closed else Task.status.in_(_OPEN)


def _account(ctx: ServiceContext, session, action: str = "task.read") -> Account:
    """The user's account now (roles for the pools), once the action is allowed."""
    require(ctx, action)
    return access_records.load_account(session, ctx.actor)


def _shown(account: Account):
    """Tasks a list may show: those of patients the user may read, without patient, or the user's own and pools'."""
    return access_records.visible(Task.patient_id, access_records.patient_scope(account), Task.patient_id.is_(None),
                                  _mine_or_pools(account))


def my_tasks(ctx: ServiceContext, *, include_closed: bool = False) -> list[TaskRow]:
    """Tasks assigned to the logged-in user, soonest due first."""
    with ctx.transaction() as session:
        _account(ctx, session)
        return fetch_rows(session, in_due_order(select_rows().where(Task.assignee_staff_id == ctx.actor.staff_id,
                                                                    _status_filter(include_closed))))


def pool_tasks(ctx: ServiceContext, role: str | None = None) -> list[TaskRow]:
    """Unclaimed tasks of the user's role pools (or of one of them; a supervisor may look at any pool)."""
    with ctx.transaction() as session:
        account = _account(ctx, session)
        roles = [r for r in account.roles if role is None or r == role]
        if role is not None and can(ctx, "task.supervise"):
            roles = [role]
        return fetch_rows(session, in_due_order(select_rows().where(
            Task.assignee_staff_id.is_(None), Task.pool_role.in_(roles), Task.status.in_(_OPEN), _shown(account))))


def patient_tasks(ctx: ServiceContext, patient_id: int, *, include_closed: bool = True) -> list[TaskRow]:
    """Every task about a patient (audited read)."""
    with ctx.transaction() as session:
        require(ctx, "task.read", access_records.patient_record(session, patient_id))
        rows = fetch_rows(session, in_due_order(select_rows().where(Task.patient_id == patient_id,
                                                                    _status_filter(include_closed))))
        ctx.audit(session, "task.list", entity_type="patient", entity_id=patient_id, patient_id=patient_id)
        return rows


def _mine_or_pools(account: Account):
    return or_(Task.assignee_staff_id == account.staff_id,
               and_(Task.assignee_staff_id.is_(None), Task.pool_role.in_(sorted(account.roles))))


def overdue_tasks(ctx: ServiceContext, today: date | None = None) -> list[TaskRow]:
    """Open tasks past their due date: the user's own and pools' (a supervisor sees the whole practice's)."""
    today = today or recurrence.today_local()
    with ctx.transaction() as session:
        account = _account(ctx, session)
        scope = _shown(account) if can(ctx, "task.supervise") else _mine_or_pools(account)
        return fetch_rows(session, in_due_order(select_rows().where(scope, Task.status.in_(_OPEN),
                                                                    Task.due_date < today)))


def _escalated(session, today: date):
    """Escalated: marked by ``escalate_overdue``, or overdue beyond the practice's delay (read without writing)."""
    delay = session.execute(select(WorklistSetting.escalation_delay_days)).scalar()
    limit = today - timedelta(days=2 if delay is None else delay)
    return or_(Task.escalated_at.is_not(None), Task.due_date < limit)


def escalated_tasks(ctx: ServiceContext, today: date | None = None) -> list[TaskRow]:
    """Open tasks escalated to the coordinator because they are overdue beyond the practice's delay."""
    today = today or recurrence.today_local()
    with ctx.transaction() as session:
        account = _account(ctx, session, "task.supervise")
        return fetch_rows(session, in_due_order(select_rows().where(_escalated(session, today),
                                                                    Task.status.in_(_OPEN), _shown(account))))


def counts(ctx: ServiceContext, today: date | None = None) -> WorklistCounts:
    """Numbers for the badges: my open tasks, my pools, overdue (mine and pools), escalated (supervisors)."""
    today = today or recurrence.today_local()
    with ctx.transaction() as session:
        account = _account(ctx, session)

        def n(*where) -> int:
            return session.execute(select(func.count()).select_from(Task).where(*where)).scalar_one()
        is_open = Task.status.in_(_OPEN)
        mine = n(Task.assignee_staff_id == account.staff_id, is_open)
        pool = n(Task.assignee_staff_id.is_(None), Task.pool_role.in_(sorted(account.roles)), is_open)
        overdue = n(_mine_or_pools(account), is_open, Task.due_date < today)
        escalated = n(_escalated(session, today), is_open, _shown(account)) if can(ctx, "task.supervise") else 0
        return WorklistCounts(mine, pool, overdue, escalated)


def day_worklist(ctx: ServiceContext, day: date, staff_id: int | None = None) -> list[TaskRow]:
    """A person's open tasks due on a day or earlier (overdue first), for the printed day list."""
    staff_id = staff_id or ctx.actor.staff_id
    with ctx.transaction() as session:
        account = _account(ctx, session, "task.read" if staff_id == ctx.actor.staff_id else "task.supervise")
        rows = fetch_rows(session, in_due_order(select_rows().where(
            Task.assignee_staff_id == staff_id, Task.status.in_(_OPEN), Task.due_date <= day, _shown(account))))
        return sorted(rows, key=lambda r: (r.due_date == day, _PRIORITY_RANK.get(r.priority, 9),
                                           r.due_at or datetime.max, r.id))


def get_task(ctx: ServiceContext, task_id: int) -> TaskDetail:
    """One task with everything the dialog shows (audited when it concerns a patient)."""
    with ctx.transaction() as session:
        found = session.execute(select_rows().where(Task.id == task_id)).first()
        if found is None:
            raise NotFoundError("task", task_id)
        task = session.get(Task, task_id)
        record = access_records.task_record(session, task)
        require(ctx, "task.read", record)
        if task.patient_id is not None:
            ctx.audit(session, "task.open", entity_type="task", entity_id=task_id, patient_id=task.patient_id)
        return TaskDetail(TaskRow(*found), task.description, task.status_reason, task.result_text, task.completed_at,
                          task.completed_by, task.origin_type, task.origin_id, task.created_by_staff_id,
                          task.updated_by, task.updated_at, record)


def chart_notes(ctx: ServiceContext, patient_id: int) -> list[ChartNoteRow]:
    """Task results written to the patient's chart, newest first."""
    with ctx.transaction() as session:
        require(ctx, "task.read", access_records.patient_record(session, patient_id))
        notes = session.execute(select(ChartNote.id, ChartNote.task_id, ChartNote.text, ChartNote.written_at,
                                       ChartNote.written_by).where(ChartNote.patient_id == patient_id)
                                .order_by(ChartNote.written_at.desc(), ChartNote.id.desc())).all()
        return [ChartNoteRow(*n) for n in notes]



