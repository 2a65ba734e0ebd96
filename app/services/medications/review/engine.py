"""The review entry point: prepare the list, run every rule family, merge and sort findings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from . import rules_ansm, rules_counts, rules_dose, rules_pairs, rules_patient
from .context import Medication, PatientContext, normalize_atc
from .findings import SEVERITY_RANK, Finding
from .knowledge import Knowledge, load_knowledge
from .rules_base import Med

LANGUAGES = ("fr", "de", "en")

FAMILIES = (
    rules_patient.allergy, rules_ansm.interactions, rules_pairs.interactions, rules_patient.renal,
    rules_dose.max_dose, rules_patient.drug_disease, rules_patient.elderly, rules_counts.duplication, rules_counts.anticholinergic,
    rules_counts.polypharmacy,
)
# Families where several rules may hit the same drugs: only the most serious finding is kept.
_ONE_PER_DRUG_SET = frozenset({"interaction", "qt_prolongation", "inappropriate_in_elderly", "renal_dose", "allergy"})


def is_topical(med: Medication, kb: Knowledge) -> bool:
    """Explicit flag first, then route, then ATC group (D*, S01-S03 except systemic D groups)."""
    if med.topical is not None:
        return med.topical
    cfg = kb.topical
    code = med.route_code or kb.route_code(med.route)
    if code:
        return code in cfg["route_codes"]
    if med.route:
        return med.route.strip().lower() in cfg["routes"]
    atc = normalize_atc(med.atc)
    return atc.startswith(cfg["prefixes"]) and not atc.startswith(cfg["exceptions"])


def prepare(medications: Iterable[Medication], kb: Knowledge) -> list[Med]:
    """Normalise codes and merge lines with the same ATC code (order-independent), sorted by code; a fixed
    combination carries the codes of its components, so that every rule sees every substance."""
    merged: dict[str, list[Medication]] = {}
    for med in medications:
        merged.setdefault(normalize_atc(med.atc), []).append(med)
    cache = kb.prepared
    if len(cache) > 100_000:
        cache.clear()
    out = []
    for atc in sorted(merged):
        lines = tuple(merged[atc])
        med = cache.get(lines)
        if med is None:
            med = cache[lines] = _prepare_lines(atc, lines, kb)
        out.append(med)
    return out


def _prepare_lines(atc: str, lines: tuple[Medication, ...], kb: Knowledge) -> Med:
    """One Med for the lines that share an ATC code."""
    doses = [m.daily_dose_mg for m in lines if m.daily_dose_mg is not None]
    weekly = [m.weekly_dose_mg for m in lines if m.weekly_dose_mg is not None]
    routes = sorted(m.route for m in lines if m.route)
    codes = sorted({c for c in (m.route_code or kb.route_code(m.route) for m in lines) if c})
    components: dict[str, float] = {}
    for code in kb.components(atc):
        given = [dict(m.component_doses_mg).get(code) for m in lines]
        if all(v is not None for v in given):
            components[code] = sum(given)
    return Med(
        atc=atc, name=min((m.name for m in lines if m.name), default=atc),
        regular=any(m.is_regular for m in lines), topical=all(is_topical(m, kb) for m in lines),
        dose=sum(doses) if doses else None, route=routes[0] if routes else None,
        codes=(atc, *kb.components(atc)), weekly_dose=sum(weekly) if weekly else None,
        route_code=codes[0] if len(codes) == 1 else None, dose_complete=len(doses) == len(lines),
        component_doses=tuple(sorted(components.items())))


def _merge(findings: list[Finding]) -> list[Finding]:
    best: dict[tuple, Finding] = {}
    for f in findings:
        key = (f.kind, frozenset(f.atc)) if f.kind in _ONE_PER_DRUG_SET else (f.kind, f.rule, f.atc)
        current = best.get(key)
        if current is None or (SEVERITY_RANK[f.severity], current.rule) > (SEVERITY_RANK[current.severity], f.rule):
            best[key] = f
    return sorted(best.values(), key=Finding.sort_key)


def review(patient: PatientContext, medications: Iterable[Medication], *, lang: str = "fr",
           knowledge: Knowledge | None = None, pim_lists: Iterable[str] | None = None) -> list[Finding]:
    """Review a medication list for one patient; findings are sorted, most serious first.

    ``pim_lists``: the published lists for older people the practice applies (ids of ``elderly.json``; None keeps
    ``patient.pim_lists``, itself None for every list). Pure function of its inputs: the result does not depend on
    the order of medications.
    """
    if pim_lists is not None:
        patient = replace(patient, pim_lists=frozenset(pim_lists))
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r} (expected one of {', '.join(LANGUAGES)})")
    kb = knowledge or load_knowledge()
    meds = prepare(medications, kb)
    findings: list[Finding] = []
    for family in FAMILIES:
        findings.extend(family(patient, meds, kb, lang))
    return _merge(findings)


def anticholinergic_score(medications: Iterable[Medication], *, knowledge: Knowledge | None = None) -> int:
    """The list's total anticholinergic score on the pack's scale (also below the threshold of a finding)."""
    kb = knowledge or load_knowledge()
    return sum(c.score for c in rules_counts.contributions_of(prepare(medications, kb), kb))
