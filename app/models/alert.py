"""Doctor ↔ pharmacist alerts: the alert, its thread of steps, never deleted.

An ``Alert`` carries the problem (SFPC category + text), the medications
concerned and the clinical context (JSON snapshots taken when it was raised),
the structured proposal (its kind from the alert vocabulary and the changes per
medication line), urgency and reply-by date, the recipient, its state and the
code of the answer. Every step (raised, read, question, reply, answer, escalation,
reopening) is an ``AlertMessage`` row: timestamped, attributed, never updated.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel

from app.models import patient, staff  # noqa: F401  (the tables referred to must be registered)
from app.models.base import Versioned, utcnow


class AlertState(StrEnum):
    OPEN = "open"            # raised, not yet read by the recipient
    READ = "read"            # the recipient opened it
    QUESTION = "question"    # the recipient asked a question; waiting for the sender
    REPLIED = "replied"      # the sender answered the question; waiting for the recipient
    ACCEPTED = "accepted"    # closed: proposed change made
    MODIFIED = "modified"    # closed: another change made
    REFUSED = "refused"      # closed: kept as is, with a reason
    PARTIAL = "partial"      # a grouped alert (reconciliation lines): some lines answered, others waiting
    ANSWERED = "answered"    # closed: every line of a grouped alert has its own answer


OPEN_STATES = frozenset({AlertState.OPEN, AlertState.READ, AlertState.QUESTION, AlertState.REPLIED,
                         AlertState.PARTIAL})
CLOSED_STATES = frozenset({AlertState.ACCEPTED, AlertState.MODIFIED, AlertState.REFUSED, AlertState.ANSWERED})


class Urgency(StrEnum):
    URGENT = "urgent"
    WITHIN_24H = "24h"
    ROUTINE = "routine"


class Alert(Versioned, table=True):
    """One alert on a patient's treatment, from a sender to a recipient doctor."""

    __tablename__ = "alert"
    __table_args__ = (Index("ix_alert_recipient_state", "recipient_staff_id", "state"),
                      Index("ix_alert_patient_finding", "patient_id", "finding_key"))

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    sender_staff_id: int | None = Field(default=None, foreign_key="staff.id", index=True)
    sender_name: str = Field(default="", max_length=200)
    recipient_staff_id: int = Field(foreign_key="staff.id")
    problem_category: str = Field(max_length=10)        # SFPC problem code, e.g. "1.6"
    problem_text: str = Field(sa_column=Column(Text, nullable=False))
    proposal_kind: str = Field(max_length=20)           # resources/alerts/alert_vocabulary.json proposal_kinds
    intervention_text: str | None = Field(default=None, sa_column=Column(Text))
    medications: str = Field(default="[]", sa_column=Column(Text, nullable=False))   # JSON list
    clinical_context: str = Field(default="[]", sa_column=Column(Text, nullable=False))  # JSON list
    proposed_changes: str = Field(default="[]", sa_column=Column(Text, nullable=False))  # JSON: per line, with PADV
    urgency: str = Field(max_length=10)
    reply_by: date
    state: str = Field(default=AlertState.OPEN, max_length=10, index=True)
    finding_rule: str | None = Field(default=None, max_length=120)
    finding_key: str | None = Field(default=None, max_length=300)
    fingerprint: str | None = Field(default=None, sa_column=Column(Text))         # JSON of the finding's inputs
    answer_code: str | None = Field(default=None, max_length=10)   # accept / modify / refuse (vocabulary answers)
    answer_text: str | None = Field(default=None, sa_column=Column(Text))
    answered_at: datetime | None = Field(default=None)
    answered_by: str | None = Field(default=None, max_length=200)
    escalated_at: datetime | None = Field(default=None)
    escalation_task_id: int | None = Field(default=None)
    reopened_count: int = Field(default=0)


class AlertMessage(SQLModel, table=True):
    """One step of an alert's thread (never updated, never deleted)."""

    __tablename__ = "alert_message"

    id: int | None = Field(default=None, primary_key=True)
    alert_id: int = Field(foreign_key="alert.id", index=True)
    kind: str = Field(max_length=12)   # raised / read / question / reply / accepted / modified / refused / …
    at: datetime = Field(default_factory=utcnow)
    author_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    author_name: str = Field(default="", max_length=200)
    text: str | None = Field(default=None, sa_column=Column(Text))
    changes: str | None = Field(default=None, sa_column=Column(Text))   # JSON: changes made / what changed
    padv: str | None = Field(default=None, max_length=10)   # CH EMED PADV code of this step (OK, CHANGE, COMMENT …)
