"""Published lists for older people: each list from its own age, only the lists the practice applies, every
finding citing list, edition and item; the data of elderly.json."""

from __future__ import annotations

import csv
import json

import pytest

from app.services.medications.review import load_knowledge, review
from app.services.medications.review.knowledge import knowledge_dir

from .helpers import med, none_of, of_kind, patient

# (list, an item of that list, medications, patient conditions): one case per list
CASES = {
    "STOPP-V3": ("STOPP I2", ["G04BD04"], ["H40.2"]),
    "EU7-PIM": ("A02BA01", ["A02BA01"], []),
    "PRISCUS-2": ({"fr": "inhibiteurs de la COX-2", "de": "COX-2-Hemmer", "en": "COX-2 inhibitors"}, ["M01AH01"], []),
    "LAROCHE": ({"fr": "benzodiazépines à demi-vie longue (n° de critère non lu)",
                 "de": "langwirksame Benzodiazepine (Kriteriennummer nicht gelesen)",
                 "en": "long half-life benzodiazepines (criterion no. not read)"}, ["N05BA01"], []),
    "BEERS-2023": ({"fr": "Beers 2023 (n° d'item non relu)", "de": "Beers 2023 (Item-Nummer nicht nachgelesen)",
                    "en": "Beers 2023 (item no. not re-read)"}, ["A03FA01"], []),
}


def _said(item, lang: str = "fr") -> str:
    """An item as the reader sees it: its number, or its words in the reader's language."""
    return item if isinstance(item, str) else item[lang]


def _pims(age, lst, codes, conditions=(), lang="fr"):
    findings = review(patient(age=age, conditions=conditions), [med(c) for c in codes], lang=lang, pim_lists=[lst])
    return of_kind(findings, "inappropriate_in_elderly")


@pytest.mark.parametrize("lst", sorted(CASES))
def test_an_item_of_each_list_triggers_from_the_list_age_and_not_below(lst):
    item, codes, conditions = CASES[lst]
    age = load_knowledge().pim_lists[lst]["min_age"]
    found = _pims(age, lst, codes, conditions)
    assert [dict(f.details)["item"] for f in found] == [_said(item)]
    assert _pims(age - 1, lst, codes, conditions) == []


def test_laroche_applies_from_75():
    assert load_knowledge().pim_lists["LAROCHE"]["min_age"] == 75
    assert _pims(74, "LAROCHE", ["N05BA01"]) == []
    assert len(_pims(75, "LAROCHE", ["N05BA01"])) == 1


def test_a_deselected_list_gives_no_finding():
    findings = review(patient(age=80, conditions=["H40.2"]), [med("G04BD04")], pim_lists=["LAROCHE", "EU7-PIM"])
    assert of_kind(findings, "inappropriate_in_elderly") == []
    findings = review(patient(age=80, conditions=["H40.2"]), [med("G04BD04")], pim_lists=[])
    assert of_kind(findings, "inappropriate_in_elderly") == []
    # no choice (None): every list applies
    assert of_kind(review(patient(age=80, conditions=["H40.2"]), [med("G04BD04")]), "inappropriate_in_elderly")


def test_every_finding_names_list_item_and_edition():
    kb = load_knowledge()
    for lst, (item, codes, conditions) in CASES.items():
        age = kb.pim_lists[lst]["min_age"]
        for lang in ("fr", "de", "en"):
            (f,) = _pims(age, lst, codes, conditions, lang)
            details = dict(f.details)
            spec = kb.pim_lists[lst]
            said = _said(item, lang)
            assert (details["list"], details["edition"], details["item"]) == (lst, spec["edition"], said)
            assert f.sources == (f"{spec['name']} ({spec['edition']}), {said}",)


def test_unknown_age_is_not_evaluable_and_still_cites_the_list():
    (f,) = _pims(None, "STOPP-V3", ["G04BD04"], ["H40.2"])
    assert f.severity == "not_evaluable" and dict(f.details)["missing"] == "age"
    assert dict(f.details)["item"] == "STOPP I2"


def test_duration_items_use_regular_use_and_name_the_duration():
    # STOPP D8: benzodiazepine >= 4 weeks (the record has no start date: regular use, "check the duration")
    (f,) = _pims(70, "STOPP-V3", ["N05BA12"])
    assert f.severity == "consider" and "4" in f.message
    findings = review(patient(age=70), [med("N05BA12", as_needed=True)], pim_lists=["STOPP-V3"])
    assert of_kind(findings, "inappropriate_in_elderly") == []


