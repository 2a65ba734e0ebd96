"""Validation of the knowledge pack files: coded errors naming the file and the entry id."""

from __future__ import annotations

import re
from typing import Any

from app.services.errors import CordeeError

from .findings import RULE_SEVERITIES

ATC_RE = re.compile(r"^[A-Z](\d{2}([A-Z]([A-Z](\d{2})?)?)?)?$")
ICD_RE = re.compile(r"^[A-Z]\d[0-9A-Z](\.?[0-9A-Z]{1,4})?$")
LANGS = ("fr", "de", "en")
COMMON = {"id", "source", "edition", "reviewer_note", "message", "recommendation"}


class KnowledgeError(CordeeError, ValueError):
    """The knowledge pack is missing, malformed or inconsistent: ``file`` and ``entry`` (an id, or None for the
    whole file) say where; ``where`` is the same as the text shows it ("interactions.json [DDI-0001]")."""

    def __init__(self, code: str, file: str, entry: Any = None, **params):
        where = file if entry is None else f"{file} [{entry}]"
        super().__init__(code, file=file, entry=entry, where=where, **params)


# Per list of entries: (required keys, optional keys).
ENTRY_SPECS: dict[tuple[str, str], tuple[set[str], set[str]]] = {
    ("interactions.json", "rules"): (COMMON | {"a", "b", "severity"}, {
        "effect", "a_exclude", "b_exclude", "dose", "require_conditions", "exclude_conditions", "escalate", "topical"}),
    ("interactions.json", "combinations"): (COMMON | {"groups", "severity"}, {"escalate"}),
    ("duplication.json", "rules"): (COMMON | {"severity"}, {"atc", "groups", "exclude", "whitelist"}),
    ("elderly.json", "rules"): (COMMON | {"atc", "severity", "min_age", "list", "item"}, {
        "exclude", "require_conditions", "exclude_conditions", "regular_only", "dose_gt", "dose_gte", "min_count",
        "unless_atc", "with_atc", "egfr_below", "condition_note", "also_require_conditions", "item_read"}),
    ("renal.json", "rules"): (COMMON | {"atc", "metric", "bands"}, {"criteria", "exclude"}),
    ("drug_disease.json", "rules"): (COMMON | {"atc", "conditions", "severity"}, {
        "egfr_below", "include_topical", "regular_only", "exclude"}),
    ("anticholinergic.json", "thresholds"): (COMMON | {"min_total", "severity"}, set()),
    ("anticholinergic.json", "drugs"): ({"atc", "score", "source", "edition"}, {"reviewer_note"}),
    ("allergy_classes.json", "classes"): (COMMON | {"class", "name", "atc", "severity", "cross_reactive"}, set()),
    ("polypharmacy.json", "thresholds"): (COMMON | {"min_count", "severity"}, set()),
}
TOP_KEYS = {
    "manifest.json": {"schema_version", "pack", "files", "sources", "engine_texts"},
    "selectors.json": {"schema_version", "selectors"},
    "interactions.json": {"schema_version", "rules", "combinations"},
    "duplication.json": {"schema_version", "rules"},
    "elderly.json": {"schema_version", "lists", "rules"},
    "renal.json": {"schema_version", "rules"},
    "drug_disease.json": {"schema_version", "rules"},
    "anticholinergic.json": {"schema_version", "scale", "thresholds", "drugs"},
    "allergy_classes.json": {"schema_version", "direct", "classes"},
    "polypharmacy.json": {"schema_version", "counting", "topical", "thresholds"},
}


