"""Maximum doses (max_doses.json): the amount a day or a week from the posology against section 4.2 of an SmPC."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from app.services.medications.review import KnowledgeError, load_knowledge, read_pack
from app.services.medications.review.knowledge import knowledge_dir
from app.services.medications.review.max_doses import MAX_DOSES_FILE, PERIODS, UNITS_MG

from .helpers import med, of_kind, run

METFORMIN, METHOTREXATE, CODEINE, ORAL = "A10BA02", "L04AX03", "R05DA04", "20053000"
VENLAFAXINE, ALENDRONIC_ACID = "N06AX16", "M05BA04"   # added with the list's extension to 108 substances
SITAGLIPTIN_METFORMIN, SITAGLIPTIN = "A10BD07", "A10BH01"   # fixed combination: A10BA02 + A10BH01 (combinations.json)
LANGS = ("fr", "de", "en")


def _max(findings, severity=None):
    return [f for f in of_kind(findings, "max_dose") if severity is None or f.severity == severity]


def test_metformin_4000_mg_a_day_is_above_the_maximum_with_its_source():
    found = _max(run([med(METFORMIN, "Metformine", daily_dose_mg=4000, route_code=ORAL)], age=78), "avoid")
    assert len(found) == 1
    f = found[0]
    assert f.rule == f"MAXDOSE:{METFORMIN}:oral" and f.atc == (METFORMIN,)
    assert "4000 mg" in f.message and "3000 mg" in f.message and "Glucophage" in f.message
    assert "rubrique 4.2" in f.sources[0] and f.sources[0].endswith("https://rxreasoner.com/monographs/glucophage-tab/usage")
    details = dict(f.details)
    assert details["amount_mg"] == 4000 and details["max_mg"] == 3000 and details["per"] == "day"


def test_metformin_2000_mg_a_day_gives_nothing():
    assert not _max(run([med(METFORMIN, daily_dose_mg=2000, route_code=ORAL)], age=78))


def test_codeine_300_mg_a_day_is_above_its_maximum_and_240_mg_is_not():
    above = _max(run([med(CODEINE, "Codéine", daily_dose_mg=300, route_code=ORAL)], age=80), "avoid")
    assert len(above) == 1 and above[0].rule == f"MAXDOSE:{CODEINE}:oral"
    assert "300 mg" in above[0].message and "240 mg" in above[0].message and "2023-01-03" in above[0].message
    assert above[0].sources[0].endswith("https://medicines.org.uk/emc/product/7031/smpc/print")
    assert dict(above[0].details)["max_mg"] == 240
    assert not _max(run([med(CODEINE, "Codéine", daily_dose_mg=240, route_code=ORAL)], age=80))


@pytest.mark.parametrize(("atc", "maximum", "product"), [("N06DX01", 20, "Ebixa"), ("N04BC04", 24, "Ropinirole Teva")])
def test_memantine_and_ropinirole_added_on_2026_12_08_are_checked_at_their_maximum(atc, maximum, product):
    # memantine (Ebixa, Israeli prescribing information) and ropinirole (Ropinirole Teva, Israeli SmPC 4.2)
    above = _max(run([med(atc, daily_dose_mg=maximum + 5, route_code=ORAL)], age=80), "avoid")
    assert len(above) == 1 and dict(above[0].details)["max_mg"] == maximum
    assert product in above[0].sources[0] and "https://" in above[0].sources[0]
    assert not _max(run([med(atc, daily_dose_mg=maximum, route_code=ORAL)], age=80))


def test_methotrexate_is_checked_per_week():
    weekly = med(METHOTREXATE, "Méthotrexate", daily_dose_mg=15 / 7, weekly_dose_mg=15, cycle_days=7)
    assert not _max(run([weekly], age=70))
    daily = med(METHOTREXATE, "Méthotrexate", daily_dose_mg=15, weekly_dose_mg=105, cycle_days=1)
    found = _max(run([daily], age=70), "avoid")
    assert len(found) == 1 and "105 mg" in found[0].message and dict(found[0].details)["per"] == "week"


def test_venlafaxine_450_mg_a_day_is_above_its_maximum_and_375_mg_is_not():
    above = _max(run([med(VENLAFAXINE, "Venlafaxine", daily_dose_mg=450, route_code=ORAL)], age=76), "avoid")
    assert len(above) == 1 and above[0].rule == f"MAXDOSE:{VENLAFAXINE}:oral"
    assert "450 mg" in above[0].message and "375 mg" in above[0].message and "Venlafaxin Medical Valley" in above[0].message
    assert dict(above[0].details)["max_mg"] == 375 and dict(above[0].details)["per"] == "day"
    assert not _max(run([med(VENLAFAXINE, "Venlafaxine", daily_dose_mg=375, route_code=ORAL)], age=76))


def test_alendronic_acid_is_checked_per_week():
    weekly = med(ALENDRONIC_ACID, "Alendronate", daily_dose_mg=10, weekly_dose_mg=70, cycle_days=7, route_code=ORAL)
    assert not _max(run([weekly], age=72, sex="F"))
    daily = med(ALENDRONIC_ACID, "Alendronate", daily_dose_mg=70, weekly_dose_mg=490, cycle_days=1, route_code=ORAL)
    found = _max(run([daily], age=72, sex="F"), "avoid")
    assert len(found) == 1 and "490 mg" in found[0].message and dict(found[0].details)["per"] == "week"
    assert dict(found[0].details)["max_mg"] == 70


def test_a_daily_amount_alone_is_checked_against_a_weekly_maximum_as_seven_days():
    found = _max(run([med(METHOTREXATE, daily_dose_mg=15)], age=70), "avoid")
    assert len(found) == 1 and dict(found[0].details)["amount_mg"] == 105


def test_unknown_strength_gives_no_dose_finding_but_states_the_missing_input():
    for lang in LANGS:
        found = _max(run([med(METFORMIN, "Metformine")], age=78, lang=lang))
        assert [f.severity for f in found] == ["not_evaluable"], found
        assert dict(found[0].details)["missing"] == (f"dose:{METFORMIN}",)
    fr = _max(run([med(METFORMIN, "Metformine")], age=78))[0]
    assert "dose inconnue" in fr.message and "Metformine" in fr.message


def test_one_line_without_amount_makes_the_merged_amount_unknown():
    lines = [med(METFORMIN, daily_dose_mg=2500), med(METFORMIN)]
    assert [f.severity for f in _max(run(lines, age=78))] == ["not_evaluable"]


def test_a_component_of_a_combination_is_checked_on_its_own_amount():
    over = med(SITAGLIPTIN_METFORMIN, "Janumet", component_doses_mg=((METFORMIN, 4000.0),))
    found = _max(run([over], age=78), "avoid")
    assert len(found) == 1 and found[0].atc == (SITAGLIPTIN_METFORMIN,)
    assert dict(found[0].details)["substance"] == METFORMIN and "A10BA02" in found[0].message
    within = med(SITAGLIPTIN_METFORMIN, "Janumet", component_doses_mg=((METFORMIN, 2000.0), (SITAGLIPTIN, 100.0)))
    assert not _max(run([within], age=78))
    unknown = _max(run([med(SITAGLIPTIN_METFORMIN, "Janumet", daily_dose_mg=100)], age=78))
    assert {f.severity for f in unknown} == {"not_evaluable"}      # sitagliptin has its own maximum too (since 2026-12-07)
    assert sorted(dict(f.details)["missing"] for f in unknown) == [(f"dose:{METFORMIN}",), (f"dose:{SITAGLIPTIN}",)]


def test_a_route_without_an_entry_is_not_checked_and_an_unknown_route_is_said():
    assert not _max(run([med(METFORMIN, daily_dose_mg=4000, route_code="20045000")], age=78))
    found = _max(run([med(METFORMIN, daily_dose_mg=4000)], age=78, lang="en"), "avoid")
    assert len(found) == 1 and "Route not recorded" in found[0].message
    assert dict(found[0].details)["route_assumed"] == ORAL


def test_topical_lines_are_not_checked():
    assert not _max(run([med(METFORMIN, daily_dose_mg=4000, topical=True)], age=78))


def test_texts_have_no_french_in_german_or_english():
    line = med(METHOTREXATE, "MTX", daily_dose_mg=15, weekly_dose_mg=105)
    de = _max(run([line], age=70, lang="de"), "avoid")[0]
    en = _max(run([line], age=70, lang="en"), "avoid")[0]
    for f in (de, en):
        text = f"{f.message} {f.recommendation} {f.sources[0]}"
        for french in ("par semaine", "dose maximale", "rubrique", "voie", "non daté", "RCP", "Vérifier"):
            assert french not in text, (french, text)
    assert "pro Woche" in de.message and "Fachinformation" in de.sources[0] and "Dokument ohne Datum" in de.message
    assert "a week" in en.message and en.sources[0].startswith("SmPC")


# -- the data file ----------------------------------------------------------------------------------------------------
def _data():
    return json.loads((knowledge_dir() / MAX_DOSES_FILE).read_text(encoding="utf-8"))


def test_the_data_file_validates_and_every_entry_cites_section_4_2_with_date_and_url():
    kb = load_knowledge()
    data = _data()
    assert len(kb.max_doses) == len(data["doses"]) >= 10
    routes = set(kb.route_words.values())
    for e in data["doses"]:
        src = e["source"]
        assert src["section"] == "4.2" and src["url"].startswith("https://") and src["product"].strip(), e["id"]
        assert re.match(r"^(\d{4}(-\d{2}(-\d{2})?)?|undated)$", src["date"]), e["id"]
        assert e["route"] in routes and e["route"] in data["route_names"], e["id"]
        assert e["unit"] in UNITS_MG and e["per"] in PERIODS and e["max"] > 0, e["id"]
        assert e["id"] == f"MAXDOSE:{e['atc']}:oral" or e["route"] != ORAL
    assert kb.max_dose_index[METHOTREXATE][0]["per"] == "week"
    listed = {e["atc"] for e in data["doses"]} | {e["atc"] for e in data["left_out"]}
    assert len(listed) == len(data["doses"]) + len(data["left_out"])     # a substance is encoded or left out, once
    assert all(e["reason"].strip() for e in data["left_out"])
    assert data["list"]["source"].strip() and kb.counts()["max_dose"] == len(data["doses"])


@pytest.fixture
def broken(tmp_path):
    """Copy of the pack whose max_doses.json is changed by the given function; returns the error on loading."""
    def load(change):
        root = tmp_path / "knowledge"
        if root.exists():
            shutil.rmtree(root)
        shutil.copytree(knowledge_dir(), root)
        data = _data()
        change(data)
        (root / MAX_DOSES_FILE).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(KnowledgeError) as err:
            read_pack(root)
        return err.value
    return load


def _first(data):
    return data["doses"][0]


@pytest.mark.parametrize(("change", "code", "key"), [
    (lambda d: _first(d)["source"].pop("url"), "medications.knowledge_bad_shape", "source"),
    (lambda d: _first(d)["source"].update(section="4.3"), "medications.knowledge_not_one_of", "source.section"),
    (lambda d: _first(d)["source"].update(date="last year"), "medications.knowledge_bad_shape", "source.date"),
    (lambda d: _first(d)["source"].update(url="http://example.org"), "medications.knowledge_bad_shape", "source.url"),
    (lambda d: _first(d)["source"].update(product=" "), "medications.knowledge_empty_text", "source.product"),
    (lambda d: _first(d).update(route="99999999"), "medications.knowledge_not_one_of", "route"),
    (lambda d: _first(d).update(unit="tablet"), "medications.knowledge_not_one_of", "unit"),
    (lambda d: _first(d).update(per="month"), "medications.knowledge_not_one_of", "per"),
    (lambda d: _first(d).update(max=0), "medications.knowledge_bad_shape", "max"),
    (lambda d: _first(d).update(max="3 g"), "medications.knowledge_not_a_number", "max"),
    (lambda d: _first(d).update(atc="A10B"), "medications.knowledge_bad_atc", "atc"),
    (lambda d: _first(d).pop("substance"), "medications.knowledge_missing_key", "substance"),
    (lambda d: _first(d).update(dose_gt=1), "medications.knowledge_unknown_key", "dose_gt"),
])
def test_a_bad_entry_is_refused_with_a_coded_error_naming_the_entry_and_the_field(broken, change, code, key):
    err = broken(change)
    assert err.code == code
    assert err.params["file"] == MAX_DOSES_FILE and err.params["entry"] == "MAXDOSE:A10BA02:oral"
    assert err.params["key"] == key


def test_a_duplicate_substance_and_route_and_a_missing_route_name_are_refused(broken):
    err = broken(lambda d: d["doses"].append({**_first(d), "id": "MAXDOSE:A10BA02:again"}))
    assert err.code == "medications.knowledge_duplicate_id" and err.params["entry"] == "MAXDOSE:A10BA02:again"
    err = broken(lambda d: d["route_names"]["20053000"].pop("de"))
    assert err.code == "medications.knowledge_languages" and err.params["entry"] == "route_names"


def test_the_committed_report_is_current_and_counts_the_list():
    from pathlib import Path

    from app.services.medications.review.max_doses import render_report

    doc = Path(__file__).resolve().parents[4] / "docs" / "max-doses.md"
    data = _data()
    assert doc.read_text(encoding="utf-8") == render_report(data), "run: python scripts/max_doses_report.py"
    assert f"{len(data['doses'])} substances encoded out of {len(data['doses']) + len(data['left_out'])}" in \
        doc.read_text(encoding="utf-8")
