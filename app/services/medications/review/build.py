"""Turns the raw JSON files into validated rule lists and prefix indexes."""

from __future__ import annotations

from typing import Any

from .context import normalize_icd
from .findings import RULE_SEVERITIES
from .matching import compile_side
from .schema import COMMON, Checker, KnowledgeError, check_unique_ids


def build_pack(kb, raw: dict[str, Any]) -> None:
    """Validate every file of raw and fill the indexes of kb (a Knowledge)."""
    manifest = raw["manifest.json"]
    ck = Checker({}, set())
    ck.top("manifest.json", manifest)
    _manifest(ck, manifest)
    kb.sources, kb.texts = manifest["sources"], manifest.get("engine_texts", {})
    ck.sources = kb.sources
    sel = _selectors(ck, raw["selectors.json"])
    ck.selectors = set(sel)
    for fname, data in raw.items():
        if fname not in ("manifest.json", "selectors.json"):
            ck.top(fname, data)
    seen: dict[str, str] = {}
    _interactions(kb, ck, raw["interactions.json"], sel, seen)
    _duplication(kb, ck, raw["duplication.json"], sel, seen)
    _elderly(kb, ck, raw["elderly.json"], sel, seen)
    _renal(kb, ck, raw["renal.json"], sel, seen)
    _simple(kb, ck, "drug_disease.json", raw["drug_disease.json"], sel, seen, kb.drug_disease, kb.dd_index)
    _anticholinergic(kb, ck, raw["anticholinergic.json"], seen)
    _allergy(kb, ck, raw["allergy_classes.json"], sel, seen)
    _polypharmacy(kb, ck, raw["polypharmacy.json"], seen)


def _manifest(ck: Checker, m: dict) -> None:
    pack = m.get("pack")
    if not isinstance(pack, dict) or not pack.get("version") or not pack.get("edition_date"):
        raise KnowledgeError("medications.knowledge_bad_shape", "manifest.json", key="pack",
                             expected="{'version': …, 'edition_date': …}")
    if not isinstance(m.get("sources"), dict) or not m["sources"]:
        raise KnowledgeError("medications.knowledge_empty_object", "manifest.json", key="sources")
    for sid, src in m["sources"].items():
        if not isinstance(src, dict):
            raise KnowledgeError("medications.knowledge_not_an_object", "manifest.json", sid)
        for key in ("name", "edition", "url", "licence_note"):
            if not isinstance(src.get(key), str) or not src[key].strip():
                raise KnowledgeError("medications.knowledge_empty_text", "manifest.json", sid, key=key)
    for key, value in m.get("engine_texts", {}).items():
        ck.texts("manifest.json", key, "engine_texts", value)


def _selectors(ck: Checker, data: dict) -> dict[str, dict]:
    ck.top("selectors.json", data)
    sel = data.get("selectors")
    if not isinstance(sel, dict):
        raise KnowledgeError("medications.knowledge_key_not_an_object", "selectors.json", key="selectors")
    for name, spec in sel.items():
        if not isinstance(spec, dict) or set(spec) - {"atc", "exclude"} or "atc" not in spec:
            raise KnowledgeError("medications.knowledge_bad_shape", "selectors.json", name, key=name,
                                 expected="{'atc': […], 'exclude': […]}")
        ck.codes("selectors.json", name, "atc", spec["atc"])
        ck.codes("selectors.json", name, "exclude", spec.get("exclude", []))
    return sel


def _norm_conditions(entry: dict, *keys: str) -> None:
    for key in keys:
        if key in entry:
            entry[key] = tuple(normalize_icd(c) for c in entry[key])
    esc = entry.get("escalate")
    if esc and "conditions" in esc:
        esc["conditions"] = tuple(normalize_icd(c) for c in esc["conditions"])


def _severity(ck: Checker, fname: str, eid: str, value: Any, what: str) -> None:
    if value not in RULE_SEVERITIES:
        raise KnowledgeError("medications.knowledge_bad_severity", fname, eid, key=what, value=value)


def _number(ck: Checker, fname: str, eid: str, obj: dict, *keys: str) -> None:
    for key in keys:
        if key in obj:
            ck.number(fname, eid, key, obj[key])


