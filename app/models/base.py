"""Shared columns: creation/update stamps and the optimistic-locking version."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Aware UTC timestamp (the database stores UTC; the UI shows local time)."""
    return datetime.now(UTC)


class Versioned(SQLModel):
    """Mixin for records two workstations can edit: a save must name the version it read."""

    version: int = Field(default=1, nullable=False)
    created_at: datetime = Field(default_factory=utcnow, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, nullable=False)
    updated_by: str = Field(default="", max_length=200)
