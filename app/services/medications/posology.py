"""The posology of a medication line: how much, when and how — aligned with the eMediplan CHMED16A posology.

A ``Posology`` has one ``schedule``:

- ``times``: amounts at the four times of day, every day (CHMED16A ``D``: morning, noon, evening, night);
  ``in_reserve`` means these amounts are taken only if needed (``InRes`` with ``D``).
- ``cycle``: takings in a cycle of ``cycle_days`` days (CHMED16A ``CyDu`` with taking times ``TT``). Each taking
  has a day of the cycle, a clock time and an amount. In a cycle of whole weeks day 0 is a Monday (so
  "methotrexate 15 mg once a week on Monday" is cycle_days 7, one taking on day 0); in any other cycle day 0 is the
  start date.
- ``as_needed``: if needed, ``as_needed_amount`` per taking and at most ``max_per_day`` a day (``InRes`` with
  ``TT`` ``A`` and ``MA``).
- ``text``: no structured schedule; the instructions say it ("see instructions"), or nothing is known yet.

A posology made without naming its schedule takes the one its fields imply (``kind``).

Every amount counts in the line's ``unit`` (``posology_terms.units()``). The route is an EDQM code (``route``), or
a free text (``route_text``) when it names no code. ``start_date``/``end_date`` are CHMED16A ``DtFrom``/``DtTo``
(the end date is the last day of taking). ``checked`` validates a posology (errors name the field; nothing is
stored) and ``amounts`` derives the amounts a day and a week, in the unit and, where the strength allows, in mg.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from fractions import Fraction

from app.services.errors import ValidationError
from app.services.kernel.validation import clean_text, parse_date
from app.services.medications import posology_terms as terms

SCHEDULES = ("times", "cycle", "as_needed", "text")
TIME_FIELDS = ("dose_morning", "dose_noon", "dose_evening", "dose_night")
# The eMediplan print layout names the times of day: Morning (08:00) Noon (12:00) Evening (18:00) Night (22:00).
TIME_OF_DAY = {"dose_morning": "08:00", "dose_noon": "12:00", "dose_evening": "18:00", "dose_night": "22:00"}
MAX_CYCLE_DAYS = 366
MAX_TAKINGS = 28
_UNICODE_FRACTIONS = {"½": "1/2", "¼": "1/4", "¾": "3/4", "⅓": "1/3", "⅔": "2/3", "⅛": "1/8"}
_AMOUNT = re.compile(r"^(\d+(?:[.,]\d+)?)$|^(?:(\d+)\s+)?(\d+)\s*/\s*(\d+)$")
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.hH]([0-5]\d)$")
_MAX_AMOUNT = {"count": 100, "dose": 100}   # units of presentation or doses; other kinds (mg, ml …) up to 100,000


@dataclass(frozen=True)
class Taking:
    """One taking of a cycle: the day of the cycle (0 = first), the clock time ("08:00") and the amount."""

    day: int | str = 0
    time: str = "08:00"
    amount: str | float | int | None = None


@dataclass(frozen=True)
class Posology:
    """How a medication is taken (see the module text); amounts are canonical decimal text once checked."""

    schedule: str | None = None     # None: read from the fields given (takings, as-needed amount, times, else text)
    dose_morning: str | float | int | None = None
    dose_noon: str | float | int | None = None
    dose_evening: str | float | int | None = None
    dose_night: str | float | int | None = None
    in_reserve: bool = False
    cycle_days: int | str | None = None
    takings: tuple[Taking, ...] = ()
    as_needed_amount: str | float | int | None = None
    max_per_day: str | float | int | None = None
    unit: str | None = None
    route: str | None = None
    route_text: str | None = None
    start_date: date | str | None = None
    end_date: date | str | None = None
    instructions: str | None = None

    @property
    def kind(self) -> str:
        """The schedule, or the one the fields imply when none was named."""
        if self.schedule is not None:
            return self.schedule
        if self.takings or self.cycle_days not in (None, ""):
            return "cycle"
        if self.as_needed_amount not in (None, "") or self.max_per_day not in (None, ""):
            return "as_needed"
        if any(getattr(self, f) not in (None, "") for f in TIME_FIELDS):
            return "times"
        return "text"

    @property
    def as_needed(self) -> bool:
        """Taken only if needed (an as-needed schedule, or times of day in reserve)."""
        return self.kind == "as_needed" or (self.kind == "times" and self.in_reserve)

    @property
    def times(self) -> tuple[str, str, str, str]:
        """The four times-of-day amounts as text ("" when none): morning, noon, evening, night."""
        return tuple(_text(getattr(self, f)) for f in TIME_FIELDS)  # type: ignore[return-value]


def _text(value) -> str:
    return "" if value is None else str(value)


# -- amounts --------------------------------------------------------------------------------------------------------
def parse_amount(value, field_name: str, unit: str | None = None) -> str | None:
    """"1", "0,5", "1/2", "½", "1 1/2" → canonical decimal text ("1", "0.5", "1.5"); empty or 0 → None."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        amount = Fraction(str(value))
    else:
        text = str(value or "").strip()
        for char, repl in _UNICODE_FRACTIONS.items():
            text = text.replace(char, (" " + repl) if text[:1].isdigit() else repl)
        text = text.strip()
        if not text:
            return None
        m = _AMOUNT.match(text)
        if not m or (m.group(4) is not None and int(m.group(4)) == 0):
            raise ValidationError(field_name, "medications.amount_not_a_number")
        if m.group(1):
            amount = Fraction(m.group(1).replace(",", "."))
        else:
            amount = Fraction(int(m.group(3)), int(m.group(4))) + int(m.group(2) or 0)
    if amount < 0:
        raise ValidationError(field_name, "medications.amount_not_a_number")
    kind = terms.units()[unit].kind if unit in terms.units() else "count"
    limit = _MAX_AMOUNT.get(kind, 100_000)
    if amount > limit:
        raise ValidationError(field_name, "medications.amount_too_large", max=limit)
    if amount == 0:
        return None
    return f"{float(amount):.3f}".rstrip("0").rstrip(".")


