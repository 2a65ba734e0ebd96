"""The shared acceptance cases (or the repository copy when ../shared is absent) all pass."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services.medications.review.batch import review_case

REPO = Path(__file__).resolve().parents[4]
SHARED = REPO / ".." / "shared" / "acceptance" / "medication_cases.json"
LOCAL = REPO / "tests" / "acceptance" / "medication_cases.json"
CASES = json.loads((SHARED if SHARED.exists() else LOCAL).read_text(encoding="utf-8"))
SERIOUS = {"contraindicated", "avoid", "precaution"}


def test_local_copy_matches_shared_file():
    if not SHARED.exists():
        pytest.skip("shared acceptance directory not present")
    assert json.loads(LOCAL.read_text(encoding="utf-8")) == json.loads(SHARED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_acceptance_case(case):
    result = review_case({k: v for k, v in case.items() if k not in ("expect", "negative_control")})
    assert "error" not in result, result
    findings = result["findings"]
    for expected in case["expect"]:
        assert any(f["kind"] in expected["kind"] and set(expected["atc"]) <= set(f["atc"]) for f in findings), (
            f"missing {expected} in {[(f['kind'], f['atc']) for f in findings]}")
    if case.get("negative_control"):
        assert not [f for f in findings if f["severity"] in SERIOUS], findings
        assert not [f for f in findings if f["kind"] == "polypharmacy"], findings
    for f in findings:
        assert f["message"] and f["recommendation"] and f["sources"] and f["rule"]
