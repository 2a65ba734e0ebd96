"""Structured assessments: one questionnaire filled in for a patient (never updated; a new one is recorded), and
the proposals its result made that a user accepted (a task or a care-plan need), once each."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models import patient, task  # noqa: F401  (the tables referred to must be registered)
from app.models.base import utcnow


class Assessment(SQLModel, table=True):
    """An instrument (id and version of its data file) answered for a patient: the answers as JSON, the score and
    band computed from the file's scoring, who recorded it and, for a delegated member, under which protocol."""

    __tablename__ = "assessment"
    __table_args__ = (Index("ix_assessment_patient_instrument_day", "patient_id", "instrument_id", "done_at"),)

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id")
    instrument_id: str = Field(max_length=40)
    instrument_version: str = Field(max_length=20)
    answers_json: str = Field(max_length=4000)
    score: int
    band: str = Field(max_length=40)
    flags: str = Field(default="", max_length=400)        # the item rules that fired, space-separated keys
    protocol_code: str | None = Field(default=None, max_length=60)
    done_at: datetime = Field(default_factory=utcnow)
    recorded_by: str = Field(default="", max_length=200)
    recorded_by_staff_id: int | None = Field(default=None)


class AcceptedProposal(SQLModel, table=True):
    """A proposal of an assessment that a user accepted, and what it made (a task, or a care plan's problem)."""

    __tablename__ = "assessment_proposal"
    __table_args__ = (UniqueConstraint("assessment_id", "action_key", name="uq_assessment_proposal_action"),)

    id: int | None = Field(default=None, primary_key=True)
    assessment_id: int = Field(foreign_key="assessment.id")
    action_key: str = Field(max_length=60)
    kind: str = Field(max_length=20)                       # task | care_plan_need
    task_id: int | None = Field(default=None, foreign_key="task.id")
    care_plan_id: int | None = Field(default=None)
    accepted_at: datetime = Field(default_factory=utcnow)
    accepted_by: str = Field(default="", max_length=200)
