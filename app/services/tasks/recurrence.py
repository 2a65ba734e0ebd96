"""Recurring tasks: iCalendar RRULEs (python-dateutil), computed in the practice's local time (Europe/Paris).

A series keeps its start (naive local date-time); each next occurrence is computed from that start, so that
"monthly on the 31st" does not drift to the 28th after February. A monthly or yearly rule that starts on the
29th–31st falls on the last day of shorter months (not skipped, as plain RFC 5545 would do).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY, rrule, rrulestr

from app.services.errors import ValidationError

PRACTICE_TZ = ZoneInfo("Europe/Paris")
ALLOWED_FREQ = {"DAILY": DAILY, "WEEKLY": WEEKLY, "MONTHLY": MONTHLY, "YEARLY": YEARLY}
_DAY_PARTS = ("BYMONTHDAY", "BYDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS")
_RANGES = {"INTERVAL": (1, 1000), "COUNT": (1, 1000), "BYMONTHDAY": (1, 31), "BYMONTH": (1, 12), "BYSETPOS": (1, 366),
           "BYYEARDAY": (1, 366), "BYWEEKNO": (1, 53)}


def normalise_rule(rule: str | None, field_name: str = "recurrence_rule") -> str | None:
    """Check a rule like ``FREQ=MONTHLY;INTERVAL=3``; returns it upper-cased without "RRULE:" (empty: None)."""
    text = (rule or "").strip().upper()
    if text.startswith("RRULE:"):
        text = text[6:]
    if not text:
        return None
    if len(text) > 300 or not re.fullmatch(r"[A-Z0-9=;,+\-]+", text):
        raise ValidationError(field_name, "tasks.rule_syntax")
    parts = dict(p.split("=", 1) for p in text.split(";") if "=" in p)
    if "DTSTART" in text:
        raise ValidationError(field_name, "tasks.rule_dtstart")
    if parts.get("FREQ") not in ALLOWED_FREQ:
        raise ValidationError(field_name, "tasks.rule_freq")
    for key, (low, high) in _RANGES.items():
        for item in filter(None, parts.get(key, "").split(",")):
            try:
                number = int(item)
            except ValueError:
                raise ValidationError(field_name, "tasks.rule_part_not_a_number", part=key) from None
            if not (low <= abs(number) <= high) or (number < 0 and key in ("INTERVAL", "COUNT", "BYMONTH")):
                raise ValidationError(field_name, "tasks.rule_part_out_of_range", part=key, min=low, max=high)
    try:
        rrulestr(text, dtstart=datetime(2026, 1, 1))
    except (ValueError, TypeError) as exc:
        raise ValidationError(field_name, "tasks.rule_invalid", detail=str(exc)) from None
    return text


def _rule(text: str, start: datetime) -> rrule:
    parsed = rrulestr(text, dtstart=start)
    parts = dict(p.split("=", 1) for p in text.split(";") if "=" in p)
    clamp = parts["FREQ"] in ("MONTHLY", "YEARLY") and start.day > 28 and not any(k in parts for k in _DAY_PARTS)
    if clamp:
        # the start day, or the month's last day when the month is shorter
        parsed = parsed.replace(bymonthday=(start.day, -1), bysetpos=1,
                                bymonth=(start.month,) if parts["FREQ"] == "YEARLY" else None)
    return parsed


def next_occurrence(rule: str, series_start: datetime, after: datetime) -> datetime | None:
    """The first occurrence strictly after ``after`` (both naive local); None when the series has ended."""
    return _rule(normalise_rule(rule), series_start).after(after, inc=False)


def local_start(due_date: date, due_time: time | None) -> datetime:
    """The naive local date-time a series starts at."""
    return datetime.combine(due_date, due_time or time(0, 0))


def to_utc(local: datetime) -> datetime:
    """A naive Europe/Paris wall-clock time as an aware UTC instant (DST-correct)."""
    return local.replace(tzinfo=PRACTICE_TZ).astimezone(UTC)


def to_local(instant: datetime) -> datetime:
    """An aware (or naive-UTC, as SQLite returns it) instant as naive Europe/Paris wall-clock time."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(PRACTICE_TZ).replace(tzinfo=None)


def today_local() -> date:
    return datetime.now(PRACTICE_TZ).date()
