"""Anticholinergic burden, polypharmacy thresholds and drug-disease rules."""

from __future__ import annotations

from .helpers import med, of_kind, one, run

FIVE = ["C08CA01", "C10AA07", "C09CA03", "H03AA01", "A11CC05"]
TEN = FIVE + ["A02BC02", "N02BE01", "C07AB07", "B03BB01", "A12AA04"]


def test_anticholinergic_total_with_contributions_and_scale():
    finding = one(run(["N06AB05", "G04BD07", "C03CA01"]), "anticholinergic_burden", "N06AB05", "G04BD07")
    assert finding.severity == "precaution" and "7" in finding.message
    assert [(c.atc, c.score) for c in finding.contributions] == [("G04BD07", 3), ("N06AB05", 3), ("C03CA01", 1)]
    assert finding.scale and "Cordée" in finding.scale
    assert finding.to_dict()["contributions"][0] == {"atc": "G04BD07", "name": "G04BD07", "score": 3}


def test_anticholinergic_below_threshold_or_topical_gives_nothing():
    assert of_kind(run(["N05BA12", "C03CA01"]), "anticholinergic_burden") == []
    assert of_kind(run(["S01FA01", "C03CA01"]), "anticholinergic_burden") == []  # atropine eye drops
    assert one(run(["A03BA01", "C03CA01"]), "anticholinergic_burden", "A03BA01", "C03CA01")  # systemic atropine


def test_polypharmacy_thresholds():
    assert of_kind(run(FIVE[:4]), "polypharmacy") == []
    five = one(run(FIVE), "polypharmacy")
    ten = one(run(TEN), "polypharmacy")
    assert (five.severity, five.rule, ten.severity, ten.rule) == ("consider", "POLY-05", "precaution", "POLY-10")
    assert dict(ten.details)["count"] == 10


def test_polypharmacy_excludes_as_needed_and_topical():
    meds = [med(c) for c in FIVE[:4]] + [med("N02BE01", as_needed=True), med("D07AC01"), med("S01ED01"),
                                        med("M01AB05", route="topical")]
    assert of_kind(run(meds), "polypharmacy") == []
    assert one(run([med(c) for c in FIVE[:4]] + [med("D01BA02")]), "polypharmacy")  # oral terbinafine is systemic


def test_drug_disease_rules():
    assert one(run(["M01AE01"], conditions=["I50.9"]), "drug_disease", "M01AE01").severity == "avoid"
    assert one(run(["M01AE01"], egfr=25), "drug_disease", "M01AE01").rule == "DD-NSAID-CKD"
    assert one(run(["M01AE01"], conditions=["N18.5"]), "drug_disease", "M01AE01").rule == "DD-NSAID-CKD"
    assert one(run(["C07AA05"], conditions=["J45.0"]), "drug_disease", "C07AA05").severity == "contraindicated"
    assert one(run(["S01ED01"], conditions=["J45"]), "drug_disease", "S01ED01")  # timolol eye drops
    assert of_kind(run(["C07AB07"], conditions=["J45"]), "drug_disease") == []  # cardioselective
    assert one(run(["A03FA01"], conditions=["G20"]), "drug_disease", "A03FA01")
    assert of_kind(run(["M01AE01"], egfr=70), "drug_disease") == []
