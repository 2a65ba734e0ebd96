"""Delegation protocols in use by the practice: activation, staff adherence, patient enrolment, pharmacist renewals.

The protocol definitions themselves are data files (``resources/protocols``);
these tables refer to them by ``protocol_code``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models import medication, patient, staff, task  # noqa: F401  (the tables referred to must be registered)
from app.models.base import Versioned, utcnow


class ProtocolActivation(Versioned, table=True):
    """The practice uses a protocol (from ``activated_on``; ``active`` false once withdrawn)."""

    __tablename__ = "protocol_activation"

    id: int | None = Field(default=None, primary_key=True)
    protocol_code: str = Field(max_length=60, unique=True)
    active: bool = Field(default=True)
    activated_on: date
    declaration_ref: str | None = Field(default=None, max_length=100)  # e.g. ARS declaration number


class ProtocolAdherence(Versioned, table=True):
    """A staff member adheres to a protocol as a delegate (or delegating doctor), with the training date."""

    __tablename__ = "protocol_adherence"
    __table_args__ = (UniqueConstraint("protocol_code", "staff_id"),)

    id: int | None = Field(default=None, primary_key=True)
    protocol_code: str = Field(max_length=60, index=True)
    staff_id: int = Field(foreign_key="staff.id", index=True)
    training_date: date | None = Field(default=None)
    since: date
    ended_on: date | None = Field(default=None)


class ProtocolEnrolment(Versioned, table=True):
    """A patient enrolled in a protocol, with the consent (date, how, by whom)."""

    __tablename__ = "protocol_enrolment"
    __table_args__ = (UniqueConstraint("protocol_code", "patient_id"),)

    id: int | None = Field(default=None, primary_key=True)
    protocol_code: str = Field(max_length=60, index=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    consent_date: date
    consent_how: str = Field(max_length=20)  # oral, written, electronic
    consent_by: str = Field(default="patient", max_length=20)  # patient, representative
    enrolled_by: str = Field(default="", max_length=200)
    ended_on: date | None = Field(default=None)
    exit_reason: str | None = Field(default=None, max_length=200)


class PharmacistRenewal(SQLModel, table=True):
    """A renewal or dose adjustment by the pharmacien correspondant (never updated)."""

    __tablename__ = "pharmacist_renewal"

    id: int | None = Field(default=None, primary_key=True)
    medication_line_id: int = Field(foreign_key="medication_line.id", index=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    pharmacist_staff_id: int = Field(foreign_key="staff.id")
    kind: str = Field(max_length=20)  # renewal, dose_adjustment
    done_on: date
    renewed_until: date | None = Field(default=None)
    new_dose: str | None = Field(default=None, max_length=200)
    note: str | None = Field(default=None, max_length=1000)
    informed_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    info_task_id: int | None = Field(default=None, foreign_key="task.id")
    recorded_at: datetime = Field(default_factory=utcnow)
