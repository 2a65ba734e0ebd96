"""The maximum doses of ``max_doses.json``: one entry per substance (ATC code) and route, the most a day (or a week,
for a weekly drug such as methotrexate) that section 4.2 of a named product's SmPC allows, with that document's
name, date and address. Validated here: a bad entry stops loading with a coded error naming the entry and the key.
"""

from __future__ import annotations

import re
from typing import Any

from .schema import ATC_RE, LANGS, KnowledgeError

MAX_DOSES_FILE = "max_doses.json"
PERIODS = ("day", "week")
UNITS_MG = {"mg": 1.0, "g": 1000.0, "µg": 0.001}       # the engine reads mg a day and mg a week
SECTION = "4.2"
_DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|undated)$")   # as the page shows it; "undated" when it shows none
_TOP = {"schema_version", "about", "list", "route_names", "doses", "left_out"}
_ENTRY_REQUIRED = {"id", "atc", "substance", "route", "max", "unit", "per", "source"}
_ENTRY_OPTIONAL = {"population", "note"}
_SOURCE_KEYS = {"product", "section", "date", "url"}
_LEFT_OUT_KEYS = {"atc", "substance", "reason"}

__all__ = ["MAX_DOSES_FILE", "PERIODS", "UNITS_MG", "build_max_doses"]