def _fraction(text: str | None) -> Fraction:
    return Fraction(text) if text else Fraction(0)


# -- checking -------------------------------------------------------------------------------------------------------
def optional_date(value, field_name: str) -> date | None:
    """An optional date (empty → None) between 1900 and 2200."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    day = parse_date(value, field_name)
    if day.year < 1900 or day.year > 2200:
        raise ValidationError(field_name, "medications.date_implausible")
    return day


def _time(value, field_name: str) -> str:
    m = _TIME.match(str(value or "").strip())
    if not m:
        raise ValidationError(field_name, "medications.not_a_time")
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def _whole(value, field_name: str, low: int, high: int) -> int:
    try:
        number = int(str(value).strip()) if not isinstance(value, int) or isinstance(value, bool) else value
    except (TypeError, ValueError):
        raise ValidationError(field_name, "not_a_whole_number") from None
    if not low <= number <= high:
        raise ValidationError(field_name, "out_of_range", min=low, max=high)
    return number


def _unused(p: Posology, names: tuple[str, ...]) -> None:
    """Fields the schedule does not use must be empty (an amount typed there would be silently lost)."""
    for name in names:
        value = getattr(p, name)
        if value not in (None, "", (), False) and not (isinstance(value, str) and not value.strip()):
            raise ValidationError(name, "medications.not_used_by_schedule", schedule=p.schedule)


def checked(p: Posology) -> Posology:
    """The posology validated and normalised; a bad value raises ``ValidationError`` naming its field."""
    p = replace(p, schedule=p.kind)
    if p.schedule not in SCHEDULES:
        raise ValidationError("schedule", "one_of", allowed=SCHEDULES)
    unit = (p.unit or "").strip() or None
    if unit is not None and unit not in terms.units():
        raise ValidationError("unit", "medications.unknown_unit")
    values: dict = {"schedule": p.schedule, "unit": unit}
    if p.schedule == "times":
        _unused(p, ("cycle_days", "takings", "as_needed_amount", "max_per_day"))
        for name in TIME_FIELDS:
            values[name] = parse_amount(getattr(p, name), name, unit)
        if not any(values[name] for name in TIME_FIELDS):
            raise ValidationError("dose_morning", "medications.no_amount")
        values["in_reserve"] = bool(p.in_reserve)
    elif p.schedule == "cycle":
        _unused(p, (*TIME_FIELDS, "in_reserve", "as_needed_amount", "max_per_day"))
        days = values["cycle_days"] = _whole(p.cycle_days, "cycle_days", 1, MAX_CYCLE_DAYS)
        if not p.takings:
            raise ValidationError("takings", "medications.no_taking")
        if len(p.takings) > MAX_TAKINGS:
            raise ValidationError("takings", "medications.too_many_takings", max=MAX_TAKINGS)
        takings = []
        for i, t in enumerate(p.takings, start=1):
            where = f"takings[{i}]"
            day = _whole(t.day, f"{where}.day", 0, days - 1)
            time = _time(t.time, f"{where}.time")
            amount = parse_amount(t.amount, f"{where}.amount", unit)
            if amount is None:
                raise ValidationError(f"{where}.amount", "required")
            takings.append(Taking(day, time, amount))
        seen = set()
        for i, t in enumerate(takings, start=1):
            if (t.day, t.time) in seen:
                raise ValidationError(f"takings[{i}].time", "medications.taking_twice")
            seen.add((t.day, t.time))
        values["takings"] = tuple(sorted(takings, key=lambda t: (t.day, t.time)))
    elif p.schedule == "as_needed":
        _unused(p, (*TIME_FIELDS, "in_reserve", "cycle_days", "takings"))
        amount = values["as_needed_amount"] = parse_amount(p.as_needed_amount, "as_needed_amount", unit)
        most = values["max_per_day"] = parse_amount(p.max_per_day, "max_per_day", unit)
        if most is not None and amount is None:
            raise ValidationError("as_needed_amount", "medications.max_without_amount")
        if most is not None and _fraction(most) < _fraction(amount):
            raise ValidationError("max_per_day", "medications.max_below_amount")
    else:
        _unused(p, (*TIME_FIELDS, "in_reserve", "cycle_days", "takings", "as_needed_amount", "max_per_day"))
    route = (p.route or "").strip() or None
    text = clean_text(p.route_text, "route_text", 100)
    if route is not None and route not in terms.routes():
        raise ValidationError("route", "medications.unknown_route")
    if route is None and text and terms.route_code(text):   # a text that names a coded route becomes the code
        route, text = terms.route_code(text), None
    if route is not None and text:
        raise ValidationError("route_text", "medications.route_twice")
    values.update(route=route, route_text=text)
    start = values["start_date"] = optional_date(p.start_date, "start_date")
    end = values["end_date"] = optional_date(p.end_date, "end_date")
    if start and end and end < start:
        raise ValidationError("end_date", "medications.end_before_start")
    values["instructions"] = clean_text(p.instructions, "instructions", 500)
    return Posology(**values)


# -- derived amounts ------------------------------------------------------------------------------------------------
_MASS = {"mg": Fraction(1), "g": Fraction(1000), "µg": Fraction(1, 1000), "mcg": Fraction(1, 1000),
         "ug": Fraction(1, 1000), "microgramme": Fraction(1, 1000), "microgrammes": Fraction(1, 1000),
         "mikrogramm": Fraction(1, 1000)}
_STRENGTH = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(mg|g|µg|mcg|ug|microgrammes?|mikrogramm)\b\s*(?:/\s*(\d+(?:[.,]\d+)?)?"
                       r"\s*([a-zäöüéè]+)\.?)?\s*$", re.IGNORECASE)
_PER_VOLUME = {"ml"}
_PER_DOSE = {"dose", "doses", "bouffée", "bouffées", "hub", "puff", "pulvérisation", "sprühstoss", "actuation",
             "inhalation"}
_PER_PIECE = {"cp", "comprimé", "tablette", "tablet", "gélule", "kapsel", "capsule", "sachet", "beutel",
              "suppositoire", "zäpfchen"}


def mg_per_unit(strength: str | None, unit: str | None) -> Fraction | None:
    """How many mg one ``unit`` holds, from the unit itself (mg, g, µg) or the strength ("5 mg" per tablet,
    "100 µg/dose" per puff, "500 mg/5 ml" per ml); None where the strength does not say it (a combination,
    a rate per hour, no strength)."""
    info = terms.units().get(unit or "")
    if info is None:
        return None
    if info.mg is not None:
        return Fraction(str(info.mg))
    m = _STRENGTH.match((strength or "").replace("\u00a0", " "))
    if not m:
        return None
    mass = Fraction(m.group(1).replace(",", ".")) * _MASS[m.group(2).lower()]
    per_count = Fraction(m.group(3).replace(",", ".")) if m.group(3) else Fraction(1)
    per = (m.group(4) or "").lower()
    if per_count == 0:
        return None
    if info.kind == "volume" and unit == "ml" and per in _PER_VOLUME:
        return mass / per_count
    if info.kind == "dose" and unit != "drop" and (not per or per in _PER_DOSE):
        return mass / per_count
    if info.kind == "count" and (not per or per in _PER_PIECE):
        return mass / per_count
    return None


@dataclass(frozen=True)
class Amounts:
    """What a posology adds up to, in its unit and (``mg_per_unit`` known) in mg. Regular schedules have amounts
    a day (a cycle: the mean over the cycle) and a week; as-needed ones the most a day."""

    per_day: Fraction | None
    per_week: Fraction | None
    max_per_day: Fraction | None
    mg_per_unit: Fraction | None
    cycle_days: int | None    # 1 for times of day, the cycle for a cycle, None when not regular

    def _mg(self, value: Fraction | None) -> float | None:
        return None if value is None or self.mg_per_unit is None else float(value * self.mg_per_unit)

    @property
    def mg_per_day(self) -> float | None:
        return self._mg(self.per_day)

    @property
    def mg_per_week(self) -> float | None:
        return self._mg(self.per_week)

    @property
    def max_mg_per_day(self) -> float | None:
        return self._mg(self.max_per_day)

    @property
    def daily_mg(self) -> float | None:
        """The mg a day the review engine reads: the mean a day of a regular schedule, or the most a day of an
        as-needed one (the worst case a dose limit must see)."""
        return self.mg_per_day if self.per_day is not None else self.max_mg_per_day


def amounts(p: Posology, strength: str | None = None) -> Amounts:
    """The derived amounts of a checked posology."""
    per_unit = mg_per_unit(strength, p.unit)
    if p.kind == "times":
        total = sum((_fraction(_text(getattr(p, f)) or None) for f in TIME_FIELDS), Fraction(0))
        if p.in_reserve:
            return Amounts(None, None, total, per_unit, None)
        return Amounts(total, total * 7, None, per_unit, 1)
    if p.kind == "cycle" and p.cycle_days:
        total = sum((_fraction(_text(t.amount)) for t in p.takings), Fraction(0))
        per_day = total / int(p.cycle_days)
        return Amounts(per_day, per_day * 7, None, per_unit, int(p.cycle_days))
    if p.kind == "as_needed":
        most = _text(p.max_per_day) or None
        return Amounts(None, None, _fraction(most) if most else None, per_unit, None)
    return Amounts(None, None, None, per_unit, None)


def scaled(p: Posology, factor: float | Fraction) -> Posology:
    """The same schedule with every amount multiplied by ``factor`` (a cycle's takings, an as-needed amount and its
    maximum a day); a "see instructions" posology has no amount and comes back as it is. ``p`` must be checked."""
    ratio = Fraction(str(factor))

    def times(value, field_name: str):
        return None if value in (None, "") else parse_amount(Fraction(str(value)) * ratio, field_name, p.unit)

    if p.kind == "times":
        return replace(p, **{name: times(getattr(p, name), name) for name in TIME_FIELDS})
    if p.kind == "cycle":
        return replace(p, takings=tuple(replace(t, amount=times(t.amount, f"takings[{i}].amount"))
                                        for i, t in enumerate(p.takings, start=1)))
    if p.kind == "as_needed":
        return replace(p, as_needed_amount=times(p.as_needed_amount, "as_needed_amount"),
                       max_per_day=times(p.max_per_day, "max_per_day"))
    return p


# -- storage --------------------------------------------------------------------------------------------------------
def to_dict(p: Posology) -> dict:
    """JSON-ready values (dates as ISO text, takings as lists of dicts)."""
    out = asdict(p)
    out["takings"] = [asdict(t) for t in p.takings]
    for name in ("start_date", "end_date"):
        if isinstance(out[name], date):
            out[name] = out[name].isoformat()
    return out


def from_dict(values: dict | None) -> Posology:
    """Back from ``to_dict``."""
    values = dict(values or {})
    known = {f.name for f in fields(Posology)}
    out = {k: v for k, v in values.items() if k in known}
    out["takings"] = tuple(Taking(**t) for t in values.get("takings") or ())
    for name in ("start_date", "end_date"):
        if isinstance(out.get(name), str):
            out[name] = date.fromisoformat(out[name]) if out[name] else None
    return Posology(**out)


def with_dates(p: Posology, start: date | None, end: date | None) -> Posology:
    """The same posology over other dates."""
    return replace(p, start_date=start, end_date=end)


__all__ = ["SCHEDULES", "TIME_FIELDS", "TIME_OF_DAY", "Taking", "Posology", "Amounts", "parse_amount", "checked",
           "mg_per_unit", "amounts", "scaled", "to_dict", "from_dict", "with_dates", "optional_date"]
