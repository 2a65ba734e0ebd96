"""Team messages: threads attached to a patient (or general team threads), their messages, who has read how far,
and what a message was turned into (a task, an alert, a care-plan revision).

Messages are records: never deleted; a retraction keeps the message with who retracted it, when and why.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models import patient, staff  # noqa: F401  (the tables referred to must be registered)
from app.models.base import utcnow


class MessageThread(SQLModel, table=True):
    """A conversation of the team: about one patient (``patient_id``), or a general team thread (None)."""

    __tablename__ = "message_thread"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int | None = Field(default=None, foreign_key="patient.id", index=True)
    subject: str = Field(max_length=200)
    created_by_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    created_at: datetime = Field(default_factory=utcnow)
    last_message_at: datetime = Field(default_factory=utcnow, index=True)


class TeamMessage(SQLModel, table=True):
    """One message of a thread. ``mentions``: space-separated staff ids; ``search_text``: its folded words."""

    __tablename__ = "team_message"
    __table_args__ = (Index("ix_team_message_thread_id_id", "thread_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    thread_id: int = Field(foreign_key="message_thread.id")
    author_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    author_name: str = Field(default="", max_length=200)
    body: str = Field(sa_column=Column(Text, nullable=False))
    urgent: bool = Field(default=False)
    mentions: str = Field(default="", max_length=500)
    search_text: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    created_at: datetime = Field(default_factory=utcnow)
    retracted_at: datetime | None = None
    retracted_by_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    retracted_reason: str | None = Field(default=None, max_length=500)


class MessageMention(SQLModel, table=True):
    """A staff member named in a message (what their "mentions me" list reads)."""

    __tablename__ = "message_mention"
    __table_args__ = (UniqueConstraint("message_id", "staff_id"),)

    id: int | None = Field(default=None, primary_key=True)
    message_id: int = Field(foreign_key="team_message.id", index=True)
    staff_id: int = Field(foreign_key="staff.id", index=True)


class ThreadReadMark(SQLModel, table=True):
    """How far a member has read a thread: every message up to ``last_read_message_id`` is read."""

    __tablename__ = "message_read_mark"
    __table_args__ = (UniqueConstraint("thread_id", "staff_id"),)

    id: int | None = Field(default=None, primary_key=True)
    thread_id: int = Field(foreign_key="message_thread.id", index=True)
    staff_id: int = Field(foreign_key="staff.id", index=True)
    last_read_message_id: int = Field(default=0)
    read_at: datetime = Field(default_factory=utcnow)


class MessageLink(SQLModel, table=True):
    """What a message was turned into: ``kind`` task / alert / care_plan and the id of that record."""

    __tablename__ = "message_link"

    id: int | None = Field(default=None, primary_key=True)
    message_id: int = Field(foreign_key="team_message.id", index=True)
    kind: str = Field(max_length=12)
    target_id: int
    target_revision: int | None = None   # the care plan's revision the message opened
    created_by_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    created_at: datetime = Field(default_factory=utcnow)