def _text(eid: Any, key: str, value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        raise KnowledgeError("medications.knowledge_empty_text", MAX_DOSES_FILE, eid, key=key)


def _entry(raw: Any, i: int, route_names: dict, seen: set) -> dict:
    if not isinstance(raw, dict):
        raise KnowledgeError("medications.knowledge_not_an_object", MAX_DOSES_FILE, f"doses[{i}]")
    eid = raw.get("id") or raw.get("atc") or f"doses[{i}]"
    for key in raw:
        if key not in _ENTRY_REQUIRED | _ENTRY_OPTIONAL:
            raise KnowledgeError("medications.knowledge_unknown_key", MAX_DOSES_FILE, eid, key=key)
    for key in sorted(_ENTRY_REQUIRED - raw.keys()):
        raise KnowledgeError("medications.knowledge_missing_key", MAX_DOSES_FILE, eid, key=key)
    for key in ("id", "substance", *(_ENTRY_OPTIONAL & raw.keys())):
        _text(eid, key, raw[key])
    if eid in seen:
        raise KnowledgeError("medications.knowledge_duplicate_id", MAX_DOSES_FILE, eid, other_file=MAX_DOSES_FILE)
    seen.add(eid)
    atc = raw["atc"]
    if not isinstance(atc, str) or not ATC_RE.match(atc) or len(atc) != 7:
        raise KnowledgeError("medications.knowledge_bad_atc", MAX_DOSES_FILE, eid, key="atc", value=atc)
    if raw["route"] not in route_names:
        raise KnowledgeError("medications.knowledge_not_one_of", MAX_DOSES_FILE, eid, key="route", value=raw["route"],
                   allowed=tuple(sorted(route_names)))
    amount = raw["max"]
    if isinstance(amount, bool) or not isinstance(amount, (int, float)):
        raise KnowledgeError("medications.knowledge_not_a_number", MAX_DOSES_FILE, eid, key="max")
    if amount <= 0:
        raise KnowledgeError("medications.knowledge_bad_shape", MAX_DOSES_FILE, eid, key="max", expected="a number above 0")
    if raw["unit"] not in UNITS_MG:
        raise KnowledgeError("medications.knowledge_not_one_of", MAX_DOSES_FILE, eid, key="unit", value=raw["unit"], allowed=tuple(UNITS_MG))
    if raw["per"] not in PERIODS:
        raise KnowledgeError("medications.knowledge_not_one_of", MAX_DOSES_FILE, eid, key="per", value=raw["per"], allowed=PERIODS)
    src = raw["source"]
    if not isinstance(src, dict) or set(src) != _SOURCE_KEYS:
        raise KnowledgeError("medications.knowledge_bad_shape", MAX_DOSES_FILE, eid, key="source",
                   expected="{'product', 'section': '4.2', 'date', 'url'}")
    for key in sorted(_SOURCE_KEYS):
        _text(eid, f"source.{key}", src[key])
    if src["section"] != SECTION:
        raise KnowledgeError("medications.knowledge_not_one_of", MAX_DOSES_FILE, eid, key="source.section", value=src["section"],
                   allowed=(SECTION,))
    if not _DATE.match(src["date"]):
        raise KnowledgeError("medications.knowledge_bad_shape", MAX_DOSES_FILE, eid, key="source.date", expected="YYYY, YYYY-MM, YYYY-MM-DD or undated")
    if not src["url"].startswith("https://"):
        raise KnowledgeError("medications.knowledge_bad_shape", MAX_DOSES_FILE, eid, key="source.url", expected="https://…")
    return {**raw, "max_mg": float(amount) * UNITS_MG[raw["unit"]]}


def build_max_doses(data: Any, known_routes: set[str]) -> tuple[list[dict], dict[str, list[dict]], dict]:
    """(entries, entries by ATC code, route names in fr/de/en) of the file; KnowledgeError on a bad entry."""
    if not isinstance(data, dict):
        raise KnowledgeError("medications.knowledge_not_an_object", MAX_DOSES_FILE)
    for key in data:
        if key not in _TOP:
            raise KnowledgeError("medications.knowledge_unknown_key", MAX_DOSES_FILE, key=key)
    if not isinstance(data.get("list"), dict) or not all(
            isinstance(data["list"].get(k), str) and data["list"][k].strip() for k in ("name", "source")):
        raise KnowledgeError("medications.knowledge_bad_shape", MAX_DOSES_FILE, key="list", expected="{'name', 'source', …}")
    names = data.get("route_names")
    if not isinstance(names, dict) or not names:
        raise KnowledgeError("medications.knowledge_empty_object", MAX_DOSES_FILE, key="route_names")
    for code, texts in names.items():
        if code not in known_routes:
            raise KnowledgeError("medications.knowledge_not_one_of", MAX_DOSES_FILE, "route_names", key=code, value=code,
                       allowed=tuple(sorted(known_routes)))
        if not isinstance(texts, dict) or set(texts) != set(LANGS):
            raise KnowledgeError("medications.knowledge_languages", MAX_DOSES_FILE, "route_names", key=code, languages=LANGS)
        for lang in LANGS:
            _text("route_names", f"{code}.{lang}", texts[lang])
    doses = data.get("doses")
    if not isinstance(doses, list):
        raise KnowledgeError("medications.knowledge_not_a_list", MAX_DOSES_FILE, key="doses")
    seen: set = set()
    entries = [_entry(raw, i, names, seen) for i, raw in enumerate(doses)]
    pairs = set()
    for e in entries:
        if (e["atc"], e["route"]) in pairs:
            raise KnowledgeError("medications.knowledge_duplicate_id", MAX_DOSES_FILE, e["id"], other_file=f"{e['atc']} {e['route']}")
        pairs.add((e["atc"], e["route"]))
    left = data.get("left_out", [])
    if not isinstance(left, list):
        raise KnowledgeError("medications.knowledge_not_a_list", MAX_DOSES_FILE, key="left_out")
    for i, raw in enumerate(left):
        if not isinstance(raw, dict) or set(raw) != _LEFT_OUT_KEYS:
            raise KnowledgeError("medications.knowledge_bad_shape", MAX_DOSES_FILE, f"left_out[{i}]", key="left_out",
                       expected="{'atc', 'substance', 'reason'}")
    index: dict[str, list[dict]] = {}
    for e in entries:
        index.setdefault(e["atc"], []).append(e)
    return entries, index, names


def render_report(data: dict) -> str:
    """docs/max-doses.md from the content of max_doses.json: the list and its source, the entries, those left out."""
    doses, left, lst = data["doses"], data.get("left_out", []), data["list"]
    names = data["route_names"]
    lines = [
        "# Maximum doses (section 4.2 of the SmPC)", "",
        "Generated from `resources/knowledge/max_doses.json` by `python scripts/max_doses_report.py` — do not edit.", "",
        f"## The list: {lst['name']}", "", lst["source"], "",
        f"Read on {lst.get('read_on', '?')}. **{len(doses)} substances encoded out of {len(doses) + len(left)} on the "
        f"list**; {len(left)} left out (below, with the reason).", "",
        "## Entries encoded", "",
        "| ATC | substance | route | maximum | population | source (section 4.2) | date |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for e in sorted(doses, key=lambda e: e["atc"]):
        src = e["source"]
        lines.append(f"| {e['atc']} | {e['substance']} | {names[e['route']]['en']} | {e['max']:g} {e['unit']} a "
                     f"{e['per']} | {e.get('population', '')} | [{src['product']}](<{src['url']}>) | {src['date']} |")
    lines += ["", "## Left out", "", "| ATC | substance | reason |", "| --- | --- | --- |"]
    lines += [f"| {e['atc']} | {e['substance']} | {e['reason']} |" for e in sorted(left, key=lambda e: e["atc"])]
    return "\n".join(lines) + "\n"
