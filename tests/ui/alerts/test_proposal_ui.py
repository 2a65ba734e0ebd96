"""The proposal on screen: the raise dialog prefills the proposal its finding suggests and shows the changes in
words; the pharmacist completes a dose change or a substitution; the alert dialog shows the proposal and the
answer in words, never codes. Screens in French and German at 1366×768."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models.alert import Alert
from app.services.alerts import alert_flow as alerts
from app.services.alerts import inbox as alert_inbox
from app.services.medications import check as medication_check
from app.services.medications import medication_list as medications
from app.services.medications import observations
from app.services.medications.catalogue.search import search
from app.services.medications.medication_list import Posology, Taking
from app.services.medications.posology import TIME_FIELDS
from app.ui.alerts.alert_dialog import AlertDialog
from app.ui.alerts.raise_dialog import VALUE_ROLE, RaiseAlertDialog
from app.ui.common import i18n
from app.ui.common import settings as ui_settings
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import combo_value, set_combo_value
from tests.alert_support import add_line, make_patient, warfarin_aspirin
from tests.ui.screens import shot

pytestmark = pytest.mark.gui
SCREEN_HEIGHT = 768 - 40   # 1366×768 less a task bar
SCREEN_WIDTH = 1366


def _metformin_patient(practice) -> tuple[int, int]:
    pid = make_patient(practice, problems=[("condition", "Diabète de type 2", "E11.9")])
    met = add_line(practice, pid, "A10BA02", "metformine", ("1", "", "1", ""), 2000, strength="1000 mg",
                   product_name="Glucophage 1000 mg")
    observations.record_observation(practice.ctx["physician"], pid, "egfr", 40, date.today() - timedelta(days=5))
    return pid, met


def _language(lang: str) -> None:
    i18n.install(QApplication.instance(), lang)
    ui_settings.put(ui_settings.LANGUAGE, lang)


def _open_raise(qtbot, ph, pid, finding) -> RaiseAlertDialog:
    dialog = RaiseAlertDialog(ph, pid, finding)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.lines_model.rowCount() > 0 and dialog.proposal.line.count() > 0, timeout=5000)
    return dialog


def test_raise_a_dose_change_from_a_renal_finding(qtbot, practice):
    pid, met = _metformin_patient(practice)
    ph = AppSession(practice.ctx["pharmacist"])
    finding = next(f for f in medication_check.review_patient(ph.ctx, pid).findings if f.kind == "renal_dose")
    dialog = _open_raise(qtbot, ph, pid, finding)
    editor = dialog.proposal
    doses = editor.posology.doses
    assert combo_value(editor.kind) == "dose_change" and combo_value(editor.line) == met
    assert combo_value(dialog.category) == "1.4"
    # the draft: the amounts halved on the same schedule, the mg a day too (no unit: they cannot be derived)
    assert combo_value(editor.posology.schedule) == "times"
    assert [doses[f].text() for f in TIME_FIELDS] == ["0.5", "", "0.5", ""] and editor.daily_mg.text() == "1000"
    assert editor.picker.isHidden() and not editor.posology.isHidden() and not editor.daily_mg.isHidden()
    assert editor.summary.text() == "• Glucophage 1000 mg: doses ½-0-½-0 (before 1-0-1-0), 1000 mg a day"
    for name, amount in (("dose_morning", "1"), ("dose_evening", "1")):   # back to the current doses
        doses[name].setText(amount)
    editor.daily_mg.setText("2000")
    assert "Nothing to change yet" in editor.summary.text()
    dialog.submit()                                   # the doses are the current ones: refused, nothing stored
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=5000)
    assert dialog.buttons.isEnabled() and alert_inbox.counts(practice.ctx["pharmacist"])["open"] == 0
    doses["dose_evening"].setText("0")
    editor.daily_mg.setText("1000")
    assert editor.summary.text() == "• Glucophage 1000 mg: doses 1-0-0-0 (before 1-0-1-0), 1000 mg a day"
    assert dialog.sizeHint().height() <= SCREEN_HEIGHT
    shot(dialog, "alert_raise_dose_change_en")
    with qtbot.waitSignal(dialog.sig_raised, timeout=5000) as raised:
        dialog.submit()
    detail = alerts.open_alert(practice.ctx["physician"], raised.args[0])
    assert detail.row.proposal_kind == "dose_change"
    assert [(c["action"], c["line_id"], c["padv"]) for c in detail.proposed_changes] == [("change", met, "CHANGE")]
    change = detail.proposed_changes[0]
    assert [change["data"]["posology"][f] for f in TIME_FIELDS] == ["1", None, None, None]
    assert [change["before"]["posology"][f] for f in TIME_FIELDS] == ["1", None, "1", None]
    assert change["data"]["daily_dose_mg"] == 1000 and change["before"]["daily_dose_mg"] == 2000


def test_a_dose_change_keeps_a_weekly_schedule_and_shows_it_in_words(qtbot, practice):
    pid = make_patient(practice)
    mtx = medications.add_medication(practice.ctx["physician"], pid, medications.MedicationInput(
        atc="L04AX03", substances="méthotrexate", strength="2.5 mg", posology=Posology(
            cycle_days=7, takings=(Taking(0, "08:00", "6"),), unit="tablet", start_date=date.today())))
    _language("en")
    ph = AppSession(practice.ctx["pharmacist"])
    dialog = _open_raise(qtbot, ph, pid, None)
    editor = dialog.proposal
    set_combo_value(editor.kind, "dose_change")
    set_combo_value(editor.line, mtx)
    assert combo_value(editor.posology.schedule) == "cycle" and editor.posology.cycle_amount.text() == "6"
    assert editor.daily_mg.isHidden()                # the strength gives the mg
    editor.posology.cycle_amount.setText("4")
    assert editor.summary.text() == ("• méthotrexate: doses 4 tablets once a week on Monday (before 6 tablets once a "
                                     "week on Monday), 10 mg a week")
    dialog.problem.setPlainText("Méthotrexate : réduire")
    dialog.lines_model.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.sig_raised, timeout=5000) as raised:
        dialog.submit()
    change = alerts.open_alert(practice.ctx["physician"], raised.args[0]).proposed_changes[0]
    assert change["data"]["posology"]["schedule"] == "cycle"
    assert change["data"]["posology"]["takings"] == [{"day": 0, "time": "08:00", "amount": "4"}]
    assert change["data"]["daily_dose_mg"] == pytest.approx(10 / 7, abs=1e-3)   # 4 × 2.5 mg a week


def test_raise_a_substitution_with_a_product_from_the_catalogue(qtbot, practice):
    pid, _warfarin, aspirin = warfarin_aspirin(practice)
    ph = AppSession(practice.ctx["pharmacist"])
    dialog = _open_raise(qtbot, ph, pid, None)
    editor = dialog.proposal
    set_combo_value(editor.kind, "substitute")
    set_combo_value(editor.line, aspirin)
    assert not editor.picker.isHidden() and "Choose the new product" in editor.summary.text()
    editor._product_chosen(next(r for r in search("clopidogrel", "fr") if r.kind == "substance"))
    editor.posology.doses["dose_morning"].setText("1")
    editor.strength.setText("75 mg")
    editor.daily_mg.setText("75")
    assert editor.summary.text().splitlines() == ["• Stop Kardégic 75 mg", "• Add clopidogrel 75 mg 1-0-0-0"]
    dialog.problem.setPlainText("Aspirine sous AVK : remplacer")
    model = dialog.lines_model
    next(model.item(i) for i in range(model.rowCount()) if model.item(i).data(VALUE_ROLE) == aspirin).setCheckState(
        Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.sig_raised, timeout=5000) as raised:
        dialog.submit()
    detail = alerts.open_alert(practice.ctx["physician"], raised.args[0])
    assert [(c["action"], c.get("padv")) for c in detail.proposed_changes] == [("stop", "CANCEL"), ("add", None)]
    added = detail.proposed_changes[1]["data"]
    assert (added["atc"], added["strength"], added["posology"]["dose_morning"], added["daily_dose_mg"]) == (
        "B01AC04", "75 mg", "1", 75)


@pytest.mark.parametrize("lang, words, answer", [
    ("fr", ("Adaptation posologique", "Glucophage 1000 mg : posologie 1-0-0-0"), "Acceptée"),
    ("de", ("Dosisanpassung", "Glucophage 1000 mg: Dosierung 1-0-0-0"), "Angenommen")])
def test_alert_dialog_shows_proposal_and_answer_in_words(qtbot, practice, lang, words, answer):
    pid, met = _metformin_patient(practice)
    row = next(r for r in medications.list_current(practice.ctx["physician"], pid) if r.id == met)
    aid = alerts.raise_alert(practice.ctx["pharmacist"], alerts.AlertInput(
        patient_id=pid, problem_category="1.4", problem_text="Metformine : DFG 40", proposal_kind="dose_change",
        line_ids=[met], urgency="24h", proposed_changes=[alerts.MedicationAction("change", met, medications.as_input(
            row, posology=replace(row.data.posology, dose_evening=None), daily_dose_mg=1000))]))
    _language(lang)
    doc = AppSession(practice.ctx["physician"])
    dialog = AlertDialog(doc, aid)
    qtbot.addWidget(dialog)
    dialog.resize(760, 640)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=5000)
    body = dialog.body.toPlainText()
    for text in words:
        assert text in body, (text, body)
    shot(dialog, f"alert_dialog_proposal_{lang}")
    with qtbot.waitSignal(dialog.sig_answered, timeout=5000):
        dialog.act("accept")
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.detail.row.state == "accepted", timeout=5000)
    body = dialog.body.toPlainText()
    assert answer in body
    for code in ("PADV", "SFPC", "CHANGE", "dose_change", "accept"):
        assert code not in body, code
    assert dialog.sizeHint().height() <= SCREEN_HEIGHT
    shot(dialog, f"alert_dialog_answer_{lang}")


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_raise_dialog_screens_in_french_and_german(qtbot, practice, lang):
    pid, _met = _metformin_patient(practice)
    _language(lang)
    ph = AppSession(practice.ctx["pharmacist"])
    finding = next(f for f in medication_check.review_patient(ph.ctx, pid).findings if f.kind == "renal_dose")
    dialog = _open_raise(qtbot, ph, pid, finding)
    dialog.proposal.posology.doses["dose_evening"].setText("0")
    expected = {"fr": "Glucophage 1000 mg\xa0: posologie ½-0-0-0 (avant 1-0-1-0), 500 mg par jour",
                "de": "Glucophage 1000 mg: Dosierung ½-0-0-0 (vorher 1-0-1-0), 500 mg pro Tag"}[lang]
    dialog.proposal.daily_mg.setText("500")
    assert dialog.proposal.summary.text() == f"• {expected}"
    assert dialog.sizeHint().height() <= SCREEN_HEIGHT and dialog.width() <= SCREEN_WIDTH
    shot(dialog, f"alert_raise_dialog_{lang}")
    set_combo_value(dialog.proposal.kind, "substitute")
    shot(dialog, f"alert_raise_substitute_{lang}")
    assert dialog.sizeHint().height() <= SCREEN_HEIGHT


def test_accept_is_disabled_for_a_legacy_proposal_without_changes(qtbot, practice):
    pid, warfarin, _aspirin = warfarin_aspirin(practice)
    with practice.db.session() as s, s.begin():
        legacy = Alert(patient_id=pid, recipient_staff_id=practice.staff_ids["physician"], problem_category="1.4",
                       problem_text="Ancienne alerte", proposal_kind="dose_change", urgency="routine",
                       reply_by=date.today() + timedelta(days=7), medications="[]", proposed_changes="[]")
        s.add(legacy)
        s.flush()
        aid = legacy.id
    dialog = AlertDialog(AppSession(practice.ctx["physician"]), aid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=5000)
    assert not dialog.buttons["accept"].isEnabled() and dialog.buttons["modify"].isEnabled()
    assert "Modify" in dialog.buttons["accept"].toolTip()
    assert "answer with Modify" in dialog.body.toPlainText()
