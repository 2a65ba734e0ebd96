"""The ANSM layer's data: every thesaurus substance mapped to ATC or listed with its reason, identifiers built from
the entries, and the build script's cleaning of PDF-extraction artefacts."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from app.services.medications.review import load_knowledge
from app.services.medications.review.schema import ATC_RE

REPO = Path(__file__).resolve().parents[4]
ANSM = REPO / "resources" / "knowledge" / "ansm"
sys.path.insert(0, str(REPO / "scripts"))

from ansm_clean import clean, key, repair, slug  # noqa: E402
from ansm_conditions import compile_condition  # noqa: E402


def _table() -> dict[str, dict]:
    with (ANSM / "substance_atc.csv").open(encoding="utf-8", newline="") as fh:
        return {key(row["substance"]): row for row in csv.DictReader(fh)}


def _catalogue_codes() -> set[str]:
    with (REPO / "resources" / "catalogue" / "substances.csv").open(encoding="utf-8", newline="") as fh:
        return {row["atc"] for row in csv.DictReader(fh)}


def test_every_thesaurus_substance_is_mapped_or_says_why_not():
    layer, table, catalogue = load_knowledge().ansm, _table(), _catalogue_codes()
    assert len(layer.substances) > 1000 and set(layer.substances) <= set(table)
    members = {m for c in layer.classes.values() for m in c["members"]}
    assert members <= set(layer.substances)
    for skey, row in table.items():
        codes = row["atc"].split()
        if not codes:
            assert row["note"].strip() and not row["source"], skey          # the reason there is no code
            continue
        assert row["source"] in ("catalogue", "ema-atc", "catalogue + ema-atc") and row["matched"], skey
        assert all(ATC_RE.match(c) for c in codes), skey
        if row["source"].startswith("catalogue"):
            assert codes[0] in catalogue, skey                              # cited source holds the code
    unmapped = [k for k, r in table.items() if not r["atc"]]
    assert len(unmapped) < 40


def test_rule_identifiers_are_built_from_the_entry_names():
    layer = load_knowledge().ansm
    ids = [r["id"] for r in layer.rules]
    assert len(ids) == len(set(ids))
    for rule in layer.rules:
        a, b = rule["a"]["name"], rule["b"]["name"]
        assert rule["id"] == "ANSM:" + "+".join(sorted((slug(a), slug(b))))
        assert {slug(e, 200) for e in rule["entries"]} <= {slug(f"{a} + {b}", 200), slug(f"{b} + {a}", 200)}
        assert rule["entry"] in rule["entries"]
        assert rule["edition"] == "2020-10"


def test_every_level_of_a_multi_level_entry_but_the_last_is_coded_or_says_what_it_needs():
    for rule in load_knowledge().ansm.rules:
        if len(rule["levels"]) > 1:
            for level in rule["levels"][:-1]:
                assert "when" in level and set(level["if"]) == {"fr", "de", "en"}, rule["id"]


def test_pdf_artefacts_are_cleaned():
    assert clean("gastro- \nintestinaux  et\u00a0\ufffd adsorbants") == "gastro-intestinaux et adsorbants"
    description = "Précaution d'emploi\nUtiliser des doses plus faibles. Si l'objectif \nthérapeutique n'est pas atteint"
    assert repair("Utiliser des doses plus faibles. Si l'objectifthérapeutique n'est pas atteint", description) == \
        "Utiliser des doses plus faibles. Si l'objectif thérapeutique n'est pas atteint"
    assert key("INHIBITEURS DE L'HMG-COA RÉDUCTASE (STATINES)") == "inhibiteurs de l hmg coa reductase statines"


def test_condition_compiler_names_the_entry_on_a_bad_condition():
    sides, known = {"diltiazem": "b", "amiodarone": "a"}, {"diltiazem", "amiodarone"}
    routes = {"intravenous": "20045000"}
    assert compile_condition({"route": {"side": "DILTIAZEM", "in": ["intravenous"]}}, sides, known, routes, "E") == \
        {"route": {"side": "b", "in": ["20045000"]}}
    for bad, fragment in (({"route": {"side": "NOPE", "in": []}}, "not a side"),
                          ({"member": {"side": "either", "in": ["warfarine"]}}, "not a substance or class"),
                          ({"unknown": "weather"}, "unknown input"), ({"when": 1, "x": 2}, "one key")):
        with pytest.raises(ValueError, match=fragment):
            compile_condition(bad, sides, known, routes, "AMIODARONE + DILTIAZEM")
