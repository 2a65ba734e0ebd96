"""Regression pairs (tests/acceptance/regression_pairs.json): dangerous pairs of primary care raise a finding at
least at their level; harmless pairs stay at "precaution" or below. Each pair names its source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services.medications.review import SEVERITY_RANK

from .helpers import med, run

DATA = json.loads((Path(__file__).resolve().parents[3] / "acceptance" / "regression_pairs.json")
                  .read_text(encoding="utf-8"))
PAIR_KINDS = ("interaction", "qt_prolongation")


def _findings(case):
    meds = [med(m["atc"], **{k: v for k, v in m.items() if k != "atc"}) for m in case["medications"]]
    codes = {m["atc"] for m in case["medications"]}
    return [f for f in run(meds, age=60) if f.kind in PAIR_KINDS and set(f.atc) == codes]


def test_the_file_has_its_sources_and_enough_harmless_pairs():
    assert len(DATA["harmless"]) >= 30 and len(DATA["dangerous"]) >= 30
    assert all(case["source"].strip() for case in DATA["dangerous"] + DATA["harmless"])


@pytest.mark.parametrize("case", DATA["dangerous"], ids=[c["id"] for c in DATA["dangerous"]])
def test_dangerous_pair_raises_a_finding_at_its_level(case):
    findings = _findings(case)
    assert findings, case["id"]
    assert max(f.rank for f in findings) >= SEVERITY_RANK[case["min"]], [(f.rule, f.severity) for f in findings]


@pytest.mark.parametrize("case", DATA["harmless"], ids=[c["id"] for c in DATA["harmless"]])
def test_harmless_pair_stays_at_precaution_or_below(case):
    worst = max((f.rank for f in _findings(case)), default=0)
    assert worst <= SEVERITY_RANK[case["max"]], [(f.rule, f.severity) for f in _findings(case)]
