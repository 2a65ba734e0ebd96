"""Actions become work: tasks for the people and roles responsible, progress back from the tasks, and the
list of plans to review.

Each action of an active plan with a responsible person or role gets a task of the delegated-task service
(``origin_type`` "care_plan_action", ``origin_id`` the action's id; a recurring action gives a recurring
task). When its task is completed, the action becomes done (the task's result becomes its outcome);
a failed task makes it not done; a recurring action stays in progress while its series goes on.
An action's status follows its tasks in the transaction of each task change (``task_rule``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, select

from app.models.care_plan import CarePlan, CarePlanAction, PlanStatus
from app.models.patient import Patient
from app.models.staff import Staff
from app.models.task import CLOSED_STATUSES, OPEN_STATUSES, Task, TaskStatus
from app.services.care_plans import plans as care_plans
from app.services.care_plans.plan_input import ACTION_STATUSES
from app.services.errors import AccessDenied, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.shared_texts import say
from app.services.kernel.validation import clean_text
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.tasks import recurrence
from app.services.tasks import task_flow as tasks
from app.services.tasks.task_flow import TaskInput

ORIGIN = "care_plan_action"
_OPEN = [s.value for s in OPEN_STATUSES]
REVIEW_WINDOW_DAYS = 7


@dataclass(frozen=True)
class ReviewRow:
    """A plan whose review date is past or near, for the coordinator's list."""

    plan_id: int
    patient_id: int
    patient_name: str
    status: str
    review_date: date
    referent_name: str
    days_left: int          # negative: overdue by that many days


def _tasks_of(session: Session, action_ids: list[int]) -> list[Task]:
    if not action_ids:
        return []
    return list(session.exec(select(Task).where(Task.origin_type == ORIGIN, Task.origin_id.in_(action_ids))
                             .order_by(Task.id)))


def create_tasks(ctx: ServiceContext, session: Session, plan: CarePlan) -> int:
    """Tasks for the plan's actions that need one; reassign open tasks whose responsible changed; cancel the
    tasks of actions cancelled or removed. Returns how many tasks were created."""
    actions = list(session.exec(select(CarePlanAction).where(CarePlanAction.plan_id == plan.id)))
    by_action: dict[int, list[Task]] = {}
    for task in _tasks_of(session, [a.id for a in actions]):
        by_action.setdefault(task.origin_id, []).append(task)
    created = 0
    for action in actions:
        open_tasks = [t for t in by_action.get(action.id, []) if t.status in _OPEN]
        if action.status in ("cancelled", "done", "not_done"):
            cancel_open_tasks(ctx, session, [action.id], f"care plan action {action.status}")
            continue
        if action.responsible_staff_id is None and action.responsible_role is None:
            continue
        if open_tasks:
            for task in open_tasks:
                if (task.assignee_staff_id, task.pool_role) != (action.responsible_staff_id, action.responsible_role):
                    _try(tasks.reassign, ctx, task.id, task.version, assignee_staff_id=action.responsible_staff_id,
                         pool_role=action.responsible_role)
            continue
        tasks.create_task(ctx, TaskInput(
            title=say(session, "care_plan.title", action=action.description)[:200], description=action.outcome,
            task_type=ORIGIN,
            patient_id=plan.patient_id, assignee_staff_id=action.responsible_staff_id,
            pool_role=action.responsible_role, due_date=action.due_date, recurrence_rule=action.recurrence_rule,
            origin_type=ORIGIN, origin_id=action.id))
        created += 1
    current = {a.id for a in actions}
    gone = session.exec(select(Task.origin_id).where(Task.origin_type == ORIGIN, Task.patient_id == plan.patient_id,
                                                     Task.status.in_(_OPEN))).all()
    cancel_open_tasks(ctx, session, [g for g in set(gone) if g not in current], "removed from the care plan")
    return created


def _try(fn, *args, **kwargs) -> None:
    try:
        fn(*args, **kwargs)
    except AccessDenied:
        pass  # the task's people or a supervisor will deal with it


def cancel_open_tasks(ctx: ServiceContext, session: Session, action_ids: list[int], reason: str) -> None:
    """Cancel the open tasks of these actions (those the actor may change)."""
    for task in _tasks_of(session, action_ids):
        if task.status in _OPEN:
            _try(tasks.transition, ctx, task.id, task.version, TaskStatus.CANCELLED, reason=reason[:500])


