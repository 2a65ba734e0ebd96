"""Pairwise families: drug-drug interactions, n-ary combinations, QT prolongation."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from .context import PatientContext
from .findings import SEVERITY_RANK, Finding
from .knowledge import Knowledge
from .matching import matches
from .rules_base import Med, make_finding, pair_order, stronger


def _conditions_ok(rule: dict, ctx: PatientContext) -> bool:
    req = rule.get("require_conditions")
    if req and not ctx.has_condition(req):
        return False
    excl = rule.get("exclude_conditions")
    return not (excl and ctx.has_condition(excl))


def _escalated(rule: dict, ctx: PatientContext) -> str:
    severity = rule["severity"]
    esc = rule.get("escalate")
    if not esc:
        return severity
    age = ctx.age
    hit = ("min_age" in esc and age is not None and age >= esc["min_age"])
    if not hit and "egfr_below" in esc:
        renal = ctx.renal_value("egfr")
        hit = renal is not None and renal[0] < esc["egfr_below"]
    if not hit and esc.get("conditions"):
        hit = ctx.has_condition(esc["conditions"])
    return stronger(esc["severity"], severity) if hit else severity


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
    sides = {m.atc: kb.ddi_sides(m.atc) for m in meds}
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
            severity = _escalated(rule, ctx)
            key = (SEVERITY_RANK[severity], rule["id"])
            if best is None or key[0] > best[0][0] or (key[0] == best[0][0] and key[1] < best[0][1]):
                best = (key, severity, rule, pair_order(a, b, fwd and back))
        if best:
            _, severity, rule, pair = best
            out.append(make_finding(kb, "interaction", severity, pair, rule, lang))
    return out + _combinations(ctx, meds, kb, lang)


def _combinations(ctx: PatientContext, meds: Sequence[Med], kb: Knowledge, lang: str) -> list[Finding]:
    systemic = [m for m in meds if not m.topical]
    out = []
    for rule in kb.combos:
        members = [[m for m in systemic if matches(m.atc, g)] for g in rule["_groups"]]
        if all(members) and len({m.atc for group in members for m in group}) >= len(members):
            involved = sorted({m.atc: m for group in members for m in group}.values(), key=lambda m: m.atc)
            out.append(make_finding(kb, "interaction", _escalated(rule, ctx), involved, rule, lang))
    return out


def qt_prolongation(ctx: PatientContext, meds: Sequence[Med], kb: Knowledge, lang: str) -> list[Finding]:
    """Pairs of QT-prolonging drugs (ANSM torsadogen logic), most serious rule per pair."""
    profile = {}
    for m in meds:
        keys = kb.qt_index.lookup(m.atc)
        if keys and not m.topical:
            route = (m.route or "").lower()
            cats = {k[0] for k in keys}
            ci = any(k[0] == "torsadogen" and (k[1] or (route and route in k[2])) for k in keys)
            profile[m.atc] = (cats, ci)
    qt_meds = [m for m in meds if m.atc in profile]
    out = []
    for m1, m2 in combinations(qt_meds, 2):
        (c1, ci1), (c2, ci2) = profile[m1.atc], profile[m2.atc]
        best = None
        for rule in kb.qt_rules:
            x, y = rule["pair"]
            if not ((x in c1 and y in c2) or (x in c2 and y in c1)):
                continue
            if rule.get("when") == "ci_partner" and not (ci1 or ci2):
                continue
            if best is None or SEVERITY_RANK[rule["severity"]] > SEVERITY_RANK[best["severity"]]:
                best = rule
        if best:
            out.append(make_finding(kb, "qt_prolongation", best["severity"], pair_order(m1, m2, True), best, lang))
    return out
