"""Coverage of the published lists for older people by resources/knowledge/elderly.json.

For each list: the items it has (``items_in_list``), the items encoded (the distinct items named by its rules,
except rules whose item was not read at the source, ``"item_read": false``) and, for a list numbered by section
(STOPP v3: "B12"), the count per section and the items left out. The figures are written between the markers of
docs/pim-lists.md (``--check``: fail when they are stale) and printed.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "resources" / "knowledge" / "elderly.json"
DOC = ROOT / "docs" / "pim-lists.md"
START, END = "<!-- coverage:start (python scripts/pim_lists_report.py) -->", "<!-- coverage:end -->"
NUMBERED = re.compile(r"^([A-Z])(\d{1,2})$")


def _item_ids(rule: dict, sections: dict | None) -> set[str]:
    """The list items a rule encodes: "STOPP I1, I3" -> {"I1", "I3"} for a sectioned list, else the item itself."""
    item = rule["item"]
    if isinstance(item, dict):
        return {item["en"]}
    if sections is None:
        return {item}
    ids = set()
    for part in item.split(","):
        token = part.strip().split()[-1]
        m = NUMBERED.match(token)
        if not m or m.group(1) not in sections or not 1 <= int(m.group(2)) <= sections[m.group(1)]:
            raise ValueError(f"{rule['id']}: item {item!r} names no item of the list")
        ids.add(token)
    return ids


def coverage(data: dict) -> dict[str, dict]:
    """Per list with a known number of items: items, encoded (sorted ids), rules, and per section when numbered."""
    out = {}
    for lid, spec in data["lists"].items():
        total = spec.get("items_in_list")
        if total is None:
            continue
        sections = spec.get("items_by_section")
        rules = [r for r in data["rules"] if r["list"] == lid]
        encoded: set[str] = set()
        for r in rules:
            if r.get("item_read", True):
                encoded |= _item_ids(r, sections)
        entry = {"name": spec["name"], "items": total, "encoded": sorted(encoded), "rules": len(rules),
                 "rules_item_not_read": sum(1 for r in rules if not r.get("item_read", True))}
        if sections:
            entry["sections"] = {
                sec: {"items": n, "encoded": sum(1 for i in range(1, n + 1) if f"{sec}{i}" in encoded),
                      "left_out": [f"{sec}{i}" for i in range(1, n + 1) if f"{sec}{i}" not in encoded]}
                for sec, n in sections.items()}
        out[lid] = entry
    return out


def render(cov: dict[str, dict]) -> str:
    lines = [START, "", "| list | items in the list | encoded | rules | rules whose item was not read |",
             "| --- | --- | --- | --- | --- |"]
    for c in cov.values():
        lines.append(f"| {c['name']} | {c['items']} | **{len(c['encoded'])}** | {c['rules']} | "
                     f"{c['rules_item_not_read']} |")
    for c in cov.values():
        if "sections" not in c:
            continue
        lines += ["", f"{c['name']}, per section:", "", "| section | items | encoded | not encoded |",
                  "| --- | --- | --- | --- |"]
        for sec, s in c["sections"].items():
            lines.append(f"| {sec} | {s['items']} | {s['encoded']} | {', '.join(s['left_out']) or '—'} |")
    lines += ["", END]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    cov = coverage(json.loads(DATA.read_text(encoding="utf-8")))
    block = render(cov)
    doc = DOC.read_text(encoding="utf-8")
    if START not in doc or END not in doc:
        print(f"{DOC} has no coverage markers", file=sys.stderr)
        return 1
    head, rest = doc.split(START, 1)
    new = head + block + rest.split(END, 1)[1]
    for c in cov.values():
        print(f"{c['name']}: {len(c['encoded'])}/{c['items']}")
    if "--check" in argv:
        if new != doc:
            print(f"{DOC} is stale: run python scripts/pim_lists_report.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(new, encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
