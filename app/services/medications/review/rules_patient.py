"""Families that depend on the patient: elderly PIMs, renal dosing, drug-disease, allergy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .context import PatientContext, normalize_atc
from .findings import SEVERITY_RANK, Finding
from .knowledge import Knowledge, pick, pim_item
from .matching import matches
from .rules_base import Med, fmt, make_finding, not_evaluable


def _matching(meds: Sequence[Med], index, *, topical_ok: bool = False) -> dict[int, list[Med]]:
    hits: dict[int, list[Med]] = {}
    for m in meds:
        if m.topical and not topical_ok:
            continue
        for i in set().union(*(index.lookup(c) for c in m.codes)):
            hits.setdefault(i, []).append(m)
    return hits


def _conditions_ok(rule: dict, ctx: PatientContext) -> bool:
    """Any of ``require_conditions``, and also any of ``also_require_conditions`` (an item naming two conditions at
    once, e.g. STOPP B10: hypertension with urinary incontinence), and none of ``exclude_conditions``."""
    req = rule.get("require_conditions")
    also = rule.get("also_require_conditions")
    excl = rule.get("exclude_conditions")
    return ((not req or ctx.has_condition(req)) and (not also or ctx.has_condition(also))
            and not (excl and ctx.has_condition(excl)))


def elderly(ctx: PatientContext, meds: Sequence[Med], kb: Knowledge, lang: str) -> list[Finding]:
    """Potentially inappropriate medications in older adults: the items of the published lists the practice
    applies (``ctx.pim_lists``), each from its own age; every finding names the list, its edition and the item."""
    age, out, chosen = ctx.age, [], ctx.pim_lists
    for i, found in sorted(_matching(meds, kb.elderly_index).items()):
        rule = kb.elderly[i]
        if chosen is not None and rule["list"] not in chosen:
            continue
        kept = _applicable(rule, found, meds, ctx)
        if kept is None:
            continue
        found, partners = kept
        min_count = rule.get("min_count", 1)
        if len(found) < min_count:
            continue
        if age is not None and age < rule["min_age"]:
            continue
        spec = kb.pim_lists[rule["list"]]
        cite = (("list", rule["list"]), ("edition", spec["edition"]), ("item", pim_item(rule, lang)))
        groups = [found] if min_count > 1 else [[m] for m in found]
        if "_with" in rule:   # the drug and the drugs it is inappropriate with
            groups = [[m, *(p for p in partners if p.atc != m.atc)] for m in found]
        for group in groups:
            if age is None:
                out.append(_pim(kb, "not_evaluable", group, rule, lang, cite + (("missing", "age"),),
                                message=kb.text("not_evaluable_age", lang),
                                recommendation=kb.text("not_evaluable_age_rec", lang)))
            else:
                out.append(_pim(kb, rule["severity"], group, rule, lang, cite))
    return out


def _applicable(rule: dict, found: list[Med], meds: Sequence[Med],
                ctx: PatientContext) -> tuple[list[Med], list[Med]] | None:
    """The drugs of a list item that meet its conditions (record conditions, another drug present or absent, eGFR,
    regular use, dose) and the other drugs it is inappropriate with; None when the item does not apply."""
    if not _conditions_ok(rule, ctx):
        return None
    if "_unless" in rule and any(matches(c, rule["_unless"]) for m in meds for c in m.codes):
        return None
    if "egfr_below" in rule:
        egfr = ctx.renal_value("egfr")
        if egfr is None or egfr[0] >= rule["egfr_below"]:
            return None
    if rule.get("regular_only"):
        found = [m for m in found if m.regular]
    if "dose_gt" in rule:
        found = [m for m in found if m.dose is not None and m.dose > rule["dose_gt"]]
    if "dose_gte" in rule:
        found = [m for m in found if m.dose is not None and m.dose >= rule["dose_gte"]]
    partners: list[Med] = []
    if "_with" in rule:
        partners = [m for m in meds if not m.topical and any(matches(c, rule["_with"]) for c in m.codes)]
        found = [m for m in found if any(p.atc != m.atc for p in partners)]
    return found, partners


def _pim(kb: Knowledge, severity: str, meds: list[Med], rule: dict, lang: str, details: tuple,
         **texts: str) -> Finding:
    """A finding of a list item; its source is the list, its edition and the item ("STOPP/START v3 (2023), D8")."""
    f = make_finding(kb, "inappropriate_in_elderly", severity, meds, rule, lang, details=details, **texts)
    return replace(f, sources=(kb.pim_label(rule, lang),))


def _criteria_met(crit: dict, ctx: PatientContext) -> int:
    age = ctx.age
    checks = (
        "age_gte" in crit and age is not None and age >= crit["age_gte"],
        "weight_lte" in crit and ctx.weight_kg is not None and ctx.weight_kg <= crit["weight_lte"],
        "creatinine_gte" in crit and ctx.creatinine_umol_l is not None
        and ctx.creatinine_umol_l >= crit["creatinine_gte"],
    )
    return sum(checks)


def renal(ctx: PatientContext, meds: Sequence[Med], kb: Knowledge, lang: str) -> list[Finding]:
    """Renal dose bands per drug, with the metric stored on each rule (eGFR or Cockcroft-Gault CrCl)."""
    out = []
    for i, found in sorted(_matching(meds, kb.renal_index).items()):
        rule = kb.renal[i]
        renal_value = ctx.renal_value(rule["metric"])
        crit = rule.get("criteria")
        for m in found:
            if renal_value is None:
                out.append(not_evaluable(kb, "renal_dose", m, rule, lang, "renal"))
            else:
                value, metric = renal_value
                band = next((b for b in rule["bands"] if value < b["below"]), None)
                if band is not None:
                    message = fmt(pick(rule["message"], lang), value=round(value), threshold=band["below"],
                                  metric=kb.text(f"metric_{metric}", lang))
                    out.append(make_finding(kb, "renal_dose", band["severity"], [m], rule, lang, message=message,
                                            recommendation=pick(band["recommendation"], lang),
                                            details=(("metric", metric), ("value", round(value, 1)),
                                                     ("threshold", band["below"]))))
            if crit and _criteria_met(crit, ctx) >= crit["min_met"]:
                rec = pick(crit["recommendation"], lang)
                out.append(make_finding(kb, "renal_dose", crit["severity"], [m], rule, lang, message=rec,
                                        recommendation=rec, details=(("criteria", "dose_reduction"),)))
    return out


def drug_disease(ctx: PatientContext, meds: Sequence[Med], kb: Knowledge, lang: str) -> list[Finding]:
    """Drugs to avoid in a recorded condition (ICD-10 prefixes) or below an eGFR."""
    out = []
    egfr = ctx.renal_value("egfr")
    for i, found in sorted(_matching(meds, kb.dd_index, topical_ok=True).items()):
        rule = kb.drug_disease[i]
        hit = ctx.has_condition(rule["conditions"]) or (
            "egfr_below" in rule and egfr is not None and egfr[0] < rule["egfr_below"])
        if not hit:
            continue
        for m in found:
            if (m.topical and not rule.get("include_topical")) or (rule.get("regular_only") and not m.regular):
                continue
            out.append(make_finding(kb, "drug_disease", rule["severity"], [m], rule, lang))
    return out


def allergy(ctx: PatientContext, meds: Sequence[Med], kb: Knowledge, lang: str) -> list[Finding]:
    """Declared allergies (substance, ATC class or class id) including cross-reactivity."""
    allergies = [a for a in (normalize_atc(x) for x in ctx.allergies) if a]
    if not allergies:
        return []
    by_id = {c["class"]: c for c in kb.allergy_classes}
    related: list[tuple[dict, dict]] = []  # (rule entry, class to test)
    for code in allergies:
        for c in kb.allergy_classes:
            if code == c["class"] or matches(code, c["_m"]) or any(p.startswith(code) for p, _ in c["_m"]):
                related.append((c, c))
                related.extend((x, by_id[x["target"]]) for x in c["cross_reactive"])
    out = []
    for m in meds:
        best = None
        if any(c.startswith(code) for c in m.codes for code in allergies):
            best = (kb.allergy_direct, kb.allergy_direct.get("severity", "contraindicated"))
        med_classes = set().union(*(kb.allergy_index.lookup(c) for c in m.codes))
        for entry, target in related:
            better = best is None or SEVERITY_RANK[entry["severity"]] > SEVERITY_RANK[best[1]]
            if target["class"] in med_classes and better:
                best = (entry, entry["severity"])
        if best:
            out.append(make_finding(kb, "allergy", best[1], [m], best[0], lang,
                                    details=(("allergies", ",".join(sorted(set(allergies)))),)))
    return out
