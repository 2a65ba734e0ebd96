"""Due care: the acts recorded for a patient (a test, an exam, a vaccination) and each patient's follow-up,
screening and vaccination items with their due dates, kept up to date whenever what they depend on changes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models import patient, task  # noqa: F401  (the tables referred to must be registered)
from app.models.base import utcnow


class ActSource:
    MANUAL = "manual"
    TASK = "task"
    HOSPITAL_LETTER = "hospital_letter"


ACT_SOURCES = (ActSource.MANUAL, ActSource.TASK, ActSource.HOSPITAL_LETTER)


class RecordedAct(SQLModel, table=True):
    """An act done for a patient (never updated): what, when, where it came from, who recorded it."""

    __tablename__ = "due_care_act"
    __table_args__ = (Index("ix_due_care_act_patient_act_day", "patient_id", "act_code", "done_on"),)

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id")
    act_code: str = Field(max_length=40)
    done_on: date
    source: str = Field(default=ActSource.MANUAL, max_length=20)
    task_id: int | None = Field(default=None, foreign_key="task.id")
    note: str | None = Field(default=None, max_length=500)
    recorded_at: datetime = Field(default_factory=utcnow)
    recorded_by: str = Field(default="", max_length=200)


class DueItem(SQLModel, table=True):
    """One schedule item that applies to a patient, with its dates (the status is read from them against today:
    not yet due, due, overdue; ``until_on`` past: no longer applies; ``due_on`` 9999-12-31: done for good)."""

    __tablename__ = "due_item"
    __table_args__ = (
        UniqueConstraint("patient_id", "item_key", name="uq_due_item_patient_item"),
        # covering, in the lists' order: a list reads its first rows without sorting, a count reads the index only
        Index("ix_due_item_group_overdue", "group_key", "overdue_on", "patient_id", "item_key", "until_on"),
        Index("ix_due_item_group_due", "group_key", "due_on", "patient_id", "item_key", "overdue_on", "until_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id")
    item_key: str = Field(max_length=60)
    group_key: str = Field(max_length=30)
    due_on: date
    overdue_on: date
    until_on: date | None = Field(default=None)
    last_done_on: date | None = Field(default=None)
