"""Task input as forms hand it over, and its checks (each refusal names the field; nothing is stored)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlmodel import Session

from app.models.patient import Patient
from app.models.staff import Staff
from app.models.task import TaskPriority
from app.services.errors import ValidationError
from app.services.kernel.validation import clean_text, parse_date
from app.services.security.access import ROLES
from app.services.tasks import recurrence
from app.services.tasks.guard import check_task

POOL_ROLES = tuple(r for r in ROLES if r not in ("admin", "kiosk"))   # the team's roles: nobody works a kiosk's pool
TASK_TYPE = re.compile(r"^[a-z0-9_]{2,40}$")
ORIGIN_TYPES = ("care_plan_action", "alert", "recall", "pharmacist_renewal", "review", "deprescribing_step", "message",
                "teleconsultation", "assessment", "referral", "other")


@dataclass
class TaskInput:
    """What the task dialog (or another service) hands over; checked here."""

    title: str = ""
    description: str | None = None
    task_type: str = "general"
    patient_id: int | None = None
    protocol_code: str | None = None
    act: str | None = None
    assignee_staff_id: int | None = None
    pool_role: str | None = None
    priority: str = TaskPriority.ROUTINE
    due_date: date | str | None = None
    due_time: time | str | None = None
    recurrence_rule: str | None = None
    business_status: str | None = None
    origin_type: str | None = None
    origin_id: int | None = None


def _time(value) -> time | None:
    if value is None or isinstance(value, time):
        return value
    text = value.strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{1,2})[:h.](\d{2})", text)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise ValidationError("due_time", "tasks.bad_time")
    return time(int(m.group(1)), int(m.group(2)))


def validated(session: Session, data: TaskInput, today: date) -> dict:
    v = {"title": clean_text(data.title, "title", 200, True), "description": clean_text(data.description, "description",
                                                                                 10000),
         "business_status": clean_text(data.business_status, "business_status", 100),
         "protocol_code": clean_text(data.protocol_code, "protocol_code", 60), "act": clean_text(data.act, "act", 60)}
    task_type = (data.task_type or "").strip()
    if not TASK_TYPE.match(task_type):
        raise ValidationError("task_type", "tasks.bad_task_type")
    v["task_type"] = task_type
    if data.priority not in {p.value for p in TaskPriority}:
        raise ValidationError("priority", "tasks.bad_priority")
    v["priority"] = data.priority
    if data.patient_id is not None and session.get(Patient, data.patient_id) is None:
        raise ValidationError("patient_id", "tasks.unknown_patient")
    v["patient_id"] = data.patient_id
    if (data.assignee_staff_id is None) == (not data.pool_role):
        raise ValidationError("assignee_staff_id", "tasks.person_or_pool")
    assignee = None
    if data.assignee_staff_id is not None:
        assignee = session.get(Staff, data.assignee_staff_id)
        if assignee is None or not assignee.active or assignee.role_set == {"admin"}:
            raise ValidationError("assignee_staff_id", "tasks.not_clinical_member")
    elif data.pool_role not in POOL_ROLES:
        raise ValidationError("pool_role", "one_of", allowed=POOL_ROLES)
    v["assignee_staff_id"], v["pool_role"] = data.assignee_staff_id, data.pool_role or None
    due = parse_date(data.due_date, "due_date") if data.due_date not in (None, "") else None
    if due and not (date(1990, 1, 1) <= due <= date(today.year + 20, 12, 31)):
        raise ValidationError("due_date", "tasks.implausible_date")
    at = _time(data.due_time)
    if at and not due:
        raise ValidationError("due_time", "tasks.time_needs_date")
    v["due_date"], v["due_at"] = due, recurrence.to_utc(datetime.combine(due, at)) if at else None
    rule = recurrence.normalise_rule(data.recurrence_rule)
    if rule and not due:
        raise ValidationError("recurrence_rule", "tasks.rule_needs_due_date")
    if rule:
        recurrence.check_ends_after_start(rule, recurrence.local_start(due, at))
    v["recurrence_rule"] = rule
    v["recurrence_start"] = recurrence.local_start(due, at).isoformat(timespec="minutes") if rule else None
    if data.origin_type is not None and data.origin_type not in ORIGIN_TYPES:
        raise ValidationError("origin_type", "one_of", allowed=ORIGIN_TYPES)
    if data.origin_id is not None and (data.origin_type is None or int(data.origin_id) <= 0):
        raise ValidationError("origin_id", "tasks.bad_origin")
    v["origin_type"], v["origin_id"] = data.origin_type, data.origin_id
    if v["act"] and not v["protocol_code"]:
        raise ValidationError("act", "tasks.act_without_protocol")
    if v["protocol_code"]:
        check_task(session, protocol_code=v["protocol_code"], act=v["act"], assignee=assignee,
                   pool_role=v["pool_role"], patient_id=v["patient_id"], on=due or today)
    return v
