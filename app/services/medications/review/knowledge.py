"""Loading, validating and indexing the knowledge pack in resources/knowledge/."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.resources import resource_dir

from .ansm import EFFECTS_FILE, TERMS_FILE, AnsmLayer, build_layer
from .build import build_pack
from .matching import PrefixIndex
from .max_doses import MAX_DOSES_FILE, build_max_doses
from .schema import KnowledgeError

FILES = (
    "manifest.json", "selectors.json", "interactions.json", "duplication.json", "elderly.json", "renal.json",
    "anticholinergic.json", "drug_disease.json", "allergy_classes.json", "polypharmacy.json",
)

# Read apart from the rule files above: the ANSM layer, fixed combinations, route words and maximum doses.
COMBINATIONS_FILE, ROUTES_FILE = "combinations.json", "routes.json"

__all__ = ["Knowledge", "KnowledgeError", "knowledge_dir", "load_knowledge", "read_pack"]


@dataclass
class Knowledge:
    """The validated rules pack with its prefix indexes (read-only once built)."""

    root: Path
    version: str
    edition_date: str
    sources: dict[str, dict]
    texts: dict[str, dict]
    ddi: list[dict] = field(default_factory=list)
    ddi_index: PrefixIndex = field(default_factory=PrefixIndex)
    combos: list[dict] = field(default_factory=list)
    dup: list[dict] = field(default_factory=list)
    dup_index: PrefixIndex = field(default_factory=PrefixIndex)
    elderly: list[dict] = field(default_factory=list)
    elderly_index: PrefixIndex = field(default_factory=PrefixIndex)
    pim_lists: dict[str, dict] = field(default_factory=dict)   # published lists for older people, by id
    renal: list[dict] = field(default_factory=list)
    renal_index: PrefixIndex = field(default_factory=PrefixIndex)
    drug_disease: list[dict] = field(default_factory=list)
    dd_index: PrefixIndex = field(default_factory=PrefixIndex)
    acb_scale: dict = field(default_factory=dict)
    acb_thresholds: list[dict] = field(default_factory=list)
    acb_index: PrefixIndex = field(default_factory=PrefixIndex)
    allergy_direct: dict = field(default_factory=dict)
    allergy_classes: list[dict] = field(default_factory=list)
    allergy_index: PrefixIndex = field(default_factory=PrefixIndex)
    poly_thresholds: list[dict] = field(default_factory=list)
    poly_counting: dict = field(default_factory=dict)
    topical: dict = field(default_factory=dict)
    ansm: AnsmLayer | None = None
    combinations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    route_words: dict[str, str] = field(default_factory=dict)
    max_doses: list[dict] = field(default_factory=list)
    max_dose_index: dict[str, list[dict]] = field(default_factory=dict)   # ATC code → its entries (one per route)
    route_names: dict[str, dict[str, str]] = field(default_factory=dict)  # EDQM code → fr/de/en name
    prepared: dict = field(default_factory=dict, repr=False)   # lines of one ATC code → Med (engine.prepare)
    _sides: dict = field(default_factory=dict, repr=False)

    def source_label(self, entry: dict) -> str:
        """'Name, edition' string for a rule's source (the rule's edition wins)."""
        return f"{self.sources[entry['source']]['name']}, {entry['edition']}"

    def pim_label(self, rule: dict, lang: str) -> str:
        """'List edition, item' for a rule of a published list for older people ("STOPP/START v3 (2023), D8")."""
        spec = self.pim_lists[rule["list"]]
        return f"{spec['name']} ({spec['edition']}), {pim_item(rule, lang)}"

    def ddi_sides(self, code: str) -> tuple[frozenset, frozenset]:
        """(rules where code is on side a, rules where it is on side b), memoised per code."""
        hit = self._sides.get(code)
        if hit is None:
            keys = self.ddi_index.lookup(code)
            side_a = frozenset(r for r, s in keys if s == "a")
            hit = self._sides[code] = (side_a, frozenset(r for r, s in keys if s == "b"))
        return hit

    def components(self, code: str) -> tuple[str, ...]:
        """The component codes of a fixed-combination ATC code (empty for a single substance)."""
        return self.combinations.get(code, ())

    def route_code(self, text: str | None) -> str | None:
        """The EDQM code a route text names ("iv", "per os", "sublingual" …), or None."""
        return self.route_words.get(text.strip().casefold()) if text else None

    def text(self, key: str, lang: str) -> str:
        """Engine-level text (labels, not-evaluable messages) in lang."""
        return pick(self.texts[key], lang)

    def counts(self) -> dict[str, int]:
        """Number of rules per family, for reports and tests."""
        return {
            "interaction": len(self.ddi), "interaction_combination": len(self.combos), "duplication": len(self.dup),
            "inappropriate_in_elderly": len(self.elderly), "renal_dose": len(self.renal),
            "drug_disease": len(self.drug_disease),
            "ansm_rules": len(self.ansm.rules) if self.ansm else 0,
            "qt_prolongation": sum(r["effect"] == "qt" for r in self.ansm.rules) if self.ansm else 0,
            "anticholinergic_thresholds": len(self.acb_thresholds),
            "allergy_classes": len(self.allergy_classes), "polypharmacy": len(self.poly_thresholds),
            "max_dose": len(self.max_doses),
        }


def pick(texts: dict[str, str], lang: str) -> str:
    """The text in lang, French when that language is missing."""
    return texts.get(lang) or texts["fr"]


def knowledge_dir() -> Path:
    """resources/knowledge (inside the PyInstaller bundle when frozen)."""
    return resource_dir("knowledge")


def _read_json(root: Path, fname: str) -> Any:
    path = root / fname
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError("medications.knowledge_file_missing", fname, folder=str(root)) from None
    except OSError as exc:
        raise KnowledgeError("medications.knowledge_unreadable", fname, reason=exc.strerror) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise KnowledgeError("medications.knowledge_bad_json", fname, line=exc.lineno, column=exc.colno,
                             reason=exc.msg) from None


def read_pack(root: str | Path) -> Knowledge:
    """Read, validate and index a pack directory (raises KnowledgeError with file and entry id)."""
    root = Path(root)
    raw = {fname: _read_json(root, fname) for fname in FILES}
    manifest = raw["manifest.json"]
    pack = manifest.get("pack", {}) if isinstance(manifest, dict) else {}
    kb = Knowledge(root=root, version=str(pack.get("version", "")), edition_date=str(pack.get("edition_date", "")),
                   sources={}, texts={})
    build_pack(kb, raw)
    kb.ansm = build_layer(_read_json(root, TERMS_FILE), _read_json(root, EFFECTS_FILE))
    kb.combinations = _combinations(_read_json(root, COMBINATIONS_FILE))
    kb.route_words = _route_words(_read_json(root, ROUTES_FILE))
    kb.max_doses, kb.max_dose_index, kb.route_names = build_max_doses(
        _read_json(root, MAX_DOSES_FILE), set(kb.route_words.values()))
    return kb


def _combinations(data: Any) -> dict[str, tuple[str, ...]]:
    try:
        return {code: tuple(c["components"]) for code, c in data["combinations"].items()}
    except (KeyError, TypeError, AttributeError):
        raise KnowledgeError("medications.knowledge_invalid", file=COMBINATIONS_FILE, entry="combinations",
                             problem="must map ATC codes to {'components': [...]}") from None


def _route_words(data: Any) -> dict[str, str]:
    try:
        return {word.casefold(): code for code, words in data["codes"].items() for word in words}
    except (KeyError, TypeError, AttributeError):
        raise KnowledgeError("medications.knowledge_invalid", file=ROUTES_FILE, entry="codes",
                             problem="must map EDQM codes to lists of words") from None


@lru_cache(maxsize=4)
def load_knowledge(root: str | None = None) -> Knowledge:
    """The pack, loaded once per process (lazy singleton); root overrides the default directory."""
    return read_pack(Path(root) if root else knowledge_dir())


def pim_item(rule: dict, lang: str) -> str:
    """A list item as the list names it: its number ("STOPP D8"), or words in the reader's language where the
    item has no number (a dict of fr/de/en)."""
    item = rule["item"]
    return item if isinstance(item, str) else item.get(lang) or item["en"]
