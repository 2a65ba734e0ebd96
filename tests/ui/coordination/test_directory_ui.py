"""The directory window and forms (offscreen, real encrypted DB): search and kind filter; a resource typed in with
bad fields named in the banner and nothing stored; its pathway and steps added; read-only for a nurse; CSV export
and import through the window; a referral written from the directory follows the pathway into tasks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.coordination import referrals
from app.services.directory import follow, resources
from app.services.directory.resource_input import ResourceInput
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import set_combo_value
from app.ui.coordination.directory_window import DirectoryWindow
from app.ui.coordination.referral_window import ReferralWindow
from tests.services.coordination.test_hospital_events import add_patient
from tests.services.directory.helpers import dac_with_pathway
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


def _window(qtbot, practice, role) -> DirectoryWindow:
    window = DirectoryWindow(AppSession(practice.ctx[role]))
    qtbot.addWidget(window)
    window.show()
    return window


def test_search_and_kind_filter(qtbot, practice):
    dac_with_pathway(practice.ctx["coordinator"])
    resources.create_resource(practice.ctx["coordinator"], ResourceInput(kind="specialist", name="Dr Weber"))
    window = _window(qtbot, practice, "nurse")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert not window.new_button.isEnabled() and not window.import_button.isEnabled()
    qtbot.keyClicks(window.search, "loire")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    qtbot.waitUntil(lambda: "Refer to the DAC" in window.detail.toPlainText())
    assert "Home assessment with the DAC" in window.detail.toPlainText()
    window.search.clear()
    window.kind.setCurrentIndex(window.kind.findData("specialist"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.model.rows[0].name == "Dr Weber")


def test_resource_form_errors_then_pathway(qtbot, practice):
    window = _window(qtbot, practice, "coordinator")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0 and window.new_button.isEnabled())
    window.open_form(None)
    form = window.form
    assert not form.pathway_editor.isVisible()
    form.save()                                            # no name
    qtbot.waitUntil(lambda: "Name" in form.banner.text())
    assert form.name.property("invalid") is True
    set_combo_value(form.kind, "mobile_palliative")
    qtbot.keyClicks(form.name, "Equipe mobile de soins palliatifs (demo)")
    qtbot.keyClicks(form.email, "emsp-at-example")
    form.save()
    qtbot.waitUntil(lambda: "E-mail" in form.banner.text())
    assert form.email.property("invalid") is True and resources.list_resources(practice.ctx["nurse"]) == []
    form.email.setText("emsp@example.invalid")
    with qtbot.waitSignal(form.sig_saved):
        form.save()
    qtbot.waitUntil(lambda: form.pathway_editor.isVisible() and form.version == 1)
    editor = form.pathway_editor
    form.save_pathway()                                    # no name
    qtbot.waitUntil(lambda: "Pathway name" in form.banner.text())
    qtbot.keyClicks(editor.name, "Palliative care at home")
    qtbot.keyClicks(editor.rows[0].label, "Call the team")
    row = editor.add_step()
    qtbot.keyClicks(row.label, "Joint home visit")
    set_combo_value(row.role, "nurse")
    row.delay.setValue(3)
    shot(form, "directory_form.png")
    form.save_pathway()
    qtbot.waitUntil(lambda: "is saved" in form.status.text())
    detail = resources.open_resource(practice.ctx["nurse"], form.resource_id)
    assert [(s.label, s.pool_role, s.delay_days) for s in detail.pathways[0].steps] == [
        ("Call the team", "coordinator", 0), ("Joint home visit", "nurse", 3)]
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)


def test_csv_export_and_import_through_the_window(qtbot, practice, tmp_path):
    dac_with_pathway(practice.ctx["coordinator"])
    window = _window(qtbot, practice, "coordinator")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    out = tmp_path / "directory.csv"
    window.export_csv(str(out))
    qtbot.waitUntil(lambda: out.exists() and "written" in window.status.text())
    bad = tmp_path / "bad.csv"
    bad.write_bytes(out.read_bytes().replace(b",dac,", b",hospital,"))
    asked = []
    window.import_csv(str(bad), confirm=lambda text: asked.append(text) or True)
    qtbot.waitUntil(lambda: "line 2" in window.banner.text())
    assert asked == []
    good = out.read_bytes().replace(b"Val-de-Loire", b"Val de Loire")
    out.write_bytes(good)
    window.import_csv(str(out), confirm=lambda text: asked.append(text) or True)
    qtbot.waitUntil(lambda: "imported" in window.status.text())
    assert "Resources to update: 1" in asked[0]
    assert resources.list_resources(practice.ctx["nurse"])[0].name == "DAC Val de Loire (démo)"


def test_referral_from_the_directory_follows_the_pathway(qtbot, practice):
    resource_id, _pathway_id = dac_with_pathway(practice.ctx["coordinator"])
    pid = add_patient(practice, family="Durand")
    window = ReferralWindow(AppSession(practice.ctx["physician"]))
    qtbot.addWidget(window)
    window.show()
    window.new_referral()
    form = window.form
    form.patient.set_patient(pid, "DURAND")
    qtbot.waitUntil(lambda: form.resource.count() == 2)
    form.resource.setCurrentIndex(form.resource.findData(resource_id))
    assert form.recipient.text() == "DAC Val-de-Loire (démo)"
    form.question.setPlainText("Complex situation at home")
    with qtbot.waitSignal(form.sig_saved):
        form.save()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.view.setCurrentIndex(window.model.index(0, 0))
    assert window.pathway_button.isEnabled()
    window.follow_pathway()
    dialog = window.pathway_dialog
    qtbot.waitUntil(lambda: dialog.steps.count() == 3 and dialog.follow_button.isEnabled())
    shot(dialog, "pathway_follow.png")
    qtbot.mouseClick(dialog.follow_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "3 tasks created" in dialog.result.text())
    referral_id = referrals.list_referrals(practice.ctx["physician"])[0].id
    assert len(follow.pathway_tasks(practice.ctx["physician"], referral_id)) == 3
    qtbot.mouseClick(dialog.follow_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "0 tasks created; 3 were already there" in dialog.result.text())
