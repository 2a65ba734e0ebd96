"""Dates on screen in the user's format: the language and the practice's country decide (fr-FR ``07/12/2026``;
fr-CH, de-CH ``07.12.2026``). ``i18n.install`` sets it at start-up and at login.

Date fields show and accept the same format (``qt_format`` for a date edit; typed dates go through the services'
``parse_date``, which reads both 07.12.2026 and 07/12/2026). Printouts keep their own formats (``kernel.labels``).
"""

from __future__ import annotations

import re
from datetime import date, datetime

_state: dict = {"separator": ".", "country": None}


def use(language: str, country: str | None) -> None:
    """The format for ``language`` in ``country`` (FR or CH): slashes for French and English in France, dots in
    Switzerland and for German. Without a practice's country (before login, the command line), dots."""
    _state["country"] = country.upper() if country else None
    _state["separator"] = "/" if _state["country"] == "FR" and language in ("fr", "en") else "."


def country() -> str | None:
    """The practice's country the format follows (FR or CH; None before login)."""
    return _state["country"]


def separator() -> str:
    """"/" (France) or "." (Switzerland, German)."""
    return _state["separator"]


def qt_format() -> str:
    """The date format of a ``QDateEdit`` (``dd/MM/yyyy`` or ``dd.MM.yyyy``)."""
    return separator().join(("dd", "MM", "yyyy"))


def day(value: date | datetime | None) -> str:
    """A date (a moment: its local day) as the user reads it; "" when empty."""
    if not value:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone() if value.tzinfo is not None else value
    return value.strftime(separator().join(("%d", "%m", "%Y")))


def stamp(value: datetime | None, seconds: bool = False) -> str:
    """A moment in local time as the user reads it: day and HH:MM (HH:MM:SS)."""
    if value is None:
        return ""
    local = value.astimezone()
    return f"{day(local)} {local:%H:%M:%S}" if seconds else f"{day(local)} {local:%H:%M}"


_HINT = re.compile(r"\b(\w{2})[./](\w{2})[./](\w{4})\b")


def placeholder(text: str) -> str:
    """A translated hint holding "dd.mm.yyyy" (jj.mm.aaaa, tt.mm.jjjj) with the user's separator."""
    return _HINT.sub(lambda m: separator().join(m.groups()), text)
