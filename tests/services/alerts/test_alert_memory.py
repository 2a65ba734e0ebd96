"""Re-alert memory: a refused finding stays quiet unless a relevant input changes; then the alert reopens."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.services.alerts import alert_flow as alerts
from app.services.alerts import memory as alert_memory
from app.services.alerts.alert_input import AlertInput
from app.services.errors import ValidationError
from app.services.medications import check as medication_check
from app.services.medications import medication_list as medications
from app.services.medications import observations
from app.services.medications.medication_list import as_input, with_posology
from tests.alert_support import add_line, make_patient, warfarin_aspirin

KEY = "ANSM:acide-acetylsalicylique+anticoagulants-oraux:B01AA03+B01AC06"


def _raise(practice, pid, lines, key, category="1.6", intervention="monitor"):
    return alerts.raise_alert(practice.ctx["pharmacist"], AlertInput(
        patient_id=pid, problem_category=category, problem_text="À revoir", proposal_kind=intervention,
        line_ids=lines, finding_key=key))


def _refuse(practice, aid):
    doc = practice.ctx["physician"]
    alerts.refuse(doc, aid, alerts.open_alert(doc, aid).row.version, "On garde tel quel")


def _status(practice, pid, key):
    result = medication_check.review_patient(practice.ctx["pharmacist"], pid)
    with practice.db.session() as s:
        return alert_memory.triage(s, pid, result)[key]


def test_refused_finding_does_not_come_back_without_a_relevant_change(practice):
    pid, warfarin, aspirin = warfarin_aspirin(practice)
    aid = _raise(practice, pid, [warfarin, aspirin], KEY)
    with pytest.raises(ValidationError) as err:
        _raise(practice, pid, [warfarin, aspirin], KEY)
    assert (err.value.field, err.value.code, err.value.params) == ("finding_key", "alerts.already_open",
                                                                   {"alert_id": aid})
    _refuse(practice, aid)
    doc = practice.ctx["physician"]
    add_line(practice, pid, "N02BE01", "paracétamol", ("1", "1", "1", ""), 3000)       # unrelated drug
    row = next(r for r in medications.list_current(doc, pid) if r.id == warfarin)
    medications.change_medication(doc, warfarin, row.version, replace(with_posology(row, dose_evening="0.5"),
                                                                            daily_dose_mg=2.5))
    assert _status(practice, pid, KEY).status == "suppressed"                            # a decrease is not relevant
    with pytest.raises(ValidationError) as err:
        _raise(practice, pid, [warfarin, aspirin], KEY)
    assert (err.value.code, err.value.params["alert_id"]) == ("alerts.kept_as_is", aid)
    assert err.value.params["day"] == date.today()
    assert alert_memory.recheck(doc, pid) == []


def test_dose_increase_reopens_in_the_same_transaction_and_shows_what_changed(practice):
    pid, warfarin, aspirin = warfarin_aspirin(practice)
    aid = _raise(practice, pid, [warfarin, aspirin], KEY)
    _refuse(practice, aid)
    doc = practice.ctx["physician"]
    row = next(r for r in medications.list_current(doc, pid) if r.id == aspirin)
    medications.change_medication(doc, aspirin, row.version, as_input(row, daily_dose_mg=160))
    assert _status(practice, pid, KEY).status == "open"            # the change itself reopened the refused alert
    with pytest.raises(ValidationError) as err:
        _raise(practice, pid, [warfarin, aspirin], KEY)
    assert (err.value.code, err.value.params) == ("alerts.already_open", {"alert_id": aid})
    detail = alerts.open_alert(doc, aid)
    assert detail.row.state == "read" and detail.row.reopened_count == 1
    reopened = [m for m in detail.messages if m.kind == "reopened"][0]
    assert reopened.changes == [{"what": "dose_increase", "atc": "B01AC06", "name": row.data.product_name or
                                 row.data.substances, "unit": "mg", "before": 75.0, "after": 160.0}]
    assert reopened.text == ""     # what changed is coded, the reader's screen words it (with the drug's name)


def test_egfr_band_change_reopens_when_the_value_is_recorded(practice):
    pid = make_patient(practice, problems=[("condition", "Diabète de type 2", "E11.9")])
    met = add_line(practice, pid, "A10BA02", "metformine", ("1", "", "1", ""), 2000)
    doc = practice.ctx["physician"]
    observations.record_observation(doc, pid, "egfr", 40, date.today() - timedelta(days=20))
    finding = next(f for f in medication_check.review_patient(doc, pid).findings if f.kind == "renal_dose")
    key = alert_memory.finding_key(finding)
    aid = _raise(practice, pid, [met], key, "1.4", "monitor")
    _refuse(practice, aid)
    observations.record_observation(doc, pid, "egfr", 45, date.today() - timedelta(days=5))   # same band
    assert _status(practice, pid, key).status == "suppressed"
    observations.record_observation(practice.ctx["nurse"], pid, "egfr", 25, date.today())     # 30-59 -> 15-29
    assert alert_memory.recheck(doc, pid) == []                    # nothing left to reopen: recording did it
    detail = alerts.open_alert(practice.ctx["pharmacist"], aid)
    assert detail.row.state == "open"
    assert detail.messages[-1].changes == [{"what": "egfr_band", "before": "30-59", "after": "15-29"}]


def test_new_drug_in_the_combination_reopens(practice):
    pid = make_patient(practice)
    lines = [add_line(practice, pid, atc, name) for atc, name in (
        ("C08CA01", "amlodipine"), ("C09AA05", "ramipril"), ("C10AA05", "atorvastatine"), ("A02BC01", "oméprazole"),
        ("H03AA01", "lévothyroxine"), ("M04AA01", "allopurinol"), ("C07AB07", "bisoprolol"),
        ("C03CA01", "furosémide"), ("N06AB10", "escitalopram"), ("A10BA02", "metformine"))]
    finding = next(f for f in medication_check.review_patient(practice.ctx["physician"], pid).findings
                   if f.kind == "polypharmacy")
    key = alert_memory.finding_key(finding)
    aid = _raise(practice, pid, lines[:3], key, "1.10", "monitor")
    _refuse(practice, aid)
    assert _status(practice, pid, key).status == "suppressed"
    add_line(practice, pid, "B01AF02", "apixaban", ("1", "", "1", ""), 10)
    assert _status(practice, pid, key).status == "open"
    reopened = [m for m in alerts.open_alert(practice.ctx["pharmacist"], aid).messages if m.kind == "reopened"]
    assert {"what": "new_drug", "atc": "B01AF02", "name": "apixaban"} in reopened[0].changes


def test_a_failed_change_reopens_nothing(practice):
    """The rule runs inside the change's transaction: a refused change leaves the refused alert as it was."""
    pid, warfarin, aspirin = warfarin_aspirin(practice)
    aid = _raise(practice, pid, [warfarin, aspirin], KEY)
    _refuse(practice, aid)
    doc = practice.ctx["physician"]
    row = next(r for r in medications.list_current(doc, pid) if r.id == aspirin)
    with pytest.raises(RuntimeError), doc.transaction():
        medications.change_medication(doc, aspirin, row.version, as_input(row, daily_dose_mg=160))
        assert alerts.open_alert(doc, aid).row.reopened_count == 1   # reopened inside the unit of work
        raise RuntimeError("the unit of work fails after the change")
    assert alerts.open_alert(practice.ctx["pharmacist"], aid).row.state == "refused"
    assert next(r for r in medications.list_current(doc, pid) if r.id == aspirin).data.daily_dose_mg == 75


def test_age_threshold_and_band_helpers():
    old = {"kind": "inappropriate_in_elderly", "atc": ["N05BA04"], "doses": {}, "egfr_band": "60-89", "age_band": 1}
    assert alert_memory.relevant_changes(old, dict(old)) == []
    assert alert_memory.relevant_changes(old, dict(old, age_band=2)) == [{"what": "age_threshold", "after": 75}]
    assert alert_memory.relevant_changes(old, dict(old, egfr_band="30-59")) == []     # not a renal finding
    assert [alert_memory.egfr_band(v) for v in (10, 15, 29.9, 30, 59, 60, 89, 90, None)] == [
        "<15", "15-29", "15-29", "30-59", "30-59", "60-89", "60-89", ">=90", None]
    assert "75 or older" in alert_memory.describe_change({"what": "age_threshold", "after": 75})
