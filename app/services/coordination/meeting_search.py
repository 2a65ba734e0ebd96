"""Searching and counting concertation records: by words, patient and dates; the share of complex patients
discussed (the ACI query). The definition of a complex patient is in ``app.services.coordination.meetings``.
"""

from __future__ import annotations

from collections.abc import Callable
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


def complex_patients(session: Session) -> Callable[[date], set[int]]:
    """Who is complex on a given day (see the module docstring), for as many days as asked from two reads."""
    ald = session.execute(select(Patient.id, Patient.birth_date).join(
        PatientProblem, PatientProblem.patient_id == Patient.id).where(
        PatientProblem.kind == ProblemKind.LONG_TERM).distinct()).all()
    planned = set(session.exec(select(CarePlan.patient_id).where(
        CarePlan.status.in_([s.value for s in IN_FORCE]))).all())

    def on(day: date) -> set[int]:
        cutoff = date(day.year - COMPLEX_AGE, day.month, day.day if (day.month, day.day) != (2, 29) else 28)
        return {pid for pid, born in ald if born is not None and born <= cutoff} | planned
    return on


def complex_patient_ids(session: Session, on: date) -> set[int]:
    """Patients who are complex on ``on`` (see the module docstring)."""
    return complex_patients(session)(on)


def discussed_patients(session: Session) -> Callable[[date, date], set[int]]:
    """The patients discussed between two days (both included), for as many periods as asked from one read."""
    cases = session.execute(select(ConcertationMeeting.meeting_date, MeetingCase.patient_id).join(
        ConcertationMeeting, ConcertationMeeting.id == MeetingCase.meeting_id)).all()
    return lambda date_from, date_to: {pid for day, pid in cases if date_from <= day <= date_to}


def discussed_patient_ids(session: Session, date_from: date, date_to: date) -> set[int]:
    return discussed_patients(session)(date_from, date_to)


def complex_share(ctx: ServiceContext, date_from: date, date_to: date) -> tuple[int, int]:
    """(complex patients discussed in the period, complex patients on the last day of the period)."""
    require(ctx, "meeting.read")
    with ctx.transaction() as session:
        complex_ids = complex_patient_ids(session, date_to)
        return len(complex_ids & discussed_patient_ids(session, date_from, date_to)), len(complex_ids)
