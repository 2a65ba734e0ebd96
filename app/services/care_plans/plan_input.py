"""Care plan input as forms hand it over, and its checks: each refusal names the field; nothing is stored."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from sqlmodel import Session

from app.models.directory import DirectoryResource
from app.models.staff import Staff
from app.services.errors import ValidationError
from app.services.kernel.validation import clean_text, parse_date
from app.services.tasks import recurrence
from app.services.tasks.task_input import POOL_ROLES

DOMAINS = ("medical", "psychological", "social", "environmental")
PRIORITIES = ("high", "medium", "low")
GOAL_STATUSES = ("in_progress", "achieved", "not_achieved", "abandoned")
ACTION_TYPES = ("prevention", "care", "support")
ACTION_STATUSES = ("planned", "in_progress", "done", "not_done", "cancelled")
MEMBER_CATEGORIES = ("practice_staff", "hospital_service", "home_nursing", "dac", "social_worker",
                     "family_caregiver", "trusted_person", "other")
DIRECTIVES = ("yes", "no", "unknown")
PHONE = re.compile(r"\+?[\d\s.()\-]{6,30}")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass
class PlanInput:
    """The plan's own fields (the items are saved one by one)."""

    referent_staff_id: int | None = None
    synthesis_medical: str | None = None
    synthesis_psychological: str | None = None
    synthesis_social: str | None = None
    synthesis_environmental: str | None = None
    expectations: str | None = None
    advance_directives: str = "unknown"
    advance_directives_date: date | str | None = None
    advance_directives_location: str | None = None
    trusted_person_name: str | None = None
    trusted_person_contact: str | None = None
    trusted_person_designated_on: date | str | None = None
    alert_procedure: str | None = None
    review_date: date | str | None = None


@dataclass
class MemberInput:
    category: str = "practice_staff"
    staff_id: int | None = None
    name: str = ""
    role: str | None = None
    organisation: str | None = None
    phone: str | None = None
    email: str | None = None
    start_date: date | str | None = None
    end_date: date | str | None = None
    directory_resource_id: int | None = None   # an outside member copied from the directory (empty fields filled)


@dataclass
class ProblemInput:
    domain: str = "medical"
    label: str = ""
    priority: str = "medium"
    source: str | None = None


@dataclass
class GoalInput:
    objective: str = ""
    measure: str | None = None
    target_date: date | str | None = None
    status: str = "in_progress"
    problem_ids: list[int] = field(default_factory=list)


@dataclass
class ActionInput:
    action_type: str = "care"
    description: str = ""
    responsible_staff_id: int | None = None
    responsible_role: str | None = None
    responsible_other: str | None = None
    due_date: date | str | None = None
    recurrence_rule: str | None = None
    status: str = "planned"
    outcome: str | None = None
    goal_id: int | None = None


@dataclass
class UnmetNeedInput:
    description: str = ""
    reason: str | None = None
    reported_to_territory: bool = False
    reported_on: date | str | None = None


def optional_date(value, field_name: str, today: date | None = None) -> date | None:
    """An optional date (dd.mm.yyyy …) between 1900 and 30 years from today."""
    if value in (None, "") or (isinstance(value, str) and not value.strip()):
        return None
    day = parse_date(value, field_name)
    today = today or recurrence.today_local()
    if not (date(1900, 1, 1) <= day <= date(today.year + 30, 12, 31)):
        raise ValidationError(field_name, "care_plans.implausible_date")
    return day


def _choice(value, allowed: tuple[str, ...], field_name: str) -> str:
    if value not in allowed:
        raise ValidationError(field_name, "one_of", allowed=allowed)
    return value


def _staff(session: Session, staff_id: int | None, field_name: str, required: bool = False) -> int | None:
    if staff_id is None:
        if required:
            raise ValidationError(field_name, "required")
        return None
    person = session.get(Staff, staff_id)
    if person is None or not person.active or person.role_set == {"admin"}:
        raise ValidationError(field_name, "care_plans.not_clinical_member")
    return staff_id


def _phone(value, field_name: str) -> str | None:
    text = clean_text(value, field_name, 30)
    if text and not PHONE.fullmatch(text):
        raise ValidationError(field_name, "care_plans.bad_phone")
    return text


def validated_plan(session: Session, data: PlanInput) -> dict:
    v = {name: clean_text(getattr(data, name), name, 10000) for name in (
        "synthesis_medical", "synthesis_psychological", "synthesis_social", "synthesis_environmental",
        "expectations", "alert_procedure")}
    v["referent_staff_id"] = _staff(session, data.referent_staff_id, "referent_staff_id", required=True)
    v["advance_directives"] = _choice(data.advance_directives, DIRECTIVES, "advance_directives")
    v["advance_directives_date"] = optional_date(data.advance_directives_date, "advance_directives_date")
    v["advance_directives_location"] = clean_text(data.advance_directives_location, "advance_directives_location", 300)
    if v["advance_directives"] != "yes" and (v["advance_directives_date"] or v["advance_directives_location"]):
        raise ValidationError("advance_directives", "care_plans.directives_not_yes")
    today = recurrence.today_local()
    if v["advance_directives_date"] and v["advance_directives_date"] > today:
        raise ValidationError("advance_directives_date", "care_plans.in_future")
    v["trusted_person_name"] = clean_text(data.trusted_person_name, "trusted_person_name", 200)
    v["trusted_person_contact"] = clean_text(data.trusted_person_contact, "trusted_person_contact", 200)
    v["trusted_person_designated_on"] = optional_date(data.trusted_person_designated_on,
                                                      "trusted_person_designated_on")
    if (v["trusted_person_contact"] or v["trusted_person_designated_on"]) and not v["trusted_person_name"]:
        raise ValidationError("trusted_person_name", "care_plans.trusted_person_needed")
    if v["trusted_person_designated_on"] and v["trusted_person_designated_on"] > today:
        raise ValidationError("trusted_person_designated_on", "care_plans.in_future")
    v["review_date"] = optional_date(data.review_date, "review_date")
    return v


