"""Fixed-combination products: every rule sees every component (data: resources/knowledge/combinations.json)."""

from __future__ import annotations

import pytest

from app.services.medications.review import load_knowledge

from .helpers import none_of, of_kind, one, run


@pytest.mark.parametrize("code, components", [
    ("N02AJ08", {"R05DA04", "M01AE01"}),             # codeine and ibuprofen
    ("N02AJ14", {"N02AX02", "M01AE17"}),             # tramadol and dexketoprofen
    ("C09BX01", {"C09AA04", "C08CA01", "C03BA11"}),  # perindopril, amlodipine and indapamide
    ("C09DX01", {"C09CA03", "C08CA01", "C03AA03"}),  # valsartan, amlodipine and hydrochlorothiazide
    ("A10BD02", {"A10BA02", "A10BB"}),               # metformin and sulfonylureas (class known, not the substance)
])
def test_combination_codes_resolve_to_their_components(code, components):
    assert set(load_knowledge().components(code)) == components


def test_warfarin_sees_the_nsaid_inside_an_analgesic_combination():
    for combo in ("N02AJ08", "N02AJ14"):
        assert one(run(["B01AA03", combo]), "interaction", "B01AA03", combo).severity == "avoid"


def test_sotalol_and_digoxin_see_the_hypokalaemic_diuretic():
    assert one(run(["C07AA07", "C09BX01"]), "qt_prolongation", "C07AA07", "C09BX01").severity == "precaution"
    assert one(run(["C01AA05", "C09DX01"]), "interaction", "C01AA05", "C09DX01").severity == "precaution"


def test_metformin_sulfonylurea_combination_is_a_sulfonylurea():
    finding = one(run(["A10BD02", "J01FA09"]), "interaction", "A10BD02", "J01FA09")
    assert "sulfamides-hypoglycemiants" in finding.rule


@pytest.mark.parametrize("code", ["A10BD04", "A10BD06", "A10BD09", "A10BD19", "A10BD21"])
def test_gliflozin_and_gliptin_combinations_hold_no_metformin(code):
    findings = run([code, "V08AB02"], egfr=40)
    assert none_of(findings, "interaction", code, "V08AB02")
    assert not [f for f in findings if f.rule == "REN-METFORMIN"]


def test_metformin_combination_keeps_the_contrast_interaction_and_renal_rule():
    assert one(run(["A10BD07", "V08AB02"]), "interaction", "A10BD07").severity == "contraindicated"
    assert [f for f in run(["A10BD07"], egfr=25) if f.rule == "REN-METFORMIN"]


def test_components_of_one_product_do_not_interact_with_each_other():
    assert of_kind(run(["C09DX01"]), "interaction") == [] and of_kind(run(["N02AJ08"]), "interaction") == []


def test_duplication_sees_a_component_already_taken_alone():
    assert [f for f in run(["C09CA03", "C09DX01"]) if f.kind == "duplication"]
