"""Interactions of the ANSM thesaurus (2020-10, the newest machine-readable edition), one finding per pair.

Every entry of the thesaurus is a rule whose identifier is built from the entry's two names; the finding names
the edition and the entry. French findings show ANSM's own mechanism and conduct texts (with attribution);
German and English ones the texts of the entry's effect. Torsades-de-pointes entries are findings of kind
``qt_prolongation``, the others ``interaction``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from .ansm import AnsmLayer, MedTerms
from .ansm_eval import Choice, Side, choose
from .context import PatientContext
from .findings import SEVERITY_RANK, Finding
from .knowledge import Knowledge, pick
from .rules_base import Med, fmt

CONSIDER = "consider"


def _side(med: Med, view: MedTerms) -> Side:
    return Side(name=med.name or med.atc, atc=med.atc, codes=med.codes, terms=view.terms, daily_mg=med.dose,
                weekly_mg=med.weekly_dose, route=med.route_code)


def _candidates(layer: AnsmLayer, v1: MedTerms, v2: MedTerms) -> list[tuple[int, bool]]:
    """(rule index, True when the first drug is side a) for the rules two drugs can meet in."""
    out = [(r, True) for r in v1.side_a & v2.side_b]
    out += [(r, False) for r in v2.side_a & v1.side_b]
    return out


def _other_ok(rule: dict, va: MedTerms, vb: MedTerms) -> bool:
    """"AUTRES X" entries pair two different substances of a class."""
    if rule["a"]["other"] or rule["b"]["other"]:
        return not (va.substances and va.substances == vb.substances)
    return True


def _evaluate(layer: AnsmLayer, ctx: PatientContext, m1: Med, m2: Med, v1: MedTerms, v2: MedTerms):
    best: dict[str, tuple] = {}
    for r, first_is_a in _candidates(layer, v1, v2):
        rule = layer.rules[r]
        (ma, va), (mb, vb) = ((m1, v1), (m2, v2)) if first_is_a else ((m2, v2), (m1, v1))
        if not _other_ok(rule, va, vb):
            continue
        conditional = (rule["a"]["term"] in va.route_conditional and rule["a"]["kind"] == "class") or (
            rule["b"]["term"] in vb.route_conditional and rule["b"]["kind"] == "class")
        choice = choose(rule, _side(ma, va), _side(mb, vb), ctx, conditional)
        if choice is None:
            continue
        if conditional:
            who = ma if rule["a"]["term"] in va.route_conditional else mb
            choice.reading.miss("route", who.name or who.atc)
        severity = CONSIDER if choice.applies_unknown else choice.level["level"]
        kind = "qt_prolongation" if rule["effect"] == "qt" else "interaction"
        # The most serious entry wins, then the first identifier: which entry a pair's finding names does not
        # depend on whether a dose or a route is recorded, so that its key (alert memory) stays the same.
        key = (SEVERITY_RANK[severity], rule["id"])
        current = best.get(kind)
        if current is None or key[0] > current[0][0] or (key[0] == current[0][0] and key[1] < current[0][1]):
            best[kind] = (key, severity, rule, choice, ma, mb)
    return best.values()


_PAIR_CACHE_LIMIT = 200_000


def interactions(ctx: PatientContext, meds: Sequence[Med], kb: Knowledge, lang: str) -> list[Finding]:
    """One finding per pair of drugs and kind: the most serious ANSM entry that applies to them.

    The findings of a pair whose entries read no patient data depend only on the two lines and the language:
    they are kept per process (the same lists are reviewed again and again), the others are evaluated each time.
    """
    layer = kb.ansm
    cache, ids = layer.pair_cache, layer.med_ids
    if len(cache) > _PAIR_CACHE_LIMIT:
        cache.clear()
        ids.clear()
    keys = [ids.setdefault(m, len(ids)) for m in meds]
    patient = ids.setdefault(ctx, len(ids))
    out = []
    for (i1, m1), (i2, m2) in combinations(zip(keys, meds), 2):
        hit = cache.get((lang, i1, i2))
        if hit is None:
            hit = cache.get((lang, i1, i2, patient))
        if hit is not None:
            out.extend(hit)
            continue
        v1 = layer.view(m1.codes, m1.route_code, m1.topical)
        v2 = layer.view(m2.codes, m2.route_code, m2.topical)
        candidates = (v1.side_a & v2.side_b) | (v2.side_a & v1.side_b)
        found = tuple(_finding(kb, layer, rule, choice, severity, ma, mb, lang)
                      for _, severity, rule, choice, ma, mb in _evaluate(layer, ctx, m1, m2, v1, v2)) if candidates \
            else ()
        cache[(lang, i1, i2, patient) if candidates & layer.patient_rules else (lang, i1, i2)] = found
        out.extend(found)
    return out


def _level_name(kb: Knowledge, severity: str, lang: str) -> str:
    return kb.text(f"level_{severity}", lang)


def _missing_text(kb: Knowledge, what: str, who: str, lang: str) -> str:
    key = f"missing_{what}"
    template = kb.texts.get(key) or kb.texts["missing_other"]
    return fmt(pick(template, lang), drug=who, input=what)


def _uncertainty(kb: Knowledge, rule: dict, choice: Choice, severity: str, lang: str) -> tuple[list[str], list]:
    """Sentences saying what could not be evaluated and what was assumed, and the matching details."""
    lines, details = [], []
    for name, code, mg in choice.reading.assumed:
        lines.append(fmt(pick(kb.texts["ansm_dose_from_atc"], lang), drug=name, mg=f"{mg:g}", atc=code))
    if choice.reading.missing:
        missing = ", ".join(_missing_text(kb, what, who, lang) for what, who in choice.reading.missing)
        lines.append(fmt(pick(kb.texts["ansm_assumed"], lang), missing=missing,
                         level=_level_name(kb, severity, lang)))
        details.append(("missing", tuple(f"{what}:{who}" if who else what for what, who in choice.reading.missing)))
        details.append(("assumed_level", severity))
    for i in choice.uncertain_levels:
        level = rule["levels"][i]
        lines.append(fmt(pick(kb.texts["ansm_if"], lang), level=_level_name(kb, level["level"], lang),
                         condition=pick(level["if"], lang)))
    if choice.applies_unknown:
        applies = pick(rule["applies_if"], lang) if "applies_if" in rule else ""
        lines.append(fmt(pick(kb.texts["ansm_applies_if"], lang),
                         level=_level_name(kb, choice.level["level"], lang), condition=applies).strip())
    if choice.assumed and ("assumed_level", severity) not in details:
        details.append(("assumed_level", severity))
    return lines, details


def _finding(kb: Knowledge, layer: AnsmLayer, rule: dict, choice: Choice, severity: str, ma: Med, mb: Med,
             lang: str) -> Finding:
    effect = layer.effect(rule["effect"])
    level = choice.level
    shown = layer.level_texts[severity]      # the level reported (the lowest one when the entry may not apply)
    if lang == "fr":
        message = rule["mechanism"] or effect["text"]["fr"]
        recommendation = f"ANSM : {shown['fr']} {level['text']}".strip()
    else:
        message = effect["text"][lang]
        recommendation = f"{shown[lang]} {effect['advice'][lang]}"
    lines, details = _uncertainty(kb, rule, choice, severity, lang)
    if lines:
        recommendation = f"{recommendation} {' '.join(lines)}"
    pair = (ma, mb) if ma.atc <= mb.atc else (mb, ma)
    names = " + ".join(m.name or m.atc for m in pair)
    sep = " : " if lang == "fr" else ": "
    source = fmt(pick(kb.texts["ansm_source"], lang), name=layer.source["name"], edition=layer.edition,
                 entry=rule["entry"])
    info = [("entry", rule["entry"]), ("edition", layer.edition), ("ansm_level", level["ansm"]),
            ("effect", rule["effect"]), *details]
    return Finding(kind="qt_prolongation" if rule["effect"] == "qt" else "interaction", severity=severity,
                   atc=tuple(m.atc for m in pair), rule=rule["id"], message=f"{names}{sep}{message}",
                   recommendation=recommendation, sources=(source,), details=tuple(info))
