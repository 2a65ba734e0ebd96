"""The hand-written interaction rules resting on sources later than the ANSM thesaurus (EMA letters, SmPC
changes), pairwise or n-ary; the thesaurus itself is ``rules_ansm``."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from .context import PatientContext
from .findings import SEVERITY_RANK, Finding
from .knowledge import Knowledge, pick
from .matching import matches
from .rules_base import Med, fmt, make_finding, pair_order, stronger


def _conditions_ok(rule: dict, ctx: PatientContext) -> bool:
    req = rule.get("require_conditions")
    if req and not ctx.has_condition(req):
        return False
    excl = rule.get("exclude_conditions")
    return not (excl and ctx.has_condition(excl))


def _escalated(rule: dict, ctx: PatientContext) -> tuple[str, list[str]]:
    """(severity, inputs missing to check the escalation): the escalated level when one of its triggers holds;
    otherwise the rule's level, with the inputs that were missing to rule the escalation out."""
    severity = rule["severity"]
    esc = rule.get("escalate")
    if not esc:
        return severity, []
    missing = []
    age = ctx.age
    hit = "min_age" in esc and age is not None and age >= esc["min_age"]
    if "min_age" in esc and age is None:
        missing.append("age")
    if not hit and "egfr_below" in esc:
        renal = ctx.renal_value("egfr")
        hit = renal is not None and renal[0] < esc["egfr_below"]
        if renal is None:
            missing.append("renal_function")
    if not hit and esc.get("conditions"):
        hit = ctx.has_condition(esc["conditions"])
    if hit:
        return stronger(esc["severity"], severity), []
    return severity, missing if SEVERITY_RANK[esc["severity"]] > SEVERITY_RANK[severity] else []


def _uncertain(kb: Knowledge, rule: dict, severity: str, missing: list[str], lang: str) -> dict:
    """The note and details of a finding whose escalation could not be checked."""
    if not missing:
        return {}
    what = ", ".join(pick(kb.texts[f"missing_{m}"], lang) for m in missing)
    note = fmt(pick(kb.texts["escalation_not_evaluable"], lang), missing=what,
               higher=kb.text(f"level_{rule['escalate']['severity']}", lang), level=kb.text(f"level_{severity}", lang))
    return {"recommendation": f"{pick(rule['recommendation'], lang)} {note}",
            "details": (("missing", tuple(missing)), ("assumed_level", severity))}


def _dose_ok(rule: dict, a: Med, b: Med) -> bool:
    dose = rule.get("dose")
    if not dose:
        return True
    value = (a if dose["side"] == "a" else b).dose
    if value is None:
        return bool(dose.get("if_unknown", False))
    return value > dose["gt"]


def interactions(ctx: PatientContext, meds: Sequence[Med], kb: Knowledge, lang: str) -> list[Finding]:
    """One finding per interacting pair: the most serious matching rule wins."""
    sides = {}
    for m in meds:
        views = [kb.ddi_sides(c) for c in m.codes]
        sides[m.atc] = (frozenset().union(*(v[0] for v in views)), frozenset().union(*(v[1] for v in views)))
    out = []
    for m1, m2 in combinations(meds, 2):
        a1, b1 = sides[m1.atc]
        a2, b2 = sides[m2.atc]
        best = None
        for r in (a1 & b2) | (a2 & b1):
            rule = kb.ddi[r]
            fwd, back = r in a1 and r in b2, r in a2 and r in b1
            a, b = (m1, m2) if fwd else (m2, m1)
            if (m1.topical or m2.topical) and not rule.get("topical", False):
                continue
            if not _conditions_ok(rule, ctx):
                continue
            if not (_dose_ok(rule, a, b) or (fwd and back and _dose_ok(rule, b, a))):
                continue
            severity, missing = _escalated(rule, ctx)
            key = (SEVERITY_RANK[severity], rule["id"])
            if best is None or key[0] > best[0][0] or (key[0] == best[0][0] and key[1] < best[0][1]):
                best = (key, severity, missing, rule, pair_order(a, b, fwd and back))
        if best:
            _, severity, missing, rule, pair = best
            out.append(make_finding(kb, "interaction", severity, pair, rule, lang,
                                    **_uncertain(kb, rule, severity, missing, lang)))
    return out + _combinations(ctx, meds, kb, lang)


def _combinations(ctx: PatientContext, meds: Sequence[Med], kb: Knowledge, lang: str) -> list[Finding]:
    systemic = [m for m in meds if not m.topical]
    out = []
    for rule in kb.combos:
        members = [[m for m in systemic if any(matches(c, g) for c in m.codes)] for g in rule["_groups"]]
        if all(members) and len({m.atc for group in members for m in group}) >= len(members):
            involved = sorted({m.atc: m for group in members for m in group}.values(), key=lambda m: m.atc)
            severity, missing = _escalated(rule, ctx)
            out.append(make_finding(kb, "interaction", severity, involved, rule, lang,
                                    **_uncertain(kb, rule, severity, missing, lang)))
    return out
