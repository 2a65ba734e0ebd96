"""Rules (``app.services.RULES``) that keep the due items current in the transaction of each change: a patient's
identity or problems, an observation, a medication; and the act a completed recall task stood for."""

from __future__ import annotations

from sqlmodel import Session

from app.models.task import Task, TaskStatus
from app.services.due_care import acts, engine
from app.services.due_care.recall import item_of_key
from app.services.due_care.schedules import load
from app.services.kernel.context import ServiceContext
from app.services.tasks import recurrence


def facts_rule(ctx: ServiceContext, session: Session, payload: dict) -> None:
    """Rule of ``patient.changed``, ``observation.changed`` and ``medication.changed``: that patient's items."""
    patient_id = payload.get("patient_id")
    if patient_id is not None:
        session.flush()
        engine.refresh_patient(session, patient_id)


def task_rule(ctx: ServiceContext, session: Session, payload: dict) -> None:
    """Rule of ``task.changed``: a completed recall task records its act (once), which clears the item."""
    task = session.get(Task, payload.get("task_id")) if payload.get("task_id") is not None else None
    if task is None or task.status != TaskStatus.COMPLETED or task.patient_id is None:
        return
    item = load().item(item_of_key(task.dedup_key) or "")
    if item is None:
        return
    day = recurrence.to_local(task.completed_at).date() if task.completed_at else recurrence.today_local()
    acts.record_from_task(ctx, session, task.patient_id, item.act, day, task.id)
