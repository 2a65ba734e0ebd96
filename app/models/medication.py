"""Medication lines of a patient, their change history, and clinical values (observations).

A ``MedicationLine`` is the current state of one medication; every add, change
and stop also writes a ``MedicationLineVersion`` snapshot (who, when, what), so
that every prior state is kept. Stopping keeps the line with its stop date,
who stopped it and why.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel

from app.models import patient, staff  # noqa: F401  (the tables referred to must be registered)
from app.models.base import Versioned, utcnow


class ObservationCode(StrEnum):
    """Clinical values the review engine and the chart use."""

    EGFR = "egfr"
    WEIGHT = "weight_kg"
    HEIGHT = "height_cm"
    CREATININE = "creatinine_umol_l"
    POTASSIUM = "potassium"
    SODIUM = "sodium"
    INR = "inr"
    HBA1C = "hba1c"
    SYSTOLIC_BP = "systolic_bp"
    DIASTOLIC_BP = "diastolic_bp"
    HEART_RATE = "heart_rate"
    QTC = "qtc_ms"


class MedicationChange(StrEnum):
    ADD = "add"
    CHANGE = "change"
    STOP = "stop"


class MedicationLine(Versioned, table=True):
    """One medication of a patient's list (current while ``stopped_at`` is empty)."""

    __tablename__ = "medication_line"
    __table_args__ = (Index("ix_medication_line_patient_stopped", "patient_id", "stopped_at"),)

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    atc: str | None = Field(default=None, max_length=7, index=True)  # None: free text, not checked
    substances: str = Field(default="", max_length=500)  # INN names, "; " between components
    product_name: str | None = Field(default=None, max_length=200)
    catalogue_ref: str | None = Field(default=None, max_length=100)  # "substance:ATC", "product:name", CIP/GTIN
    free_text: bool = Field(default=False)
    strength: str | None = Field(default=None, max_length=60)
    # The posology (``services.medications.posology``): schedule times / cycle / as_needed / text.
    schedule: str = Field(default="times", max_length=10)
    dose_morning: str | None = Field(default=None, max_length=10)   # times of day (CHMED16A D)
    dose_noon: str | None = Field(default=None, max_length=10)
    dose_evening: str | None = Field(default=None, max_length=10)
    dose_night: str | None = Field(default=None, max_length=10)
    cycle_days: int | None = Field(default=None)                    # cycle (CHMED16A CyDu, in days)
    takings: str | None = Field(default=None, sa_column=Column(Text))  # cycle: JSON [{day, time, amount}] (TT)
    as_needed_amount: str | None = Field(default=None, max_length=10)  # as needed: per taking (A)
    max_per_day: str | None = Field(default=None, max_length=10)       # as needed: at most a day (MA)
    unit: str | None = Field(default=None, max_length=20)           # resources/medications/units.json
    instructions: str | None = Field(default=None, max_length=500)
    route: str | None = Field(default=None, max_length=30)          # EDQM route code (routes.json)
    route_text: str | None = Field(default=None, max_length=100)    # a route that names no code
    as_needed: bool = Field(default=False)                          # taken only if needed (derived, for queries)
    self_medication: bool = Field(default=False)
    start_date: date | None = Field(default=None)
    end_date: date | None = Field(default=None)
    indication: str | None = Field(default=None, max_length=200)
    prescriber_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    prescriber_external: str | None = Field(default=None, max_length=200)
    renewal_allowed_until: date | None = Field(default=None)
    dose_adjustment_allowed: bool = Field(default=False)
    daily_dose_mg: float | None = Field(default=None)   # mean mg a day (as needed: the most a day), see posology
    stopped_at: date | None = Field(default=None)
    stopped_by: str | None = Field(default=None, max_length=200)
    stop_reason: str | None = Field(default=None, max_length=500)


class MedicationLineVersion(SQLModel, table=True):
    """A snapshot of a line as it was after one change (the history; never updated)."""

    __tablename__ = "medication_line_version"

    id: int | None = Field(default=None, primary_key=True)
    line_id: int = Field(foreign_key="medication_line.id", index=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    version: int
    change: str = Field(max_length=10)  # add / change / stop
    changed_at: datetime = Field(default_factory=utcnow)
    changed_by: str = Field(default="", max_length=200)
    snapshot: str = Field(sa_column=Column(Text, nullable=False))  # JSON of the line's clinical fields


class Observation(SQLModel, table=True):
    """A measured clinical value (eGFR, weight, creatinine …) with its date."""

    __tablename__ = "observation"
    __table_args__ = (Index("ix_observation_patient_code_date", "patient_id", "code", "measured_on"),)

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id")
    code: str = Field(max_length=30)
    value: float
    unit: str = Field(max_length=20)
    measured_on: date
    recorded_at: datetime = Field(default_factory=utcnow)
    recorded_by: str = Field(default="", max_length=200)
