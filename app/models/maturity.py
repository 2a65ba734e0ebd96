"""The team's maturity self-assessment: periods, and each member's answer set (one per member per period) with a
level and an optional comment per axis of the grid (``resources/maturity``)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models import staff  # noqa: F401  (the tables referred to must be registered)
from app.models.base import Versioned


class MaturityPeriod(Versioned, table=True):
    """A self-assessment round (e.g. "2026 — first half"): open for answers until the coordinator closes it."""

    __tablename__ = "maturity_period"

    id: int | None = Field(default=None, primary_key=True)
    grid: str = Field(max_length=40)              # the grid's key in resources/maturity
    label: str = Field(max_length=100)
    starts_on: date
    ends_on: date
    closed: bool = Field(default=False)
    closed_at: datetime | None = Field(default=None)


class MaturityAnswerSet(Versioned, table=True):
    """One member's answers for one period."""

    __tablename__ = "maturity_answer_set"
    __table_args__ = (UniqueConstraint("period_id", "staff_id", name="uq_maturity_answer_set_member"),)

    id: int | None = Field(default=None, primary_key=True)
    period_id: int = Field(foreign_key="maturity_period.id", index=True)
    staff_id: int = Field(foreign_key="staff.id")


class MaturityAnswer(SQLModel, table=True):
    """The level one member gives one axis (1 … the grid's highest level), with an optional comment."""

    __tablename__ = "maturity_answer"
    __table_args__ = (UniqueConstraint("answer_set_id", "axis", name="uq_maturity_answer_axis"),)

    id: int | None = Field(default=None, primary_key=True)
    answer_set_id: int = Field(foreign_key="maturity_answer_set.id", index=True)
    axis: str = Field(max_length=40)
    level: int
    comment: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
