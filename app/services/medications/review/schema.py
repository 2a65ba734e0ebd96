"""Validation of the knowledge pack files: clear errors naming the file and the entry id."""

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
    """The knowledge pack is missing, malformed or inconsistent (``medications.knowledge_invalid``: file, entry,
    problem; call sites not yet converted still give an English sentence)."""


# Per list of entries: (required keys, optional keys).
ENTRY_SPECS: dict[tuple[str, str], tuple[set[str], set[str]]] = {
    ("interactions.json", "rules"): (COMMON | {"a", "b", "severity"}, {
        "effect", "a_exclude", "b_exclude", "dose", "require_conditions", "exclude_conditions", "escalate", "topical"}),
    ("interactions.json", "combinations"): (COMMON | {"groups", "severity"}, {"escalate"}),
    ("duplication.json", "rules"): (COMMON | {"severity"}, {"atc", "groups", "exclude", "whitelist"}),
    ("elderly.json", "rules"): (COMMON | {"atc", "severity", "min_age"}, {
        "exclude", "require_conditions", "exclude_conditions", "regular_only", "dose_gt", "min_count"}),
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
    "elderly.json": {"schema_version", "rules"},
    "renal.json": {"schema_version", "rules"},
    "drug_disease.json": {"schema_version", "rules"},
    "anticholinergic.json": {"schema_version", "scale", "thresholds", "drugs"},
    "allergy_classes.json": {"schema_version", "direct", "classes"},
    "polypharmacy.json": {"schema_version", "counting", "topical", "thresholds"},
}


class Checker:
    """Collects context (file, entry) so that every error message is self-explanatory."""

    def __init__(self, sources: dict[str, Any], selectors: set[str]):
        self.sources = sources
        self.selectors = selectors

    def fail(self, fname: str, eid: Any, problem: str) -> None:
        where = f"{fname}: entry {eid!r}" if eid is not None else fname
        raise KnowledgeError(f"{where}: {problem}")

    def top(self, fname: str, data: Any) -> None:
        if not isinstance(data, dict):
            self.fail(fname, None, "top level must be a JSON object")
        allowed = TOP_KEYS[fname]
        for key in data:
            if key not in allowed:
                self.fail(fname, None, f"unknown top-level key {key!r}")

    def entries(self, fname: str, section: str, items: Any) -> list[dict]:
        required, optional = ENTRY_SPECS[(fname, section)]
        if not isinstance(items, list):
            self.fail(fname, None, f"{section!r} must be a list")
        for i, entry in enumerate(items):
            self.entry(fname, entry, required, optional, fallback_id=f"{section}[{i}]")
        return items

    def entry(self, fname: str, entry: Any, required: set[str], optional: set[str], fallback_id: str) -> None:
        if not isinstance(entry, dict):
            self.fail(fname, fallback_id, "must be an object")
        eid = entry.get("id") or entry.get("atc") or fallback_id
        for key in entry:
            if key not in required and key not in optional:
                self.fail(fname, eid, f"unknown key {key!r}")
        for key in sorted(required - entry.keys()):
            self.fail(fname, eid, f"missing key {key!r}")
        if "source" in entry and entry["source"] not in self.sources:
            self.fail(fname, eid, f"unknown source {entry['source']!r}")
        if "edition" in entry and not (isinstance(entry["edition"], str) and entry["edition"].strip()):
            self.fail(fname, eid, "edition must be a non-empty string")
        if "severity" in entry and entry["severity"] not in RULE_SEVERITIES:
            self.fail(fname, eid, f"bad severity {entry['severity']!r}")
        for key in ("message", "recommendation", "name"):
            if key in entry:
                self.texts(fname, eid, key, entry[key])
        for key in ("atc", "a", "b", "exclude", "a_exclude", "b_exclude"):
            if key in entry:
                self.codes(fname, eid, key, entry[key] if isinstance(entry[key], list) else [entry[key]])
        for key in ("conditions", "require_conditions", "exclude_conditions"):
            if key in entry:
                self.icd(fname, eid, key, entry[key])

    def texts(self, fname: str, eid: Any, key: str, value: Any) -> None:
        if not isinstance(value, dict) or set(value) != set(LANGS):
            self.fail(fname, eid, f"{key!r} must have exactly the languages {', '.join(LANGS)}")
        for lang in LANGS:
            if not isinstance(value[lang], str) or not value[lang].strip():
                self.fail(fname, eid, f"{key}.{lang} must be a non-empty string")

    def codes(self, fname: str, eid: Any, key: str, codes: Any) -> None:
        if not isinstance(codes, list) or not codes and key in ("atc", "a", "b"):
            self.fail(fname, eid, f"{key!r} must be a non-empty list of ATC codes")
        for code in codes:
            if isinstance(code, str) and code.startswith("@"):
                if code[1:] not in self.selectors:
                    self.fail(fname, eid, f"unknown selector {code!r} in {key!r}")
            elif not isinstance(code, str) or not ATC_RE.match(code):
                self.fail(fname, eid, f"invalid ATC code {code!r} in {key!r}")

    def icd(self, fname: str, eid: Any, key: str, codes: Any) -> None:
        if not isinstance(codes, list):
            self.fail(fname, eid, f"{key!r} must be a list of ICD-10 codes")
        for code in codes:
            if not isinstance(code, str) or not ICD_RE.match(code):
                self.fail(fname, eid, f"invalid ICD-10 code {code!r} in {key!r}")

    def number(self, fname: str, eid: Any, key: str, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail(fname, eid, f"{key!r} must be a number")


def check_unique_ids(fname: str, entries: list[dict], seen: dict[str, str]) -> None:
    """Rule ids are unique across the whole pack."""
    for entry in entries:
        rid = entry.get("id")
        if rid is None:
            continue
        if rid in seen:
            raise KnowledgeError(f"{fname}: entry {rid!r}: duplicate id (already used in {seen[rid]})")
        seen[rid] = fname
