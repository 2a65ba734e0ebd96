"""New-patient intake: one record per patient taken in (waiting → in progress → done, or withdrawn) with the facts
that order the waiting list, and one row per checklist step (its state, date, who or from whom, the reason an
identity could not be qualified)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models import patient, staff  # noqa: F401  (the tables referred to must be registered)
from app.models.base import Versioned, utcnow


class IntakeStatus:
    WAITING = "waiting"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    WITHDRAWN = "withdrawn"


INTAKE_STATUSES = (IntakeStatus.WAITING, IntakeStatus.IN_PROGRESS, IntakeStatus.DONE, IntakeStatus.WITHDRAWN)
OPEN_INTAKE = (IntakeStatus.WAITING, IntakeStatus.IN_PROGRESS)


class StepState:
    OPEN = "open"
    FORM_GIVEN = "form_given"      # médecin traitant declaration: the form was given, not yet declared
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"
    NOT_QUALIFIABLE = "not_qualifiable"   # identity: the INS cannot be qualified now (a reason); closed all the same


class Intake(Versioned, table=True):
    """A patient's intake (one per patient); the waiting list reads ``status`` waiting in the priority order."""

    __tablename__ = "intake"
    __table_args__ = (Index("ix_intake_status_requested", "status", "requested_on"),)

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", unique=True)
    status: str = Field(default=IntakeStatus.WAITING, max_length=12)
    requested_on: date
    long_term: bool = Field(default=False)     # a long-term condition (ALD in France)
    frailty: bool = Field(default=False)
    no_gp: bool = Field(default=True)          # no médecin traitant when the request was made
    reason: str | None = Field(default=None, max_length=500)
    taken_on: date | None = Field(default=None)
    closed_on: date | None = Field(default=None)
    withdrawn_reason: str | None = Field(default=None, max_length=500)


class IntakeStep(SQLModel, table=True):
    """One checklist step of an intake: state, date, the doctor (declaration, appointment) or where from (records);
    an identity that cannot be qualified keeps the reason's code (``resources/intake/identity_reasons.json``) and a
    note in ``detail``."""

    __tablename__ = "intake_step"
    __table_args__ = (UniqueConstraint("intake_id", "step_key", name="uq_intake_step"),)

    id: int | None = Field(default=None, primary_key=True)
    intake_id: int = Field(foreign_key="intake.id")
    step_key: str = Field(max_length=40)
    state: str = Field(default=StepState.OPEN, max_length=16)
    step_on: date | None = Field(default=None)
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    detail: str | None = Field(default=None, max_length=300)
    reason: str | None = Field(default=None, max_length=40)
    updated_at: datetime = Field(default_factory=utcnow)
    updated_by: str = Field(default="", max_length=200)
