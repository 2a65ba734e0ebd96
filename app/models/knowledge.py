"""Knowledge editions a practice installed over the pack shipped with the program (the ANSM thesaurus layer)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from app.models.base import utcnow


class KnowledgeEdition(SQLModel, table=True):
    """One installed edition of a knowledge layer; the newest row of a layer is the one the review uses.

    Rows are only added (never changed): the history of editions stays readable and a finding's edition can be
    traced to the file it came from (``sha256``)."""

    __tablename__ = "knowledge_edition"

    id: int | None = Field(default=None, primary_key=True)
    layer: str = Field(max_length=20, index=True)            # "ansm"
    edition: str = Field(max_length=40)
    installed_at: datetime = Field(default_factory=utcnow)
    installed_by_staff_id: int | None = Field(default=None)
    installed_by: str = Field(default="", max_length=200)
    sha256: str = Field(max_length=64)                       # of the source file as read
    summary: str = Field(default="", max_length=300)         # "1,553 rules; +3 −2 ~4 against 2020-10"
    pack: str = Field(sa_column=Column(Text, nullable=False))   # the converted layer, JSON
