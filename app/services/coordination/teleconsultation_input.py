"""A teleconsultation booking as the dialog hands it over, its checks (each refusal names the field; nothing is
stored), and the preparation checklist read from ``resources/coordination/teleconsultation_checklist.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from urllib.parse import urlsplit

from sqlmodel import Session

from app.models.staff import Staff
from app.resources import resource_dir
from app.services.coordination.hospital_events import patient_or_fail
from app.services.errors import ValidationError
from app.services.kernel.labels import lang_of
from app.services.kernel.validation import clean_text
from app.services.security.policy import APN, MA, NURSE, PHYSICIAN
from app.services.tasks import recurrence
from app.services.tasks.protocol_files import get_protocol

ACCOMPANYING_ROLES = (NURSE, APN, MA)
URL_MAX = 500
LONGEST = timedelta(hours=4)
FURTHEST = timedelta(days=366)


@dataclass
class TeleconsultationInput:
    """Slot (naive local Europe/Paris wall-clock time, or aware), patient, both participants, link, protocol."""

    patient_id: int | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    accompanying_staff_id: int | None = None
    remote_physician_id: int | None = None
    video_url: str = ""
    protocol_code: str | None = None


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    title: dict[str, str]
    source: str


@cache
def checklist() -> tuple[ChecklistItem, ...]:
    """The preparation checklist (one task per item)."""
    data = json.loads(resource_dir("coordination", "teleconsultation_checklist.json").read_text(encoding="utf-8"))
    return tuple(ChecklistItem(i["code"], i["title"], i["source"]) for i in data["items"])


def item_title(item: ChecklistItem, lang: str) -> str:
    return item.title.get(lang_of(lang)) or item.title["fr"]


def _utc(value, field_name: str) -> datetime:
    if not isinstance(value, datetime):
        raise ValidationError(field_name, "required")
    return value.astimezone(UTC) if value.tzinfo else recurrence.to_utc(value)


def check_url(value: str | None) -> str:
    """An https link to the practice's video service (no spaces, a host, at most ``URL_MAX`` characters)."""
    url = clean_text(value, "video_url", URL_MAX, True)
    parts = urlsplit(url)
    if parts.scheme.lower() != "https" or not parts.hostname or any(c.isspace() for c in url):
        raise ValidationError("video_url", "coordination.teleconsult_url_https")
    return url


def _member(session: Session, staff_id, roles: tuple[str, ...]) -> Staff | None:
    person = session.get(Staff, staff_id) if isinstance(staff_id, int) else None
    return person if person is not None and person.active and person.role_set & set(roles) else None


def validated(session: Session, data: TeleconsultationInput, now: datetime) -> dict:
    """The values to store, or a ``ValidationError`` naming the first field that is wrong."""
    patient_or_fail(session, data.patient_id)
    starts, ends = _utc(data.starts_at, "starts_at"), _utc(data.ends_at, "ends_at")
    if starts < now:
        raise ValidationError("starts_at", "coordination.teleconsult_in_past")
    if starts > now + FURTHEST:
        raise ValidationError("starts_at", "coordination.teleconsult_too_far")
    if ends <= starts or ends - starts > LONGEST:
        raise ValidationError("ends_at", "coordination.teleconsult_end", hours=int(LONGEST.total_seconds() // 3600))
    if _member(session, data.accompanying_staff_id, ACCOMPANYING_ROLES) is None:
        raise ValidationError("accompanying_staff_id", "coordination.teleconsult_accompanying_role")
    if _member(session, data.remote_physician_id, (PHYSICIAN,)) is None:
        raise ValidationError("remote_physician_id", "coordination.teleconsult_physician_role")
    if data.remote_physician_id == data.accompanying_staff_id:
        raise ValidationError("remote_physician_id", "coordination.teleconsult_same_person")
    code = clean_text(data.protocol_code, "protocol_code", 60)
    if code and get_protocol(code) is None:
        raise ValidationError("protocol_code", "tasks.unknown_protocol", protocol_code=code)
    return {"patient_id": data.patient_id, "starts_at": starts, "ends_at": ends,
            "accompanying_staff_id": data.accompanying_staff_id, "remote_physician_id": data.remote_physician_id,
            "video_url": check_url(data.video_url), "protocol_code": code}
