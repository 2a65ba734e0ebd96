#!/usr/bin/env python3
"""Build ``resources/knowledge/combinations.json``: fixed-combination ATC codes → the ATC codes of their components.

Source: the EMA SPOR RMS list of ATC codes with their English names, as published in the public repository
``hl7-eu/unicom-ig`` (``input/fsh/codesystems/atcEMA.fsh``; give the file with ``--ema``). A combination is an
ATC code whose name joins substances ("valsartan, amlodipine and hydrochlorothiazide", "codeine and ibuprofen",
"metformin and sulfonylureas", "sotalol, combinations"). Each part is resolved:

* to the single-substance codes of the same name in the list, keeping systemic ones (not D, S, A01, M02, R01, R02,
  C05, G01, G02) and, among several, those of Cordée's catalogue (``resources/catalogue/substances.csv``);
* or to a group whose name is the part ("sulfonylureas" → A10BB, "diuretics" → C03), which tells the class
  without the substance;
* parts that name nothing ("other non-opioid analgesics", "combinations") are listed as unresolved.

Usage: ``python scripts/build_combinations.py --ema atcEMA.fsh [--check]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "resources" / "knowledge" / "combinations.json"
CATALOGUE = REPO / "resources" / "catalogue" / "substances.csv"
LINE = re.compile(r'^\* #(\d+) "(.*)" "([A-Z](?:\d\d(?:[A-Z](?:[A-Z](?:\d\d)?)?)?)?)"\s*$')
LOCAL = ("D", "S", "A01", "M02", "R01", "R02", "C05", "G01", "G02")
NOT_A_PART = {"combinations", "other combinations", "combination", "in combination"}
# Parts whose group the list names differently (the list's name of the group in the comment).
GROUP_ALIASES = {
    "potassium-sparing agents": "C03D",   # "ALDOSTERONE ANTAGONISTS AND OTHER POTASSIUM-SPARING AGENTS"
    "thiazides": "C03AA",                 # "Thiazides, plain"
}


def read_list(path: Path) -> tuple[dict[str, list[str]], dict[str, str], dict[str, str]]:
    """(substance name → level-5 codes, group name → group code, level-5 code → name) of the EMA file."""
    by_name: dict[str, list[str]] = defaultdict(list)
    groups: dict[str, str] = {}
    names: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = LINE.match(line)
        if not m:
            continue
        name, code = m.group(2).strip(), m.group(3)
        if len(code) == 7:
            by_name[name.lower()].append(code)
            names.setdefault(code, name)
        else:
            groups.setdefault(name.lower(), code)
    return by_name, groups, names


def parts(name: str) -> list[str]:
    """The substance parts of a combination name, or [] when the name is a single substance."""
    low = name.lower()
    low = re.sub(r", combinations? with ", " and ", low)
    low = re.sub(r",? (incl\.|excl\.|except) .*$", "", low)
    if " and " not in low and "/" not in low and not low.endswith(", combinations"):
        return []
    low = re.sub(r", combinations$", "", low)
    pieces = re.split(r", | and |/", low)
    return [p.strip() for p in pieces if p.strip()]


def resolve(part: str, own: str, by_name: dict, groups: dict, catalogue: set[str]) -> list[str]:
    """ATC codes (or one group code) for one part of combination ``own``; [] when it names nothing."""
    if part in NOT_A_PART:
        return []
    codes = [c for c in by_name.get(part, []) if c != own]
    systemic = [c for c in codes if not c.startswith(LOCAL)]
    codes = systemic or codes
    in_catalogue = [c for c in codes if c in catalogue]
    if in_catalogue:
        return sorted(in_catalogue)
    if codes:
        return sorted(set(codes))
    for candidate in (part, part.rstrip("s"), part + "s"):
        if candidate in groups:
            return [groups[candidate]]
    return [GROUP_ALIASES[part]] if part in GROUP_ALIASES else []


def build(ema: Path) -> dict:
    by_name, groups, names = read_list(ema)
    with CATALOGUE.open(encoding="utf-8", newline="") as fh:
        catalogue = {row["atc"] for row in csv.DictReader(fh)}
    out = {}
    for code, name in sorted(names.items()):
        split = parts(name)
        if not split:
            continue
        components, unresolved = [], []
        for part in split:
            found = resolve(part, code, by_name, groups, catalogue)
            (components.extend(found) if found else unresolved.append(part))
        if components:
            entry = {"components": sorted(dict.fromkeys(components))}
            if unresolved:
                entry["unresolved"] = unresolved
            out[code] = entry
    return {
        "schema_version": 1,
        "source": "EMA SPOR RMS ATC list (ATC codes with English names), as published in hl7-eu/unicom-ig "
                  "input/fsh/codesystems/atcEMA.fsh; components resolved by scripts/build_combinations.py",
        "about": "A fixed-combination ATC code resolves to the codes of its components, so that every rule sees "
                 "every substance of a combination product. A component given as a group code (A10BB, C03) is "
                 "known by its class only. The list's names are not shipped (WHO ATC names): rerun the script "
                 "on the list to see which name each entry was read from.",
        "combinations": out,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ema", required=True, help="atcEMA.fsh of hl7-eu/unicom-ig")
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed table is not up to date")
    args = parser.parse_args(argv)
    table = build(Path(args.ema))
    text = json.dumps(table, ensure_ascii=False, indent=1) + "\n"
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs from a fresh build")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(table['combinations'])} combinations -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
