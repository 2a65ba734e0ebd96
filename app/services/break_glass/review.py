"""The practice's policy for emergency accesses (how long, read-only or not) and the administrator's review: every
access stays in the review list until an administrator acknowledges it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from app.models.base import utcnow
from app.models.break_glass import BreakGlassGrant
from app.models.practice import Practice
from app.services.break_glass.grants import TOPIC, GrantRow, row_of  # noqa: F401  (TOPIC: for the screens)
from app.services.errors import NotFoundError, StaleRecordError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.locks import locked
from app.services.kernel.validation import clean_text
from app.services.security.access import can, require

MINUTES_MIN, MINUTES_MAX = 15, 720
"""Bounds of an access's duration: a quarter of an hour to a working day (the default is four hours)."""
NOTE_MAX = 1000


@dataclass(frozen=True)
class BreakGlassPolicy:
    """How long an emergency access lasts and whether it only reads; ``version`` is the practice record's."""

    minutes: int
    read_only: bool
    version: int


def get_policy(ctx: ServiceContext) -> BreakGlassPolicy:
    """The practice's policy for emergency accesses."""
    with ctx.reading() as session:
        require(ctx, "practice.configure")
        p = session.exec(select(Practice)).one()
        return BreakGlassPolicy(p.break_glass_minutes, p.break_glass_read_only, p.version)


def set_policy(ctx: ServiceContext, expected_version: int, *, minutes: int | str, read_only: bool) -> int:
    """Change the policy (the accesses granted from now on): ``minutes`` within ``MINUTES_MIN``–``MINUTES_MAX``.
    Returns the practice record's new version."""
    require(ctx, "practice.configure")
    try:
        value = int(str(minutes).strip())
    except ValueError:
        raise ValidationError("break_glass_minutes", "not_a_number") from None
    if not MINUTES_MIN <= value <= MINUTES_MAX:
        raise ValidationError("break_glass_minutes", "break_glass.duration_range", min=MINUTES_MIN, max=MINUTES_MAX)
    with ctx.transaction() as session:
        p = session.exec(select(Practice)).one()
        if p.version != expected_version:
            raise StaleRecordError("practice", p.id, p.updated_by, p.updated_at)
        if (p.break_glass_minutes, p.break_glass_read_only) == (value, bool(read_only)):
            return p.version
        p.break_glass_minutes, p.break_glass_read_only = value, bool(read_only)
        p.version += 1
        p.updated_at, p.updated_by = utcnow(), ctx.actor.display_name
        session.add(p)
        ctx.audit(session, "practice.configure", entity_type="practice", entity_id=p.id,
                  detail=f"break_glass_minutes={value}, break_glass_read_only={bool(read_only)}")
        ctx.announce("practice.changed", practice_id=p.id)
        return p.version


def list_accesses(ctx: ServiceContext, *, acknowledged: bool | None = False) -> list[GrantRow]:
    """Emergency accesses, newest first: those waiting for review (``acknowledged`` False, the default), those
    acknowledged (True), or all (None)."""
    with ctx.reading() as session:
        require(ctx, "break_glass.review")
        query = select(BreakGlassGrant).order_by(BreakGlassGrant.started_at.desc(), BreakGlassGrant.id.desc())
        if acknowledged is not None:
            column = BreakGlassGrant.acknowledged_at
            query = query.where(column.is_not(None) if acknowledged else column.is_(None))
        return [row_of(session, g) for g in session.exec(query)]


def count_waiting(ctx: ServiceContext) -> int:
    """How many emergency accesses wait for an administrator's review (0 for whoever may not review)."""
    return len(list_accesses(ctx)) if can(ctx, "break_glass.review") else 0


def acknowledge(ctx: ServiceContext, grant_id: int, expected_version: int, note: str | None = None) -> int:
    """An administrator has reviewed the access (with an optional note): it leaves the waiting list. Audited;
    returns the new version."""
    require(ctx, "break_glass.review")
    text = clean_text(note, "review_note", NOTE_MAX)
    with ctx.transaction() as session:
        grant = locked(session, BreakGlassGrant, grant_id)
        if grant is None:
            raise NotFoundError("emergency_access", grant_id)
        if grant.version != expected_version:
            raise StaleRecordError("emergency_access", grant.id, grant.updated_by, grant.updated_at)
        if grant.acknowledged_at is not None:
            raise ValidationError("acknowledged_at", "break_glass.already_acknowledged", by=grant.acknowledged_by)
        grant.acknowledged_at, grant.acknowledged_by, grant.review_note = utcnow(), ctx.actor.display_name, text
        grant.version += 1
        grant.updated_at, grant.updated_by = utcnow(), ctx.actor.display_name
        session.add(grant)
        ctx.audit(session, "break_glass.acknowledge", entity_type="break_glass", entity_id=grant.id,
                  patient_id=grant.patient_id, detail=text or "")
        ctx.announce(TOPIC, grant_id=grant.id, patient_id=grant.patient_id, staff_id=grant.staff_id)
        return grant.version