def test_unless_another_drug_is_present():
    # PRISCUS 2.0: ibuprofen > 1200 mg/day without a PPI; STOPP L2: regular opioid without a laxative
    high = [med("M01AE01", daily_dose_mg=1800)]
    assert of_kind(review(patient(age=70), high, pim_lists=["PRISCUS-2"]), "inappropriate_in_elderly")
    assert none_of(review(patient(age=70), high + [med("A02BC02")], pim_lists=["PRISCUS-2"]),
                   "inappropriate_in_elderly", "M01AE01")
    assert none_of(review(patient(age=70), [med("M01AE01", daily_dose_mg=1200)], pim_lists=["PRISCUS-2"]),
                   "inappropriate_in_elderly", "M01AE01")
    assert _pims(70, "STOPP-V3", ["N02AA01"])
    assert not _pims(70, "STOPP-V3", ["N02AA01", "A06AD65"])


def test_two_anticholinergic_drugs_stopp_m1():
    found = [f for f in _pims(70, "STOPP-V3", ["G04BD04", "N06AA09"]) if f.rule == "STOPP3-M1"]
    assert len(found) == 1 and set(found[0].atc) == {"G04BD04", "N06AA09"}


def _known_codes() -> set[str]:
    root = knowledge_dir()
    codes = set()
    with (root.parent / "catalogue" / "substances.csv").open(encoding="utf-8") as fh:
        codes |= {row["atc"] for row in csv.DictReader(fh)}
    with (root / "ansm" / "substance_atc.csv").open(encoding="utf-8") as fh:
        codes |= {c for row in csv.DictReader(fh) for c in row["atc"].split() if c}
    combos = json.loads((root / "combinations.json").read_text(encoding="utf-8"))["combinations"]
    codes |= set(combos) | {c for v in combos.values() for c in v["components"]}
    return codes


# former codes a rule keeps beside the current ones (gabapentin, pregabalin: N03AX12/16 before N02BF01/02)
FORMER = {"N03AX12", "N03AX16"}


def test_the_lists_data_validates():
    kb = load_knowledge()
    known = _known_codes() | FORMER
    assert set(kb.pim_lists) == {"EU7-PIM", "PRISCUS-2", "STOPP-V3", "LAROCHE", "BEERS-2023"}
    ages = {lid: spec["min_age"] for lid, spec in kb.pim_lists.items()}
    assert ages == {"EU7-PIM": 65, "PRISCUS-2": 65, "STOPP-V3": 65, "LAROCHE": 75, "BEERS-2023": 65}
    for spec in kb.pim_lists.values():
        assert spec["source"] in kb.sources and spec["citation"] and spec["edition"]
    for rule in kb.elderly:
        assert rule["list"] in kb.pim_lists, rule["id"]
        item = rule["item"]
        if isinstance(item, dict):   # words, not a number: said in each language, never English in fr or de
            assert set(item) == {"fr", "de", "en"} and item["fr"] != item["en"] != item["de"], rule["id"]
        else:
            assert item.strip(), rule["id"]
        assert rule["min_age"] >= kb.pim_lists[rule["list"]]["min_age"], rule["id"]
        assert rule["source"] == kb.pim_lists[rule["list"]]["source"], rule["id"]
        for key in ("atc", "exclude", "unless_atc"):
            for code in rule.get(key, ()):
                if code.startswith("@"):
                    continue
                assert any(k.startswith(code) for k in known), (rule["id"], key, code)



def _rules(findings, rule_id):
    return [f for f in findings if f.rule == rule_id]


def test_item_with_another_drug_names_both():
    # STOPP D18: a cholinesterase inhibitor with a rate-limiting drug
    found = _rules(_pims(70, "STOPP-V3", ["N06DA02", "C07AB07"]), "STOPP3-D18")
    assert len(found) == 1 and set(found[0].atc) == {"N06DA02", "C07AB07"}
    assert not _rules(_pims(70, "STOPP-V3", ["N06DA02"]), "STOPP3-D18")


def test_item_below_an_egfr():
    # STOPP E6: metformin if eGFR < 30; an unknown eGFR gives no item (the renal family says what is missing)
    def e6(egfr):
        findings = review(patient(age=70, egfr=egfr), [med("A10BA02")], pim_lists=["STOPP-V3"])
        return _rules(findings, "STOPP3-E6")
    assert e6(25) and not e6(30) and not e6(None)


