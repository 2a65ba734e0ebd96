"""Shared care plans (HAS PPCS): the plan, its care circle, problems, goals, actions, unmet needs and versions.

The plan is the aggregate: every change to it or to one of its items bumps the plan's ``version``
(optimistic locking) and stores a JSON snapshot of the whole plan in ``care_plan_version``, so that
every saved version is kept and two versions can be compared.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models import directory, patient, staff  # noqa: F401  (the tables referred to must be registered)
from app.models.base import Versioned, utcnow


class PlanStatus(StrEnum):
    DRAFT = "draft"
    VALIDATED = "validated"
    ACTIVE = "active"
    REVISED = "revised"      # a new version is being prepared; it needs validating again
    CLOSED = "closed"


class CarePlan(Versioned, table=True):
    __tablename__ = "care_plan"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    status: str = Field(default=PlanStatus.DRAFT, max_length=10, index=True)
    revision: int = Field(default=1)                       # the plan's version as the team speaks of it (v1, v2 …)
    referent_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    synthesis_medical: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    synthesis_psychological: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    synthesis_social: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    synthesis_environmental: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    expectations: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    advance_directives: str = Field(default="unknown", max_length=8)  # yes / no / unknown
    advance_directives_date: date | None = None
    advance_directives_location: str | None = Field(default=None, max_length=300)
    trusted_person_name: str | None = Field(default=None, max_length=200)
    trusted_person_contact: str | None = Field(default=None, max_length=200)
    trusted_person_designated_on: date | None = None
    alert_procedure: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    review_date: date | None = Field(default=None, index=True)
    validated_by_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    validated_at: datetime | None = None
    patient_agreement_date: date | None = None
    patient_agreement_how: str | None = Field(default=None, max_length=200)
    closed_at: datetime | None = None
    closed_reason: str | None = Field(default=None, max_length=500)


class CarePlanMember(SQLModel, table=True):
    """A member of the care circle: a staff member of the practice or an external contact."""

    __tablename__ = "care_plan_member"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="care_plan.id", index=True)
    category: str = Field(max_length=20)   # practice_staff, hospital_service, home_nursing, dac, social_worker …
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    name: str = Field(max_length=200)
    role: str | None = Field(default=None, max_length=200)
    organisation: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=30)
    email: str | None = Field(default=None, max_length=200)
    start_date: date | None = None
    end_date: date | None = None
    directory_resource_id: int | None = Field(default=None, foreign_key="directory_resource.id")  # copied from it


class CarePlanProblem(SQLModel, table=True):
    __tablename__ = "care_plan_problem"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="care_plan.id", index=True)
    domain: str = Field(max_length=15)     # medical, psychological, social, environmental
    label: str = Field(max_length=300)
    priority: str = Field(max_length=6)    # high, medium, low
    source: str | None = Field(default=None, max_length=200)   # the professional who raised it


class CarePlanGoal(SQLModel, table=True):
    __tablename__ = "care_plan_goal"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="care_plan.id", index=True)
    objective: str = Field(max_length=500)
    measure: str | None = Field(default=None, max_length=300)
    target_date: date | None = None
    status: str = Field(default="in_progress", max_length=14)  # in_progress, achieved, not_achieved, abandoned
    problem_ids: str = Field(default="", max_length=300)       # space-separated ids of the linked problems


class CarePlanAction(SQLModel, table=True):
    __tablename__ = "care_plan_action"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="care_plan.id", index=True)
    action_type: str = Field(max_length=10)   # prevention, care, support
    description: str = Field(max_length=500)
    responsible_staff_id: int | None = Field(default=None, foreign_key="staff.id", index=True)
    responsible_role: str | None = Field(default=None, max_length=30)
    responsible_other: str | None = Field(default=None, max_length=200)   # an external person (no task)
    due_date: date | None = None
    recurrence_rule: str | None = Field(default=None, max_length=300)
    status: str = Field(default="planned", max_length=12)  # planned, in_progress, done, not_done, cancelled
    outcome: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    goal_id: int | None = Field(default=None)


class CarePlanUnmetNeed(SQLModel, table=True):
    __tablename__ = "care_plan_unmet_need"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="care_plan.id", index=True)
    description: str = Field(max_length=500)
    reason: str | None = Field(default=None, max_length=500)
    reported_to_territory: bool = Field(default=False)
    reported_on: date | None = None


class CarePlanVersion(SQLModel, table=True):
    """A kept version: the whole plan as JSON after a save or a lifecycle step."""

    __tablename__ = "care_plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="care_plan.id", index=True)
    version: int
    revision: int
    status: str = Field(max_length=10)
    change: str = Field(max_length=200)
    snapshot: str = Field(sa_column=Column(Text, nullable=False))
    saved_at: datetime = Field(default_factory=utcnow)
    saved_by: str = Field(default="", max_length=200)
