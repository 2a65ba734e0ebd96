"""Tasks for the open steps of an intake: one task per step that has one in the checklist (give the declaration
form, request the past records, chase them), offered to the medical assistants' pool with its recall date.

Each task carries the key ``intake:<step>:<intake id>``: making the tasks again creates none twice. A step that
must wait for another (records received after requested) gets its task once the other is done.

An identity marked not qualifiable gets its own task, to qualify it later (``intake:identity_qualify:<intake id>``,
due after its reason's ``recall_days``), made once in the transaction of the step.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlmodel import Session

from app.models.intake import OPEN_INTAKE, Intake, IntakeStep, StepState
from app.models.task import Task
from app.services.errors import NotFoundError, ValidationError
from app.services.intake.checklist import identity_reasons, label, load
from app.services.kernel.context import ServiceContext
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.tasks import recurrence, task_flow
from app.services.tasks.recalls import RECALL_POOL
from app.services.tasks.task_input import TaskInput

KEY_PREFIX = "intake:"
TASK_TYPE = "intake"
OPEN_FOR_TASK = (StepState.OPEN, StepState.FORM_GIVEN)


QUALIFY = "identity_qualify"


def dedup_key(step_key: str, intake_id: int) -> str:
    return f"{KEY_PREFIX}{step_key}:{intake_id}"


def qualify_identity_task(ctx: ServiceContext, session: Session, intake_id: int, patient_id: int, reason_code: str,
                          note: str | None = None, lang: str = "fr") -> int | None:
    """The task to qualify the patient's identity later (the reason and the note in its description), for the
    medical assistants' pool, in the caller's transaction; None when the intake has had it already (made once)."""
    key = dedup_key(QUALIFY, intake_id)
    if session.execute(select(Task.id).where(Task.dedup_key == key)).first() is not None:
        return None
    vocabulary = identity_reasons()
    reason = vocabulary.reason(reason_code)
    return task_flow.create_task(ctx, TaskInput(
        title=label(vocabulary.task_labels, lang), task_type=TASK_TYPE,
        description=label(reason.labels, lang) + (f" — {note}" if note else ""),
        patient_id=patient_id, pool_role=RECALL_POOL,
        due_date=recurrence.today_local() + timedelta(days=reason.recall_days), origin_type="other",
        origin_id=intake_id), dedup_key=key)


def create_step_tasks(ctx: ServiceContext, intake_id: int, lang: str = "fr") -> int:
    """Make the tasks of the intake's open steps that have none yet; returns how many were made."""
    require(ctx, "intake.manage")
    checklist = load()
    today = recurrence.today_local()
    with ctx.transaction() as session:
        intake = session.get(Intake, intake_id)
        if intake is None:
            raise NotFoundError("intake", intake_id)
        require(ctx, "intake.manage", access_records.patient_record(session, intake.patient_id))
        if intake.status not in OPEN_INTAKE:
            raise ValidationError("status", "intake.closed")
        states = dict(session.execute(select(IntakeStep.step_key, IntakeStep.state).where(
            IntakeStep.intake_id == intake_id)).all())
        keys = [dedup_key(s.key, intake_id) for s in checklist.steps]
        existing = set(session.execute(select(Task.dedup_key).where(Task.dedup_key.in_(keys))).scalars())
        created = 0
        for step in checklist.steps:
            if step.task is None or states.get(step.key) not in OPEN_FOR_TASK:
                continue
            if step.after and states.get(step.after) != StepState.DONE:
                continue
            key = dedup_key(step.key, intake_id)
            if key in existing:
                continue
            task_flow.create_task(ctx, TaskInput(
                title=label(step.task.labels, lang), description=label(step.labels, lang), task_type=TASK_TYPE,
                patient_id=intake.patient_id, pool_role=RECALL_POOL,
                due_date=today + timedelta(days=step.task.recall_days), origin_type="other", origin_id=intake_id),
                dedup_key=key)
            created += 1
        ctx.audit(session, "intake.tasks", entity_type="intake", entity_id=intake_id, patient_id=intake.patient_id,
                  detail=f"{created} created")
        return created
