"""QT prolongation: the ANSM torsades-de-pointes entries (contraindicated by default, "avoid" for the exceptions)."""

from __future__ import annotations

import pytest

from .helpers import med, of_kind, one, run


@pytest.mark.parametrize("a, b, severity", [
    ("C01BD01", "C07AA07", "contraindicated"),   # amiodarone + sotalol
    ("C01BD01", "J01MA14", "contraindicated"),   # amiodarone + moxifloxacin
    ("N06AB04", "N05BB01", "contraindicated"),   # citalopram + hydroxyzine
    ("N05AD01", "C07AA07", "avoid"),             # haloperidol (neuroleptic) + sotalol
    ("N07BC02", "C01BD01", "avoid"),             # methadone + amiodarone
    ("N07BC02", "N06AB04", "contraindicated"),   # methadone + citalopram
    ("P01BA02", "C07AA07", "avoid"),             # hydroxychloroquine + sotalol
    ("J01EE01", "N06AB10", "contraindicated"),   # co-trimoxazole + escitalopram
])
def test_torsadogenic_pairs(a, b, severity):
    finding = one(run([a, b]), "qt_prolongation", a, b)
    assert finding.severity == severity and finding.rule.startswith("ANSM:")


def test_erythromycin_counts_as_torsadogenic_only_by_the_intravenous_route():
    assert of_kind(run([med("J01FA01", route="oral"), med("N06AB04")]), "qt_prolongation") == []
    assert one(run([med("J01FA01", route="iv"), "N06AB04"]), "qt_prolongation", "J01FA01").severity == \
        "contraindicated"
    unknown = one(run(["J01FA01", "N06AB04"], lang="en"), "qt_prolongation", "J01FA01")
    details = dict(unknown.details)
    assert unknown.severity == "consider" and details["missing"] == ("route:J01FA01",)
    assert "only the intravenous forms" in unknown.recommendation and "contraindicated" in unknown.recommendation


def test_bradycardic_and_hypokalaemic_partners_are_precautions():
    assert one(run(["C07AA07", med("J01FA01", route="oral")]), "qt_prolongation", "J01FA01").severity == "precaution"
    assert one(run(["N06AB04", "C03CA01"]), "qt_prolongation", "C03CA01").severity == "precaution"


def test_single_qt_drug_gives_nothing():
    assert of_kind(run(["C07AA07"]), "qt_prolongation") == []


def test_three_torsadogens_give_every_pair():
    assert len(of_kind(run(["C01BD01", "C07AA07", "J01MA14"]), "qt_prolongation")) == 3