def _escalate(ck: Checker, fname: str, entry: dict) -> None:
    esc = entry.get("escalate")
    if esc is None:
        return
    if not isinstance(esc, dict) or set(esc) - {"severity", "min_age", "egfr_below", "conditions"}:
        raise KnowledgeError("medications.knowledge_bad_shape", fname, entry["id"], key="escalate",
                             expected="{'severity'?, 'min_age'?, 'egfr_below'?, 'conditions'?}")
    _severity(ck, fname, entry["id"], esc.get("severity"), "escalate")
    _number(ck, fname, entry["id"], esc, "min_age", "egfr_below")


def _interactions(kb, ck: Checker, data: dict, sel: dict, seen: dict) -> None:
    fname = "interactions.json"
    rules = ck.entries(fname, "rules", data.get("rules"))
    combos = ck.entries(fname, "combinations", data.get("combinations", []))
    check_unique_ids(fname, rules + combos, seen)
    for i, r in enumerate(rules):
        dose = r.get("dose")
        if dose is not None and (not isinstance(dose, dict) or dose.get("side") not in ("a", "b")
                                 or set(dose) - {"side", "gt", "if_unknown"} or "gt" not in dose):
            raise KnowledgeError("medications.knowledge_bad_shape", fname, r["id"], key="dose",
                                 expected="{'side': 'a' | 'b', 'gt': 0.0, 'if_unknown'?: true | false}")
        _escalate(ck, fname, r)
        _norm_conditions(r, "require_conditions", "exclude_conditions")
        r["_a"] = compile_side(r["a"], sel, r.get("a_exclude", ()))
        r["_b"] = compile_side(r["b"], sel, r.get("b_exclude", ()))
        kb.ddi_index.add((i, "a"), r["_a"])
        kb.ddi_index.add((i, "b"), r["_b"])
    for c in combos:
        groups = c["groups"]
        if not isinstance(groups, list) or len(groups) < 2:
            raise KnowledgeError("medications.knowledge_bad_shape", fname, c["id"], key="groups",
                                 expected="[[ATC …], [ATC …], …]")
        for g in groups:
            ck.codes(fname, c["id"], "groups", g)
        _escalate(ck, fname, c)
        c["_groups"] = [compile_side(g, sel) for g in groups]
    kb.ddi, kb.combos = rules, combos


def _duplication(kb, ck: Checker, data: dict, sel: dict, seen: dict) -> None:
    fname = "duplication.json"
    rules = ck.entries(fname, "rules", data.get("rules"))
    check_unique_ids(fname, rules, seen)
    for i, r in enumerate(rules):
        if ("atc" in r) == ("groups" in r):
            raise KnowledgeError("medications.knowledge_atc_or_groups", fname, r["id"])
        if "groups" in r:
            if len(r["groups"]) != 2:
                raise KnowledgeError("medications.knowledge_bad_shape", fname, r["id"], key="groups",
                                     expected="[[ATC …], [ATC …]]")
            r["_groups"] = []
            for g_i, g in enumerate(r["groups"]):
                ck.codes(fname, r["id"], "groups", g)
                r["_groups"].append(compile_side(g, sel, r.get("exclude", ())))
                kb.dup_index.add((i, g_i), r["_groups"][-1])
        else:
            kb.dup_index.add((i, "m"), compile_side(r["atc"], sel, r.get("exclude", ())))
        r["_whitelist"] = []
        for wl in r.get("whitelist", []):
            if not isinstance(wl, dict) or set(wl) - {"a", "b", "severity", "note"} or not {"a", "b"} <= set(wl):
                raise KnowledgeError("medications.knowledge_bad_shape", fname, r["id"], key="whitelist",
                                     expected="{'a': […], 'b': […], 'severity'?, 'note'?}")
            if "severity" in wl:
                _severity(ck, fname, r["id"], wl["severity"], "whitelist")
            ck.codes(fname, r["id"], "whitelist", wl["a"] + wl["b"])
            r["_whitelist"].append((compile_side(wl["a"], sel), compile_side(wl["b"], sel), wl.get("severity")))
    kb.dup = rules


def _simple(kb, ck: Checker, fname: str, data: dict, sel: dict, seen: dict, out: list, index) -> None:
    rules = ck.entries(fname, "rules", data.get("rules"))
    check_unique_ids(fname, rules, seen)
    for i, r in enumerate(rules):
        _number(ck, fname, r["id"], r, "min_age", "dose_gt", "min_count", "egfr_below")
        _norm_conditions(r, "conditions", "require_conditions", "also_require_conditions", "exclude_conditions")
        index.add(i, compile_side(r["atc"], sel, r.get("exclude", ())))
        out.append(r)


