"""A grouped alert on screen: the doctor sees the lines of one reconciliation and answers one line; the pharmacist
sees the lines without answer buttons."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.alerts import alert_flow as alerts
from app.services.alerts import alert_lines, reconciliation
from app.services.medications.medication_list import MedicationInput, Posology
from app.ui.alerts.alert_dialog import AlertDialog
from app.ui.alerts.inbox import InboxPanel
from app.ui.alerts.reconciliation_dialog import ReconciliationDialog
from app.ui.common import i18n
from app.ui.common.app_session import AppSession
from tests.alert_support import add_line, make_patient
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


def grouped_alert(practice) -> tuple[int, int, int]:
    """A reconciliation with three lines to clarify sent in one alert; returns (patient, reconciliation, alert)."""
    pid = make_patient(practice)
    add_line(practice, pid, "C09AA05", "ramipril", ("1", "", "", ""), 5, strength="5 mg")
    add_line(practice, pid, "A02BC01", "oméprazole", ("1", "", "", ""), 20, strength="20 mg")
    discharge = [
        MedicationInput(atc="C09AA05", substances="ramipril", posology=Posology(dose_morning="1", dose_evening="1"),
                        strength="5 mg", daily_dose_mg=10),
        MedicationInput(atc="B01AF02", substances="apixaban", posology=Posology(dose_morning="1", dose_evening="1"),
                        strength="5 mg", daily_dose_mg=10)]
    ph = practice.ctx["pharmacist"]
    rid = reconciliation.start_reconciliation(ph, pid, discharge, "CHU Grenoble, cardiologie",
                                              date.today() - timedelta(days=1))
    return pid, rid, reconciliation.clarify_lines(ph, rid)


def test_doctor_answers_one_line_of_a_grouped_alert(qtbot, practice):
    pid, rid, aid = grouped_alert(practice)
    doc = AppSession(practice.ctx["physician"])
    dialog = AlertDialog(doc, aid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.lines_model.rowCount() == 3, timeout=5000)
    assert dialog.line_panel.isVisible() and not dialog.buttons["accept"].isVisible()
    assert dialog.buttons["question"].isEnabled()
    assert dialog.lines_view.currentIndex().row() == 0
    first = dialog.lines_model.lines[0]
    assert all(b.isEnabled() for k, b in dialog.line_buttons.items() if k != "modify" or first.current_line_id)
    shot(dialog, "alert_dialog_grouped")
    dialog.text.setPlainText("Dose de sortie confirmée")
    qtbot.mouseClick(dialog.line_buttons["accept"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.detail.row.state == "partial", timeout=5000)
    answered = next(ln for ln in dialog.detail.lines if ln.item_id == first.item_id)
    assert (answered.answer_code, answered.answer_text) == ("accept", "Dose de sortie confirmée")
    assert "1" in dialog.lines_summary.text() and dialog.text.toPlainText() == ""
    assert not dialog.lines_model.lines[0].answered or dialog.lines_view.currentIndex().row() != 0
    # the line answered: its buttons are off when it is selected again
    dialog.lines_view.selectRow(0)
    assert not dialog.line_buttons["accept"].isEnabled()
    # a refusal without reason: the service's coded message in the banner, nothing changed
    dialog.lines_view.selectRow(1)
    qtbot.mouseClick(dialog.line_buttons["refuse"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=5000)
    assert sum(ln.answered for ln in alerts.open_alert(doc.ctx, aid).lines) == 1
    # the reconciliation shows the line's answer
    rec = ReconciliationDialog(doc, pid)
    qtbot.addWidget(rec)
    rec.show()
    qtbot.waitUntil(lambda: rec.model.rowCount() == 3, timeout=5000)
    answers = [rec.model.index(r, 5).data() for r in range(3)]
    assert any("Dose de sortie confirmée" in a for a in answers)


def test_sender_sees_the_lines_without_answer_buttons(qtbot, practice):
    _pid, _rid, aid = grouped_alert(practice)
    dialog = AlertDialog(AppSession(practice.ctx["pharmacist"]), aid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.lines_model.rowCount() == 3, timeout=5000)
    assert not any(b.isVisible() and b.isEnabled() for b in dialog.line_buttons.values())


def test_an_answer_to_an_alert_changed_meanwhile_is_refused_and_the_dialog_reloads(qtbot, practice):
    from app.models.alert import Alert

    _pid, _rid, aid = grouped_alert(practice)
    doc = practice.ctx["physician"]
    dialog = AlertDialog(AppSession(doc), aid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.lines_model.rowCount() == 3, timeout=5000)
    with practice.db.session() as s:   # another workstation saved a step on the alert since the dialog read it
        s.get(Alert, aid).version += 1
        s.commit()
    qtbot.mouseClick(dialog.line_buttons["accept"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: dialog.detail.row.version == alerts.open_alert(doc, aid).row.version, timeout=5000)
    assert not any(ln.answered for ln in dialog.detail.lines)
    assert dialog.line_buttons["accept"].isEnabled()   # answered again from the alert as it is now


@pytest.mark.parametrize("language, accepted, refused", [("de", "Zeile angenommen", "Zeile abgelehnt (unverändert)"),
                                                         ("fr", "Ligne acceptée", "Ligne refusée")])
def test_each_reader_sees_the_line_answers_in_their_own_language(qtbot, practice, language, accepted, refused):
    _pid, _rid, aid = grouped_alert(practice)
    doc = practice.ctx["physician"]
    detail = alerts.open_alert(doc, aid)
    version = alert_lines.answer_line(doc, aid, detail.lines[0].item_id, detail.row.version, "accept")
    alert_lines.answer_line(doc, aid, detail.lines[1].item_id, version, "refuse", "Garder tel quel")
    i18n.install(QApplication.instance(), language)
    try:
        dialog = AlertDialog(AppSession(practice.ctx["pharmacist"]), aid)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.detail is not None, timeout=5000)
        thread = dialog.body.toPlainText()
    finally:
        i18n.install(QApplication.instance(), "en")
    assert accepted in thread and refused in thread and "Garder tel quel" in thread
    other = {"de": ("Acceptée", "Refusée"), "fr": ("angenommen", "abgelehnt")}[language]
    assert not any(word in thread for word in other), "no answer word stored in another language"


def test_a_partly_answered_grouped_alert_is_counted_and_has_its_tab_in_the_inbox(qtbot, practice):
    _pid, _rid, aid = grouped_alert(practice)
    doc = practice.ctx["physician"]
    detail = alerts.open_alert(doc, aid)
    alert_lines.answer_line(doc, aid, detail.lines[0].item_id, detail.row.version, "accept")
    inbox = InboxPanel(AppSession(doc))
    qtbot.addWidget(inbox)
    inbox.show()
    qtbot.waitUntil(lambda: inbox.counts.get("partial") == 1, timeout=5000)
    tabs = {inbox.filters.tabData(i): inbox.filters.tabText(i) for i in range(inbox.filters.count())}
    assert tabs[""].endswith("(1)"), "the partly answered alert counts among all alerts"
    assert tabs["partial"].endswith("(1)") and tabs["answered"].endswith("(0)")
    inbox.filters.setCurrentIndex(list(tabs).index("partial"))
    assert inbox.proxy.rowCount() == 1
