"""The ANSM interaction layer: the generated thesaurus pack indexed for the review (ATC code → ANSM terms → rules).

A medication line reaches the thesaurus through its ATC codes (its own and, for a fixed combination, those of its
components): each code names ANSM substances (``substance_atc.csv``), each substance belongs to ANSM classes, and
a rule applies when one drug holds the term of one side and the other drug the term of the other side. A component
known by its group only (A10BB "sulfonylureas") holds the classes common to every substance of that group.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .schema import KnowledgeError

TERMS_FILE = "ansm/thesaurus.json"
EFFECTS_FILE = "ansm/effects.json"


@dataclass(frozen=True)
class MedTerms:
    """What one medication is for the thesaurus: its terms, the rules it can take part in, and the terms it holds
    only if its (unrecorded) route is one ANSM names."""

    substances: frozenset[str]
    terms: frozenset[str]
    side_a: frozenset[int]
    side_b: frozenset[int]
    route_conditional: frozenset[str] = frozenset()


@dataclass
class AnsmLayer:
    """The thesaurus rules and their indexes (read-only once built)."""

    edition: str
    source: dict
    rules: list[dict]
    substances: dict[str, dict]
    classes: dict[str, dict]
    excluded: list[dict]
    effects: dict[str, dict]
    level_texts: dict[str, dict]
    route_terms: dict[str, dict]
    class_routes: dict[str, frozenset[str]]
    _by_code: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _by_group: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _sub_terms: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _side_a: dict[str, frozenset[int]] = field(default_factory=dict, repr=False)
    _side_b: dict[str, frozenset[int]] = field(default_factory=dict, repr=False)
    _code_terms: dict[str, tuple[frozenset, frozenset]] = field(default_factory=dict, repr=False)
    _med_cache: dict[tuple, MedTerms] = field(default_factory=dict, repr=False)
    _view_cache: dict[tuple, MedTerms] = field(default_factory=dict, repr=False)
    patient_rules: frozenset[int] = frozenset()        # rules whose conditions read age, eGFR or diagnoses
    pair_cache: dict = field(default_factory=dict, repr=False)   # (lang, line ids[, patient id]) → findings
    med_ids: dict = field(default_factory=dict, repr=False)      # prepared line or patient → small id

    def view(self, codes: tuple[str, ...], route_code: str | None, topical: bool) -> MedTerms:
        """``med_terms``, restricted to the classes that include local forms for a drug used locally; memoised."""
        key = (codes, route_code, topical)
        hit = self._view_cache.get(key)
        if hit is None:
            view = self.med_terms(codes, route_code)
            hit = self._view_cache[key] = self.topical_view(view) if topical else view
        return hit

    def code_terms(self, code: str) -> tuple[frozenset[str], frozenset[str]]:
        """(substance keys, terms) an ATC code names, memoised: the substances mapped to it (or to a group that
        contains it), each with its classes; for a group code with no substance of its own, the classes common
        to all the substances under it."""
        hit = self._code_terms.get(code)
        if hit is not None:
            return hit
        subs = set(self._by_code.get(code, ()))
        for i in range(1, len(code) + 1):
            subs.update(self._by_group.get(code[:i], ()))
        if subs:
            terms = frozenset().union(*(self._sub_terms[s] for s in subs))
        elif len(code) < 7:
            members = {s for c, ss in self._by_code.items() if c.startswith(code) for s in ss}
            terms = frozenset.intersection(*(self._sub_terms[s] for s in members)) if members else frozenset()
        else:
            terms = frozenset()
        hit = self._code_terms[code] = (frozenset(subs), terms)
        return hit

    def med_terms(self, codes: tuple[str, ...], route_code: str | None) -> MedTerms:
        """The thesaurus view of a medication (its ATC codes and coded route), memoised."""
        cache_key = (codes, route_code)
        hit = self._med_cache.get(cache_key)
        if hit is not None:
            return hit
        subs: set[str] = set()
        terms: set[str] = set()
        for code in codes:
            s, t = self.code_terms(code)
            subs |= s
            terms |= t
        conditional = set()
        for term in list(terms):
            allowed = self.class_routes.get(term)
            if allowed is not None:
                if route_code is None:
                    conditional.add(term)
                elif route_code not in allowed:
                    terms.discard(term)
        for term, spec in self.route_terms.items():
            by_atc = "atc" in spec and any(c.startswith(tuple(spec["atc"])) for c in codes)
            by_route = "route" in spec and route_code in spec["route"]
            if by_atc or by_route:
                terms.add(term)
        side_a = frozenset().union(*(self._side_a.get(t, ()) for t in terms)) if terms else frozenset()
        side_b = frozenset().union(*(self._side_b.get(t, ()) for t in terms)) if terms else frozenset()
        hit = self._med_cache[cache_key] = MedTerms(frozenset(subs), frozenset(terms), side_a, side_b,
                                                    frozenset(conditional))
        return hit

    def topical_view(self, view: MedTerms) -> MedTerms:
        """A drug used on the skin or in the eye takes part only through the classes ANSM says include local
        forms ("… (y compris collyres)")."""
        terms = frozenset(t for t in view.terms if "collyre" in t)
        if terms == view.terms:
            return view
        side_a = frozenset().union(*(self._side_a.get(t, ()) for t in terms)) if terms else frozenset()
        side_b = frozenset().union(*(self._side_b.get(t, ()) for t in terms)) if terms else frozenset()
        return MedTerms(view.substances, terms, side_a, side_b, view.route_conditional & terms)

    def effect(self, effect_id: str) -> dict:
        """The texts of an effect (the generic one when the id is unknown)."""
        return self.effects.get(effect_id) or self.effects["other"]

    def counts(self) -> dict[str, int]:
        """Rules, entries and substances, for reports."""
        return {"rules": len(self.rules), "entries": sum(len(r["entries"]) for r in self.rules),
                "excluded_entries": sum(len(x["entries"]) for x in self.excluded),
                "substances": len(self.substances),
                "mapped_substances": sum(1 for s in self.substances.values() if s["atc"])}


def build_layer(pack: dict, effects: dict) -> AnsmLayer:
    """Index the generated pack (raises KnowledgeError when it is not the shape the engine reads)."""
    try:
        layer = AnsmLayer(
            edition=pack["edition"], source=pack["source"], rules=pack["rules"], substances=pack["substances"],
            classes=pack["classes"], excluded=pack.get("excluded", []),
            effects={**{e["id"]: e for e in effects["effects"]}, "other": effects["other"]},
            level_texts=effects["levels"], route_terms=pack.get("route_terms", {}),
            class_routes={k: frozenset(v) for k, v in pack.get("class_routes", {}).items()})
    except (KeyError, TypeError) as exc:
        raise KnowledgeError("medications.knowledge_invalid", file=TERMS_FILE, entry="-",
                             problem=f"missing part {exc}") from None
    by_code: dict[str, set[str]] = {}
    by_group: dict[str, set[str]] = {}
    for skey, sub in layer.substances.items():
        layer._sub_terms[skey] = frozenset([skey, *sub["classes"]])
        for code in sub["atc"]:
            (by_code if len(code) == 7 else by_group).setdefault(code, set()).add(skey)
    layer._by_code = {k: frozenset(v) for k, v in by_code.items()}
    layer._by_group = {k: frozenset(v) for k, v in by_group.items()}
    side_a: dict[str, set[int]] = {}
    side_b: dict[str, set[int]] = {}
    for i, rule in enumerate(layer.rules):
        for side, index in (("a", side_a), ("b", side_b)):
            term = rule[side]["term"]
            if term not in layer.substances and term not in layer.classes and term not in layer.route_terms:
                raise KnowledgeError("medications.knowledge_invalid", file=TERMS_FILE, entry=rule["id"],
                                     problem=f"unknown term {term!r}")
            index.setdefault(term, set()).add(i)
        if rule["effect"] not in layer.effects:
            raise KnowledgeError("medications.knowledge_invalid", file=TERMS_FILE, entry=rule["id"],
                                 problem=f"unknown effect {rule['effect']!r}")
    layer._side_a = {k: frozenset(v) for k, v in side_a.items()}
    layer._side_b = {k: frozenset(v) for k, v in side_b.items()}
    layer.patient_rules = frozenset(i for i, r in enumerate(layer.rules) if _reads_patient(r))
    return layer


_PATIENT_OPS = ('"diagnosis"', '"age"', '"egfr"')


def _reads_patient(rule: dict) -> bool:
    conditions = [lv["when"] for lv in rule["levels"] if "when" in lv] + ([rule["applies"]] if "applies" in rule else [])
    text = json.dumps(conditions)
    return any(op in text for op in _PATIENT_OPS)
