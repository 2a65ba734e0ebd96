"""Loading, validating and indexing the knowledge pack in resources/knowledge/."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.resources import resource_dir

from .build import build_pack
from .matching import PrefixIndex
from .schema import KnowledgeError

FILES = (
    "manifest.json", "selectors.json", "interactions.json", "duplication.json", "elderly.json", "renal.json",
    "anticholinergic.json", "qt.json", "drug_disease.json", "allergy_classes.json", "polypharmacy.json",
)

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
    renal: list[dict] = field(default_factory=list)
    renal_index: PrefixIndex = field(default_factory=PrefixIndex)
    drug_disease: list[dict] = field(default_factory=list)
    dd_index: PrefixIndex = field(default_factory=PrefixIndex)
    acb_scale: dict = field(default_factory=dict)
    acb_thresholds: list[dict] = field(default_factory=list)
    acb_index: PrefixIndex = field(default_factory=PrefixIndex)
    qt_rules: list[dict] = field(default_factory=list)
    qt_index: PrefixIndex = field(default_factory=PrefixIndex)
    allergy_direct: dict = field(default_factory=dict)
    allergy_classes: list[dict] = field(default_factory=list)
    allergy_index: PrefixIndex = field(default_factory=PrefixIndex)
    poly_thresholds: list[dict] = field(default_factory=list)
    poly_counting: dict = field(default_factory=dict)
    topical: dict = field(default_factory=dict)
    _sides: dict = field(default_factory=dict, repr=False)

    def source_label(self, entry: dict) -> str:
        """'Name, edition' string for a rule's source (the rule's edition wins)."""
        return f"{self.sources[entry['source']]['name']}, {entry['edition']}"

    def ddi_sides(self, code: str) -> tuple[frozenset, frozenset]:
        """(rules where code is on side a, rules where it is on side b), memoised per code."""
        hit = self._sides.get(code)
        if hit is None:
            keys = self.ddi_index.lookup(code)
            side_a = frozenset(r for r, s in keys if s == "a")
            hit = self._sides[code] = (side_a, frozenset(r for r, s in keys if s == "b"))
        return hit

    def text(self, key: str, lang: str) -> str:
        """Engine-level text (labels, not-evaluable messages) in lang."""
        return pick(self.texts[key], lang)

    def counts(self) -> dict[str, int]:
        """Number of rules per family, for reports and tests."""
        return {
            "interaction": len(self.ddi), "interaction_combination": len(self.combos), "duplication": len(self.dup),
            "inappropriate_in_elderly": len(self.elderly), "renal_dose": len(self.renal),
            "drug_disease": len(self.drug_disease), "qt_prolongation": len(self.qt_rules),
            "anticholinergic_thresholds": len(self.acb_thresholds),
            "allergy_classes": len(self.allergy_classes), "polypharmacy": len(self.poly_thresholds),
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
    return kb


@lru_cache(maxsize=4)
def load_knowledge(root: str | None = None) -> Knowledge:
    """The pack, loaded once per process (lazy singleton); root overrides the default directory."""
    return read_pack(Path(root) if root else knowledge_dir())
