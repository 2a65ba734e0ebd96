"""A deprescribing plan as the dialog hands it over, and its checks (each refusal names the field; nothing is
stored). Step fields are named ``steps[n].field`` (n from 1)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlmodel import Session

from app.models.staff import Staff
from app.services.errors import ValidationError
from app.services.kernel.validation import clean_text, parse_date
from app.services.medications import posology as posologies
from app.services.medications.posology import Posology

FOLLOW_UP_ROLES = ("nurse", "pharmacist", "medical_assistant")
AGREEMENT_HOW = ("consultation", "phone", "written")
MAX_STEPS = 24
MAX_FOLLOW_UP_DAYS = 90
PAST_DAYS = 366          # a plan may be recorded late (its first step up to a year ago)
FUTURE_DAYS = 3 * 366


@dataclass
class StepInput:
    due_date: date | str | None = None
    stop: bool = False
    posology: Posology | None = None     # the amounts after this step (not for a stop)


@dataclass
class Agreement:
    """The patient's agreement: when and how it was given."""

    agreed_on: date | str | None = None
    how: str | None = None               # consultation, phone, written


@dataclass
class DeprescribingInput:
    line_id: int | None = None
    scheme_key: str | None = None
    steps: list[StepInput] = field(default_factory=list)
    reason: str | None = None
    finding_code: str | None = None
    follow_up_staff_id: int | None = None
    follow_up_role: str | None = None
    follow_up_days: int | str | None = 7
    agreement: Agreement | None = None


def _whole(value, field_name: str, low: int, high: int) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise ValidationError(field_name, "not_a_whole_number") from None
    if not low <= number <= high:
        raise ValidationError(field_name, "out_of_range", min=low, max=high)
    return number


def checked_agreement(data: Agreement | None, today: date) -> tuple[date, str] | None:
    """The agreement's date and way, or None when nothing is given (both or neither)."""
    if data is None or (data.agreed_on in (None, "") and not data.how):
        return None
    if not data.how:
        raise ValidationError("agreed_how", "required")
    if data.how not in AGREEMENT_HOW:
        raise ValidationError("agreed_how", "one_of", allowed=AGREEMENT_HOW)
    day = parse_date(data.agreed_on, "agreed_on")
    if day > today:
        raise ValidationError("agreed_on", "future_date")
    if day < today - timedelta(days=PAST_DAYS):
        raise ValidationError("agreed_on", "implausible_date")
    return day, data.how


def checked_steps(steps: list[StepInput], current: Posology, today: date) -> list[tuple[date, bool, Posology | None]]:
    """The steps in order: dates strictly after one another, a stop only last, amounts checked like a line's
    posology (on the line's unit and route)."""
    if not steps:
        raise ValidationError("steps", "deprescribing.no_steps")
    if len(steps) > MAX_STEPS:
        raise ValidationError("steps", "deprescribing.too_many_steps", max=MAX_STEPS)
    out, previous = [], None
    for n, step in enumerate(steps, start=1):
        where = f"steps[{n}]"
        day = parse_date(step.due_date, f"{where}.due_date")
        if not today - timedelta(days=PAST_DAYS) <= day <= today + timedelta(days=FUTURE_DAYS):
            raise ValidationError(f"{where}.due_date", "implausible_date")
        if previous is not None and day <= previous:
            raise ValidationError(f"{where}.due_date", "deprescribing.dates_not_increasing")
        previous = day
        if step.stop:
            if n != len(steps):
                raise ValidationError(f"{where}.stop", "deprescribing.stop_not_last")
            out.append((day, True, None))
            continue
        given = step.posology or Posology()
        base = replace(given, unit=current.unit, route=current.route, route_text=current.route_text,
                       start_date=current.start_date, end_date=current.end_date)
        try:
            p = posologies.checked(base)
        except ValidationError as exc:
            exc.field = f"{where}.{exc.field}"
            raise
        if p.kind == "text":
            raise ValidationError(f"{where}.dose_morning", "deprescribing.no_amount")
        out.append((day, False, p))
    return out


def checked_follow_up(session: Session, data: DeprescribingInput) -> tuple[int | None, str | None, int]:
    """Who calls the patient after each step (a nurse, pharmacist or medical assistant, or one of these pools) and
    how many days after."""
    days = _whole(data.follow_up_days, "follow_up_days", 1, MAX_FOLLOW_UP_DAYS)
    if data.follow_up_staff_id is not None and data.follow_up_role:
        raise ValidationError("follow_up_role", "deprescribing.person_or_role")
    if data.follow_up_staff_id is not None:
        staff = session.get(Staff, data.follow_up_staff_id)
        if staff is None or not staff.active or not staff.role_set & set(FOLLOW_UP_ROLES):
            raise ValidationError("follow_up_staff_id", "deprescribing.not_follow_up_role")
        return staff.id, None, days
    if not data.follow_up_role:
        raise ValidationError("follow_up_role", "required")
    if data.follow_up_role not in FOLLOW_UP_ROLES:
        raise ValidationError("follow_up_role", "one_of", allowed=FOLLOW_UP_ROLES)
    return None, data.follow_up_role, days


def checked_texts(data: DeprescribingInput) -> dict:
    return {"reason": clean_text(data.reason, "reason", 500),
            "finding_code": clean_text(data.finding_code, "finding_code", 120)}


__all__ = ["FOLLOW_UP_ROLES", "AGREEMENT_HOW", "StepInput", "Agreement", "DeprescribingInput", "checked_agreement",
           "checked_steps", "checked_follow_up", "checked_texts"]
