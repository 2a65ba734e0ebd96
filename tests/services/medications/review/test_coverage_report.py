"""The coverage report of the ANSM thesaurus: the issue's thresholds, every gap explained, the committed copy current."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.medications.review.report import coverage, render

DOC = Path(__file__).resolve().parents[4] / "docs" / "ansm-coverage.md"


@pytest.fixture(scope="module")
def report():
    return coverage()


def test_thesaurus_entries_raise_findings_at_their_level(report):
    assert len(report.results) == 3139
    assert len(report.built) >= 2900
    assert report.rate("raised") >= 0.99
    assert report.rate("at_level") >= 0.97


def test_every_entry_off_level_or_without_a_case_says_why(report):
    for r in report.results:
        if not r.built or not r.at_level:
            assert r.reason, r.entry


def test_committed_report_is_up_to_date(report):
    assert DOC.read_text(encoding="utf-8") == render(report), "run: cordee knowledge report --output docs/ansm-coverage.md"
