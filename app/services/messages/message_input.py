"""What the message forms hand over, and its checks: each refusal names the field; nothing is stored.

A member is mentioned by ``@login`` in the text or picked from a list; a patient thread may mention only members
who may read the patient's chart (else they would be named in a thread they cannot open).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlmodel import Session, select

from app.models.staff import Staff
from app.services.errors import ValidationError
from app.services.kernel.validation import clean_text
from app.services.security.relations import Account, Record, decide

MAX_BODY = 4000
MAX_SUBJECT = 200
MAX_REASON = 500
MAX_MENTIONS = 20
MENTION = re.compile(r"(?<![\w.@])@([A-Za-z0-9][A-Za-z0-9._-]{0,63})")


@dataclass
class MessageInput:
    """A message as the form fills it (``mention_ids``: members picked from the list)."""

    body: str = ""
    urgent: bool = False
    mention_ids: list[int] = field(default_factory=list)


def mentioned_logins(body: str | None) -> list[str]:
    """The logins named ``@login`` in a text, in order, once each (a final full stop is not part of a login)."""
    return list(dict.fromkeys(m.rstrip(".").lower() for m in MENTION.findall(body or "")))


def body_of(data: MessageInput) -> str:
    return clean_text(data.body, "body", MAX_BODY, required=True)


def subject_of(subject: str | None) -> str:
    return clean_text(subject, "subject", MAX_SUBJECT, required=True)


def reason_of(reason: str | None) -> str:
    return clean_text(reason, "retracted_reason", MAX_REASON, required=True)


def mentioned_staff(session: Session, body: str, data: MessageInput, chart_access: str,
                    thread: Record | None) -> list[Staff]:
    """The active members the message names (by ``@login`` or picked), each allowed to read the thread."""
    logins = mentioned_logins(body)
    staff = list(session.exec(select(Staff).where(Staff.active)))
    by_login = {s.username.lower(): s for s in staff}
    unknown = [name for name in logins if name not in by_login]
    if unknown:
        raise ValidationError("mentions", "messages.unknown_login", logins=", ".join("@" + u for u in unknown))
    by_id = {s.id: s for s in staff}
    picked = [int(i) for i in dict.fromkeys(data.mention_ids or ())]
    missing = [i for i in picked if i not in by_id]
    if missing:
        raise ValidationError("mentions", "access.unknown_staff", ids=missing)
    named = list({s.id: s for s in [by_login[n] for n in logins] + [by_id[i] for i in picked]}.values())
    if len(named) > MAX_MENTIONS:
        raise ValidationError("mentions", "messages.too_many_mentions", max=MAX_MENTIONS)
    if thread is not None:
        outside = [s.display_name for s in named
                   if not decide(Account(s.id, s.role_set, True, chart_access), "message.read", thread).allowed]
        if outside:
            raise ValidationError("mentions", "messages.mention_outside_circle", names=", ".join(outside))
    return named
