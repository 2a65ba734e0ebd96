"""Maximum doses (``max_doses.json``): the amount a day (or a week, for a weekly drug) of a line compared with the
most that section 4.2 of a named product's SmPC allows for its substance and route.

The amount is the one the posology model derives (mg a day; mg a week from the cycle, so that methotrexate once a
week is not read as a daily dose). Each component of a fixed combination is checked on its own amount when the
line gives it. Where the amount or the route cannot be known, no dose finding is made: a ``not_evaluable`` finding
says which input is missing, as the other families do.
"""

from __future__ import annotations

from collections.abc import Sequence

from .context import PatientContext
from .findings import AVOID, NOT_EVALUABLE, Finding
from .knowledge import Knowledge
from .rules_base import Med, fmt

_TOLERANCE = 1e-6


def _number(value: float) -> str:
    return f"{round(value, 1):g}"


def _date(kb: Knowledge, entry: dict, lang: str) -> str:
    date = entry["source"]["date"]
    return kb.text("max_dose_undated", lang) if date == "undated" else date


def source_text(kb: Knowledge, entry: dict, lang: str) -> str:
    """"SmPC <product>, section 4.2 (<date>) — <url>" in lang."""
    src = entry["source"]
    return fmt(kb.text("max_dose_source", lang), product=src["product"], date=_date(kb, entry, lang), url=src["url"])


def _amount(m: Med, code: str, per: str) -> float | None:
    """mg a day or a week of one substance of the line (its own code or a component), None when unknown."""
    if code != m.atc:
        day = dict(m.component_doses).get(code)
        return None if day is None else day * (7 if per == "week" else 1)
    if not m.dose_complete:
        return None
    if per == "week":
        if m.weekly_dose is not None:
            return m.weekly_dose
        return None if m.dose is None else m.dose * 7
    return m.dose


def _who(kb: Knowledge, m: Med, code: str, lang: str) -> str:
    name = m.name or m.atc
    if code == m.atc:
        return name
    return f"{name} ({fmt(kb.text('max_dose_component', lang), atc=code)})"


def _finding(kb: Knowledge, m: Med, entry: dict, severity: str, message: str, recommendation: str,
             details: tuple, lang: str) -> Finding:
    return Finding(kind="max_dose", severity=severity, atc=(m.atc,), rule=entry["id"], message=message,
                   recommendation=recommendation, sources=(source_text(kb, entry, lang),), details=details)


def _not_evaluable(kb: Knowledge, m: Med, entry: dict, code: str, what: str, lang: str) -> Finding:
    key = "missing_component_dose" if what == "dose" and code != m.atc else f"missing_{what}"
    missing = fmt(kb.text(key, lang), drug=m.name or m.atc, atc=code)
    message = fmt(kb.text("max_dose_not_evaluable", lang), missing=missing)
    details = (("missing", (f"{what}:{code}",)), ("substance", code))
    return _finding(kb, m, entry, NOT_EVALUABLE, message, kb.text(f"max_dose_not_evaluable_{what}_rec", lang),
                    details, lang)


def _check(kb: Knowledge, m: Med, code: str, entries: list[dict], lang: str) -> Finding | None:
    assumed_route = None
    if m.route_code:
        entry = next((e for e in entries if e["route"] == m.route_code), None)
        if entry is None:       # no maximum encoded for this route: nothing to check
            return None
    elif len(entries) == 1:
        entry = entries[0]
        assumed_route = entry["route"]
    else:
        return _not_evaluable(kb, m, entries[0], code, "route", lang)
    per = entry["per"]
    amount = _amount(m, code, per)
    if amount is None:
        return _not_evaluable(kb, m, entry, code, "dose", lang)
    if amount <= entry["max_mg"] + _TOLERANCE:
        return None
    period = kb.text(f"period_{per}", lang)
    route = kb.route_names[entry["route"]][lang]
    message = fmt(kb.text("max_dose_above", lang), dose=_number(amount), max=_number(entry["max_mg"]),
                  period=period, route=route, product=entry["source"]["product"], date=_date(kb, entry, lang))
    if assumed_route:
        message = f"{message} {fmt(kb.text('max_dose_route_assumed', lang), route=route)}"
    sep = " : " if lang == "fr" else ": "
    details = [("substance", code), ("amount_mg", round(amount, 3)), ("max_mg", entry["max_mg"]), ("per", per),
               ("route", entry["route"])]
    if assumed_route:
        details.append(("route_assumed", assumed_route))
    if "population" in entry:
        details.append(("population", entry["population"]))
    return _finding(kb, m, entry, AVOID, f"{_who(kb, m, code, lang)}{sep}{message}",
                    kb.text("max_dose_above_rec", lang), tuple(details), lang)


def max_dose(ctx: PatientContext, meds: Sequence[Med], kb: Knowledge, lang: str) -> list[Finding]:
    """One finding per substance of a systemic line whose amount is above its maximum (or cannot be known)."""
    out = []
    for m in meds:
        if m.topical:
            continue
        for code in m.codes:
            entries = kb.max_dose_index.get(code)
            if entries:
                found = _check(kb, m, code, entries, lang)
                if found is not None:
                    out.append(found)
    return out