def derived_status(action: CarePlanAction, linked: list[Task]) -> tuple[str, str | None]:
    """The action's status (and outcome) as its tasks say; unchanged when they say nothing new."""
    if not linked or action.status == "cancelled":
        return action.status, action.outcome
    open_tasks = [t for t in linked if t.status in _OPEN]
    closed = [t for t in linked if t.status in CLOSED_STATUSES]
    done = [t for t in closed if t.status == TaskStatus.COMPLETED]
    if open_tasks:
        started = done or any(t.status != TaskStatus.REQUESTED for t in open_tasks)
        return ("in_progress" if started else action.status), action.outcome
    last = closed[-1]
    if last.status == TaskStatus.COMPLETED:
        return "done", action.outcome or last.result_text
    if last.status == TaskStatus.FAILED:
        return "not_done", action.outcome or last.status_reason
    return action.status, action.outcome   # cancelled tasks leave the action as the team set it


def task_rule(ctx: ServiceContext, session: Session, payload: dict) -> None:
    """Rule of ``task.changed`` (``app.services.RULES``): the care-plan action a task came from follows it, in the
    transaction of the task's change (in progress, done with the result, not done)."""
    task = session.get(Task, payload.get("task_id")) if payload.get("task_id") is not None else None
    if task is None or task.origin_type != ORIGIN or task.origin_id is None:
        return
    action = session.get(CarePlanAction, task.origin_id)
    if action is None:
        return
    status, outcome = derived_status(action, _tasks_of(session, [action.id]))
    if (status, outcome) != (action.status, action.outcome):
        action.status, action.outcome = status, outcome
        session.add(action)


def record_action_progress(ctx: ServiceContext, plan_id: int, expected_version: int, action_id: int,
                           status: str, outcome: str | None) -> int:
    """Record an action's status and outcome on a validated or active plan; returns the new plan version. The team
    (who may edit plans) or the person or role responsible for the action may (``relations.responsible_or_team``)."""
    with ctx.transaction() as session:
        plan = care_plans.get_plan_row(session, plan_id, expected_version)
        action = care_plans.get_item(session, "action", plan_id, action_id)
        require(ctx, "care_plan.work",
                access_records.action_record(access_records.care_plan_record(session, plan), action))
        if plan.status == PlanStatus.CLOSED:
            raise ValidationError("status", "care_plans.plan_closed")
        if status not in ACTION_STATUSES:
            raise ValidationError("status", "one_of", allowed=ACTION_STATUSES)
        action.status = status
        action.outcome = clean_text(outcome, "outcome", 10000)
        session.flush()
        plan = care_plans.bump(ctx, session, plan_id, expected_version, f"action progress recorded ({status})")
        ctx.audit(session, "care_plan.action_progress", entity_type="care_plan", entity_id=plan_id,
                  patient_id=plan.patient_id, detail=f"action {action_id}: {status}")
        return plan.version


def plans_to_review(ctx: ServiceContext, today: date | None = None) -> list[ReviewRow]:
    """Open plans whose review date is past or within 7 days, the most overdue first (of the patients the user may
    read)."""
    today = today or recurrence.today_local()
    limit = today + timedelta(days=REVIEW_WINDOW_DAYS)
    with ctx.transaction() as session:
        require(ctx, "care_plan.review_list")
        scope = access_records.patient_scope(access_records.load_account(session, ctx.actor))
        rows = session.execute(
            select(CarePlan.id, CarePlan.patient_id, Patient.family_name, Patient.given_names, CarePlan.status,
                   CarePlan.review_date, Staff.given_names, Staff.family_name)
            .join(Patient, Patient.id == CarePlan.patient_id).outerjoin(Staff, Staff.id == CarePlan.referent_staff_id)
            .where(CarePlan.status != PlanStatus.CLOSED, CarePlan.review_date.is_not(None),
                   CarePlan.review_date <= limit, access_records.visible(CarePlan.patient_id, scope))
            .order_by(CarePlan.review_date, CarePlan.id)).all()
        return [ReviewRow(r[0], r[1], f"{r[2].upper()} {r[3]}", r[4], r[5], f"{r[6] or ''} {r[7] or ''}".strip(),
                          (r[5] - today).days) for r in rows]
