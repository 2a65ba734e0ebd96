"""Tasks (FHIR-Task-like work items), results written to the chart, absences and worklist settings.

A task is assigned to a person (``assignee_staff_id``) or offered to a role's
pool (``pool_role``). Due dates are the practice's local day (``due_date``);
when a time is given, ``due_at`` holds the aware UTC instant computed from
Europe/Paris local time.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel

from app.models import patient, staff  # noqa: F401  (the tables referred to must be registered)
from app.models.base import Versioned, utcnow


class TaskStatus(StrEnum):
    REQUESTED = "requested"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    FAILED = "failed"


OPEN_STATUSES = (TaskStatus.REQUESTED, TaskStatus.ACCEPTED, TaskStatus.IN_PROGRESS, TaskStatus.ON_HOLD)
CLOSED_STATUSES = (TaskStatus.COMPLETED, TaskStatus.CANCELLED, TaskStatus.FAILED)


class TaskPriority(StrEnum):
    """FHIR request priorities, least to most urgent."""

    ROUTINE = "routine"
    URGENT = "urgent"
    ASAP = "asap"
    STAT = "stat"


class Task(Versioned, table=True):
    __table_args__ = (
        Index("ix_task_assignee_status_due", "assignee_staff_id", "status", "due_date"),
        Index("ix_task_pool_status_due", "pool_role", "status", "due_date"),
        Index("ix_task_patient_status", "patient_id", "status"),
        Index("ix_task_status_due", "status", "due_date"),
    )

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    description: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    task_type: str = Field(default="general", max_length=40)
    patient_id: int | None = Field(default=None, foreign_key="patient.id")
    protocol_code: str | None = Field(default=None, max_length=60)
    act: str | None = Field(default=None, max_length=60)
    assignee_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    pool_role: str | None = Field(default=None, max_length=30)
    priority: str = Field(default=TaskPriority.ROUTINE, max_length=10)
    due_date: date | None = Field(default=None)
    due_at: datetime | None = Field(default=None)
    status: str = Field(default=TaskStatus.REQUESTED, max_length=12)
    business_status: str | None = Field(default=None, max_length=100)
    status_reason: str | None = Field(default=None, max_length=500)
    result_text: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    completed_at: datetime | None = Field(default=None)
    completed_by: str | None = Field(default=None, max_length=200)
    recurrence_rule: str | None = Field(default=None, max_length=300)
    recurrence_start: str | None = Field(default=None, max_length=16)  # Europe/Paris local "YYYY-MM-DDTHH:MM"
    series_id: int | None = Field(default=None, index=True)
    origin_type: str | None = Field(default=None, max_length=30)  # care_plan_action, alert, recall, renewal …
    origin_id: int | None = Field(default=None)
    dedup_key: str | None = Field(default=None, max_length=150, unique=True)
    created_by_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    escalated_at: datetime | None = Field(default=None)
    escalated_to_role: str | None = Field(default=None, max_length=30)


class ChartNote(SQLModel, table=True):
    """A chart-visible record written by a task's completion (its result), never updated."""

    __tablename__ = "chart_note"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    task_id: int | None = Field(default=None, foreign_key="task.id")
    kind: str = Field(default="task_result", max_length=30)
    text: str = Field(sa_column=Column(Text, nullable=False))
    written_at: datetime = Field(default_factory=utcnow)
    written_by: str = Field(default="", max_length=200)


class StaffAbsence(SQLModel, table=True):
    """A staff member's absence (inclusive dates)."""

    __tablename__ = "staff_absence"

    id: int | None = Field(default=None, primary_key=True)
    staff_id: int = Field(foreign_key="staff.id", index=True)
    start_date: date
    end_date: date
    reason: str | None = Field(default=None, max_length=200)
    created_at: datetime = Field(default_factory=utcnow)
    created_by: str = Field(default="", max_length=200)


class WorklistSetting(Versioned, table=True):
    """Practice-wide worklist settings (one row)."""

    __tablename__ = "worklist_setting"

    id: int | None = Field(default=None, primary_key=True)
    escalation_delay_days: int = Field(default=2)
