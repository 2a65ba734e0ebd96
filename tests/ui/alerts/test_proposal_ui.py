"""The proposal on screen: the raise dialog prefills the proposal its finding suggests and shows the changes in
words; the pharmacist completes a dose change or a substitution; the alert dialog shows the proposal and the
answer in words, never codes. Screens in French and German at 1366×768."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models.alert import Alert
from app.services.alerts import alert_flow as alerts
from app.services.medications import check as medication_check
from app.services.medications import medication_list as medications
from app.services.medications import observations
from app.services.medications.catalogue.search import search
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
    assert combo_value(editor.kind) == "dose_change" and combo_value(editor.line) == met
    assert combo_value(dialog.category) == "1.4"
    assert [b.text() for b in editor.doses] == ["1", "", "1", ""] and editor.daily_mg.text() == "2000"
    assert editor.route.isHidden() and editor.picker.isHidden() and not editor.doses[0].isHidden()
    assert "Nothing to change yet" in editor.summary.text()
    dialog.submit()                                   # the doses are the current ones: refused, nothing stored
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=5000)
    assert dialog.buttons.isEnabled()
    editor.doses[2].setText("0")
    editor.daily_mg.setText("1000")
    assert editor.summary.text() == "• Glucophage 1000 mg: doses 1-0-0-0 (before 1-0-1-0), 1000 mg a day"
    assert dialog.sizeHint().height() <= SCREEN_HEIGHT
    shot(dialog, "alert_raise_dose_change_en")
    with qtbot.waitSignal(dialog.sig_raised, timeout=5000) as raised:
        dialog.submit()
    detail = alerts.open_alert(practice.ctx["physician"], raised.args[0])
    assert detail.row.proposal_kind == "dose_change"
    assert [(c["action"], c["line_id"], c["data"]["dose_evening"], c["padv"]) for c in detail.proposed_changes] == [
        ("change", met, "0", "CHANGE")]


def test_raise_a_substitution_with_a_product_from_the_catalogue(qtbot, practice):
    pid, _warfarin, aspirin = warfarin_aspirin(practice)
    ph = AppSession(practice.ctx["pharmacist"])
    dialog = _open_raise(qtbot, ph, pid, None)
    editor = dialog.proposal
    set_combo_value(editor.kind, "substitute")
    set_combo_value(editor.line, aspirin)
    assert not editor.picker.isHidden() and "Choose the new product" in editor.summary.text()
    editor._product_chosen(next(r for r in search("clopidogrel", "fr") if r.kind == "substance"))
    editor.doses[0].setText("1")
    editor.daily_mg.setText("75")
    assert editor.summary.text().splitlines() == ["• Stop Kardégic 75 mg", "• Add clopidogrel 1-0-0-0"]
    dialog.problem.setPlainText("Aspirine sous AVK : remplacer")
    model = dialog.lines_model
    next(model.item(i) for i in range(model.rowCount()) if model.item(i).data(VALUE_ROLE) == aspirin).setCheckState(
        Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.sig_raised, timeout=5000) as raised:
        dialog.submit()
    detail = alerts.open_alert(practice.ctx["physician"], raised.args[0])
    assert [(c["action"], c.get("padv")) for c in detail.proposed_changes] == [("stop", "CANCEL"), ("add", None)]


@pytest.mark.parametrize("lang, words, answer", [
    ("fr", ("Adaptation posologique", "Glucophage 1000 mg : posologie 1-0-0-0"), "Acceptée"),
    ("de", ("Dosisanpassung", "Glucophage 1000 mg: Dosierung 1-0-0-0"), "Angenommen")])
def test_alert_dialog_shows_proposal_and_answer_in_words(qtbot, practice, lang, words, answer):
    pid, met = _metformin_patient(practice)
    row = next(r for r in medications.list_current(practice.ctx["physician"], pid) if r.id == met)
    aid = alerts.raise_alert(practice.ctx["pharmacist"], alerts.AlertInput(
        patient_id=pid, problem_category="1.4", problem_text="Metformine : DFG 40", proposal_kind="dose_change",
        line_ids=[met], urgency="24h", proposed_changes=[alerts.MedicationAction("change", met, medications.as_input(
            row, dose_evening="0", daily_dose_mg=1000))]))
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
    dialog.proposal.doses[2].setText("0")
    assert dialog.sizeHint().height() <= SCREEN_HEIGHT
    shot(dialog, f"alert_raise_dialog_{lang}")
    set_combo_value(dialog.proposal.kind, "substitute")
    shot(dialog, f"alert_raise_substitute_{lang}")


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
