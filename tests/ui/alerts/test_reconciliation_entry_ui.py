"""Reconciliation screen: discharge lines entered by hand (catalogue search), compared, differences classified."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.alerts import reconciliation
from app.ui.alerts.discharge_line_dialog import DischargeLineDialog
from app.ui.alerts.reconciliation_dialog import ReconciliationDialog
from app.ui.common import background, i18n
from app.ui.common.app_session import AppSession
from tests.alert_support import warfarin_aspirin
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


def enter_line(qtbot, rec: ReconciliationDialog, query: str, atc: str, strength: str, doses: dict,
               instructions: str = "") -> DischargeLineDialog:
    rec.add_line()
    dialog = rec.line_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    qtbot.keyClicks(dialog.picker.field, query)
    qtbot.waitUntil(lambda: any(r.atc == atc for r in dialog.picker.model.results()), timeout=10000)
    row = next(i for i, r in enumerate(dialog.picker.model.results()) if r.atc == atc)
    dialog.picker.list.setCurrentIndex(dialog.picker.model.index(row, 0))
    qtbot.keyClick(dialog.picker.field, Qt.Key.Key_Return)      # Enter chooses the highlighted result
    assert dialog.atc == atc and f"ATC {atc}" in dialog.coded.text()
    qtbot.keyClicks(dialog.fields["strength"], strength)
    for field, value in doses.items():
        qtbot.keyClicks(dialog.posology.doses[field], value)
    qtbot.keyClicks(dialog.posology.instructions, instructions)
    return dialog


def test_enter_two_lines_by_hand_compare_and_see_differences(qtbot, practice):
    pid, _warfarin, _aspirin = warfarin_aspirin(practice)
    rec = ReconciliationDialog(AppSession(practice.ctx["pharmacist"]), pid)
    qtbot.addWidget(rec)
    rec.show()
    background.wait_idle()
    rec.start()                                                  # nothing entered: refused with a message
    assert "discharge lines" in rec.banner.text() and not reconciliation.list_reconciliations(
        practice.ctx["pharmacist"], pid)
    dialog = enter_line(qtbot, rec, "warfarin", "B01AA03", "5 mg", {"dose_evening": "0.5"}, "selon INR")
    shot(dialog, "discharge_line_dialog")
    dialog.ok_button.click()
    dialog = enter_line(qtbot, rec, "apixaban", "B01AF02", "5 mg", {"dose_morning": "1", "dose_evening": "1"})
    dialog.ok_button.click()
    assert rec.lines.rowCount() == 2
    assert rec.lines.index(0, 2).data() == "0-0-½-0" and rec.lines.index(1, 1).data() == "5 mg"
    # change the first line, then enter and remove a line typed by mistake (free text)
    rec.lines_view.selectRow(0)
    rec.edit_line()
    rec.line_dialog.posology.instructions.setText("selon INR, contrôle J7")
    rec.line_dialog.ok_button.click()
    assert rec.lines.lines()[0].instructions == "selon INR, contrôle J7" and rec.lines.lines()[0].atc == "B01AA03"
    rec.add_line()
    qtbot.keyClicks(rec.line_dialog.picker.field, "Tisane maison")
    rec.line_dialog.use_free_text()
    rec.line_dialog.ok_button.click()
    assert rec.lines.rowCount() == 3 and rec.lines.lines()[2].atc is None
    rec.remove_line()
    assert rec.lines.rowCount() == 2
    rec.source.setText("HUG, médecine interne")   # keyClicks only types ASCII
    shot(rec, "reconciliation_entry")
    rec.start()
    qtbot.waitUntil(lambda: rec.model.rowCount() == 3, timeout=5000)
    kinds = {i.kind: i for i in rec.model.items}
    assert set(kinds) == {"dose_changed", "added", "stopped"}
    assert kinds["dose_changed"].after["posology"]["dose_evening"] == "0.5" and kinds["added"].after["atc"] == "B01AF02"
    assert kinds["stopped"].before["atc"] == "B01AC06"
    shown = [rec.model.index(r, 0).data() for r in range(rec.model.rowCount())]
    assert {"Dose changed", "Added", "Stopped"} == set(shown)
    assert rec.lines.rowCount() == 0 and "HUG" in rec.header.text()
    shot(rec, "reconciliation_entry_compared")


def test_empty_line_is_refused(qtbot):
    dialog = DischargeLineDialog("en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ok_button.click()
    assert dialog.isVisible() and "product or substance" in dialog.banner.text()


def test_a_damaged_emediplan_code_is_refused_naming_its_field(qtbot, practice):
    pid, _warfarin, _aspirin = warfarin_aspirin(practice)
    i18n.install(QApplication.instance(), "fr")
    try:
        rec = ReconciliationDialog(AppSession(practice.ctx["pharmacist"]), pid)
        qtbot.addWidget(rec)
        rec.show()
        background.wait_idle()
        rec.source.setText("HUG")
        rec.payload.setPlainText('CHMED16A0{"Medicaments":[{"Id":"Triatec","Pos":[{"D":[1,"x"]}]}]}')
        rec.start()
        qtbot.waitUntil(lambda: "Medicaments[0].Pos[0].D[1]" in rec.banner.text(), timeout=10000)
        assert "doit être un nombre" in rec.banner.text()
        assert not reconciliation.list_reconciliations(practice.ctx["pharmacist"], pid)
    finally:
        i18n.install(QApplication.instance(), "en")


def test_a_chmed23a_code_is_compared_too(qtbot, practice):
    """The "paste a code" path takes CHMED23A: the specification's example (Med1, daily at 08:00) becomes an added
    line; a damaged CHMED23A code is refused naming its camelCase field."""
    from tests.services.medications.test_emediplan23 import pack, readme_example

    pid, _warfarin, _aspirin = warfarin_aspirin(practice)
    rec = ReconciliationDialog(AppSession(practice.ctx["pharmacist"]), pid)
    qtbot.addWidget(rec)
    rec.show()
    background.wait_idle()
    rec.source.setText("HUG")
    damaged = readme_example()
    damaged["meds"][0]["pos"][0]["po"]["cyDu"] = "x"
    rec.payload.setPlainText(pack(damaged))
    rec.start()
    qtbot.waitUntil(lambda: "meds[0].pos[0].po.cyDu" in rec.banner.text(), timeout=10000)
    rec.payload.setPlainText(pack(readme_example()))
    rec.start()
    qtbot.waitUntil(lambda: rec.model.rowCount() > 0, timeout=10000)
    assert "added" in {i.kind for i in rec.model.items}
