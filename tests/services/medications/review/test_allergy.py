"""Declared allergies and cross-reactivity."""

from __future__ import annotations

from .helpers import of_kind, one, run


def test_class_prefix_allergy_covers_every_member():
    for code in ("J01CA04", "J01CR02", "J01CE02", "J01CF05"):
        assert one(run([code], allergies=["J01C"]), "allergy", code).severity == "contraindicated"


def test_substance_allergy_extends_to_its_class():
    direct = one(run(["J01CA04"], allergies=["J01CA04"]), "allergy", "J01CA04")
    same_class = one(run(["J01CE02"], allergies=["J01CA04"]), "allergy", "J01CE02")
    assert direct.rule == "ALG-DIRECT" and same_class.rule == "ALG-PENICILLINS"
    assert same_class.severity == "contraindicated"


def test_cephalosporin_cross_reactivity_is_lower_severity():
    finding = one(run(["J01DB01"], allergies=["J01CA04"]), "allergy", "J01DB01")
    assert finding.severity == "consider" and finding.rule == "ALG-X-PEN-CEPH"


def test_class_id_and_lower_case_are_accepted():
    assert one(run(["J01CA04"], allergies=["penicillins"]), "allergy", "J01CA04").severity == "contraindicated"
    assert one(run(["M01AE01"], allergies=["b01ac06"]), "allergy", "M01AE01").severity == "avoid"


def test_unrelated_allergy_or_no_allergy_gives_nothing():
    assert of_kind(run(["J01FA09"], allergies=["J01C"]), "allergy") == []
    assert of_kind(run(["J01CA04"]), "allergy") == []
