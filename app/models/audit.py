"""The audit trail: append-only, hash-chained rows and the signed chain head."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from app.models.base import utcnow


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_event"

    seq: int | None = Field(default=None, primary_key=True)
    occurred_at: datetime = Field(default_factory=utcnow, index=True)
    user_id: int | None = Field(default=None, index=True)
    user_display: str = Field(default="", max_length=200)
    role: str = Field(default="", max_length=300)
    action: str = Field(max_length=60, index=True)
    entity_type: str = Field(default="", max_length=60)
    entity_id: str | None = Field(default=None, max_length=60)
    patient_id: int | None = Field(default=None, index=True)
    outcome: str = Field(default="success", max_length=20)
    detail: str = Field(default="", max_length=1000)
    workstation: str = Field(default="", max_length=100)
    prev_hash: str = Field(max_length=64)
    row_hash: str = Field(max_length=64)


class AuditHead(SQLModel, table=True):
    """The last chain position, signed, so that deleting the newest rows is detected."""

    __tablename__ = "audit_head"

    id: int = Field(default=1, primary_key=True)
    seq: int = 0
    row_hash: str = Field(default="", max_length=64)
    mac: str = Field(default="", max_length=64)
