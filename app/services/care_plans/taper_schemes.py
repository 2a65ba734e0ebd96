"""Taper schemes as data (``resources/deprescribing/schemes.json``): each with its source, edition, address and
reuse terms, and the steps it proposes as fractions of the starting amounts (or a stop) after a number of months
and days.

``propose`` turns a scheme and a line's current posology into dated steps: the amounts of each step are the
starting amounts times the step's fraction (``medications.posology.scaled``), rounded to a quarter of a unit of
presentation (a quarter tablet) and never below a quarter — to the nearest quarter, or up to the next one when the
scheme's ``rounding`` is "up" (a scheme whose source gives a pace "or slower": the proposal then never takes away
more than the scheme by any date). A step whose amounts come out the same as the step before it (or as the current
posology) changes nothing and is left out. The user edits the proposal before it is saved.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from datetime import date, timedelta
from fractions import Fraction
from functools import cache

from dateutil.relativedelta import relativedelta

from app.resources import resource_dir
from app.services.errors import ValidationError
from app.services.kernel.labels import lang_of
from app.services.medications import posology as posologies
from app.services.medications import posology_terms
from app.services.medications.posology import Posology

QUARTER = Fraction(1, 4)
ROUNDING = ("nearest", "up")


@dataclass(frozen=True)
class SchemeStep:
    after_days: int
    fraction: float | None      # None: the step stops the line
    stop: bool
    after_months: int = 0       # calendar months from the first step (then ``after_days``)

    def day(self, start: date) -> date:
        return start + relativedelta(months=self.after_months) + timedelta(days=self.after_days)


@dataclass(frozen=True)
class Scheme:
    key: str
    titles: dict[str, str]
    atc_prefixes: tuple[str, ...]
    steps: tuple[SchemeStep, ...]
    follow_up_days: int
    source: dict[str, str]
    verify: bool
    verify_note: str
    rounding: str = "nearest"   # ROUNDING: to the nearest quarter, or up (never below the scheme's amount)

    def title(self, lang: str) -> str:
        return self.titles.get(lang_of(lang)) or self.titles.get("en", self.key)

    def fits(self, atc: str | None) -> bool:
        """True when the line's ATC code is one of the scheme's classes."""
        return bool(atc) and any(atc.startswith(p) for p in self.atc_prefixes)


@dataclass(frozen=True)
class ProposedStep:
    """A step as the scheme proposes it (the dialog shows it and the user may change it)."""

    due_date: date
    stop: bool
    posology: Posology | None


@cache
def schemes() -> dict[str, Scheme]:
    """Every scheme of the data file, by key (read once)."""
    data = json.loads(resource_dir("deprescribing", "schemes.json").read_text(encoding="utf-8"))
    out = {}
    for s in data["schemes"]:
        steps = tuple(SchemeStep(int(x.get("after_days", 0)), x.get("fraction"), bool(x.get("stop")),
                                 int(x.get("after_months", 0))) for x in s["steps"])
        rounding = s.get("rounding", "nearest")
        if rounding not in ROUNDING:
            raise ValueError(f"schemes.json: {s['key']}: rounding {rounding!r} is not one of {ROUNDING}")
        out[s["key"]] = Scheme(s["key"], dict(s["title"]), tuple(s["atc_prefixes"]), steps, int(s["follow_up_days"]),
                               dict(s["source"]), bool(s.get("verify")), s.get("verify_note", ""), rounding)
    return out


def schemes_for(atc: str | None) -> list[Scheme]:
    """The schemes that fit the line's class first, then the others (a scheme may be chosen for any line)."""
    all_schemes = list(schemes().values())
    return [s for s in all_schemes if s.fits(atc)] + [s for s in all_schemes if not s.fits(atc)]


def scheme(key: str | None) -> Scheme:
    """The scheme ``key``; an unknown key is refused on the field ``scheme_key``."""
    found = schemes().get(key or "")
    if found is None:
        raise ValidationError("scheme_key", "one_of", allowed=tuple(schemes()))
    return found


def _rounded(value: str | None, unit: str | None, up: bool) -> str | None:
    if value in (None, ""):
        return None
    amount = Fraction(value)
    kind = posology_terms.units()[unit].kind if unit in posology_terms.units() else "count"
    if kind == "count":
        quarters = math.ceil(amount / QUARTER) if up else round(amount / QUARTER)
        amount = max(QUARTER, quarters * QUARTER)
    return posologies.parse_amount(amount, "amount", unit)


def _round_all(p: Posology, up: bool = False) -> Posology:
    if p.kind == "times":
        return replace(p, **{n: _rounded(getattr(p, n), p.unit, up) for n in posologies.TIME_FIELDS})
    if p.kind == "cycle":
        return replace(p, takings=tuple(replace(t, amount=_rounded(t.amount, p.unit, up)) for t in p.takings))
    if p.kind == "as_needed":
        return replace(p, as_needed_amount=_rounded(p.as_needed_amount, p.unit, up),
                       max_per_day=_rounded(p.max_per_day, p.unit, up))
    return p


def propose(key: str, current: Posology, start: date) -> list[ProposedStep]:
    """The steps scheme ``key`` proposes for a line taken as ``current`` (a checked posology), from ``start``.

    A posology without amounts ("see instructions") cannot be reduced by a fraction: refused on ``line_id``."""
    chosen = scheme(key)
    if current.kind == "text" and any(not s.stop for s in chosen.steps):
        raise ValidationError("line_id", "deprescribing.no_amount")
    out, previous = [], current
    for step in chosen.steps:
        day = step.day(start)
        if step.stop:
            out.append(ProposedStep(day, True, None))
            continue
        amounts = _round_all(posologies.scaled(current, step.fraction), up=chosen.rounding == "up")
        if amounts != previous:   # a step that changes nothing is no step
            out.append(ProposedStep(day, False, amounts))
            previous = amounts
    return out


__all__ = ["Scheme", "SchemeStep", "ProposedStep", "schemes", "schemes_for", "scheme", "propose"]
