"""Potentially inappropriate medications in older adults."""

from __future__ import annotations

from .helpers import med, none_of, of_kind, one, run


def test_long_acting_benzodiazepine_in_older_adult():
    assert one(run(["N05BA01"], age=70), "inappropriate_in_elderly", "N05BA01").severity == "avoid"
    assert of_kind(run(["N05BA01"], age=60), "inappropriate_in_elderly") == []


def test_short_acting_benzodiazepine_is_avoid():
    # AGS Beers 2023: benzodiazepines and Z-drugs are to be avoided in older adults (was "precaution" before)
    assert one(run(["N05BA04"], age=80), "inappropriate_in_elderly", "N05BA04").severity == "avoid"
    assert one(run(["N05CF02"], age=80), "inappropriate_in_elderly", "N05CF02").severity == "avoid"


def test_unknown_age_gives_not_evaluable():
    finding = one(run(["N06AA09"], age=None), "inappropriate_in_elderly", "N06AA09")
    assert finding.severity == "not_evaluable" and dict(finding.details)["missing"] == "age"


def test_condition_dependent_pim():
    assert none_of(run(["G04BD04"], age=80), "inappropriate_in_elderly", "G04BD04")
    assert one(run(["G04BD04"], age=80, conditions=["G30.1"]), "inappropriate_in_elderly", "G04BD04").severity == "avoid"


def test_digoxin_only_above_0125_mg():
    assert none_of(run([med("C01AA05", daily_dose_mg=0.125)], age=80), "inappropriate_in_elderly", "C01AA05")
    assert one(run([med("C01AA05", daily_dose_mg=0.25)], age=80), "inappropriate_in_elderly", "C01AA05")


def test_three_cns_active_drugs():
    finding = [f for f in run(["N05BA12", "N06AB06", "N02AA05"], age=75) if f.rule == "PIM-19"]
    assert len(finding) == 1 and set(finding[0].atc) == {"N05BA12", "N06AB06", "N02AA05"}


def test_as_needed_nsaid_is_not_a_chronic_use_pim():
    assert none_of(run([med("M01AE01", as_needed=True)], age=80), "inappropriate_in_elderly", "M01AE01")
    assert one(run(["M01AE01"], age=80), "inappropriate_in_elderly", "M01AE01").severity == "precaution"
