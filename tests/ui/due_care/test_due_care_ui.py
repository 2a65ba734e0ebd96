"""Due-care screens (offscreen, real encrypted DB): the chart's Follow-up tab with its items and "Record act", bad
input refused naming the field with nothing stored, the overdue lists with their recall (created once), the menu;
screenshots go to screenshots/."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.models.due_care import RecordedAct
from app.models.task import Task
from app.services.medications import observations
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import set_combo_value
from app.ui.due_care.due_care_tab import DueCareTab
from app.ui.due_care.worklist_dialog import DueCareListsDialog
from tests.services.tasks.test_tasks_helpers import add_patient
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


@pytest.fixture
def diabetics(practice):
    ctx = practice.ctx["physician"]
    ids = [add_patient(ctx, age_years=50 + i, sex="FM"[i % 2], conditions=["E11.9", "I10"] if i % 3 else ["E11.9"],
                       family=f"Patient{i:02d}") for i in range(12)]
    observations.record_observation(ctx, ids[0], "hba1c", "7.2")
    return ids


def test_chart_tab_shows_items_and_records_an_act(qtbot, practice, diabetics):
    session = AppSession(practice.ctx["nurse"])
    tab = DueCareTab(session, diabetics[1])
    qtbot.addWidget(tab)
    tab.resize(1180, 600)
    qtbot.waitUntil(lambda: tab.items.rowCount() > 5)
    keys = {r.item_key: r for r in tab.items.rows}
    assert keys["t2d.foot"].status == "overdue" and "overdue" in tab.summary.text()
    shot(tab, "due_care_tab.png")
    tab.item_view.selectRow([r.item_key for r in tab.items.rows].index("t2d.foot"))
    dialog = tab.record_act()                 # deletes itself when closed
    dialog.done_on.setText("31.13.2026")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.banner.text() != "")
    assert "Date done" in dialog.banner.text() and dialog.done_on.property("invalid")
    with practice.db.session() as s:
        assert s.exec(select(RecordedAct)).all() == []
    shot(dialog, "due_care_record_act_error.png")
    dialog.done_on.setText("")
    set_combo_value(dialog.source, "hospital_letter")
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.save()
    qtbot.waitUntil(lambda: {r.item_key: r.status for r in tab.items.rows}.get("t2d.foot") == "ok")
    assert tab.acts.rowCount() == 1 and tab.acts.rows[0].source == "hospital_letter"


def test_overdue_lists_and_recall_once(qtbot, practice, diabetics, monkeypatch):
    session = AppSession(practice.ctx["coordinator"])
    dialog = DueCareListsDialog(session)
    qtbot.addWidget(dialog)
    dialog.resize(1180, 620)
    qtbot.waitUntil(lambda: dialog.groups.rowCount() >= 10 and dialog.rows.rowCount() > 0)
    [t2d] = [i for i, r in enumerate(dialog.groups.rows) if r.group_key == "t2d"]
    assert dialog.groups.rows[t2d].overdue == 12 * 5 - 1
    dialog.group_view.selectRow(t2d)
    with qtbot.waitSignal(dialog.sig_loaded):
        dialog.load_list()
    assert dialog.rows.rowCount() == 59 and "59 items" in dialog.count.text()
    shot(dialog, "due_care_lists.png")
    with qtbot.waitSignal(dialog.sig_recalled) as first:
        dialog.create_recalls(confirm=False)
    assert first.args[0].created == 59 and "59 recall tasks created" in dialog.count.text()
    with qtbot.waitSignal(dialog.sig_recalled) as second:
        dialog.create_recalls(confirm=False)
    assert (second.args[0].created, second.args[0].skipped) == (0, 59)
    with practice.db.session() as s:
        assert len(s.exec(select(Task).where(Task.task_type == "due_care")).all()) == 59
    opened = []
    dialog.sig_open_patient.connect(opened.append)
    dialog.row_view.doubleClicked.emit(dialog.rows.index(0, 0))
    assert opened == [dialog.rows.rows[0].patient_id]


def test_menu_and_tab_follow_the_roles(qtbot, practice):
    from app.ui.shell.features import chart_tabs

    assert "due_care" in [t.key for t in chart_tabs()]
    assert not AppSession(practice.ctx["pharmacist"]).can("due_care.list")
    assert AppSession(practice.ctx["medical_assistant"]).can("due_care.record")
