"""Families over the whole list: therapeutic duplication, anticholinergic burden, polypharmacy."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from .context import PatientContext
from .findings import Contribution, Finding
from .knowledge import Knowledge, pick
from .matching import matches
from .rules_base import Med, fmt, make_finding, stronger


def _whitelisted(rule: dict, x: Med, y: Med) -> tuple[bool, str | None]:
    for a, b, severity in rule["_whitelist"]:
        if (matches(x.atc, a) and matches(y.atc, b)) or (matches(y.atc, a) and matches(x.atc, b)):
            return True, severity
    return False, None


def duplication(ctx: PatientContext, meds: Sequence[Med], kb: Knowledge, lang: str) -> list[Finding]:
    """Two or more distinct substances of one class (or of two overlapping classes) in regular use."""
    members: dict[tuple, list[Med]] = {}
    for m in meds:
        if m.regular and not m.topical:
            for key in set().union(*(kb.dup_index.lookup(c) for c in m.codes)):
                members.setdefault(key, []).append(m)
    out = []
    for i, rule in enumerate(kb.dup):
        if "groups" in rule:
            pairs = [(x, y) for x in members.get((i, 0), []) for y in members.get((i, 1), []) if x.atc != y.atc]
        else:
            pairs = list(combinations(members.get((i, "m"), []), 2))
        flagged, soft, soft_severity = set(), set(), None
        for x, y in pairs:
            allowed, severity = _whitelisted(rule, x, y)
            if not allowed:
                flagged.update((x, y))
            elif severity:
                soft.update((x, y))
                soft_severity = severity if soft_severity is None else stronger(severity, soft_severity)
        involved, severity = (flagged, rule["severity"]) if flagged else (soft, soft_severity)
        if involved:
            ordered = sorted(involved, key=lambda m: m.atc)
            out.append(make_finding(kb, "duplication", severity, ordered, rule, lang))
    return out


def _acb_score(kb: Knowledge, atc: str) -> int:
    keys = kb.acb_index.lookup(atc)
    return max(keys)[1] if keys else 0  # the most specific (longest) code wins


def _med_score(kb: Knowledge, med: Med) -> int:
    """A product's score: its own, or the sum of its components' when it is a fixed combination."""
    own = _acb_score(kb, med.atc)
    return own or sum(_acb_score(kb, c) for c in med.codes[1:])


def contributions_of(meds: Sequence[Med], kb: Knowledge) -> list[Contribution]:
    """Each systemic drug's share of the anticholinergic score (drugs scoring 0 left out)."""
    out = []
    for m in meds:
        if not m.topical:
            score = _med_score(kb, m)
            if score:
                out.append(Contribution(atc=m.atc, name=m.name, score=score))
    return out


def anticholinergic(ctx: PatientContext, meds: Sequence[Med], kb: Knowledge, lang: str) -> list[Finding]:
    """Total anticholinergic score on the pack's scale, with each drug's contribution."""
    contributions = contributions_of(meds, kb)
    total = sum(c.score for c in contributions)
    threshold = next((t for t in kb.acb_thresholds if total >= t["min_total"]), None)
    if threshold is None:
        return []
    contributions.sort(key=lambda c: (-c.score, c.atc))
    scale = kb.acb_scale
    return [make_finding(
        kb, "anticholinergic_burden", threshold["severity"], [], threshold, lang,
        message=fmt(pick(threshold["message"], lang), total=total), atc=sorted(c.atc for c in contributions),
        scale=pick(scale["name"], lang), contributions=tuple(contributions),
        details=(("total", total), ("scale_id", scale["id"]), ("scale_source", kb.source_label(scale))))]


def counted_substances(meds: Sequence[Med], kb: Knowledge) -> list[Med]:
    """Substances counted for polypharmacy (as-needed and topical excluded unless configured)."""
    counting = kb.poly_counting
    return [m for m in meds
            if (m.regular or not counting.get("exclude_as_needed", True))
            and (not m.topical or not counting.get("exclude_topical", True))]


def polypharmacy(ctx: PatientContext, meds: Sequence[Med], kb: Knowledge, lang: str) -> list[Finding]:
    """One finding for the highest polypharmacy threshold reached."""
    counted = counted_substances(meds, kb)
    threshold = next((t for t in kb.poly_thresholds if len(counted) >= t["min_count"]), None)
    if threshold is None:
        return []
    return [make_finding(kb, "polypharmacy", threshold["severity"], counted, threshold, lang, with_names=False,
                         message=fmt(pick(threshold["message"], lang), count=len(counted)),
                         details=(("count", len(counted)),))]
