"""Alert screens offscreen: the pharmacist raises from a finding, the doctor's inbox badge updates, the doctor
refuses without a reason (refused, shown in the banner) then accepts; Alerts tab; reconciliation and worksheet."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.services.alerts import alert_flow as alerts
from app.services.alerts import inbox as alert_inbox
from app.services.alerts import reconciliation
from app.services.alerts.alert_input import AlertInput
from app.services.medications.medication_list import MedicationInput, Posology
from app.ui.alerts.alert_tab import AlertTab
from app.ui.alerts.inbox import InboxPanel
from app.ui.alerts.raise_dialog import RaiseAlertDialog
from app.ui.alerts.reconciliation_dialog import ReconciliationDialog
from app.ui.alerts.worksheet_dialog import ReviewWorksheetDialog
from app.ui.common.app_session import AppSession
from tests.alert_support import warfarin_aspirin
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


def test_raise_from_finding_inbox_badge_and_answers(qtbot, practice):
    from app.services.medications import check as medication_check
    pid, _w, aspirin = warfarin_aspirin(practice)
    ph, doc = AppSession(practice.ctx["pharmacist"]), AppSession(practice.ctx["physician"])
    inbox = InboxPanel(doc)
    qtbot.addWidget(inbox)
    inbox.resize(1200, 360)
    inbox.show()
    qtbot.waitUntil(lambda: "(0)" in inbox.filters.tabText(0), timeout=5000)
    finding = next(f for f in medication_check.review_patient(ph.ctx, pid).findings if f.kind == "interaction")
    dialog = RaiseAlertDialog(ph, pid, finding)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.lines_model.rowCount() == 2 and dialog.context_model.rowCount() == 2, timeout=5000)
    data = dialog.data()
    assert data.problem_category == "1.6" and len(data.line_ids) == 2
    assert data.proposal_kind == "monitor" and data.proposed_changes == []   # a precaution: monitoring
    assert data.finding_key.startswith("ANSM:") and data.clinical_context
    shot(dialog, "alert_raise_dialog")
    dialog.problem.setPlainText("")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=5000)
    assert "required" in dialog.banner.text().lower() or "obligatoire" in dialog.banner.text().lower()
    dialog.problem.setPlainText(finding.message)
    with qtbot.waitSignal(dialog.sig_raised, timeout=5000) as raised:
        dialog.submit()
    aid = raised.args[0]
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1 and inbox.counts.get("open") == 1, timeout=6000)
    assert inbox.badge() == 1
    shot(inbox, "alert_inbox")
    opened = inbox.open_alert(inbox.proxy.index(0, 0))
    qtbot.waitUntil(lambda: opened.detail is not None, timeout=5000)
    assert opened.buttons["accept"].isEnabled() and not opened.buttons["reply"].isEnabled()
    opened.act("refuse")                                     # no reason: the service refuses
    qtbot.waitUntil(lambda: opened.banner.isVisible(), timeout=5000)
    assert alerts.open_alert(doc.ctx, aid).row.state == "read"
    opened.text.setPlainText("Quelle alternative proposez-vous ?")
    opened.act("question")
    qtbot.waitUntil(lambda: opened.detail is not None and opened.detail.row.state == "question", timeout=5000)
    shot(opened, "alert_dialog_thread")
    qtbot.keyClick(opened, Qt.Key.Key_Escape)
    assert not opened.isVisible()
    qtbot.waitUntil(lambda: inbox.counts.get("question") == 1, timeout=6000)


def test_alerts_tab_reconciliation_and_worksheet_screens(qtbot, practice):
    pid, _w, aspirin = warfarin_aspirin(practice)
    alerts.raise_alert(practice.ctx["pharmacist"], AlertInput(
        patient_id=pid, problem_category="1.6", problem_text="Warfarine + aspirine", proposal_kind="stop",
        line_ids=[aspirin], urgency="urgent"))
    reconciliation.start_reconciliation(practice.ctx["pharmacist"], pid, [
        MedicationInput(atc="B01AA03", substances="warfarine", posology=Posology(dose_evening="0.5"), strength="5 mg"),
        MedicationInput(atc="B01AF02", substances="apixaban", posology=Posology(dose_morning="1", dose_evening="1"))],
        "CHU Grenoble", date.today())
    doc = AppSession(practice.ctx["physician"])
    tab = AlertTab(doc, pid)
    qtbot.addWidget(tab)
    tab.resize(1100, 400)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    shot(tab, "alert_tab")
    rec = ReconciliationDialog(doc, pid)
    qtbot.addWidget(rec)
    rec.show()
    qtbot.waitUntil(lambda: rec.model.rowCount() == 3, timeout=5000)
    assert {i.kind for i in rec.model.items} == {"dose_changed", "added", "stopped"}
    shot(rec, "reconciliation_dialog")
    sheet = ReviewWorksheetDialog(AppSession(practice.ctx["pharmacist"]), pid)
    qtbot.addWidget(sheet)
    sheet.show()
    qtbot.waitUntil(lambda: "eligible" in sheet.eligibility.text().lower(), timeout=5000)
    sheet.create()
    qtbot.waitUntil(lambda: sheet.sheet is not None, timeout=5000)
    shot(sheet, "review_worksheet_dialog")
    assert alert_inbox.counts(practice.ctx["physician"])["open"] == 1


def test_modified_answer_replaces_the_medication(qtbot, practice):
    from app.services.medications import medication_list as medications
    from app.ui.alerts.modify_dialog import ModifyDialog

    pid, _w, aspirin = warfarin_aspirin(practice)
    aid = alerts.raise_alert(practice.ctx["pharmacist"], AlertInput(
        patient_id=pid, problem_category="1.6", problem_text="Warfarine + aspirine : risque hémorragique",
        proposal_kind="information", line_ids=[aspirin], urgency="24h"))
    doc = AppSession(practice.ctx["physician"])
    dialog = ModifyDialog(doc, alerts.open_alert(doc.ctx, aid), "Relais par clopidogrel")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.line.count() == 2, timeout=5000)
    from app.ui.common.form_helpers import set_combo_value
    set_combo_value(dialog.line, aspirin)
    set_combo_value(dialog.action, "replace")
    assert dialog.picker.isVisible() and dialog.daily_mg.isVisible()
    dialog.submit()                                         # nothing chosen yet: named, nothing changed
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=5000)
    assert len(medications.list_current(doc.ctx, pid)) == 2
    qtbot.keyClicks(dialog.picker.field, "clopidogrel")
    qtbot.waitUntil(lambda: dialog.picker.model.rowCount() > 0, timeout=5000)
    with qtbot.waitSignal(dialog.picker.sig_chosen):
        dialog.picker.choose_current()
    for name, value in zip(dialog.posology.doses, ("1", "", "", "")):
        dialog.posology.doses[name].setText(value)
    dialog.daily_mg.setText("75")
    shot(dialog, "alert_modify_replace")
    with qtbot.waitSignal(dialog.sig_done, timeout=5000):
        dialog.submit()
    current = {r.data.atc for r in medications.list_current(doc.ctx, pid)}
    assert current == {"B01AA03", "B01AC04"}                 # warfarin kept, aspirin replaced by clopidogrel
    assert alerts.open_alert(doc.ctx, aid).row.state == "modified"
    set_combo_value(dialog.action, "stop")
    assert not dialog.daily_mg.isVisible() and not dialog.picker.isVisible()
