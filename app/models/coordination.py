"""Coordination with the hospital and the team: hospital events, their documents, frequent-ED (DAUM) alerts,
referrals to second-line care ("circuits courts") and concertation meetings with per-patient records.

Documents are stored as blobs inside the (encrypted) database, never as files beside it.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Column, Index, LargeBinary, Text
from sqlmodel import Field, SQLModel

from app.models import directory, patient, staff  # noqa: F401  (the tables referred to must be registered)
from app.models.base import Versioned, utcnow


class EventKind(StrEnum):
    ED_VISIT = "ed_visit"
    ADMISSION = "admission"
    DISCHARGE = "discharge"


class EventSource(StrEnum):
    HOSPITAL = "hospital"          # notification or letter from the hospital
    DMP = "dmp"                    # shared record (DMP / EPD)
    PATIENT = "patient"            # told by the patient or a relative
    OTHER = "other"


class HospitalEvent(Versioned, table=True):
    """An emergency visit, an admission or a discharge (local date of the event)."""

    __tablename__ = "hospital_event"
    __table_args__ = (Index("ix_hospital_event_patient_kind_date", "patient_id", "kind", "event_date"),)

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id")
    kind: str = Field(max_length=12)
    event_date: date = Field(index=True)
    facility: str = Field(max_length=200)
    source: str = Field(max_length=10)
    summary: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    recorded_by_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    task_id: int | None = Field(default=None)          # the reconciliation task a discharge created


class CoordinationDocument(SQLModel, table=True):
    """An attached document (discharge letter, results …): the bytes live in the encrypted database."""

    __tablename__ = "coordination_document"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    event_id: int | None = Field(default=None, foreign_key="hospital_event.id", index=True)
    referral_id: int | None = Field(default=None, foreign_key="referral.id", index=True)
    title: str = Field(max_length=200)
    filename: str = Field(max_length=200)
    media_type: str = Field(max_length=100)
    size: int
    sha256: str = Field(max_length=64)
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    added_at: datetime = Field(default_factory=utcnow)
    added_by: str = Field(default="", max_length=200)
    added_by_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    # A document restricted to named people and / or roles (space-separated staff ids and role names); empty: the
    # document is read by whoever may read the patient's chart.
    restricted_staff: str = Field(default="", max_length=300)
    restricted_roles: str = Field(default="", max_length=200)


class DaumAlert(Versioned, table=True):
    """A frequent-ED-use alert: raised once per crossing of the threshold (see services.daum)."""

    __tablename__ = "daum_alert"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    trigger_event_id: int = Field(foreign_key="hospital_event.id", unique=True)
    trigger_date: date = Field(index=True)
    visit_count: int
    visits: str = Field(sa_column=Column(Text, nullable=False))   # JSON list of {date, facility, summary}
    recipient_role: str = Field(default="coordinator", max_length=30)
    external_contact: str | None = Field(default=None, max_length=400)  # the DAC of the care circle, if any
    status: str = Field(default="open", max_length=12)           # open, acknowledged
    acknowledged_at: datetime | None = None
    acknowledged_by: str | None = Field(default=None, max_length=200)
    note: str | None = Field(default=None, max_length=1000)
    task_id: int | None = Field(default=None)


class ReferralPriority(StrEnum):
    WITHIN_48H = "p1_48h"
    WITHIN_7D = "p2_7d"
    SCHEDULED = "p3_scheduled"
    ADVICE = "advice"


class ReferralStatus(StrEnum):
    REQUESTED = "requested"
    BOOKED = "booked"
    SEEN = "seen"
    REPORT_RECEIVED = "report_received"
    CANCELLED = "cancelled"


class Referral(Versioned, table=True):
    """A referral to a specialist or a service, with its priority class and target date."""

    __tablename__ = "referral"
    __table_args__ = (Index("ix_referral_status_due", "status", "due_by"),)

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    recipient: str = Field(max_length=200)                 # the specialist or the service
    specialty: str | None = Field(default=None, max_length=100)
    priority: str = Field(max_length=14)
    clinical_question: str = Field(sa_column=Column(Text, nullable=False))
    requested_on: date = Field(index=True)
    due_by: date                                           # requested_on + the priority's target delay
    status: str = Field(default=ReferralStatus.REQUESTED, max_length=16)
    booked_for: date | None = None
    seen_on: date | None = None
    report_received_on: date | None = None
    answer: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    cancel_reason: str | None = Field(default=None, max_length=500)
    requested_by_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    directory_resource_id: int | None = Field(default=None, foreign_key="directory_resource.id")


class MeetingKind(StrEnum):
    MONTHLY = "monthly"            # the monthly pluriprofessional concertation
    AD_HOC = "ad_hoc"
    CPTS = "cpts"
    QUALITY_CIRCLE = "quality_circle"


class ConcertationMeeting(Versioned, table=True):
    __tablename__ = "concertation_meeting"

    id: int | None = Field(default=None, primary_key=True)
    meeting_date: date = Field(index=True)
    kind: str = Field(max_length=16)
    title: str | None = Field(default=None, max_length=200)
    participants: str = Field(default="", max_length=300)       # space-separated staff ids
    external_participants: str | None = Field(default=None, max_length=500)


class MeetingCase(SQLModel, table=True):
    """One patient on a meeting's agenda, with its structured record."""

    __tablename__ = "meeting_case"
    __table_args__ = (Index("ix_meeting_case_patient", "patient_id", "meeting_id"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="concertation_meeting.id", index=True)
    patient_id: int = Field(foreign_key="patient.id")
    question: str = Field(max_length=1000)
    discussion: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    search_text: str = Field(default="", sa_column=Column(Text, nullable=False))   # folded words, for search


class MeetingDecision(SQLModel, table=True):
    """A decision about a discussed patient: a note, a task, or a revision of the care plan."""

    __tablename__ = "meeting_decision"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="meeting_case.id", index=True)
    kind: str = Field(max_length=10)                      # note, task, care_plan
    text: str = Field(max_length=1000)
    assignee_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    pool_role: str | None = Field(default=None, max_length=30)
    due_date: date | None = None
    task_id: int | None = Field(default=None)
    care_plan_id: int | None = Field(default=None)
    created_at: datetime = Field(default_factory=utcnow)


class TeleconsultationStatus(StrEnum):
    BOOKED = "booked"              # the preparation checklist is open
    PREPARED = "prepared"          # every checklist task is completed
    IN_PROGRESS = "in_progress"
    CONCLUDED = "concluded"        # the remote physician's conclusion is in the chart
    CANCELLED = "cancelled"


class Teleconsultation(Versioned, table=True):
    """A nurse-assisted teleconsultation: a member of the team is with the patient, a physician joins remotely
    through the practice's video service (only its https link is kept; Cordée carries no video)."""

    __tablename__ = "teleconsultation"
    __table_args__ = (Index("ix_teleconsultation_status_start", "status", "starts_at"),)

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    starts_at: datetime                                    # UTC
    ends_at: datetime                                      # UTC
    accompanying_staff_id: int = Field(foreign_key="staff.id")
    remote_physician_id: int = Field(foreign_key="staff.id")
    video_url: str = Field(max_length=500)
    protocol_code: str | None = Field(default=None, max_length=60)
    status: str = Field(default=TeleconsultationStatus.BOOKED, max_length=12)
    conclusion: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    concluded_at: datetime | None = None
    concluded_by_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    cancel_reason: str | None = Field(default=None, max_length=500)
    booked_by_staff_id: int | None = Field(default=None, foreign_key="staff.id")
