"""Review worksheet: BPM / PMC eligibility edge cases, steps, annotations."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from dateutil.relativedelta import relativedelta

from app.services.alerts import worksheet as review_worksheet
from app.services.errors import AccessDenied, ValidationError
from app.services.medications.medication_list import MedicationInput, MedicationRow, Posology
from tests.alert_support import warfarin_aspirin

TODAY = date(2026, 6, 15)


def _lines(n, months, **extra):
    start = TODAY - relativedelta(months=months)
    return [MedicationRow(i, 1, 1, MedicationInput(atc=f"C0{i}AA01", substances=f"substance {i}",
                                                   posology=Posology(start_date=start), **extra),
                          False, None, None, None, None, datetime.now(), "")
            for i in range(n)]


def _birth(age):
    return TODAY - relativedelta(years=age)


@pytest.mark.parametrize("age, ald, n, months, eligible", [
    (64, True, 5, 6, False), (65, True, 5, 6, True), (65, False, 5, 6, False), (74, False, 5, 6, False),
    (75, False, 5, 6, True), (80, False, 4, 12, False), (80, False, 5, 5, False), (80, False, 6, 6, True)])
def test_bpm_edges(age, ald, n, months, eligible):
    result = review_worksheet.eligibility("bpm", _birth(age), ald, _lines(n, months), TODAY)
    assert result.eligible is eligible and str(age) in result.reason


def test_bpm_counts_only_chronic_substances_and_birthday_edge():
    lines = _lines(5, 7)
    lines[0] = MedicationRow(0, 1, 1, MedicationInput(substances="paracétamol", posology=Posology(
        schedule="as_needed", start_date=TODAY - relativedelta(months=9))),
                             False, None, None, None, None, datetime.now(), "")
    assert not review_worksheet.eligibility("bpm", _birth(80), False, lines, TODAY).eligible
    birthday_tomorrow = _birth(75) + relativedelta(days=1)
    assert review_worksheet.eligibility("bpm", birthday_tomorrow, False, _lines(5, 6), TODAY).age == 74


@pytest.mark.parametrize("n, months, self_med, eligible", [
    (4, 3, False, True), (3, 3, False, False), (4, 2, False, False), (4, 3, True, False)])
def test_pmc_edges(n, months, self_med, eligible):
    result = review_worksheet.eligibility("pmc", _birth(50), False, _lines(n, months, self_medication=self_med), TODAY)
    assert result.eligible is eligible and "≥ 3 months" in result.reason


def test_worksheet_steps_and_annotations(practice):
    pid, _w, _a = warfarin_aspirin(practice)
    ph = practice.ctx["pharmacist"]
    sid = review_worksheet.create_worksheet(ph, pid, "pmc")
    sheet = review_worksheet.list_worksheets(ph, pid)[0]
    assert sheet.id == sid and not sheet.eligible and "2 prescribed drugs" in sheet.eligibility_reason
    key = sheet.findings[0]["key"]
    with pytest.raises(ValidationError) as err:
        review_worksheet.update_worksheet(ph, sid, sheet.version, {"interview_on": "10.06.2026",
                                                                   "analysis_on": "01.06.2026"}, {}, None)
    assert (err.value.field, err.value.code) == ("analysis_on", "alerts.before_previous_step")
    with pytest.raises(ValidationError) as err:
        review_worksheet.update_worksheet(ph, sid, sheet.version, {}, {"nope": "x"}, None)
    assert (err.value.field, err.value.code, err.value.params) == ("annotations", "alerts.not_a_worksheet_finding",
                                                                   {"finding": "nope"})
    with pytest.raises(ValidationError) as err:
        review_worksheet.update_worksheet(ph, sid, sheet.version, {}, {}, "x" * 8001)
    assert (err.value.field, err.value.code, err.value.params) == ("conclusion", "too_long", {"max": 8000})
    with pytest.raises(ValidationError) as err:
        review_worksheet.check_eligibility(ph, pid, "xyz")
    assert (err.value.field, err.value.code) == ("scheme", "alerts.bad_scheme")
    review_worksheet.update_worksheet(ph, sid, sheet.version, {"interview_on": "01.06.2025", "analysis_on": "03.06.2025"},
                                      {key: "Discuté avec le patient"}, "Proposer l'arrêt de l'aspirine")
    sheet = review_worksheet.list_worksheets(ph, pid)[0]
    assert sheet.steps["analysis_on"] == date(2025, 6, 3) and sheet.findings[0]["annotation"].startswith("Discuté")
    with pytest.raises(AccessDenied):
        review_worksheet.create_worksheet(practice.ctx["nurse"], pid, "bpm")
