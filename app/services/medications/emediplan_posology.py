"""The posology of a line in an eMediplan CHMED16A ``Medicament``, both ways, without loss.

CHMED16A (github.com/ig-emediplan/specification, ``chmed16a/README.md``): ``Medicament.Unit`` (HCI CdTyp9),
``Medicament.Roa`` (HCI CdTyp26), ``Medicament.AppInstr``, and one ``Posology``:

- times of day: ``D`` [morning, noon, evening, night]; ``InRes`` 1 when taken only if needed;
- a cycle: ``CyDu``, its length in seconds, and taking times ``TT`` [{``Off``: seconds after the cycle start,
  ``DoFrom``: the amount}]; the first cycle starts at ``DtFrom`` 00:00, so the weekday of a taking is that of
  ``DtFrom`` + ``Off``;
- as needed: ``InRes`` 1 and ``TT`` [{``Off`` 0, ``A``: the amount per taking, ``MA``: at most per cycle}] with
  the default cycle of one day;
- ``DtFrom`` (required: the plan's date when the start is not known) and ``DtTo`` (the last day, inclusive).

Private fields (read only under Cordée's ``PSchema``) keep what the public ones cannot: Cordée's unit when CdTyp9
has no code of its own for it (capsule, suppository), the EDQM route when its CdTyp26 code reads back as another
one, ``NoStart`` when ``DtFrom`` is only the plan's date, and ``NoUnit`` when the mandatory ``Unit`` "Stk" stands for
no unit at all.
"""

from __future__ import annotations

import math
from datetime import date

from app.services.medications import posology_terms as terms
from app.services.medications.posology import TIME_FIELDS, Posology, Taking

DAY = 86_400
PSCHEMA = "cordee-1"


def _number(text) -> float:
    return float(text) if text not in (None, "") else 0.0


