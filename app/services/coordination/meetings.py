"""Concertation meetings (réunions de concertation pluriprofessionnelle) and their per-patient records.

A meeting has a date, a type and participants; its agenda lists patients, each with a structured record
(the question, a summary of the discussion, decisions). A decision is a note, a task (created through the
tasks service) or a revision of the patient's care plan (a validated or active plan is put back into
revision, and the person in charge gets a task to revise it). Records are searchable (words of the
question, discussion and decisions, patient, dates) and countable (``complex_share``).

**Complex patient** (the ACI denominator, our definition): a patient with a long-term condition (ALD) who is
75 or older on the reference day, or a patient whose care plan is in force (validated, active or being
revised).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.models.care_plan import CarePlan, PlanStatus
from app.models.coordination import ConcertationMeeting, MeetingCase, MeetingDecision, MeetingKind
from app.models.staff import Staff
from app.services.care_plans import lifecycle as care_plan_lifecycle
from app.services.coordination.hospital_events import patient_or_fail
from app.services.coordination.meeting_search import CaseRow, case_query, case_rows, readable_cases
from app.services.errors import NotFoundError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.shared_texts import say
from app.services.kernel.text_search import search_text
from app.services.kernel.validation import clean_text, parse_date
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.tasks import recurrence
from app.services.tasks.task_flow import TaskInput, create_task
from app.services.tasks.task_input import POOL_ROLES

KINDS = tuple(k.value for k in MeetingKind)
DECISION_KINDS = ("note", "task", "care_plan")


@dataclass
class MeetingInput:
    meeting_date: date | str | None = None
    kind: str = MeetingKind.MONTHLY
    title: str | None = None
    participant_ids: list[int] = field(default_factory=list)
    external_participants: str | None = None


@dataclass
class CaseInput:
    patient_id: int | None = None
    question: str = ""
    discussion: str | None = None


@dataclass
class DecisionInput:
    kind: str = "note"
    text: str = ""
    assignee_staff_id: int | None = None
    pool_role: str | None = None
    due_date: date | str | None = None


@dataclass(frozen=True)
class MeetingView:
    id: int
    version: int
    meeting_date: date
    kind: str
    title: str | None
    participant_ids: list[int]
    participant_names: list[str]
    external_participants: str | None
    cases: list[CaseRow]


def _validated(session: Session, data: MeetingInput, today: date) -> dict:
    day = parse_date(data.meeting_date, "meeting_date")
    if not (today - timedelta(days=3660) <= day <= today + timedelta(days=366)):
        raise ValidationError("meeting_date", "implausible_date")
    if data.kind not in KINDS:
        raise ValidationError("kind", "coordination.meeting_kind")
    ids = []
    for sid in data.participant_ids or []:
        person = session.get(Staff, sid) if isinstance(sid, int) else None
        if person is None or not person.active:
            raise ValidationError("participant_ids", "coordination.inactive_participants")
        if sid not in ids:
            ids.append(sid)
    external = clean_text(data.external_participants, "external_participants", 500)
    if not ids and not external:
        raise ValidationError("participant_ids", "coordination.no_participant")
    return {"meeting_date": day, "kind": data.kind, "title": clean_text(data.title, "title", 200),
            "participants": " ".join(map(str, ids)), "external_participants": external}


def create_meeting(ctx: ServiceContext, data: MeetingInput, *, today: date | None = None) -> int:
    require(ctx, "meeting.manage")
    with ctx.transaction() as session:
        meeting = ConcertationMeeting(**_validated(session, data, today or recurrence.today_local()),
                                      updated_by=ctx.actor.display_name)
        session.add(meeting)
        session.flush()
        ctx.audit(session, "meeting.create", entity_type="meeting", entity_id=meeting.id)
        ctx.announce("meeting.changed", meeting_id=meeting.id)
        return meeting.id


def _meeting(session: Session, meeting_id: int) -> ConcertationMeeting:
    meeting = session.get(ConcertationMeeting, meeting_id)
    if meeting is None:
        raise NotFoundError("meeting", meeting_id)
    return meeting


def add_case(ctx: ServiceContext, meeting_id: int, data: CaseInput) -> int:
    """Put a patient on the agenda with the question asked (the discussion may be filled in later)."""
    require(ctx, "meeting.manage")
    with ctx.transaction() as session:
        _meeting(session, meeting_id)
        patient_or_fail(session, data.patient_id)
        question = clean_text(data.question, "question", 1000, True)
        discussion = clean_text(data.discussion, "discussion", 20000)
        case = MeetingCase(meeting_id=meeting_id, patient_id=data.patient_id, question=question,
                           discussion=discussion, search_text=search_text(question, discussion))
        session.add(case)
        session.flush()
        ctx.audit(session, "meeting.case", entity_type="meeting_case", entity_id=case.id,
                  patient_id=data.patient_id, detail=f"meeting {meeting_id}")
        ctx.announce("meeting.changed", meeting_id=meeting_id, patient_id=data.patient_id)
        return case.id


def record_discussion(ctx: ServiceContext, case_id: int, question: str, discussion: str | None) -> None:
    """Save the question and the summary of the discussion of one patient."""
    require(ctx, "meeting.manage")
    with ctx.transaction() as session:
        case = _case(session, case_id)
        case.question = clean_text(question, "question", 1000, True)
        case.discussion = clean_text(discussion, "discussion", 20000)
        _reindex(session, case)
        ctx.audit(session, "meeting.case", entity_type="meeting_case", entity_id=case_id,
                  patient_id=case.patient_id, detail="discussion")
        ctx.announce("meeting.changed", meeting_id=case.meeting_id, patient_id=case.patient_id)


def _case(session: Session, case_id: int) -> MeetingCase:
    case = session.get(MeetingCase, case_id)
    if case is None:
        raise NotFoundError("meeting record", case_id)
    return case


def _reindex(session: Session, case: MeetingCase) -> None:
    decisions = session.exec(select(MeetingDecision.text).where(MeetingDecision.case_id == case.id)).all()
    case.search_text = search_text(case.question, case.discussion, *decisions)
    session.add(case)


def add_decision(ctx: ServiceContext, case_id: int, data: DecisionInput) -> int:
    """Record a decision; a task decision creates the task, a care-plan decision revises the plan."""
    require(ctx, "meeting.manage")
    with ctx.transaction() as session:
        case = _case(session, case_id)
        if data.kind not in DECISION_KINDS:
            raise ValidationError("kind", "coordination.decision_kind")
        text = clean_text(data.text, "text", 1000, True)
        if data.pool_role is not None and data.pool_role not in POOL_ROLES:
            raise ValidationError("pool_role", "one_of", allowed=POOL_ROLES)
        due = parse_date(data.due_date, "due_date") if data.due_date not in (None, "") else None
        decision = MeetingDecision(case_id=case_id, kind=data.kind, text=text, due_date=due,
                                   assignee_staff_id=data.assignee_staff_id, pool_role=data.pool_role or None)
        session.add(decision)
        session.flush()
        if data.kind == "care_plan":
            decision.care_plan_id = _revise_plan(ctx, session, case.patient_id)
        if data.kind in ("task", "care_plan"):
            decision.task_id = _decision_task(ctx, session, case, decision)
        _reindex(session, case)
        ctx.audit(session, "meeting.decision", entity_type="meeting_case", entity_id=case_id,
                  patient_id=case.patient_id, detail=data.kind)
        ctx.announce("meeting.changed", meeting_id=case.meeting_id, patient_id=case.patient_id)
        return decision.id


def _revise_plan(ctx: ServiceContext, session: Session, patient_id: int) -> int:
    plan = session.exec(select(CarePlan).where(CarePlan.patient_id == patient_id,
                                               CarePlan.status != PlanStatus.CLOSED)).first()
    if plan is None:
        raise ValidationError("kind", "coordination.no_open_plan")
    if plan.status in (PlanStatus.VALIDATED, PlanStatus.ACTIVE):
        care_plan_lifecycle.revise(ctx, plan.id, plan.version)
    return plan.id


def _decision_task(ctx: ServiceContext, session: Session, case: MeetingCase, decision: MeetingDecision) -> int:
    assignee, pool = decision.assignee_staff_id, decision.pool_role
    if decision.kind == "care_plan" and assignee is None and not pool:
        plan = session.get(CarePlan, decision.care_plan_id)
        assignee = plan.referent_staff_id
        pool = None if assignee else "coordinator"
    meeting = session.get(ConcertationMeeting, case.meeting_id)
    title = say(session, "meeting.revise_plan", text=decision.text) if decision.kind == "care_plan" else decision.text
    return create_task(ctx, TaskInput(
        title=title[:200], task_type="meeting_decision", patient_id=case.patient_id,
        description=say(session, "meeting.description", date=f"{meeting.meeting_date:%d.%m.%Y}",
                        question=case.question, decision=decision.text),
        assignee_staff_id=assignee, pool_role=pool, due_date=decision.due_date, origin_type="other",
        origin_id=decision.id), dedup_key=f"meeting_decision:{decision.id}")


def get_meeting(ctx: ServiceContext, meeting_id: int) -> MeetingView:
    """A meeting with the records the user may read (``meeting_search.readable_cases``)."""
    with ctx.transaction() as session:
        require(ctx, "meeting.read")
        m = _meeting(session, meeting_id)
        readable = readable_cases(access_records.load_account(session, ctx.actor))
        cases = case_rows(session, session.exec(case_query().where(MeetingCase.meeting_id == meeting_id, readable)
                                                 .order_by(MeetingCase.id)).all())
        ids = [int(x) for x in m.participants.split()]
        names = {s.id: s.display_name for s in session.exec(select(Staff).where(Staff.id.in_(ids)))} if ids else {}
        ctx.audit(session, "meeting.open", entity_type="meeting", entity_id=meeting_id)
        return MeetingView(m.id, m.version, m.meeting_date, m.kind, m.title, ids, [names[i] for i in ids if i in names],
                           m.external_participants, cases)


def list_meetings(ctx: ServiceContext, date_from: date | None = None, date_to: date | None = None) -> list[dict]:
    """Meetings newest first, each with how many patients were discussed."""
    require(ctx, "meeting.read")
    with ctx.transaction() as session:
        stmt = select(ConcertationMeeting)
        if date_from:
            stmt = stmt.where(ConcertationMeeting.meeting_date >= date_from)
        if date_to:
            stmt = stmt.where(ConcertationMeeting.meeting_date <= date_to)
        meetings = session.exec(stmt.order_by(ConcertationMeeting.meeting_date.desc())).all()
        counts = dict(session.execute(select(MeetingCase.meeting_id, func.count()).where(
            col(MeetingCase.meeting_id).in_([m.id for m in meetings])).group_by(MeetingCase.meeting_id)).all())
        return [{"id": m.id, "meeting_date": m.meeting_date, "kind": m.kind, "title": m.title,
                 "patients": counts.get(m.id, 0)} for m in meetings]
