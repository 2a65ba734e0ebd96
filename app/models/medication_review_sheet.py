"""Structured medication review worksheet (French BPM, Swiss Polymedikations-Check)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, Text
from sqlmodel import Field

from app.models import patient, staff  # noqa: F401  (the tables referred to must be registered)
from app.models.base import Versioned


class MedicationReviewSheet(Versioned, table=True):
    __tablename__ = "medication_review_sheet"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    scheme: str = Field(max_length=5)                 # bpm / pmc
    eligible: bool = Field(default=False)
    eligibility_reason: str = Field(default="", sa_column=Column(Text, nullable=False))
    author_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    author_name: str = Field(default="", max_length=200)
    interview_on: date | None = Field(default=None)
    analysis_on: date | None = Field(default=None)
    advice_on: date | None = Field(default=None)
    followup_on: date | None = Field(default=None)
    findings: str = Field(default="[]", sa_column=Column(Text, nullable=False))  # JSON: finding + annotation
    conclusion: str | None = Field(default=None, sa_column=Column(Text))
    # JSON: [{"id": 1-5 (CHMED16A Recommendation), "agreed": true / false / null, "remark": "…"}]
    recommendations: str = Field(default="[]", sa_column=Column(Text, nullable=False, server_default="[]"))
