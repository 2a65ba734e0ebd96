"""Worklist, task dialog, patient Tasks tab, recall and protocols dialogs (offscreen, real encrypted DB)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.tasks import task_flow as tasks
from app.services.tasks import worklists as task_lists
from app.services.tasks.task_flow import TaskInput
from app.ui.common import i18n
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import set_combo_value
from app.ui.shell.main_window import MainWindow
from app.ui.tasks.protocols_dialog import ProtocolsDialog
from app.ui.tasks.recall_dialog import RecallDialog
from app.ui.tasks.task_dialog import TaskDialog
from app.ui.tasks.worklist import WorklistPanel
from tests.services.tasks.test_tasks_helpers import add_patient
from tests.ui.screens import SCREENSHOTS as SHOTS
from tests.ui.screens import shot

pytestmark = pytest.mark.gui
TODAY = date.today()


@pytest.fixture
def nurse_session(practice):
    s = AppSession(practice.ctx["nurse"])
    yield s
    s.close()


def seed(practice):
    ctx = practice.ctx["physician"]
    pid = add_patient(ctx, family="Dupont", conditions=["E11.9"])
    for i, (title, due, prio) in enumerate((("Prise de sang HbA1c", -3, "urgent"), ("Pansement", 0, "routine"),
                                            ("Appeler le laboratoire", 2, "asap"))):
        tasks.create_task(ctx, TaskInput(title=title, patient_id=pid, assignee_staff_id=practice.staff_ids["nurse"],
                                         due_date=TODAY + timedelta(days=due), priority=prio,
                                         recurrence_rule="FREQ=MONTHLY;INTERVAL=3" if i == 0 else None))
    tasks.create_task(ctx, TaskInput(title="Rappel vaccin grippe", pool_role="nurse", patient_id=pid, due_date=TODAY))
    return pid


def test_worklist_tabs_badges_claim_and_keyboard(qtbot, practice, nurse_session):
    seed(practice)
    panel = WorklistPanel(nurse_session)
    qtbot.addWidget(panel)
    titles = []
    panel.sig_title.connect(titles.append)
    panel.resize(1000, 420)
    panel.show()
    qtbot.waitUntil(lambda: panel.views["mine"].model().rowCount() == 3)
    qtbot.waitUntil(lambda: titles and titles[-1] == "Tasks (3)")
    assert panel.tabs.tabText(1) == "Pool (1)" and panel.tabs.tabText(2) == "Overdue (1)"
    panel.filter.setText("pansement")
    assert panel.views["mine"].model().rowCount() == 1
    panel.filter.clear()
    SHOTS.mkdir(exist_ok=True)
    panel.grab().save(str(SHOTS / "worklist.png"))
    panel.tabs.setCurrentIndex(1)
    pool = panel.views["pool"]
    pool.setCurrentIndex(pool.model().index(0, 0))
    panel.claim_selected()
    qtbot.waitUntil(lambda: panel.views["mine"].model().rowCount() == 4)
    view = panel.views["mine"]
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    with qtbot.waitSignal(view.sig_open_task) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args[0] == view.current_row().id


def test_task_dialog_validation_names_field_and_saves(qtbot, practice, nurse_session):
    dialog = TaskDialog(nurse_session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.assignee.count() > 1)
    dialog.title.clear()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.banner.text() != "")
    assert "Title" in dialog.banner.text() and dialog.title.property("invalid")
    dialog.title.setText("Contrôle tension")
    dialog.due_date.setText("31.02.2027")
    dialog.save()
    qtbot.waitUntil(lambda: "Due date" in dialog.banner.text())
    assert dialog.due_date.property("invalid") and task_lists.my_tasks(practice.ctx["nurse"]) == []
    dialog.due_date.setText("15.03.2027")
    dialog.recurrence.set_rule("FREQ=WEEKLY")
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.save()
    [row] = task_lists.my_tasks(practice.ctx["nurse"])
    assert row.title == "Contrôle tension" and row.due_date == date(2027, 3, 15) and row.patient_id is None


def test_new_task_from_the_worklist_chooses_its_patient(qtbot, practice, nurse_session):
    pid = add_patient(practice.ctx["physician"], family="Zbinden")
    dialog = TaskDialog(nurse_session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.assignee.count() > 1)
    assert dialog.patient_picker is not None
    qtbot.keyClicks(dialog.patient_picker.field, "zbin")
    with qtbot.waitSignal(dialog.patient_picker.sig_chosen, timeout=5000):   # a single match is chosen
        dialog.patient_picker.search_now()
    dialog.title.setText("Bilan annuel")
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.save()
    [row] = task_lists.my_tasks(practice.ctx["nurse"])
    assert row.patient_id == pid and row.title == "Bilan annuel"
    from_chart = TaskDialog(nurse_session, patient_id=pid, patient_name="ZBINDEN Test")
    qtbot.addWidget(from_chart)
    assert from_chart.patient_picker is None and from_chart.patient_label.text() == "ZBINDEN Test"


def test_task_dialog_lifecycle_buttons_and_guard_message(qtbot, practice, nurse_session):
    pid = seed(practice)
    row = task_lists.my_tasks(practice.ctx["nurse"])[1]
    dialog = TaskDialog(nurse_session, row.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.detail is not None)
    assert dialog.status_buttons["accepted"].isVisible() and not dialog.status_buttons["completed"].isVisible()
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "task_dialog.png"))
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.status_buttons["accepted"].click()
    qtbot.waitUntil(lambda: dialog.detail.row.status == "accepted")
    dialog.status_buttons["cancelled"].click()    # without a reason
    qtbot.waitUntil(lambda: dialog.banner.text() != "")
    assert dialog.note.property("invalid")
    # the guard speaks through the dialog
    other = TaskDialog(nurse_session, patient_id=pid, patient_name="DUPONT Test")
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: other.assignee.count() > 1)
    other.title.setText("Spirométrie")
    set_combo_value(other.protocol, "fr-asalee")
    set_combo_value(other.act, "copd_spirometry")
    other.save()
    qtbot.waitUntil(lambda: other.banner.text() != "")
    assert "has not activated the protocol «Asalée" in other.banner.text() and other.protocol.property("invalid")
    shot(other, "task_dialog_guard_refusal")
    for lang, words in (("fr", "le cabinet n'a pas activé le protocole « Asalée"),
                        ("de", "die Praxis hat das Protokoll «Asalée")):
        i18n.install(QApplication.instance(), lang)   # the refusal is said in the user's language
        try:
            other.save()
            qtbot.waitUntil(lambda w=words: w in other.banner.text())
            shot(other, f"task_dialog_guard_refusal_{lang}")
        finally:
            i18n.install(QApplication.instance(), "en")
    qtbot.keyClick(other, Qt.Key.Key_Escape)
    assert not other.isVisible()


def test_patient_tasks_tab_and_main_window_dock(qtbot, practice, nurse_session):
    pid = seed(practice)
    window = MainWindow(nurse_session, 10)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.docks_installed)
    qtbot.waitUntil(lambda: window.features["tasks"].parts["dock"].windowTitle() == "Tasks (3)")
    chart = window.open_patient(pid)
    tab = chart.tab("tasks")
    qtbot.waitUntil(lambda: tab.view.model().rowCount() == 4)
    window.resize(1280, 860)
    window.grab().save(str(SHOTS / "main_window_tasks.png"))
    window.lock("user")
    assert all(v.model().rowCount() == 0 for v in window.features["tasks"].parts["panel"].views.values())


def test_recall_dialog_preview_and_idempotent_create(qtbot, practice):
    seed(practice)
    session = AppSession(practice.ctx["medical_assistant"])
    dialog = RecallDialog(session)
    qtbot.addWidget(dialog)
    dialog.name.setText("diab-2027")
    dialog.title.setText("Rappel HbA1c")
    dialog.conditions.setText("E11")
    dialog.age_min.setText("abc")
    dialog.preview()
    qtbot.waitUntil(lambda: "Age from" in dialog.banner.text() or "Age min" in dialog.banner.text())
    dialog.age_min.setText("18")
    dialog.preview()
    qtbot.waitUntil(lambda: getattr(dialog, "last_preview", None) is not None)
    assert dialog.last_preview.matching == 1
    dialog.create()
    qtbot.waitUntil(lambda: getattr(dialog, "created", None) == 1)
    dialog.create()
    qtbot.waitUntil(lambda: getattr(dialog, "created", None) == 0)
    session.close()


def test_protocols_dialog_activate_and_adhere(qtbot, practice):
    session = AppSession(practice.ctx["coordinator"])
    dialog = ProtocolsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.protocol.count() > 10 and dialog.staff.count() > 0)
    set_combo_value(dialog.protocol, "fr-pc-cystitis")
    dialog._toggle(True)
    qtbot.waitUntil(lambda: "active" in dialog.protocol.currentText())
    set_combo_value(dialog.staff, practice.staff_ids["nurse"])
    dialog.training.setText("")
    dialog.adhere()
    qtbot.waitUntil(lambda: dialog.banner.text() != "")
    assert dialog.training.property("invalid")
    dialog.training.setText((TODAY - timedelta(days=10)).strftime("%d.%m.%Y"))
    dialog.adhere()
    qtbot.waitUntil(lambda: "Test Nurse" in dialog.adherents.text())
    dialog.grab().save(str(SHOTS / "protocols_dialog.png"))
    session.close()


def test_day_worklist_pdf(qtbot, practice, nurse_session, tmp_path):
    seed(practice)
    panel = WorklistPanel(nurse_session)
    qtbot.addWidget(panel)
    panel.quiet = True
    path = tmp_path / "day.pdf"
    panel.print_day(str(path))
    qtbot.waitUntil(lambda: getattr(panel, "last_pdf", None) == str(path))
    assert path.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
        assert "Prise de sang HbA1c" in text and "Pansement" in text and "Appeler" not in text
