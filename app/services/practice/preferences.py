"""Each user's own preferences: the interface language (empty: the practice's language).

A user changes only their own account (``staff.preferences`` on the staff record, ``relations.oneself``); the
screen speaks the chosen language from the next login, with the date format of that language and the practice's
country (``UserLocale``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from app.models.base import utcnow
from app.models.practice import Practice
from app.models.staff import Staff
from app.services.errors import NotFoundError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.kernel.labels import LANGS
from app.services.security.access import require
from app.services.security.relations import Record

FIELD = "language"


@dataclass(frozen=True)
class UserLocale:
    """The language the user's screen speaks, the one they chose (None: the practice's) and the practice's
    country (FR or CH: it decides the date format with the language)."""

    language: str
    chosen: str | None
    country: str


def staff_record(staff_id: int | None) -> Record:
    """The access facts of a staff account for ``staff.preferences``."""
    return Record("staff", staff_id)


def _checked(language: str | None) -> str | None:
    value = (language or "").strip().lower()
    if not value:
        return None
    if value not in LANGS:
        raise ValidationError(FIELD, "one_of", allowed=LANGS)
    return value


def my_locale(ctx: ServiceContext) -> UserLocale:
    """The acting user's language and the practice's country (the system actor: the practice's language)."""
    with ctx.transaction() as session:
        practice = session.exec(select(Practice)).first()
        shared = practice.language if practice is not None else "fr"
        country = practice.country if practice is not None else "FR"
        member = session.get(Staff, ctx.actor.staff_id) if ctx.actor.staff_id is not None else None
        chosen = member.language if member is not None and member.language in LANGS else None
    return UserLocale(chosen or (shared if shared in LANGS else "fr"), chosen, country or "FR")


def set_language(ctx: ServiceContext, staff_id: int, language: str | None) -> None:
    """Set the interface language of one's own account (fr, de, en; None or "": the practice's language)."""
    require(ctx, "staff.preferences", staff_record(staff_id))
    value = _checked(language)
    with ctx.transaction() as session:
        member = session.get(Staff, staff_id)
        if member is None:
            raise NotFoundError("staff member", staff_id)
        if member.language == value:
            return
        member.language = value
        member.version += 1
        member.updated_at = utcnow()
        member.updated_by = ctx.actor.display_name
        session.add(member)
        ctx.audit(session, "staff.language", entity_type="staff", entity_id=staff_id,
                  detail=f"language={value or 'practice'}")
        ctx.announce("staff.changed", staff_id=staff_id)