def _seconds(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 3600 + int(minutes) * 60


def write(p: Posology, plan_day: date) -> tuple[dict, dict, dict[str, str]]:
    """(the ``Pos`` object, the ``Medicament`` fields Unit / Roa / AppInstr, the private fields) of a posology."""
    start = p.start_date if isinstance(p.start_date, date) else plan_day
    pos: dict = {"DtFrom": start.isoformat(),
                 "DtTo": p.end_date.isoformat() if isinstance(p.end_date, date) else None}
    kind = p.kind
    if kind == "times":
        pos["D"] = [_number(getattr(p, name)) for name in TIME_FIELDS]
        if p.in_reserve:
            pos["InRes"] = 1
    elif kind == "cycle":
        days = int(p.cycle_days)
        shift = start.weekday() if days % 7 == 0 else 0   # day 0 of a cycle of weeks is a Monday
        pos["CyDu"] = days * DAY
        pos["TT"] = [{"Off": ((int(t.day) - shift) % days) * DAY + _seconds(t.time), "DoFrom": _number(t.amount)}
                     for t in p.takings]
    elif kind == "as_needed":
        pos["InRes"] = 1
        if p.as_needed_amount:
            pos["TT"] = [{"Off": 0, "A": _number(p.as_needed_amount),
                          "MA": _number(p.max_per_day) if p.max_per_day else None}]
    private: dict[str, str] = {}
    fields: dict = {"AppInstr": p.instructions}
    if p.unit:
        unit = terms.units().get(p.unit)
        fields["Unit"] = (unit.cdtyp9 if unit and unit.cdtyp9 else "Stk")
        if terms.unit_from_cdtyp9(fields["Unit"]) != p.unit:
            private["Unit"] = p.unit
    else:   # Unit is mandatory with a Pos: "Stk" for other readers, and Cordée reads back "no unit"
        fields["Unit"] = "Stk"
        private["NoUnit"] = "1"
    if p.route:
        route = terms.routes().get(p.route)
        fields["Roa"] = route.cdtyp26 if route and route.cdtyp26 else p.route
        if _route_of(fields["Roa"]) != p.route:
            private["Roa"] = p.route
    elif p.route_text:
        fields["Roa"] = p.route_text
    if not isinstance(p.start_date, date):
        private["NoStart"] = "1"
    return pos, fields, private


def _route_of(value: str | None) -> str | None:
    text = (value or "").strip()
    if text in terms.routes():
        return text
    return terms.route_from_cdtyp26(text) or terms.route_code(text)


def _amount(value) -> str | None:
    """A payload number as canonical amount text ("0.5"); nonsense (negative, not a number) reads as none."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(number) or number <= 0:
        return None
    return f"{number:.3f}".rstrip("0").rstrip(".")


def _day(text) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _clock(seconds: int) -> str:
    seconds %= DAY
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"


def _whole(value, default: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return number if number > 0 else default


def _schedule(pos: dict, start: date | None) -> dict:
    """The schedule fields of a posology from one ``Pos``."""
    reserve = pos.get("InRes") == 1
    takings = [t for t in pos.get("TT") or [] if isinstance(t, dict)]
    doses = pos.get("D") if isinstance(pos.get("D"), list) else None
    cycle = _whole(pos.get("CyDu"), DAY)
    if reserve and takings:
        first = takings[0]
        amount = _amount(first.get("A", first.get("DoFrom")))
        most = _amount(first.get("MA")) if cycle == DAY else None
        return {"schedule": "as_needed", "as_needed_amount": amount, "max_per_day": most if amount else None}
    if takings:
        offsets = [_whole(t.get("Off"), 0) if t.get("Off") else 0 for t in takings]
        amounts = [_amount(t.get("DoFrom", t.get("A"))) for t in takings]
        if cycle % DAY and DAY % cycle == 0:   # several cycles a day ("every 8 hours"): one day's takings
            repeat = DAY // cycle
            offsets = [o + k * cycle for o in offsets for k in range(repeat)]
            amounts = [a for a in amounts for _ in range(repeat)]
            cycle = DAY
        if cycle % DAY:
            return {"schedule": "text"}
        days = cycle // DAY
        shift = start.weekday() if start and days % 7 == 0 else 0
        found = {}
        for offset, amount in zip(offsets, amounts):
            if amount:
                day = (offset // DAY + shift) % days
                found[(day, _clock(offset))] = amount
        if not found:
            return {"schedule": "text"}
        return {"schedule": "cycle", "cycle_days": days,
                "takings": tuple(Taking(d, t, a) for (d, t), a in sorted(found.items()))}
    if doses is not None:
        values = dict(zip(TIME_FIELDS, [_amount(x) for x in (doses + [None] * 4)[:4]]))
        if any(values.values()):
            return {"schedule": "times", **values, "in_reserve": reserve}
    return {"schedule": "as_needed"} if reserve else {"schedule": "text"}


def read_all(medicament: dict, private: dict[str, str]) -> list[Posology]:
    """The posologies of a ``Medicament``, one for each ``Pos`` (at least one: a medicament without ``Pos`` reads
    as "see instructions"), with Cordée's private fields."""
    positions = medicament.get("Pos") if isinstance(medicament.get("Pos"), list) else []
    return [_read(medicament, pos if isinstance(pos, dict) else {}, private) for pos in positions or [{}]]


def read(medicament: dict, private: dict[str, str]) -> Posology:
    """The posology of a ``Medicament`` (its first ``Pos``) with Cordée's private fields."""
    return read_all(medicament, private)[0]


def _read(medicament: dict, pos: dict, private: dict[str, str]) -> Posology:
    start = _day(pos.get("DtFrom"))
    unit = None if private.get("NoUnit") else private.get("Unit") if private.get("Unit") in terms.units() else \
        terms.unit_from_cdtyp9(_plain(medicament.get("Unit")))
    roa = _plain(medicament.get("Roa")) or None
    route = private.get("Roa") if private.get("Roa") in terms.routes() else _route_of(roa)
    return Posology(**_schedule(pos, start), unit=unit, route=route, route_text=None if route else roa,
                    start_date=None if private.get("NoStart") else start, end_date=_day(pos.get("DtTo")),
                    instructions=_plain(medicament.get("AppInstr")) or None)


def _plain(value) -> str:
    """A payload text (numbers tolerated), else ""."""
    return str(value).strip() if isinstance(value, (str, int, float)) and not isinstance(value, bool) else ""


__all__ = ["PSCHEMA", "write", "read", "read_all"]
