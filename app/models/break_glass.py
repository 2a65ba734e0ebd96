"""Emergency ("break-glass") access: a clinician outside a patient's care circle opens the chart for a stated
reason, for a limited time; an administrator reviews and acknowledges each access."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from app.models.base import Versioned
from app.models.patient import Patient  # noqa: F401  (the table this one refers to)
from app.models.staff import Staff  # noqa: F401  (the table this one refers to)


class BreakGlassGrant(Versioned, table=True):
    __tablename__ = "break_glass_grant"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    staff_id: int = Field(foreign_key="staff.id", index=True)
    reason: str = Field(max_length=1000)
    started_at: datetime
    expires_at: datetime
    read_only: bool = Field(default=True)
    acknowledged_at: datetime | None = None
    acknowledged_by: str | None = Field(default=None, max_length=200)
    review_note: str | None = Field(default=None, max_length=1000)
