"""Therapeutic duplication with its whitelist of legitimate pairs."""

from __future__ import annotations

import pytest

from .helpers import med, of_kind, one, run


@pytest.mark.parametrize("codes, rule", [
    (["M01AE01", "M01AB05"], "DUP-NSAID"),
    (["A02BC01", "A02BC02"], "DUP-PPI"),
    (["N05BA12", "N05CF02"], "DUP-BZD"),
    (["N06AB06", "N06AB10"], "DUP-SSRI"),
    (["C09AA05", "C09AA02"], "DUP-ACEI"),
    (["C09AA05", "C09CA01"], "DUP-RAS"),
    (["C10AA05", "C10AA07"], "DUP-STATIN"),
    (["B01AA03", "B01AF02"], "DUP-ANTICOAG"),
    (["N05AH04", "N05AX08"], "DUP-ANTIPSY"),
    (["N02BE01", "N02AJ13"], "DUP-PARACETAMOL"),
    (["C09DA03", "C03AA03"], "DUP-THIAZIDE"),   # combination product + single thiazide
])
def test_duplicate_classes(codes, rule):
    finding = one(run(codes), "duplication", *codes)
    assert finding.rule == rule and finding.severity in ("avoid", "precaution", "consider")


def test_basal_bolus_insulin_is_whitelisted_but_two_rapid_insulins_are_not():
    assert of_kind(run(["A10AE04", "A10AB05"]), "duplication") == []
    assert one(run(["A10AB01", "A10AB05"]), "duplication", "A10AB01", "A10AB05").rule == "DUP-INSULIN"


def test_breakthrough_opioid_pair_is_information_only():
    assert one(run(["N02AB03", "N02AA01"]), "duplication", "N02AB03", "N02AA01").severity == "consider"
    assert one(run(["N02AA05", "N02AA01"]), "duplication", "N02AA05", "N02AA01").severity == "precaution"


def test_dual_antiplatelet_therapy_is_information_only():
    assert one(run(["B01AC06", "B01AC04"]), "duplication", "B01AC06", "B01AC04").severity == "consider"


def test_as_needed_and_topical_lines_are_not_duplicates():
    assert of_kind(run([med("M01AE01"), med("M01AB05", as_needed=True)]), "duplication") == []
    assert of_kind(run([med("M01AE01"), med("M01AB05", route="topical")]), "duplication") == []


def test_same_substance_twice_is_merged_not_duplicated():
    assert of_kind(run([med("A02BC01", "omeprazole 20"), med("A02BC01", "omeprazole 40")]), "duplication") == []


def test_three_members_in_one_finding():
    finding = one(run(["M01AE01", "M01AB05", "M01AH01"]), "duplication", "M01AE01", "M01AB05", "M01AH01")
    assert finding.atc == ("M01AB05", "M01AE01", "M01AH01")