def _from_directory(session: Session, data: MemberInput) -> MemberInput:
    """The member with its empty name and contacts copied from its directory resource (an outside member only)."""
    if data.directory_resource_id is None:
        return data
    if data.category == "practice_staff":
        raise ValidationError("directory_resource_id", "care_plans.directory_for_outside_only")
    resource = session.get(DirectoryResource, data.directory_resource_id)
    if resource is None or not resource.active:
        raise ValidationError("directory_resource_id", "care_plans.unknown_directory_resource")
    person = (data.name or "").strip() or resource.contact_person or resource.name
    phone = (data.phone or "").strip() or (resource.phone if resource.phone and PHONE.fullmatch(resource.phone)
                                           else None)
    return replace(data, name=person, organisation=(data.organisation or "").strip() or (
        resource.name if person != resource.name else None), phone=phone,
        email=(data.email or "").strip() or resource.email)


def validated_member(session: Session, data: MemberInput) -> dict:
    data = _from_directory(session, data)
    v = {"category": _choice(data.category, MEMBER_CATEGORIES, "category"),
         "directory_resource_id": data.directory_resource_id}
    if data.category == "practice_staff":
        v["staff_id"] = _staff(session, data.staff_id, "staff_id", required=True)
        person = session.get(Staff, data.staff_id)
        v["name"] = clean_text(data.name, "name", 200) or person.display_name
        v["role"] = clean_text(data.role, "role", 200) or person.profession
    else:
        if data.staff_id is not None:
            raise ValidationError("staff_id", "care_plans.staff_for_practice_only")
        v["staff_id"] = None
        v["name"] = clean_text(data.name, "name", 200, required=True)
        v["role"] = clean_text(data.role, "role", 200)
    v["organisation"] = clean_text(data.organisation, "organisation", 200)
    v["phone"] = _phone(data.phone, "phone")
    v["email"] = clean_text(data.email, "email", 200)
    if v["email"] and not EMAIL.fullmatch(v["email"]):
        raise ValidationError("email", "care_plans.bad_email")
    v["start_date"] = optional_date(data.start_date, "start_date")
    v["end_date"] = optional_date(data.end_date, "end_date")
    if v["start_date"] and v["end_date"] and v["end_date"] < v["start_date"]:
        raise ValidationError("end_date", "care_plans.end_before_start")
    return v


def validated_problem(data: ProblemInput) -> dict:
    return {"domain": _choice(data.domain, DOMAINS, "domain"), "label": clean_text(data.label, "label", 300, True),
            "priority": _choice(data.priority, PRIORITIES, "priority"), "source": clean_text(data.source, "source", 200)}


def validated_goal(data: GoalInput, problem_ids: set[int]) -> dict:
    v = {"objective": clean_text(data.objective, "objective", 500, True), "measure": clean_text(data.measure, "measure", 300),
         "target_date": optional_date(data.target_date, "target_date"),
         "status": _choice(data.status, GOAL_STATUSES, "status")}
    unknown = [p for p in data.problem_ids if p not in problem_ids]
    if unknown:
        raise ValidationError("problem_ids", "care_plans.unknown_problems", ids=tuple(unknown))
    v["problem_ids"] = " ".join(str(p) for p in sorted(set(data.problem_ids)))
    return v


def validated_action(session: Session, data: ActionInput, goal_ids: set[int]) -> dict:
    v = {"action_type": _choice(data.action_type, ACTION_TYPES, "action_type"),
         "description": clean_text(data.description, "description", 500, True),
         "status": _choice(data.status, ACTION_STATUSES, "status"), "outcome": clean_text(data.outcome, "outcome", 10000),
         "responsible_staff_id": _staff(session, data.responsible_staff_id, "responsible_staff_id"),
         "responsible_role": clean_text(data.responsible_role, "responsible_role", 30),
         "responsible_other": clean_text(data.responsible_other, "responsible_other", 200)}
    given = [k for k in ("responsible_staff_id", "responsible_role", "responsible_other") if v[k] is not None]
    if len(given) != 1:
        raise ValidationError("responsible_staff_id", "care_plans.one_responsible")
    if v["responsible_role"] and v["responsible_role"] not in POOL_ROLES:
        raise ValidationError("responsible_role", "one_of", allowed=POOL_ROLES)
    v["due_date"] = optional_date(data.due_date, "due_date")
    v["recurrence_rule"] = recurrence.normalise_rule(data.recurrence_rule)
    if v["recurrence_rule"] and not v["due_date"]:
        raise ValidationError("recurrence_rule", "care_plans.rule_needs_due_date")
    if data.goal_id is not None and data.goal_id not in goal_ids:
        raise ValidationError("goal_id", "care_plans.unknown_goal")
    v["goal_id"] = data.goal_id
    return v


def validated_unmet_need(data: UnmetNeedInput) -> dict:
    v = {"description": clean_text(data.description, "description", 500, True),
         "reason": clean_text(data.reason, "reason", 500), "reported_to_territory": bool(data.reported_to_territory),
         "reported_on": optional_date(data.reported_on, "reported_on")}
    if v["reported_on"] and not v["reported_to_territory"]:
        raise ValidationError("reported_on", "care_plans.reported_without_report")
    return v
