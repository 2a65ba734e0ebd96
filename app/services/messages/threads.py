"""Threads and their messages: start a thread, post, retract (never delete), open a thread (which marks it read).

A patient thread is read and written by whoever may read the patient's chart (``message.read`` /
``message.post`` decided on the patient's record: the care circle when the practice limits charts); every opening
of a patient thread is audited like a chart read; posts and retractions are audited. Each post is announced as
``message.posted`` (on PostgreSQL it reaches the other workstations through LISTEN/NOTIFY).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from app.models.base import utcnow
from app.models.message import MessageLink, MessageMention, MessageThread, TeamMessage, ThreadReadMark
from app.models.patient import Patient
from app.models.staff import Staff
from app.services.errors import NotFoundError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.text_search import search_text
from app.services.messages.message_input import MessageInput, body_of, mentioned_staff, reason_of, subject_of
from app.services.security import records as access_records
from app.services.security.access import require
from app.services.security.relations import Record

POSTED = "message.posted"
"""Announced after a post, a retraction or a conversion (payload: thread, patient, message, urgent, mentions)."""
READ = "message.read"
"""Announced after a member read a thread (their unread counts change)."""


@dataclass(frozen=True)
class MessageRow:
    """One message as the thread shows it; a retracted message comes without its text (``retracted``)."""

    id: int
    thread_id: int
    author_staff_id: int | None
    author_name: str
    body: str
    urgent: bool
    mentions: tuple[str, ...]
    created_at: datetime
    retracted_at: datetime | None
    retracted_by: str
    retracted_reason: str
    read_by: tuple[str, ...]
    links: tuple[tuple[str, int], ...]

    @property
    def retracted(self) -> bool:
        return self.retracted_at is not None


@dataclass(frozen=True)
class ThreadDetail:
    """A thread with its messages, oldest first."""

    id: int
    patient_id: int | None
    patient_name: str
    subject: str
    messages: tuple[MessageRow, ...]
    record: Record | None


def thread_record(session: Session, thread: MessageThread) -> Record:
    """The access facts of a thread: its patient's care team (None for a general team thread)."""
    return Record("message_thread", thread.id, access_records.patient_team(session, thread.patient_id))


def get_thread(session: Session, thread_id: int) -> MessageThread:
    thread = session.get(MessageThread, thread_id) if isinstance(thread_id, int) else None
    if thread is None:
        raise NotFoundError("message_thread", thread_id)
    return thread


def get_message(session: Session, message_id: int) -> TeamMessage:
    message = session.get(TeamMessage, message_id) if isinstance(message_id, int) else None
    if message is None:
        raise NotFoundError("team_message", message_id)
    return message


def _add_message(ctx: ServiceContext, session: Session, thread: MessageThread, record: Record,
                 data: MessageInput) -> TeamMessage:
    body = body_of(data)
    account = access_records.load_account(session, ctx.actor)
    named = mentioned_staff(session, body, data, account.chart_access,
                            record if thread.patient_id is not None else None)
    message = TeamMessage(thread_id=thread.id, author_staff_id=ctx.actor.staff_id, author_name=ctx.actor.display_name,
                          body=body, urgent=bool(data.urgent), mentions=" ".join(str(s.id) for s in named),
                          search_text=search_text(thread.subject, body))
    session.add(message)
    session.flush()
    for s in named:
        session.add(MessageMention(message_id=message.id, staff_id=s.id))
    thread.last_message_at = message.created_at
    _mark_read(session, thread.id, ctx.actor.staff_id, message.id)
    ctx.audit(session, "message.post", entity_type="team_message", entity_id=message.id, patient_id=thread.patient_id,
              detail=f"thread {thread.id}" + (" urgent" if message.urgent else "") + (f" {len(named)} mentions"
                                                                                       if named else ""))
    announce(ctx, thread, message)
    return message


def announce(ctx: ServiceContext, thread: MessageThread, message: TeamMessage) -> None:
    """Tell every workstation a thread changed (``message.posted``)."""
    ctx.announce(POSTED, thread_id=thread.id, patient_id=thread.patient_id, message_id=message.id,
                 urgent=message.urgent, mentions=message.mentions, author_staff_id=message.author_staff_id)


def start_thread(ctx: ServiceContext, *, subject: str, message: MessageInput, patient_id: int | None = None) -> int:
    """Start a thread (about ``patient_id``, or a general team thread) with its first message; returns its id."""
    require(ctx, "message.post")
    subject_text = subject_of(subject)
    body_of(message)
    with ctx.transaction() as session:
        if patient_id is not None and (not isinstance(patient_id, int) or session.get(Patient, patient_id) is None):
            raise ValidationError("patient_id", "messages.not_a_patient")
        thread = MessageThread(patient_id=patient_id, subject=subject_text, created_by_staff_id=ctx.actor.staff_id)
        record = Record("message_thread", None, access_records.patient_team(session, patient_id))
        require(ctx, "message.post", record)
        session.add(thread)
        session.flush()
        ctx.audit(session, "message.start", entity_type="message_thread", entity_id=thread.id, patient_id=patient_id)
        _add_message(ctx, session, thread, record, message)
        return thread.id


