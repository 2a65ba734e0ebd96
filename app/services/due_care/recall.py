"""Recall tasks from an overdue (or due-soon) list: one task per patient and item, created once.

Each task carries the key ``due:<item>:<patient>:<due date>``, so running the same recall again creates none, and
a patient who still has an open task for the item is skipped. When the Asalée protocol applies (a French patient
enrolled, the protocol active, the item one of its acts) the task goes to the nurses' pool under the protocol (the
delegation guard decides); otherwise to the medical assistants' recall pool. Completing the task records the act
(``rules.task_rule``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.models.due_care import DueItem
from app.models.patient import Patient
from app.models.task import OPEN_STATUSES, Task
from app.services.due_care import worklist
from app.services.due_care.schedules import label, load
from app.services.kernel.context import ServiceContext
from app.services.security.access import require
from app.services.tasks import guard, recurrence, task_flow
from app.services.tasks.recalls import RECALL_POOL
from app.services.tasks.task_input import TaskInput

KEY_PREFIX = "due:"
TASK_TYPE = "due_care"
ASALEE = "fr-asalee"
ASALEE_POOL = "nurse"


@dataclass(frozen=True)
class RecallResult:
    created: int
    delegated: int          # of which under the Asalée protocol
    skipped: int            # already recalled or with an open task


def dedup_key(item_key: str, patient_id: int, due_on: date) -> str:
    return f"{KEY_PREFIX}{item_key}:{patient_id}:{due_on.isoformat()}"


def item_of_key(key: str | None) -> str | None:
    """The item a recall task's key names (None for another task)."""
    if not key or not key.startswith(KEY_PREFIX):
        return None
    return key[len(KEY_PREFIX):].split(":")[0]


def _already(session, rows) -> tuple[set[str], set[tuple[int, str]]]:
    ids = sorted({pid for pid, *_ in rows})
    keys, open_items = set(), set()
    for start in range(0, len(ids), 900):
        for key, pid, status in session.execute(select(Task.dedup_key, Task.patient_id, Task.status).where(
                Task.patient_id.in_(ids[start:start + 900]), Task.dedup_key.like(f"{KEY_PREFIX}%"))):
            keys.add(key)
            if status in OPEN_STATUSES:
                open_items.add((pid, item_of_key(key)))
    return keys, open_items


def _delegated(session, item, country: str, patient_id: int, today: date) -> bool:
    if not item.asalee_act or country != "FR":
        return False
    try:
        guard.check_task(session, protocol_code=ASALEE, act=item.asalee_act, assignee=None, pool_role=ASALEE_POOL,
                         patient_id=patient_id, on=today)
    except guard.GuardRefusal:
        return False
    return True


def create_recall_tasks(ctx: ServiceContext, group: str, kind: str = "overdue", lang: str = "fr") -> RecallResult:
    """One task per patient and item of the list that has none yet; returns what was created and skipped."""
    require(ctx, "recall.run")
    require(ctx, "due_care.list")
    worklist.checked_group(group)
    worklist.checked_kind(kind)
    schedules = load()
    today = recurrence.today_local()
    with ctx.transaction() as session:
        rows = session.execute(select(DueItem.patient_id, DueItem.item_key, DueItem.due_on, Patient.country)
                               .join(Patient, Patient.id == DueItem.patient_id)
                               .where(*worklist.selection(group, kind, today))
                               .order_by(DueItem.patient_id, DueItem.item_key)).all()
        keys, open_items = _already(session, rows)
        created = delegated = skipped = 0
        for pid, item_key, due_on, country in rows:
            key = dedup_key(item_key, pid, due_on)
            if key in keys or (pid, item_key) in open_items:
                skipped += 1
                continue
            item = schedules.item(item_key)
            if item is None:
                continue
            title = label(schedules.acts[item.act].labels, lang)
            why = label(schedules.groups[item.group].labels, lang)
            if _delegated(session, item, (country or "").upper(), pid, today):
                data = TaskInput(title=title, description=why, task_type=TASK_TYPE, patient_id=pid,
                                 protocol_code=ASALEE, act=item.asalee_act, pool_role=ASALEE_POOL, due_date=today,
                                 origin_type="recall")
                delegated += 1
            else:
                data = TaskInput(title=title, description=why, task_type=TASK_TYPE, patient_id=pid,
                                 pool_role=RECALL_POOL, due_date=today, origin_type="recall")
            task_flow.create_task(ctx, data, dedup_key=key)
            keys.add(key)
            created += 1
        ctx.audit(session, "due_care.recall", entity_type="task", detail=f"{group} {created}")
        return RecallResult(created, delegated, skipped)
