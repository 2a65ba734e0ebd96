"""The anonymous patient experience survey: one row per answer set, and the practice's survey settings.

An answer row holds no patient, no staff member and no time finer than the ISO week ("2026-W49"): nothing in it
can lead back to the person who answered or to the moment they did.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel

from app.models.base import Versioned


class SurveyAnswer(SQLModel, table=True):
    """One completed questionnaire (paper typed in, or the kiosk); ``answers`` is JSON {question key: 1-5 | bool}."""

    __tablename__ = "survey_answer"
    __table_args__ = (Index("ix_survey_answer_questionnaire_week", "questionnaire_key", "week"),)

    id: int | None = Field(default=None, primary_key=True)
    questionnaire_key: str = Field(max_length=40)
    questionnaire_version: str = Field(max_length=20)
    week: str = Field(max_length=8)              # ISO week, e.g. "2026-W49"; never a date or a time
    channel: str = Field(max_length=8)           # "paper" or "kiosk"
    answers: str = Field(sa_column=Column(Text, nullable=False))
    comment: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class SurveySetting(Versioned, table=True):
    """The practice's survey settings (one row): the address of the form it hosts (printed as a QR code on the paper
    questionnaire) and its own questionnaire definition (JSON; none: the default one of ``resources/surveys``)."""

    __tablename__ = "survey_setting"

    id: int | None = Field(default=None, primary_key=True)
    form_url: str | None = Field(default=None, max_length=500)
    questionnaire: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
