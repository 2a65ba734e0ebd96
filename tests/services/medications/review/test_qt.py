"""QT prolongation combinations (ANSM torsadogen logic)."""

from __future__ import annotations

from .helpers import med, of_kind, one, run


def test_two_torsadogens_avoid():
    assert one(run(["C07AA07", "N05AD01"]), "qt_prolongation", "C07AA07", "N05AD01").severity == "avoid"


def test_citalopram_or_hydroxyzine_make_it_contraindicated():
    assert one(run(["N06AB04", "N05BB01"]), "qt_prolongation", "N06AB04").severity == "contraindicated"
    assert one(run(["N06AB10", "N05AD01"]), "qt_prolongation", "N06AB10").severity == "contraindicated"


def test_intravenous_erythromycin_is_contraindicated_with_torsadogen():
    oral = one(run([med("J01FA01"), med("C01BD01")]), "qt_prolongation", "J01FA01")
    iv = one(run([med("J01FA01", route="iv"), med("C01BD01")]), "qt_prolongation", "J01FA01")
    assert (oral.severity, iv.severity) == ("avoid", "contraindicated")


def test_conditional_bradycardic_and_hypokalaemic_partners_are_precautions():
    assert one(run(["C01BD01", "J01FA10"]), "qt_prolongation", "J01FA10").severity == "precaution"
    assert one(run(["N05AD01", "C07AB07"]), "qt_prolongation", "C07AB07").severity == "precaution"
    assert one(run(["N06AB04", "C03CA01"]), "qt_prolongation", "C03CA01").severity == "precaution"


def test_single_qt_drug_or_two_non_torsadogens_give_nothing():
    assert of_kind(run(["C07AA07"]), "qt_prolongation") == []
    assert of_kind(run(["J01FA10", "C03CA01"]), "qt_prolongation") == []


def test_three_torsadogens_give_every_pair():
    assert len(of_kind(run(["C07AA07", "N05AD01", "J01MA14"]), "qt_prolongation")) == 3
