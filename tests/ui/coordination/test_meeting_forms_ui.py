"""Meeting forms (offscreen, real encrypted DB): create a meeting, put a patient on its agenda, record the
question, discussion and a task decision; bad input names the field and stores nothing; buttons per role."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.services.coordination import meetings
from app.services.coordination.meetings import CaseInput, MeetingInput
from app.services.tasks import worklists as task_lists
from app.ui.common.app_session import AppSession
from app.ui.coordination.meeting_forms import AgendaDialog, MeetingDialog, RecordDialog
from app.ui.coordination.meeting_window import MeetingWindow
from tests.services.coordination.test_hospital_events import add_patient
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


def _meeting(practice) -> int:
    return meetings.create_meeting(practice.ctx["coordinator"], MeetingInput(
        meeting_date=date.today(), kind="monthly", participant_ids=[practice.staff_ids["physician"]]))


def test_create_meeting_through_the_window(qtbot, practice):
    window = MeetingWindow(AppSession(practice.ctx["coordinator"]))
    qtbot.addWidget(window)
    window.show()
    assert window.new_button.isVisible()
    window.new_meeting()
    dialog = window.dialog
    qtbot.waitUntil(lambda: dialog.participants.rowCount() >= 6)
    qtbot.keyClicks(dialog.title, "RCP de juin")
    dialog.participants.item(0).setCheckState(Qt.CheckState.Checked)
    shot(dialog, "meeting_new_dialog.png")
    dialog.save()
    qtbot.waitUntil(lambda: window.meetings.rowCount() == 1)
    row = window.meetings.rows[0]
    assert row["title"] == "RCP de juin" and row["meeting_date"] == date.today()
    view = meetings.get_meeting(practice.ctx["coordinator"], row["id"])
    assert practice.staff_ids["coordinator"] in view.participant_ids and len(view.participant_ids) >= 2


def test_meeting_bad_date_names_the_field_and_stores_nothing(qtbot, practice):
    session = AppSession(practice.ctx["coordinator"])
    dialog = MeetingDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.participants.rowCount() >= 6)
    dialog.meeting_date.setText("2024-13-45x")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.banner.text() != "")
    assert "Meeting date" in dialog.banner.text()
    assert dialog.meeting_date.property("invalid") is True
    shot(dialog, "meeting_new_dialog_error.png")
    assert meetings.list_meetings(practice.ctx["coordinator"]) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_add_patient_to_agenda_with_the_picker(qtbot, practice):
    pid = add_patient(practice, family="Durand")
    add_patient(practice, family="Dupont")
    mid = _meeting(practice)
    session = AppSession(practice.ctx["nurse"])
    dialog = AgendaDialog(session, {"id": mid, "meeting_date": date.today()})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()                                  # no patient yet
    qtbot.waitUntil(lambda: dialog.banner.text() != "")
    assert "Patient" in dialog.banner.text()
    qtbot.keyClicks(dialog.patient.field, "Du")
    qtbot.waitUntil(lambda: dialog.patient.model.rowCount() == 2)
    qtbot.keyClicks(dialog.patient.field, "ra")
    qtbot.waitUntil(lambda: dialog.patient.patient_id == pid)
    assert "DURAND" in dialog.patient.chosen.text()
    dialog.save()                                  # question empty
    qtbot.waitUntil(lambda: "Question" in dialog.banner.text())
    assert meetings.get_meeting(practice.ctx["nurse"], mid).cases == []
    dialog.question.setPlainText("Maintien à domicile possible ?")   # keyClicks is ASCII only
    shot(dialog, "meeting_agenda_dialog.png")
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.save()
    cases = meetings.get_meeting(practice.ctx["nurse"], mid).cases
    assert [(c.patient_id, c.question) for c in cases] == [(pid, "Maintien à domicile possible ?")]


def test_record_discussion_and_task_decision(qtbot, practice):
    pid = add_patient(practice, family="Durand")
    mid = _meeting(practice)
    meetings.add_case(practice.ctx["coordinator"], mid, CaseInput(patient_id=pid, question="Chutes répétées"))
    window = MeetingWindow(AppSession(practice.ctx["physician"]))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.cases.rowCount() == 1)
    window.case_view.selectRow(0)
    window.record()
    dialog = window.dialog
    assert isinstance(dialog, RecordDialog)
    qtbot.waitUntil(lambda: dialog.assignee.count() > 1)
    dialog.question.setPlainText("")               # empty question: named, nothing stored
    dialog.discussion.setPlainText("Discussion menée")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.banner.text() != "")
    assert "Question" in dialog.banner.text()
    assert meetings.get_meeting(practice.ctx["physician"], mid).cases[0].discussion is None
    dialog.question.setPlainText("Chutes répétées")
    dialog.kind.setCurrentIndex(1)                 # create a task
    dialog.text.setText("Bilan kiné de l'équilibre")
    dialog.due_date.setText("31/02/2030x")          # wrong format: named, nothing stored
    dialog.save(close=False)
    qtbot.waitUntil(lambda: "Due date" in dialog.banner.text())
    case = meetings.get_meeting(practice.ctx["physician"], mid).cases[0]
    assert case.discussion is None and case.decisions == []
    dialog.due_date.setText("15.09.2030")
    dialog.pool.setCurrentIndex(4)                 # nurses
    dialog.save(close=False)
    qtbot.waitUntil(lambda: "Bilan kiné" in dialog.decided.text())
    shot(dialog, "meeting_record_dialog.png")
    case = meetings.get_meeting(practice.ctx["physician"], mid).cases[0]
    assert case.discussion == "Discussion menée" and case.decisions[0]["kind"] == "task"
    tasks = [t for t in task_lists.patient_tasks(practice.ctx["physician"], pid) if t.task_type == "meeting_decision"]
    assert len(tasks) == 1 and tasks[0].title == "Bilan kiné de l'équilibre"
    assert tasks[0].due_date == date(2030, 9, 15) and tasks[0].pool_role == "nurse"
    dialog.close()
    qtbot.waitUntil(lambda: "Bilan kiné" in window.cases.rows[0].decisions[0]["text"])
    shot(window, "meeting_window_buttons.png")


def test_buttons_follow_the_role(qtbot, practice):
    for role, allowed in (("pharmacist", False), ("medical_assistant", False), ("coordinator", True),
                          ("advanced_practice_nurse", True)):
        window = MeetingWindow(AppSession(practice.ctx[role]))
        qtbot.addWidget(window)
        window.show()
        for button in (window.new_button, window.agenda_button, window.record_button):
            assert button.isVisible() is allowed, role