class Checker:
    """Checks the entries of the pack; every error names the file and the entry."""

    def __init__(self, sources: dict[str, Any], selectors: set[str]):
        self.sources = sources
        self.selectors = selectors

    def top(self, fname: str, data: Any) -> None:
        if not isinstance(data, dict):
            raise KnowledgeError("medications.knowledge_not_an_object", fname)
        allowed = TOP_KEYS[fname]
        for key in data:
            if key not in allowed:
                raise KnowledgeError("medications.knowledge_unknown_key", fname, key=key)

    def entries(self, fname: str, section: str, items: Any) -> list[dict]:
        required, optional = ENTRY_SPECS[(fname, section)]
        if not isinstance(items, list):
            raise KnowledgeError("medications.knowledge_not_a_list", fname, key=section)
        for i, entry in enumerate(items):
            self.entry(fname, entry, required, optional, fallback_id=f"{section}[{i}]")
        return items

    def entry(self, fname: str, entry: Any, required: set[str], optional: set[str], fallback_id: str) -> None:
        if not isinstance(entry, dict):
            raise KnowledgeError("medications.knowledge_not_an_object", fname, fallback_id)
        eid = entry.get("id") or entry.get("atc") or fallback_id
        for key in entry:
            if key not in required and key not in optional:
                raise KnowledgeError("medications.knowledge_unknown_key", fname, eid, key=key)
        for key in sorted(required - entry.keys()):
            raise KnowledgeError("medications.knowledge_missing_key", fname, eid, key=key)
        if "source" in entry and entry["source"] not in self.sources:
            raise KnowledgeError("medications.knowledge_unknown_source", fname, eid, value=entry["source"])
        if "edition" in entry and not (isinstance(entry["edition"], str) and entry["edition"].strip()):
            raise KnowledgeError("medications.knowledge_empty_text", fname, eid, key="edition")
        if "severity" in entry and entry["severity"] not in RULE_SEVERITIES:
            raise KnowledgeError("medications.knowledge_bad_severity", fname, eid, key="severity",
                                 value=entry["severity"])
        for key in ("message", "recommendation", "name"):
            if key in entry:
                self.texts(fname, eid, key, entry[key])
        for key in ("atc", "a", "b", "exclude", "a_exclude", "b_exclude"):
            if key in entry:
                self.codes(fname, eid, key, entry[key] if isinstance(entry[key], list) else [entry[key]])
        for key in ("conditions", "require_conditions", "also_require_conditions", "exclude_conditions"):
            if key in entry:
                self.icd(fname, eid, key, entry[key])

    def texts(self, fname: str, eid: Any, key: str, value: Any) -> None:
        if not isinstance(value, dict) or set(value) != set(LANGS):
            raise KnowledgeError("medications.knowledge_languages", fname, eid, key=key, languages=LANGS)
        for lang in LANGS:
            if not isinstance(value[lang], str) or not value[lang].strip():
                raise KnowledgeError("medications.knowledge_empty_text", fname, eid, key=f"{key}.{lang}")

    def codes(self, fname: str, eid: Any, key: str, codes: Any) -> None:
        if not isinstance(codes, list) or not codes and key in ("atc", "a", "b"):
            raise KnowledgeError("medications.knowledge_no_atc_list", fname, eid, key=key)
        for code in codes:
            if isinstance(code, str) and code.startswith("@"):
                if code[1:] not in self.selectors:
                    raise KnowledgeError("medications.knowledge_unknown_selector", fname, eid, key=key, value=code)
            elif not isinstance(code, str) or not ATC_RE.match(code):
                raise KnowledgeError("medications.knowledge_bad_atc", fname, eid, key=key, value=code)

    def icd(self, fname: str, eid: Any, key: str, codes: Any) -> None:
        if not isinstance(codes, list):
            raise KnowledgeError("medications.knowledge_not_a_list", fname, eid, key=key)
        for code in codes:
            if not isinstance(code, str) or not ICD_RE.match(code):
                raise KnowledgeError("medications.knowledge_bad_icd", fname, eid, key=key, value=code)

    def number(self, fname: str, eid: Any, key: str, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise KnowledgeError("medications.knowledge_not_a_number", fname, eid, key=key)


def check_unique_ids(fname: str, entries: list[dict], seen: dict[str, str]) -> None:
    """Rule ids are unique across the whole pack."""
    for entry in entries:
        rid = entry.get("id")
        if rid is None:
            continue
        if rid in seen:
            raise KnowledgeError("medications.knowledge_duplicate_id", fname, rid, other_file=seen[rid])
        seen[rid] = fname
