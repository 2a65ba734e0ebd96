"""Searching and counting concertation records: by words, patient and dates; the share of complex patients
discussed (the ACI query). The definition of a complex patient is in ``app.services.coordination.meetings``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from app.models.care_plan import CarePlan, PlanStatus
from app.models.coordination import ConcertationMeeting, MeetingCase, MeetingDecision
from app.models.patient import Patient, PatientProblem, ProblemKind
from app.services.kernel.context import ServiceContext
from app.services.kernel.text_search import tokens
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.security.relations import Account

IN_FORCE = (PlanStatus.VALIDATED, PlanStatus.ACTIVE, PlanStatus.REVISED)
COMPLEX_AGE = 75


@dataclass(frozen=True)
class CaseRow:
    id: int
    meeting_id: int
    meeting_date: date
    meeting_kind: str
    patient_id: int
    patient_name: str
    question: str
    discussion: str | None
    decisions: list[dict]


def case_rows(session: Session, cases: list[tuple[MeetingCase, ConcertationMeeting, Patient]]) -> list[CaseRow]:
    ids = [c.id for c, _m, _p in cases]
    decisions: dict[int, list[dict]] = {}
    if ids:
        for d in session.exec(select(MeetingDecision).where(MeetingDecision.case_id.in_(ids))
                              .order_by(MeetingDecision.id)):
            decisions.setdefault(d.case_id, []).append(
                {"id": d.id, "kind": d.kind, "text": d.text, "task_id": d.task_id, "care_plan_id": d.care_plan_id,
                 "due_date": d.due_date})
    return [CaseRow(c.id, m.id, m.meeting_date, m.kind, p.id, f"{p.family_name.upper()} {p.given_names}",
                    c.question, c.discussion, decisions.get(c.id, [])) for c, m, p in cases]


def readable_cases(account: Account):
    """The meeting records a user may read: those of patients whose chart they may read, and those of meetings they
    took part in."""
    return access_records.visible(MeetingCase.patient_id, access_records.patient_scope(account),
                                  (" " + ConcertationMeeting.participants + " ").like(f"% {account.staff_id} %"))


def case_query():
    return select(MeetingCase, ConcertationMeeting, Patient).join(
        ConcertationMeeting, ConcertationMeeting.id == MeetingCase.meeting_id).join(
        Patient, Patient.id == MeetingCase.patient_id)


def search_cases(ctx: ServiceContext, query: str = "", *, patient_id: int | None = None,
                 date_from: date | None = None, date_to: date | None = None, limit: int = 500) -> list[CaseRow]:
    """Records whose question, discussion or decisions contain every word (prefixes, accents ignored)."""
    with ctx.transaction() as session:
        require(ctx, "meeting.read")
        stmt = case_query().where(readable_cases(access_records.load_account(session, ctx.actor)))
        for word in tokens(query)[:8]:
            stmt = stmt.where((" " + MeetingCase.search_text).like(f"% {word}%"))
        if patient_id is not None:
            stmt = stmt.where(MeetingCase.patient_id == patient_id)
        if date_from:
            stmt = stmt.where(ConcertationMeeting.meeting_date >= date_from)
        if date_to:
            stmt = stmt.where(ConcertationMeeting.meeting_date <= date_to)
        rows = session.exec(stmt.order_by(ConcertationMeeting.meeting_date.desc(), MeetingCase.id)
                            .limit(max(1, min(limit, 5000)))).all()
        return case_rows(session, rows)


def complex_patient_ids(session: Session, on: date) -> set[int]:
    """Patients who are complex on ``on`` (see the module docstring)."""
    cutoff = date(on.year - COMPLEX_AGE, on.month, on.day if (on.month, on.day) != (2, 29) else 28)
    ald_old = session.exec(select(Patient.id).join(PatientProblem, PatientProblem.patient_id == Patient.id).where(
        PatientProblem.kind == ProblemKind.LONG_TERM, Patient.birth_date <= cutoff)).all()
    planned = session.exec(select(CarePlan.patient_id).where(CarePlan.status.in_([s.value for s in IN_FORCE]))).all()
    return set(ald_old) | set(planned)


def discussed_patient_ids(session: Session, date_from: date, date_to: date) -> set[int]:
    return set(session.exec(select(MeetingCase.patient_id).join(
        ConcertationMeeting, ConcertationMeeting.id == MeetingCase.meeting_id).where(
        ConcertationMeeting.meeting_date >= date_from, ConcertationMeeting.meeting_date <= date_to)).all())


def complex_share(ctx: ServiceContext, date_from: date, date_to: date) -> tuple[int, int]:
    """(complex patients discussed in the period, complex patients on the last day of the period)."""
    require(ctx, "meeting.read")
    with ctx.transaction() as session:
        complex_ids = complex_patient_ids(session, date_to)
        return len(complex_ids & discussed_patient_ids(session, date_from, date_to)), len(complex_ids)
