"""Recurring tasks: iCalendar RRULEs (python-dateutil), computed in the practice's local time (Europe/Paris).

A series keeps its start (naive local date-time); each next occurrence is computed from that start, so that
"monthly on the 31st" does not drift to the 28th after February. A monthly or yearly rule that starts on the
29th–31st falls on the last day of shorter months (not skipped, as plain RFC 5545 would do).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from dateutil.parser import parse as parse_stamp
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


def _parts(text: str) -> dict[str, str]:
    return dict(p.split("=", 1) for p in text.split(";") if "=" in p)


def _rule(text: str, start: datetime) -> rrule:
    parsed = rrulestr(text, dtstart=start)
    parts = _parts(text)
    clamp = parts["FREQ"] in ("MONTHLY", "YEARLY") and start.day > 28 and not any(k in parts for k in _DAY_PARTS)
    if clamp:
        # the start day, or the month's last day when the month is shorter
        parsed = parsed.replace(bymonthday=(start.day, -1), bysetpos=1,
                                bymonth=(start.month,) if parts["FREQ"] == "YEARLY" else None)
    return parsed


SIMPLE_FREQS = ("DAILY", "WEEKLY", "MONTHLY")
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_SIMPLE_PARTS = {"FREQ", "INTERVAL", "BYDAY", "UNTIL", "COUNT"}


@dataclass(frozen=True)
class SimpleRule:
    """A rule the recurrence editor offers: every ``interval`` days / weeks (on ``weekdays``, 0 = Monday; none: the
    due date's weekday) / months, ending never, after the day ``until`` or after ``count`` occurrences."""

    freq: str
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    until: date | None = None
    count: int | None = None


def build_rule(spec: SimpleRule) -> str:
    """The RRULE text of a simple rule (written by dateutil), e.g. ``FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH``."""
    until = datetime.combine(spec.until, time(23, 59, 59)) if spec.until else None   # the whole last day counts
    text = str(rrule(ALLOWED_FREQ[spec.freq], dtstart=datetime(2026, 1, 1), interval=spec.interval,
                     byweekday=tuple(sorted(spec.weekdays)) or None, until=until, count=spec.count))
    return normalise_rule(text.splitlines()[-1])


def simple_rule(rule: str | None) -> SimpleRule | None:
    """The simple rule a stored rule is, or None when it uses more than the editor offers (BYSETPOS, YEARLY …)."""
    text = normalise_rule(rule)
    if text is None:
        return None
    parts = _parts(text)
    days = [d for d in parts.get("BYDAY", "").split(",") if d]
    if set(parts) - _SIMPLE_PARTS or parts["FREQ"] not in SIMPLE_FREQS or (days and parts["FREQ"] != "WEEKLY") \
            or any(d not in WEEKDAY_CODES for d in days):
        return None
    until = parse_stamp(parts["UNTIL"]).date() if "UNTIL" in parts else None
    return SimpleRule(parts["FREQ"], int(parts.get("INTERVAL", 1)), tuple(sorted(WEEKDAY_CODES.index(d) for d in days)),
                      until, int(parts["COUNT"]) if "COUNT" in parts else None)


def check_ends_after_start(rule: str, start: datetime, field_name: str = "recurrence_rule") -> None:
    """Refuses a rule whose UNTIL lies before the day the series starts (it would never repeat)."""
    until = _parts(rule).get("UNTIL")
    if until and parse_stamp(until).date() < start.date():
        raise ValidationError(field_name, "tasks.rule_until_before_start")


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
