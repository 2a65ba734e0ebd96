"""Helpers shared by the rule families: prepared medications and finding construction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .findings import SEVERITY_RANK, Finding
from .knowledge import Knowledge, pick


@dataclass(frozen=True)
class Med:
    """A medication after normalisation and merging of lines sharing one ATC code."""

    atc: str
    name: str
    regular: bool
    topical: bool
    dose: float | None
    route: str | None
    codes: tuple[str, ...] = ()           # own ATC code, then the components of a fixed combination
    weekly_dose: float | None = None
    route_code: str | None = None         # EDQM code of the route (coded, or read from the route text)
    dose_complete: bool = True            # every merged line gives its mg a day (dose is then the whole amount)
    component_doses: tuple[tuple[str, float], ...] = ()   # a combination: mg a day per component, where known


def stronger(a: str, b: str) -> str:
    """The more serious of two severities."""
    return a if SEVERITY_RANK[a] >= SEVERITY_RANK[b] else b


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fmt(template: str, **values: Any) -> str:
    """Fill {placeholders}; unknown ones are left as they are."""
    return template.format_map(_Keep(values))


def make_finding(kb: Knowledge, kind: str, severity: str, meds: Sequence[Med], rule: dict, lang: str, *,
                 message: str | None = None, recommendation: str | None = None, atc: Iterable[str] | None = None,
                 with_names: bool = True, **extra: Any) -> Finding:
    """Build a Finding for rule, prefixing the message with the drug names involved."""
    msg = message if message is not None else pick(rule["message"], lang)
    if with_names and meds:
        names = " + ".join(m.name or m.atc for m in meds)
        msg = f"{names}{' : ' if lang == 'fr' else ': '}{msg}"
    rec = recommendation if recommendation is not None else pick(rule["recommendation"], lang)
    codes = tuple(atc) if atc is not None else tuple(m.atc for m in meds)
    return Finding(kind=kind, severity=severity, atc=codes, rule=rule["id"], message=msg, recommendation=rec,
                   sources=(kb.source_label(rule),), **extra)


def not_evaluable(kb: Knowledge, kind: str, med: Med, rule: dict, lang: str, what: str) -> Finding:
    """A rule that could not run because the patient lacks an input (what = 'age' or 'renal')."""
    return make_finding(kb, kind, "not_evaluable", [med], rule, lang,
                        message=kb.text(f"not_evaluable_{what}", lang),
                        recommendation=kb.text(f"not_evaluable_{what}_rec", lang),
                        details=(("missing", what),))


def pair_order(first: Med, second: Med, both_ways: bool) -> tuple[Med, Med]:
    """Side-a drug first; sorted by code when the rule matches both ways (order-independent)."""
    if both_ways:
        return (first, second) if first.atc <= second.atc else (second, first)
    return first, second
