"""Lists of threads and the unread counts: the team's inbox (general threads and the patient threads the user may
read), a patient's threads, the threads that mention the user or wait unread, and search.

A message is unread for a member when it is newer than how far they have read its thread, is not their own and is
not retracted. Lists show only the threads the user may read (``security.records.patient_scope``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, func, or_
from sqlmodel import Session, select

from app.models.message import MessageMention, MessageThread, TeamMessage, ThreadReadMark
from app.models.patient import Patient
from app.services.errors import ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.text_search import tokens
from app.services.security import records as access_records
from app.services.security.access import require

LIMIT = 300
FILTERS = ("all", "unread", "mentions", "team")


@dataclass(frozen=True)
class ThreadRow:
    """A thread in a list: its subject, patient, last message and what waits for the user in it."""

    id: int
    patient_id: int | None
    patient_name: str
    subject: str
    last_message_at: datetime
    messages: int
    unread: int
    urgent_unread: int
    mentions_me: int


@dataclass(frozen=True)
class UnreadCounts:
    """What waits for the user: unread messages, of which urgent, and unread messages that mention them."""

    unread: int = 0
    urgent: int = 0
    mentions: int = 0


def _visible(session: Session, ctx: ServiceContext):
    require(ctx, "message.read")
    account = access_records.load_account(session, ctx.actor)
    scope = access_records.patient_scope(account)
    return access_records.visible(MessageThread.patient_id, scope, MessageThread.patient_id.is_(None))


def _rows(ctx: ServiceContext, session: Session, *where, having=None) -> list[ThreadRow]:
    me = ctx.actor.staff_id
    mark = func.coalesce(ThreadReadMark.last_read_message_id, 0)
    unread = and_(TeamMessage.id > mark, TeamMessage.retracted_at.is_(None),
                  or_(TeamMessage.author_staff_id.is_(None), TeamMessage.author_staff_id != me))
    mentioned = TeamMessage.id.in_(select(MessageMention.message_id).where(MessageMention.staff_id == me))
    count = lambda cond: func.sum(case((cond, 1), else_=0))   # noqa: E731
    stmt = (select(MessageThread.id, MessageThread.patient_id, Patient.family_name, Patient.given_names,
                   MessageThread.subject, MessageThread.last_message_at, func.count(TeamMessage.id),
                   count(unread), count(and_(unread, TeamMessage.urgent)), count(and_(unread, mentioned)))
            .join(TeamMessage, TeamMessage.thread_id == MessageThread.id)
            .outerjoin(Patient, Patient.id == MessageThread.patient_id)
            .outerjoin(ThreadReadMark, and_(ThreadReadMark.thread_id == MessageThread.id,
                                            ThreadReadMark.staff_id == me))
            .where(_visible(session, ctx), *where)
            .group_by(MessageThread.id, MessageThread.patient_id, Patient.family_name, Patient.given_names,
                      MessageThread.subject, MessageThread.last_message_at, ThreadReadMark.last_read_message_id)
            .order_by(MessageThread.last_message_at.desc(), MessageThread.id.desc()).limit(LIMIT))
    if having is not None:
        stmt = stmt.having(having(count(unread), count(and_(unread, mentioned))))
    return [ThreadRow(r[0], r[1], f"{r[2].upper()} {r[3]}" if r[2] else "", r[4], r[5], r[6], int(r[7] or 0),
                      int(r[8] or 0), int(r[9] or 0)) for r in session.execute(stmt)]


def threads(ctx: ServiceContext, which: str = "all") -> list[ThreadRow]:
    """The user's inbox, latest first: ``all`` the threads they may read, ``unread`` those with unread messages,
    ``mentions`` those where an unread message names them, ``team`` the general team threads."""
    if which not in FILTERS:
        raise ValidationError("which", "one_of", allowed=FILTERS)
    with ctx.reading() as session:
        if which == "team":
            return _rows(ctx, session, MessageThread.patient_id.is_(None))
        if which == "unread":
            return _rows(ctx, session, having=lambda unread, mentions: unread > 0)
        if which == "mentions":
            return _rows(ctx, session, having=lambda unread, mentions: mentions > 0)
        return _rows(ctx, session)


def patient_threads(ctx: ServiceContext, patient_id: int) -> list[ThreadRow]:
    """A patient's threads, latest first (audited read of the chart's messages)."""
    with ctx.transaction() as session:
        require(ctx, "message.read", access_records.patient_record(session, patient_id))
        rows = _rows(ctx, session, MessageThread.patient_id == patient_id)
        ctx.audit(session, "message.list", entity_type="patient", entity_id=patient_id, patient_id=patient_id)
        return rows


def _counts(rows: list[ThreadRow]) -> UnreadCounts:
    return UnreadCounts(sum(r.unread for r in rows), sum(r.urgent_unread for r in rows),
                        sum(r.mentions_me for r in rows))


def unread_counts(ctx: ServiceContext) -> UnreadCounts:
    """What waits for the user in every thread they may read (the dock's title)."""
    with ctx.reading() as session:
        return _counts(_rows(ctx, session, having=lambda unread, mentions: unread > 0))


def patient_unread(ctx: ServiceContext, patient_id: int) -> UnreadCounts:
    """What waits for the user in a patient's threads (the chart tab's label)."""
    with ctx.reading() as session:
        require(ctx, "message.read", access_records.patient_record(session, patient_id))
        return _counts(_rows(ctx, session, MessageThread.patient_id == patient_id,
                             having=lambda unread, mentions: unread > 0))


def search(ctx: ServiceContext, text: str, patient_id: int | None = None) -> list[ThreadRow]:
    """The threads the user may read whose subject or a message (not retracted) holds every word of ``text``
    (accents and case ignored), latest first."""
    words = tokens(text or "")
    if not words:
        raise ValidationError("search", "required")
    match = [TeamMessage.search_text.like(f"%{w}%") for w in words[:8]]
    hits = select(TeamMessage.thread_id).where(TeamMessage.retracted_at.is_(None), *match)
    with ctx.reading() as session:
        where = [MessageThread.id.in_(hits)]
        if patient_id is not None:
            require(ctx, "message.read", access_records.patient_record(session, patient_id))
            where.append(MessageThread.patient_id == patient_id)
        return _rows(ctx, session, *where)
