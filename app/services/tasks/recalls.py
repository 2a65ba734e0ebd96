"""Recalls: a cohort builder (age range, ICD-10 condition prefixes, current-medication ATC prefixes, "no task of
type X completed since N months") with a preview count, then recall tasks for the medical assistants' pool.

Running the same recall twice creates no duplicates: each task carries the key ``recall:<name>:<patient>``, and
a patient who already has an open task of the same type is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from dateutil.relativedelta import relativedelta
from sqlalchemy import and_, exists, or_, select

from app.models.medication import MedicationLine
from app.models.patient import Patient, PatientProblem
from app.models.task import OPEN_STATUSES, Task, TaskStatus
from app.services.errors import ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import clean_text, parse_date
from app.services.security.access import require
from app.services.tasks import recurrence
from app.services.tasks.protocol_files import ATC_PREFIX, ICD_PREFIX
from app.services.tasks.task_input import TASK_TYPE

RECALL_POOL = "medical_assistant"
NAME = re.compile(r"^[A-Za-z0-9_\-.]{2,60}$")


@dataclass
class RecallCriteria:
    """A recall campaign: who, and what task to create."""

    name: str = ""
    title: str = ""
    task_type: str = "recall"
    age_min: int | str | None = None
    age_max: int | str | None = None
    condition_prefixes: list[str] = field(default_factory=list)
    atc_prefixes: list[str] = field(default_factory=list)
    not_done_type: str | None = None
    not_done_months: int | str | None = None
    due_date: date | str | None = None


@dataclass(frozen=True)
class RecallPreview:
    matching: int       # patients matching the criteria
    new_tasks: int      # recall tasks that would be created (the others already have one)
    sample: tuple[str, ...]


def _int(value, field_name: str, low: int, high: int) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(field_name, "not_a_whole_number") from None
    if not low <= number <= high:
        raise ValidationError(field_name, "out_of_range", min=low, max=high)
    return number


def _codes(values: list[str], field_name: str, pattern: re.Pattern) -> list[str]:
    out = []
    for i, v in enumerate(values or []):
        code = (v or "").strip().upper()
        if code and not pattern.match(code):
            raise ValidationError(f"{field_name}[{i + 1}]", "tasks.bad_code_prefix", value=v)
        if code:
            out.append(code)
    return out


def _checked(c: RecallCriteria) -> dict:
    name = (c.name or "").strip()
    if not NAME.match(name):
        raise ValidationError("name", "tasks.bad_recall_name")
    title = clean_text(c.title, "title", 200, required=True)
    if not TASK_TYPE.match(c.task_type or ""):
        raise ValidationError("task_type", "tasks.bad_task_type")
    v = {"name": name, "title": title, "task_type": c.task_type,
         "age_min": _int(c.age_min, "age_min", 0, 130), "age_max": _int(c.age_max, "age_max", 0, 130),
         "conditions": _codes(c.condition_prefixes, "condition_prefixes", ICD_PREFIX),
         "atcs": _codes(c.atc_prefixes, "atc_prefixes", ATC_PREFIX),
         "months": _int(c.not_done_months, "not_done_months", 1, 120)}
    if v["age_min"] is not None and v["age_max"] is not None and v["age_max"] < v["age_min"]:
        raise ValidationError("age_max", "tasks.age_below_minimum")
    not_done = (c.not_done_type or "").strip() or None
    if not_done and not TASK_TYPE.match(not_done):
        raise ValidationError("not_done_type", "tasks.bad_task_type")
    if bool(not_done) != (v["months"] is not None):
        raise ValidationError("not_done_months" if not_done else "not_done_type",
                              "tasks.not_done_pair")
    v["not_done"] = not_done
    v["due"] = parse_date(c.due_date, "due_date") if c.due_date not in (None, "") else recurrence.today_local()
    if not any((v["age_min"] is not None, v["age_max"] is not None, v["conditions"], v["atcs"], not_done)):
        raise ValidationError("condition_prefixes", "tasks.no_criterion")
    return v


def _cohort(v: dict, today: date):
    stmt = select(Patient.id, Patient.family_name, Patient.given_names)
    if v["age_min"] is not None:
        stmt = stmt.where(Patient.birth_date <= today - relativedelta(years=v["age_min"]))
    if v["age_max"] is not None:
        stmt = stmt.where(Patient.birth_date > today - relativedelta(years=v["age_max"] + 1))
    if v["conditions"]:
        stmt = stmt.where(exists().where(PatientProblem.patient_id == Patient.id, PatientProblem.kind != "allergy",
                                         or_(*[PatientProblem.code.startswith(p) for p in v["conditions"]])))
    if v["atcs"]:
        stmt = stmt.where(exists().where(MedicationLine.patient_id == Patient.id, MedicationLine.stopped_at.is_(None),
                                         or_(*[MedicationLine.atc.startswith(p) for p in v["atcs"]])))
    if v["not_done"]:
        since = datetime.now(UTC) - relativedelta(months=v["months"])
        stmt = stmt.where(~exists().where(Task.patient_id == Patient.id, Task.task_type == v["not_done"],
                                          Task.status == TaskStatus.COMPLETED, Task.completed_at >= since))
    return stmt.order_by(Patient.sort_key, Patient.id)


def _not_yet_recalled(stmt, v: dict):
    prefix = f"recall:{v['name']}:"
    return stmt.where(~exists().where(Task.patient_id == Patient.id, or_(
        Task.dedup_key == func_concat(prefix, Patient.id),
        and_(Task.task_type == v["task_type"], Task.status.in_([s.value for s in OPEN_STATUSES])))))


def func_concat(prefix: str, column):
    from sqlalchemy import String, cast, literal
    return literal(prefix) + cast(column, String)


def preview(ctx: ServiceContext, criteria: RecallCriteria) -> RecallPreview:
    """How many patients match, and how many recall tasks would be new."""
    require(ctx, "recall.run")
    v = _checked(criteria)
    with ctx.transaction() as session:
        stmt = _cohort(v, recurrence.today_local())
        matching = len(session.execute(stmt).all())
        fresh = session.execute(_not_yet_recalled(stmt, v)).all()
        return RecallPreview(matching, len(fresh), tuple(f"{f.upper()} {g}" for _id, f, g in fresh[:10]))


def create_recall_tasks(ctx: ServiceContext, criteria: RecallCriteria) -> int:
    """Create one task per new patient in the medical assistants' pool; returns how many were created."""
    require(ctx, "recall.run")
    v = _checked(criteria)
    with ctx.transaction() as session:
        fresh = session.execute(_not_yet_recalled(_cohort(v, recurrence.today_local()), v)).all()
        for pid, _f, _g in fresh:
            session.add(Task(title=v["title"], task_type=v["task_type"], patient_id=pid, pool_role=RECALL_POOL,
                             due_date=v["due"], origin_type="recall", dedup_key=f"recall:{v['name']}:{pid}",
                             created_by_staff_id=ctx.actor.staff_id, updated_by=ctx.actor.display_name))
        ctx.audit(session, "recall.create", entity_type="task", detail=f"{v['name']}: {len(fresh)} tasks")
        if fresh:
            ctx.announce("task.changed", pool_role=RECALL_POOL, created=len(fresh))
        return len(fresh)
