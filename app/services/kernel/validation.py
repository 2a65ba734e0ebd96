"""Checks shared by every service that takes form input; each refusal names the field."""

from __future__ import annotations

import re
from datetime import date

from app.services.errors import ValidationError

DATE_TEXT = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$|^(\d{4})-(\d{2})-(\d{2})$", re.ASCII)
#: The dates any record of the practice can hold (a birth, a prescription, a period of indicators).
FIRST_DATE, LAST_DATE = date(1800, 1, 1), date(3999, 12, 31)


def clean_text(value, field_name: str, max_len: int, required: bool = False) -> str | None:
    """Stripped text, or None when empty; refuses NUL characters, missing required values and overlong text."""
    cleaned = (value or "").strip() if isinstance(value, str) or value is None else str(value)
    if "\x00" in cleaned:
        raise ValidationError(field_name, "forbidden_character")
    if not cleaned:
        if required:
            raise ValidationError(field_name, "required")
        return None
    if len(cleaned) > max_len:
        raise ValidationError(field_name, "too_long", max=max_len)
    return cleaned


def parse_date(value: date | str | None, field_name: str) -> date:
    """Accept a date or dd.mm.yyyy / dd/mm/yyyy / yyyy-mm-dd text."""
    if isinstance(value, date):
        return value
    text_value = (value or "").strip()
    if not text_value:
        raise ValidationError(field_name, "required")
    m = DATE_TEXT.match(text_value)
    if not m:
        raise ValidationError(field_name, "not_a_date")
    try:
        if m.group(1):
            parsed = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        else:
            parsed = date(int(m.group(4)), int(m.group(5)), int(m.group(6)))
    except ValueError:
        raise ValidationError(field_name, "not_a_calendar_date") from None
    if not FIRST_DATE <= parsed <= LAST_DATE:   # 01.01.9999 would overflow the first date computed from it
        raise ValidationError(field_name, "out_of_range", min=FIRST_DATE, max=LAST_DATE)
    return parsed