def post(ctx: ServiceContext, thread_id: int, message: MessageInput) -> int:
    """Add a message to a thread; returns its id."""
    require(ctx, "message.post")
    body_of(message)
    with ctx.transaction() as session:
        thread = get_thread(session, thread_id)
        record = thread_record(session, thread)
        require(ctx, "message.post", record)
        return _add_message(ctx, session, thread, record, message).id


def retract(ctx: ServiceContext, message_id: int, reason: str) -> None:
    """Retract one's own message: it stays stored, with who retracted it, when and why (never deleted)."""
    require(ctx, "message.retract")
    why = reason_of(reason)
    with ctx.transaction() as session:
        message = get_message(session, message_id)
        thread = get_thread(session, message.thread_id)
        team = access_records.patient_team(session, thread.patient_id)
        require(ctx, "message.read", Record("message_thread", thread.id, team))
        require(ctx, "message.retract", Record("team_message", message.id, team, author_id=message.author_staff_id))
        if message.retracted_at is not None:
            raise ValidationError("message_id", "messages.already_retracted", day=message.retracted_at)
        message.retracted_at, message.retracted_by_staff_id, message.retracted_reason = utcnow(), \
            ctx.actor.staff_id, why
        ctx.audit(session, "message.retract", entity_type="team_message", entity_id=message.id,
                  patient_id=thread.patient_id, detail=why[:200])
        announce(ctx, thread, message)


def _mark_read(session: Session, thread_id: int, staff_id: int | None, message_id: int) -> None:
    if staff_id is None:
        return
    mark = session.exec(select(ThreadReadMark).where(ThreadReadMark.thread_id == thread_id,
                                                     ThreadReadMark.staff_id == staff_id)).first()
    if mark is None:
        session.add(ThreadReadMark(thread_id=thread_id, staff_id=staff_id, last_read_message_id=message_id))
    elif mark.last_read_message_id < message_id:
        mark.last_read_message_id, mark.read_at = message_id, utcnow()


def _patient_name(session: Session, patient_id: int | None) -> str:
    patient = session.get(Patient, patient_id) if patient_id is not None else None
    return f"{patient.family_name.upper()} {patient.given_names}" if patient is not None else ""


def open_thread(ctx: ServiceContext, thread_id: int) -> ThreadDetail:
    """The thread with its messages (an audited read for a patient thread); the reader has now read it all."""
    with ctx.transaction() as session:
        thread = get_thread(session, thread_id)
        record = thread_record(session, thread)
        require(ctx, "message.read", record)
        if thread.patient_id is not None:
            ctx.audit(session, "message.read", entity_type="message_thread", entity_id=thread.id,
                      patient_id=thread.patient_id)
        messages = list(session.exec(select(TeamMessage).where(TeamMessage.thread_id == thread.id)
                                     .order_by(TeamMessage.id)))
        names = {s.id: s.display_name for s in session.exec(select(Staff))}
        last = max((m.id for m in messages), default=0)
        before = session.exec(select(ThreadReadMark.last_read_message_id).where(
            ThreadReadMark.thread_id == thread.id, ThreadReadMark.staff_id == ctx.actor.staff_id)).first() or 0
        if last > before:   # the reader has now read it all (they count among its readers at once)
            _mark_read(session, thread.id, ctx.actor.staff_id, last)
            session.flush()
            ctx.announce(READ, thread_id=thread.id, patient_id=thread.patient_id, staff_id=ctx.actor.staff_id)
        marks = session.exec(select(ThreadReadMark).where(ThreadReadMark.thread_id == thread.id)).all()
        links: dict[int, list[tuple[str, int]]] = {}
        if messages:
            for link in session.exec(select(MessageLink).where(
                    MessageLink.message_id.in_([m.id for m in messages])).order_by(MessageLink.id)):
                links.setdefault(link.message_id, []).append((link.kind, link.target_id))
        rows = []
        for m in messages:
            readers = tuple(sorted(names.get(k.staff_id, "?") for k in marks
                                   if k.last_read_message_id >= m.id and k.staff_id != m.author_staff_id))
            retracted = m.retracted_at is not None
            rows.append(MessageRow(m.id, thread.id, m.author_staff_id, m.author_name, "" if retracted else m.body,
                                   m.urgent, tuple(names.get(int(i), "?") for i in m.mentions.split()),
                                   m.created_at, m.retracted_at, names.get(m.retracted_by_staff_id, ""),
                                   m.retracted_reason or "", readers, tuple(links.get(m.id, ()))))
        return ThreadDetail(thread.id, thread.patient_id, _patient_name(session, thread.patient_id), thread.subject,
                            tuple(rows), record)

