"""The Messages dock, the chart's Messages tab and the conversion dialogs (offscreen, real encrypted database):
unread counts in the dock's title and on the tab, posting with a mention, bad input answered in the banner with
nothing stored, retraction, and a message turned into a task, an alert and a care-plan revision."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QInputDialog

from app.services.care_plans import lifecycle
from app.services.care_plans import plans as care_plans
from app.services.care_plans.plan_input import GoalInput, PlanInput
from app.services.messages import inbox, threads
from app.services.messages.message_input import MessageInput
from app.services.tasks import recurrence
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import set_combo_value
from app.ui.messages.convert_dialogs import AlertFromMessageDialog
from app.ui.messages.messages_panel import MessagesPanel
from app.ui.messages.messages_tab import MessagesTab
from app.ui.shell.features import make_chart
from tests.services.security.test_record_access import patient
from tests.ui.screens import shot

pytestmark = pytest.mark.gui
TODAY = recurrence.today_local()


@pytest.fixture
def nurse_session(practice):
    s = AppSession(practice.ctx["nurse"])
    yield s
    s.close()


def _thread(practice, pid=None, body="@nurse passage demain ?", urgent=True) -> int:
    return threads.start_thread(practice.ctx["physician"], patient_id=pid, subject="Chute", message=MessageInput(
        body, urgent=urgent))


def test_dock_counts_post_with_mention_and_bad_input(qtbot, practice, nurse_session):
    pid = patient(practice)
    tid = _thread(practice, pid)
    team = _thread(practice, None, "Réunion jeudi", urgent=False)
    panel = MessagesPanel(nurse_session)
    qtbot.addWidget(panel)
    titles = []
    panel.sig_title.connect(titles.append)
    panel.resize(1300, 320)
    panel.show()
    qtbot.waitUntil(lambda: bool(titles) and titles[-1] == "Messages (2, 1 urgent)")
    assert panel.list.rows_model.rowCount() == 2
    set_combo_value(panel.which, "mentions")
    qtbot.waitUntil(lambda: [r.id for r in panel.list.rows_model.rows] == [tid])
    panel.list.selectRow(0)
    qtbot.waitUntil(lambda: panel.thread.model.rowCount() == 1)
    qtbot.waitUntil(lambda: titles[-1] == "Messages (1)")                   # opening the thread read it
    shot(panel, "messages_dock")
    view = panel.thread
    view.send()                                                              # empty: refused, nothing stored
    qtbot.waitUntil(lambda: view.banner.text() != "")
    assert view.banner.text() == "Message: is required"
    view.body.setPlainText("Pour @personne")
    view.send()
    qtbot.waitUntil(lambda: "@personne" in view.banner.text())
    assert len(threads.open_thread(practice.ctx["pharmacist"], tid).messages) == 1     # nothing stored
    view.body.setPlainText("Passée à 9 h. @physician TA normale.")
    view.send()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and view.body.toPlainText() == "")
    assert inbox.unread_counts(practice.ctx["physician"]).mentions == 1
    set_combo_value(panel.which, "team")
    qtbot.waitUntil(lambda: [r.id for r in panel.list.rows_model.rows] == [team])
    panel.search.setText("reunion")
    panel.search.returnPressed.emit()
    qtbot.waitUntil(lambda: [r.id for r in panel.list.rows_model.rows] == [team])


def test_chart_tab_label_counts_and_retraction(qtbot, practice, nurse_session, monkeypatch):
    pid = patient(practice)
    tid = _thread(practice, pid)
    chart = make_chart(nurse_session, pid)   # the real chart: the Messages tab is built when first opened
    qtbot.addWidget(chart)
    chart.resize(1300, 500)
    chart.show()
    tabs = chart.tabs
    at = chart.tab_keys().index("messages")
    assert "messages" not in chart.tab_pages
    qtbot.waitUntil(lambda: tabs.tabText(at) == "Messages (1)")                # counted before the tab is built
    threads.post(practice.ctx["physician"], tid, MessageInput("Et la glycémie ?"))   # live: announced, reloaded
    qtbot.waitUntil(lambda: tabs.tabText(at) == "Messages (2)")
    tabs.setCurrentIndex(at)
    page = chart.tab_pages["messages"]
    assert isinstance(page, MessagesTab) and tabs.tabText(at) == "Messages (2)"
    qtbot.waitUntil(lambda: len(page.list.rows_model.rows) == 1)
    page.list.selectRow(0)
    qtbot.waitUntil(lambda: page.thread.model.rowCount() == 2)
    qtbot.waitUntil(lambda: tabs.tabText(at) == "Messages")                      # read: the page keeps the label
    page.thread.body.setPlainText("Je m'en occupe")
    page.thread.send()
    qtbot.waitUntil(lambda: page.thread.model.rowCount() == 3)
    page.thread.view.selectRow(0)
    assert not page.thread.retract_button.isEnabled()                         # not the author
    assert page.thread.retract_button.toolTip() == "Only the author of a message can retract it."
    page.thread.view.selectRow(2)
    assert page.thread.retract_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Doublon", True)))
    page.thread.retract()
    qtbot.waitUntil(lambda: page.thread.model.rowCount() == 3 and page.thread.model.row(2).retracted)
    assert "Doublon" in page.thread._text(page.thread.model.row(2))
    shot(tabs, "messages_tab")


def _open_first_message(qtbot, page):
    qtbot.waitUntil(lambda: page.list.rows_model.rowCount() == 1)
    page.list.selectRow(0)
    qtbot.waitUntil(lambda: page.thread.model.rowCount() == 1)
    page.thread.view.selectRow(0)


def test_a_message_becomes_a_task_an_alert_and_a_plan_revision(qtbot, practice):
    pid = patient(practice)
    tid = _thread(practice, pid, "Ne peut plus monter l'escalier, @nurse à revoir", urgent=False)
    doc = AppSession(practice.ctx["physician"])
    nurse = practice.ctx["nurse"]
    plan_id = care_plans.create_plan(nurse, pid, PlanInput(referent_staff_id=practice.staff_ids["nurse"],
                                                           review_date=TODAY + timedelta(days=90)))
    version, _ = care_plans.save_item(nurse, plan_id, 1, "goal", GoalInput(objective="Rester à domicile"))
    lifecycle.validate(practice.ctx["physician"], plan_id, version, agreement_date=TODAY, agreement_how="oral")
    try:
        page = MessagesTab(doc, pid)
        qtbot.addWidget(page)
        page.show()
        _open_first_message(qtbot, page)
        dialog = page.thread._convert("task")
        qtbot.addWidget(dialog)
        dialog.title.clear()
        dialog.save()                                                        # bad input: the banner, no task
        qtbot.waitUntil(lambda: dialog.banner.text() == "Title: is required")
        dialog.title.setText("Visite à domicile")
        with qtbot.waitSignal(dialog.sig_saved):
            dialog.save()
        dialog = page.thread._convert("alert")
        qtbot.addWidget(dialog)
        assert isinstance(dialog, AlertFromMessageDialog)
        set_combo_value(dialog.category, "1.2")
        set_combo_value(dialog.kind, "information")
        with qtbot.waitSignal(dialog.sig_saved):
            dialog.save()
        dialog = page.thread._convert("plan")
        qtbot.addWidget(dialog)
        set_combo_value(dialog.domain, "environmental")
        with qtbot.waitSignal(dialog.sig_saved) as saved:
            dialog.save()
        assert saved.args == [plan_id]
        qtbot.waitUntil(lambda: len(page.thread.model.row(0).links) == 3)
        assert [k for k, _ in page.thread.model.row(0).links] == ["task", "alert", "care_plan"]
        assert "[task" in page.thread._text(page.thread.model.row(0))
        assert care_plans.get_plan(nurse, plan_id).revision == 2
        assert len(threads.open_thread(nurse, tid).messages[0].links) == 3
    finally:
        doc.close()