LIST_KEYS = {"name", "edition", "citation", "source", "min_age"}
# optional: "items_in_list" (how many items the list has), "items_by_section" (how many in each section, numbered
# items such as STOPP's "B12"; they add up to items_in_list)
LIST_OPTIONAL = {"items_in_list", "items_by_section"}


def _elderly(kb, ck: Checker, data: dict, sel: dict, seen: dict) -> None:
    """Published lists for older people (each with its own minimum age) and their items."""
    fname = "elderly.json"
    lists = data.get("lists")
    if not isinstance(lists, dict) or not lists:
        raise KnowledgeError("medications.knowledge_empty_object", fname, key="lists")
    for lid, spec in lists.items():
        if not isinstance(spec, dict) or not LIST_KEYS <= set(spec) or set(spec) - LIST_KEYS - LIST_OPTIONAL:
            raise KnowledgeError("medications.knowledge_bad_shape", fname, lid, key="lists",
                                 expected="{" + ", ".join(sorted(LIST_KEYS)) + ", items_in_list?, items_by_section?}")
        sections = spec.get("items_by_section")
        if sections is not None and (
                not isinstance(sections, dict) or not all(isinstance(n, int) and n > 0 for n in sections.values())
                or sum(sections.values()) != spec.get("items_in_list")):
            raise KnowledgeError("medications.knowledge_bad_shape", fname, lid, key="items_by_section",
                                 expected="{section: count}, adding up to items_in_list")
        if spec["source"] not in ck.sources:
            raise KnowledgeError("medications.knowledge_unknown_source", fname, lid, value=spec["source"])
        _number(ck, fname, lid, spec, "min_age", "items_in_list")
        for key in ("name", "edition", "citation"):
            if not isinstance(spec[key], str) or not spec[key].strip():
                raise KnowledgeError("medications.knowledge_empty_text", fname, lid, key=key)
    _simple(kb, ck, fname, data, sel, seen, kb.elderly, kb.elderly_index)
    for r in kb.elderly:
        spec = lists.get(r["list"])
        if spec is None:
            raise KnowledgeError("medications.knowledge_unknown_list", fname, r["id"], value=r["list"],
                                 allowed=tuple(lists))
        item = r["item"]   # its number, or words in each language where the list gives the item no number
        words = [item.get(lang) for lang in ("fr", "de", "en")] if isinstance(item, dict) else [item]
        if not all(isinstance(w, str) and w.strip() for w in words):
            raise KnowledgeError("medications.knowledge_empty_text", fname, r["id"], key="item")
        if r["min_age"] < spec["min_age"]:
            raise KnowledgeError("medications.knowledge_age_below_list", fname, r["id"], value=r["min_age"],
                                 minimum=spec["min_age"], list=r["list"])
        _number(ck, fname, r["id"], r, "dose_gte")
        if not isinstance(r.get("item_read", True), bool):
            raise KnowledgeError("medications.knowledge_bad_shape", fname, r["id"], key="item_read", expected="true|false")
        if "also_require_conditions" in r and "require_conditions" not in r:
            raise KnowledgeError("medications.knowledge_bad_shape", fname, r["id"], key="also_require_conditions",
                                 expected="require_conditions and also_require_conditions")
        if "unless_atc" in r:
            ck.codes(fname, r["id"], "unless_atc", r["unless_atc"])
            r["_unless"] = compile_side(r["unless_atc"], sel)
        if "with_atc" in r:
            ck.codes(fname, r["id"], "with_atc", r["with_atc"])
            r["_with"] = compile_side(r["with_atc"], sel)
    kb.pim_lists = lists