def test_item_from_a_dose():
    # STOPP L6: paracetamol >= 3 g/day with chronic liver disease
    def l6(dose):
        findings = review(patient(age=70, conditions=["K74.6"]), [med("N02BE01", daily_dose_mg=dose)],
                          pim_lists=["STOPP-V3"])
        return _rules(findings, "STOPP3-L6")
    assert l6(3000) and not l6(2000) and not l6(None)


def test_stopp_item_of_the_oldest_age_group():
    # STOPP B16: statin for primary prevention from 85 with frailty
    assert not _rules(_pims(84, "STOPP-V3", ["C10AA05"], ["R54"]), "STOPP3-B16")
    assert _rules(_pims(85, "STOPP-V3", ["C10AA05"], ["R54"]), "STOPP3-B16")
    assert not _rules(_pims(85, "STOPP-V3", ["C10AA05"], ["R54", "I25.1"]), "STOPP3-B16")


def test_a_batch_case_may_name_its_lists():
    from app.services.medications.review.batch import review_case

    case = {"id": 1, "as_of": "2026-11-23", "patient": {"birth_date": "1946-01-01"},
            "medications": [{"atc": "A03BA01"}]}
    every = review_case(case)["findings"]
    assert [f["details"]["list"] for f in every if f["kind"] == "inappropriate_in_elderly"] == ["LAROCHE"]
    assert not [f for f in review_case(case | {"pim_lists": ["STOPP-V3"]})["findings"]
                if f["kind"] == "inappropriate_in_elderly"]
    refused = review_case(case | {"pim_lists": ["BEERS-2019"]})
    assert (refused["field"], refused["code"]) == ("pim_lists", "medications.case_unknown_list")


def test_stopp_b10_needs_hypertension_and_incontinence_at_once():
    # STOPP B10: loop diuretic for hypertension with concurrent urinary incontinence (two coded conditions)
    def b10(conditions):
        return _rules(_pims(70, "STOPP-V3", ["C03CA01"], conditions), "STOPP3-B10")
    (f,) = b10(["I10", "N39.4"])
    assert f.severity == "avoid" and dict(f.details)["item"] == "STOPP B10"
    assert b10(["I10", "R32"]) and b10(["I11.9", "N39.3"])
    assert not b10(["I10"]) and not b10(["N39.4"])
    assert not b10(["I10", "N39.4", "I50.0"])   # heart failure: the loop diuretic is not for hypertension


def test_stopp_b8_reads_the_indication_from_a_coded_oedema_without_the_four_failures():
    def b8(conditions):
        return _rules(_pims(70, "STOPP-V3", ["C03CA01"], conditions), "STOPP3-B8")
    (f,) = b8(["R60.0"])
    assert f.severity == "consider" and dict(f.details)["item"] == "STOPP B8"
    for failure in ("I50.0", "K72.1", "N04.9", "N18.4"):
        assert not b8(["R60.0", failure]), failure
    assert not b8([])


def test_several_items_on_one_drug_give_one_finding_the_most_serious():
    # furosemide with hypertension, incontinence and ankle oedema: STOPP B10 (avoid) and B8 (consider) both apply;
    # the review keeps one finding per drug, the most serious, whatever the number of lists applied
    conditions = ["I10", "N39.4", "R60.0"]
    both = _rules(_pims(70, "STOPP-V3", ["C03CA01"], conditions), "STOPP3-B8")
    assert both == []   # merged away
    findings = review(patient(age=80, conditions=conditions), [med("C03CA01")])
    found = [f for f in of_kind(findings, "inappropriate_in_elderly") if "C03CA01" in f.atc]
    assert [(f.rule, f.severity) for f in found] == [("STOPP3-B10", "avoid")]


def test_every_list_item_of_a_numbered_list_exists_and_coverage_is_computed():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
    from scripts.pim_lists_report import coverage

    data = json.loads((knowledge_dir() / "elderly.json").read_text(encoding="utf-8"))
    cov = coverage(data)
    figures = {lid: (len(c["encoded"]), c["items"]) for lid, c in cov.items()}
    assert figures == {"STOPP-V3": (93, 133), "PRISCUS-2": (5, 187), "EU7-PIM": (4, 282), "LAROCHE": (0, 36)}
    sections = cov["STOPP-V3"]["sections"]
    assert sum(s["items"] for s in sections.values()) == 133
    assert sum(s["encoded"] for s in sections.values()) == 93
    assert "B10" in cov["STOPP-V3"]["encoded"] and "K3" in sections["K"]["left_out"]
