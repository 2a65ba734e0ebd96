"""The recurrence editor of the task dialog (offscreen, real encrypted DB): round trip of every rule it offers,
a rule it cannot show kept unless replaced, saving a recurring task, bad input, summaries and screenshots."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from app.models.task import Task
from app.services.tasks import task_flow as tasks
from app.services.tasks import worklists as task_lists
from app.services.tasks.recurrence import simple_rule
from app.services.tasks.task_flow import TaskInput
from app.ui.common import i18n
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import combo_value, set_combo_value
from app.ui.tasks.recurrence_editor import RecurrenceEditor
from app.ui.tasks.task_dialog import TaskDialog
from tests.ui.screens import shot

pytestmark = pytest.mark.gui
FREQS = ("DAILY", "WEEKLY", "MONTHLY")
DAYS = ((), (0,), (0, 3), (1, 2, 4, 5, 6))
ENDS = (("never", None), ("until", date(2027, 3, 31)), ("count", 7))


@pytest.fixture
def nurse_session(practice):
    s = AppSession(practice.ctx["nurse"])
    yield s
    s.close()


def _choose(editor: RecurrenceEditor, freq, interval, days, end, value) -> None:
    """Sets the controls as a user would."""
    set_combo_value(editor.freq, freq)
    editor.interval.setValue(interval)
    for i, box in enumerate(editor.weekdays):
        box.setChecked(i in days)
    set_combo_value(editor.end, end)
    if end == "until":
        editor.until.setDate(QDate(value))
    elif end == "count":
        editor.count.setValue(value)


OFFERED = [(freq, interval, days, end, value) for freq in FREQS for interval in (1, 3)
           for days in (DAYS if freq == "WEEKLY" else ((),)) for end, value in ENDS]   # weekdays: weekly rules only


@pytest.mark.parametrize("freq,interval,days,end,value", OFFERED, ids=str)
def test_every_rule_offered_is_written_and_read_back(qtbot, freq, interval, days, end, value):
    editor = RecurrenceEditor()
    qtbot.addWidget(editor)
    _choose(editor, freq, interval, days, end, value)
    rule = editor.rule()
    spec = simple_rule(rule)
    assert (spec.freq, spec.interval, spec.weekdays) == (freq, interval, days)
    assert (spec.until, spec.count) == ((value, None) if end == "until" else (None, value) if end == "count"
                                        else (None, None))
    again = RecurrenceEditor()
    qtbot.addWidget(again)
    again.set_rule(rule)
    assert not again.is_custom() and again.rule() == rule and again.spec() == editor.spec()
    assert (combo_value(again.freq), again.interval.value(), combo_value(again.end)) == (freq, interval, end)
    assert again.summary_text() == editor.summary_text() != ""


def test_does_not_repeat_is_an_empty_rule(qtbot):
    editor = RecurrenceEditor()
    qtbot.addWidget(editor)
    assert editor.rule() == "" and editor.summary_text() == ""
    editor.set_rule("FREQ=DAILY")
    editor.set_rule(None)
    assert editor.rule() == "" and combo_value(editor.freq) is None


@pytest.mark.parametrize("stored", ["FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1", "FREQ=YEARLY;BYMONTH=3",
                                    "FREQ=MONTHLY;BYMONTHDAY=15"])
def test_a_rule_it_cannot_show_is_kept_unless_replaced(qtbot, stored):
    editor = RecurrenceEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_rule(stored)
    assert editor.is_custom() and editor.rule() == stored
    assert stored in editor.summary_text() and editor.replace_button.isVisible() and not editor.freq.isVisible()
    editor.replace_button.click()
    assert not editor.is_custom() and editor.rule() == "FREQ=WEEKLY" and editor.freq.isVisible()


def test_a_simple_rule_written_elsewhere_is_stored_unchanged_until_edited(qtbot):
    editor = RecurrenceEditor()
    qtbot.addWidget(editor)
    editor.set_rule("FREQ=WEEKLY;INTERVAL=1;UNTIL=20270331T000000")
    assert not editor.is_custom() and editor.rule() == "FREQ=WEEKLY;INTERVAL=1;UNTIL=20270331T000000"
    editor.interval.setValue(2)
    assert editor.rule() == "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270331T235959"


def test_keyboard_only(qtbot):
    editor = RecurrenceEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.freq.setFocus()
    qtbot.keyClick(editor.freq, Qt.Key.Key_Down)
    qtbot.keyClick(editor.freq, Qt.Key.Key_Down)   # weekly
    assert combo_value(editor.freq) == "WEEKLY" and editor.days_row.isVisible()
    editor.interval.setFocus()
    editor.interval.selectAll()
    qtbot.keyClicks(editor.interval, "2")
    qtbot.keyClick(editor.weekdays[0], Qt.Key.Key_Space)
    assert editor.rule() == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"
    order = [editor.freq, editor.interval, *editor.weekdays, editor.end, editor.until, editor.count]
    assert [w for w in _chain(editor.freq, 40) if w in order] == order   # Tab goes through them in reading order


def _chain(widget, steps):
    found = []
    for _ in range(steps):
        found.append(widget)
        widget = widget.nextInFocusChain()
    return list(dict.fromkeys(found))


def _open_dialog(qtbot, session, task_id=None):
    dialog = TaskDialog(session, task_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.assignee.count() > 1)
    return dialog


def test_task_dialog_saves_a_recurrence_and_the_next_comes_as_before(qtbot, practice, nurse_session):
    dialog = _open_dialog(qtbot, nurse_session)
    dialog.title.setText("Pansement")
    dialog.due_date.setText("15.03.2027")   # a Monday
    _choose(dialog.recurrence, "WEEKLY", 2, (0, 3), "count", 3)
    assert "Monday" in dialog.recurrence.summary.text()
    with qtbot.waitSignal(dialog.sig_saved) as saved:
        dialog.save()
    tid = saved.args[0]
    with practice.db.session() as s:
        task = s.get(Task, tid)
        assert task.recurrence_rule == "FREQ=WEEKLY;INTERVAL=2;COUNT=3;BYDAY=MO,TH"
    ctx = practice.ctx["nurse"]
    v = tasks.transition(ctx, tid, 1, "accepted")
    v = tasks.transition(ctx, tid, v, "in_progress")
    tasks.transition(ctx, tid, v, "completed", result="ok")
    with practice.db.session() as s:
        dues = [t.due_date for t in s.exec(select(Task).where(Task.series_id == tid).order_by(Task.id)).all()]
    assert dues == [date(2027, 3, 15), date(2027, 3, 18)]
    reopened = _open_dialog(qtbot, nurse_session, tid)
    qtbot.waitUntil(lambda: reopened.detail is not None)
    assert reopened.recurrence.rule() == "FREQ=WEEKLY;INTERVAL=2;COUNT=3;BYDAY=MO,TH"


def test_task_dialog_keeps_a_foreign_rule_on_save(qtbot, practice, nurse_session):
    tid = tasks.create_task(practice.ctx["nurse"], TaskInput(
        title="Bilan", assignee_staff_id=practice.staff_ids["nurse"], due_date=date(2027, 3, 1),
        recurrence_rule="FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1"))
    dialog = _open_dialog(qtbot, nurse_session, tid)
    qtbot.waitUntil(lambda: dialog.detail is not None)
    assert dialog.recurrence.is_custom()
    dialog.title.setText("Bilan mensuel")
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.save()
    [row] = task_lists.my_tasks(practice.ctx["nurse"])
    assert row.title == "Bilan mensuel"
    with practice.db.session() as s:
        assert s.get(Task, tid).recurrence_rule == "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1"


def test_until_before_the_due_date_names_the_field_and_stores_nothing(qtbot, practice, nurse_session):
    dialog = _open_dialog(qtbot, nurse_session)
    dialog.title.setText("Pansement")
    dialog.due_date.setText("15.03.2027")
    _choose(dialog.recurrence, "DAILY", 1, (), "until", date(2027, 3, 1))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.banner.text() != "")
    assert dialog.banner.text().startswith("Recurrence:") and dialog.recurrence.property("invalid")
    assert task_lists.my_tasks(practice.ctx["nurse"]) == [] and dialog.focusWidget() is dialog.recurrence.until
    assert dialog.recurrence.count.minimum() == 1   # "after 0 times" cannot be typed


@pytest.mark.parametrize("lang,expected", [
    ("fr", "Toutes les 2 semaines, le lundi et le jeudi, jusqu'au 31.03.2027"),
    ("de", "Alle 2 Wochen, am Montag und Donnerstag, bis 31.03.2027"),
])
def test_summary_and_screenshots_in_french_and_german(qtbot, practice, nurse_session, lang, expected):
    i18n.install(QApplication.instance(), lang)
    try:
        dialog = _open_dialog(qtbot, nurse_session)
        dialog.title.setText("Pansement")
        dialog.due_date.setText("15.03.2027")
        _choose(dialog.recurrence, "WEEKLY", 2, (0, 3), "until", date(2027, 3, 31))
        dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))
        assert dialog.height() <= 700 and dialog.width() <= 1366
        text = dialog.recurrence.summary.text()
        assert text.replace("31/03/2027", "31.03.2027") == expected
        shot(dialog, f"task_dialog_recurrence_{lang}")
        dialog.recurrence.set_rule("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1")
        shot(dialog, f"task_dialog_recurrence_custom_{lang}")
    finally:
        i18n.install(QApplication.instance(), "en")