def _renal(kb, ck: Checker, data: dict, sel: dict, seen: dict) -> None:
    fname = "renal.json"
    rules = ck.entries(fname, "rules", data.get("rules"))
    check_unique_ids(fname, rules, seen)
    for i, r in enumerate(rules):
        if r["metric"] not in ("egfr", "crcl"):
            raise KnowledgeError("medications.knowledge_not_one_of", fname, r["id"], key="metric", value=r["metric"],
                                 allowed=("egfr", "crcl"))
        if not isinstance(r["bands"], list) or not r["bands"]:
            raise KnowledgeError("medications.knowledge_bad_shape", fname, r["id"], key="bands",
                                 expected="[{'below', 'severity', 'recommendation'}, …]")
        for band in r["bands"]:
            if not isinstance(band, dict) or set(band) != {"below", "severity", "recommendation"}:
                raise KnowledgeError("medications.knowledge_bad_shape", fname, r["id"], key="bands",
                                     expected="[{'below', 'severity', 'recommendation'}, …]")
            ck.number(fname, r["id"], "below", band["below"])
            _severity(ck, fname, r["id"], band["severity"], "bands")
            ck.texts(fname, r["id"], "bands.recommendation", band["recommendation"])
        r["bands"] = sorted(r["bands"], key=lambda b: b["below"])
        crit = r.get("criteria")
        if crit is not None:
            allowed = {"min_met", "age_gte", "weight_lte", "creatinine_gte", "severity", "recommendation"}
            needed = {"min_met", "severity", "recommendation"}
            if not isinstance(crit, dict) or set(crit) - allowed or not needed <= set(crit):
                raise KnowledgeError("medications.knowledge_bad_shape", fname, r["id"], key="criteria",
                                     expected="{'min_met', 'severity', 'recommendation', 'age_gte'?, "
                                              "'weight_lte'?, 'creatinine_gte'?}")
            _severity(ck, fname, r["id"], crit["severity"], "criteria")
            ck.texts(fname, r["id"], "criteria.recommendation", crit["recommendation"])
        kb.renal_index.add(i, compile_side(r["atc"], sel, r.get("exclude", ())))
        kb.renal.append(r)


def _anticholinergic(kb, ck: Checker, data: dict, seen: dict) -> None:
    fname = "anticholinergic.json"
    scale = data.get("scale")
    if not isinstance(scale, dict):
        raise KnowledgeError("medications.knowledge_key_not_an_object", fname, key="scale")
    ck.entry(fname, scale, {"id", "name", "source", "edition", "reviewer_note"}, set(), "scale")
    kb.acb_scale = scale
    kb.acb_thresholds = sorted(ck.entries(fname, "thresholds", data.get("thresholds")), key=lambda t: -t["min_total"])
    check_unique_ids(fname, kb.acb_thresholds, seen)
    for d in ck.entries(fname, "drugs", data.get("drugs")):
        if d["score"] not in (0, 1, 2, 3):
            raise KnowledgeError("medications.knowledge_not_one_of", fname, d["atc"], key="score", value=d["score"],
                                 allowed=(0, 1, 2, 3))
        kb.acb_index.add((len(d["atc"]), d["score"]), ((d["atc"], ()),))


def _allergy(kb, ck: Checker, data: dict, sel: dict, seen: dict) -> None:
    fname = "allergy_classes.json"
    ck.entry(fname, data.get("direct"), COMMON, {"severity"}, "direct")
    kb.allergy_direct = data["direct"]
    classes = ck.entries(fname, "classes", data.get("classes"))
    ids = {c["class"] for c in classes}
    crosses = []
    for c in classes:
        c["_m"] = compile_side(c["atc"], sel)
        kb.allergy_index.add(c["class"], c["_m"])
        for x in c["cross_reactive"]:
            ck.entry(fname, x, COMMON | {"target", "severity"}, set(), f"{c['id']}.cross_reactive")
            if x["target"] not in ids:
                raise KnowledgeError("medications.knowledge_unknown_target", fname, x["id"], value=x["target"])
            crosses.append(x)
    check_unique_ids(fname, [kb.allergy_direct] + classes + crosses, seen)
    kb.allergy_classes = classes


def _polypharmacy(kb, ck: Checker, data: dict, seen: dict) -> None:
    fname = "polypharmacy.json"
    thresholds = ck.entries(fname, "thresholds", data.get("thresholds"))
    check_unique_ids(fname, thresholds, seen)
    for t in thresholds:
        if not isinstance(t["min_count"], int) or t["min_count"] < 1:
            raise KnowledgeError("medications.knowledge_not_a_positive_integer", fname, t["id"], key="min_count")
    topical = data.get("topical", {})
    if not isinstance(topical, dict) or set(topical) - {"atc_prefixes", "systemic_exceptions", "routes", "route_codes"}:
        raise KnowledgeError("medications.knowledge_bad_shape", fname, key="topical",
                             expected="{'atc_prefixes'?, 'systemic_exceptions'?, 'routes'?, 'route_codes'?}")
    kb.poly_thresholds = sorted(thresholds, key=lambda t: -t["min_count"])
    kb.poly_counting = data.get("counting", {})
    kb.topical = {"prefixes": tuple(topical.get("atc_prefixes", ())),
                  "exceptions": tuple(topical.get("systemic_exceptions", ())),
                  "routes": frozenset(r.lower() for r in topical.get("routes", ())),
                  "route_codes": frozenset(topical.get("route_codes", ()))}
