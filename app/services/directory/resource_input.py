"""What the directory forms hand over, and its checks (each refusal names the field; nothing is stored)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.services.errors import ValidationError
from app.services.kernel.validation import clean_text
from app.services.tasks.task_input import POOL_ROLES

KINDS = ("dac", "cpts", "home_nursing", "social_services", "mobile_geriatric", "mobile_palliative",
         "patient_education", "specialist", "other")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^[+0-9][0-9 ./()-]{3,39}$")
MAX_STEPS, MAX_DELAY_DAYS = 30, 365


@dataclass
class ResourceInput:
    kind: str = "other"
    name: str = ""
    contact_person: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    opening_hours: str | None = None
    eligibility: str | None = None
    active: bool = True


@dataclass
class StepInput:
    label: str = ""
    pool_role: str = "coordinator"
    delay_days: int | str = 0


@dataclass
class PathwayInput:
    name: str = ""
    steps: list[StepInput] = field(default_factory=list)


def resource_values(data: ResourceInput) -> dict:
    """The checked columns of a resource."""
    if data.kind not in KINDS:
        raise ValidationError("kind", "one_of", allowed=KINDS)
    values = {"kind": data.kind, "name": clean_text(data.name, "name", 200, True),
              "contact_person": clean_text(data.contact_person, "contact_person", 200),
              "phone": clean_text(data.phone, "phone", 40), "email": clean_text(data.email, "email", 200),
              "address": clean_text(data.address, "address", 500),
              "opening_hours": clean_text(data.opening_hours, "opening_hours", 1000),
              "eligibility": clean_text(data.eligibility, "eligibility", 5000), "active": bool(data.active)}
    if values["phone"] and not PHONE.match(values["phone"]):
        raise ValidationError("phone", "directory.bad_phone")
    if values["email"] and not EMAIL.match(values["email"]):
        raise ValidationError("email", "directory.bad_email")
    return values


def step_values(step: StepInput, position: int) -> dict:
    """The checked columns of one step (``position`` from 1); the field names the step's row."""
    label = clean_text(step.label, "step_label", 200, True)
    if step.pool_role not in POOL_ROLES:
        raise ValidationError("step_role", "one_of", allowed=POOL_ROLES)
    try:
        delay = int(str(step.delay_days).strip() or "0")
    except ValueError:
        raise ValidationError("step_delay_days", "directory.bad_delay", max=MAX_DELAY_DAYS) from None
    if not 0 <= delay <= MAX_DELAY_DAYS:
        raise ValidationError("step_delay_days", "directory.bad_delay", max=MAX_DELAY_DAYS)
    return {"position": position, "label": label, "pool_role": step.pool_role, "delay_days": delay}


def pathway_values(data: PathwayInput) -> tuple[str, list[dict]]:
    """The checked name and steps of a pathway (at least one step, at most ``MAX_STEPS``)."""
    name = clean_text(data.name, "pathway_name", 200, True)
    if not data.steps:
        raise ValidationError("steps", "directory.no_steps")
    if len(data.steps) > MAX_STEPS:
        raise ValidationError("steps", "directory.too_many_steps", max=MAX_STEPS)
    return name, [step_values(s, i) for i, s in enumerate(data.steps, start=1)]
