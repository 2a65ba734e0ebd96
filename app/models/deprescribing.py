"""Deprescribing plans: stopping or reducing one medication line in steps (a taper), with the patient's agreement.

A ``DeprescribingPlan`` names the line, the taper scheme it started from (``resources/deprescribing``), who agreed
and how, and who makes the follow-up calls. Each ``DeprescribingStep`` has a date and a target posology (JSON of
``services.medications.posology``) or ``stop``; on its date it is proposed to the doctor, who confirms it (the
medication list changes in the same transaction) or skips it. The plan carries the version (optimistic locking);
a change of one of its steps bumps it.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel

from app.models import medication, patient, staff  # noqa: F401  (the tables referred to must be registered)
from app.models.base import Versioned


class DeprescribingStatus(StrEnum):
    DRAFT = "draft"              # proposed, the patient's agreement not yet recorded
    ACTIVE = "active"            # agreed: steps are proposed on their dates, follow-up tasks exist
    COMPLETED = "completed"      # every step confirmed or skipped
    CANCELLED = "cancelled"


class StepState(StrEnum):
    PLANNED = "planned"          # its date has not come (or the plan is a draft)
    APPLIED = "applied"          # confirmed by the doctor: the medication list was changed
    SKIPPED = "skipped"


class DeprescribingPlan(Versioned, table=True):
    __tablename__ = "deprescribing_plan"
    __table_args__ = (Index("ix_deprescribing_plan_patient_status", "patient_id", "status"),)

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id")
    line_id: int = Field(foreign_key="medication_line.id", index=True)
    drug: str = Field(max_length=200)                       # the line's name when the plan was made
    scheme_key: str = Field(max_length=60)
    status: str = Field(default=DeprescribingStatus.DRAFT, max_length=10)
    reason: str | None = Field(default=None, max_length=500)
    finding_code: str | None = Field(default=None, max_length=120)   # the review finding it came from, if any
    agreed_on: date | None = None
    agreed_how: str | None = Field(default=None, max_length=20)      # consultation, phone, written
    agreement_recorded_by: str | None = Field(default=None, max_length=200)
    agreement_recorded_at: datetime | None = None
    follow_up_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    follow_up_role: str | None = Field(default=None, max_length=30)
    follow_up_days: int = Field(default=7)                  # the call, this many days after each step
    created_by: str = Field(default="", max_length=200)
    closed_reason: str | None = Field(default=None, max_length=500)


class DeprescribingStep(SQLModel, table=True):
    __tablename__ = "deprescribing_step"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="deprescribing_plan.id", index=True)
    number: int
    due_date: date
    stop: bool = Field(default=False)
    posology: str | None = Field(default=None, sa_column=Column(Text, nullable=True))  # JSON; None when stop
    state: str = Field(default=StepState.PLANNED, max_length=10)
    decided_by: str | None = Field(default=None, max_length=200)
    decided_by_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    decided_at: datetime | None = None
    note: str | None = Field(default=None, max_length=500)
    task_id: int | None = Field(default=None)               # its follow-up call (a task)
