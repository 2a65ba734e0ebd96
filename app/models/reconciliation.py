"""Medication reconciliation after a hospital stay: the comparison and its validation.

A ``Reconciliation`` holds the discharge list as entered or imported; each
``ReconciliationItem`` is one difference (or non-difference) between the list
before the stay and the discharge list, with its decision. Both are kept in the
patient's history after validation.

The lines to clarify of one reconciliation go to the doctor in one grouped alert (``alert_id``); the doctor
answers each line on its own (``answer_code``: accept / modify / refuse of the alert vocabulary, with its text,
when and by whom), and the alert closes once every line has its answer.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from app.models import alert, medication, patient  # noqa: F401  (the tables referred to must be registered)
from app.models.base import Versioned


class DifferenceKind(StrEnum):
    ADDED = "added"
    STOPPED = "stopped"
    DOSE_CHANGED = "dose_changed"
    SUBSTITUTED = "substituted"
    UNCHANGED = "unchanged"


class Decision(StrEnum):
    INTENTIONAL = "intentional_documented"   # apply the discharge version
    TO_CLARIFY = "to_be_clarified"           # blocks validation until decided
    KEEP_CURRENT = "keep_current"            # unintentional: keep the line as it was before the stay


class Reconciliation(Versioned, table=True):
    __tablename__ = "reconciliation"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    source: str = Field(default="", max_length=200)        # hospital / department
    discharge_date: date
    discharge_list: str = Field(default="[]", sa_column=Column(Text, nullable=False))  # JSON MedicationInput list
    state: str = Field(default="draft", max_length=10)    # draft / validated
    created_by: str = Field(default="", max_length=200)
    validated_by: str | None = Field(default=None, max_length=200)
    validated_at: datetime | None = Field(default=None)


class ReconciliationItem(SQLModel, table=True):
    __tablename__ = "reconciliation_item"

    id: int | None = Field(default=None, primary_key=True)
    reconciliation_id: int = Field(foreign_key="reconciliation.id", index=True)
    position: int = Field(default=0)
    kind: str = Field(max_length=15)
    current_line_id: int | None = Field(default=None, foreign_key="medication_line.id")
    before: str | None = Field(default=None, sa_column=Column(Text))      # JSON of the line before the stay
    after: str | None = Field(default=None, sa_column=Column(Text))       # JSON of the discharge line
    decision: str = Field(default=Decision.TO_CLARIFY, max_length=25)
    note: str | None = Field(default=None, max_length=1000)
    alert_id: int | None = Field(default=None, foreign_key="alert.id")
    task_id: int | None = Field(default=None)
    answer_code: str | None = Field(default=None, max_length=10)   # the doctor's answer to this line of the alert
    answer_text: str | None = Field(default=None, sa_column=Column(Text))
    answered_at: datetime | None = Field(default=None)
    answered_by: str | None = Field(default=None, max_length=200)
