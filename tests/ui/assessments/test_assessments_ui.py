"""Assessment screens (offscreen, real encrypted DB): the chart's Assessments tab with its history and trend, the form
answered with the keyboard and a live score, an incomplete form refused naming the question with nothing stored,
a threshold's proposals accepted into a task once; screenshots go to screenshots/."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton
from sqlmodel import select

from app.models.assessment import Assessment
from app.models.care_plan import CarePlanProblem
from app.models.task import Task
from app.services.assessments import records
from app.ui.assessments.assessments_tab import AssessmentsTab
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import set_combo_value
from tests.services.assessments.test_assessments import phq
from tests.services.tasks.test_tasks_helpers import add_patient
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


@pytest.fixture
def elder(practice):
    pid = add_patient(practice.ctx["physician"], age_years=82, family="Lefèvre")
    nurse = practice.ctx["nurse"]
    first = datetime.now(UTC) - timedelta(days=400)
    records.record_assessment(nurse, pid, "phq9", phq(1, 1, 0, 1, 0, 0, 0, 0, 0), done_at=first)
    for months, points in ((4, (1, 1, 1, 1, 1, 1, 0, 0, 0)), (8, (2, 2, 1, 2, 1, 1, 1, 0, 0))):
        records.record_assessment(nurse, pid, "phq9", phq(*points), done_at=first + timedelta(days=30 * months))
    return pid


def _answer(dialog, option_index: int) -> None:
    for box in dialog.questions:
        box.buttons[box.item.options[option_index].key].setChecked(True)


def test_tab_lists_history_draws_trend_and_records_with_proposals(qtbot, practice, elder):
    session = AppSession(practice.ctx["nurse"])
    tab = AssessmentsTab(session, elder)
    qtbot.addWidget(tab)
    tab.resize(1180, 600)
    tab.show()
    qtbot.waitUntil(lambda: tab.list.rowCount() == 3)
    qtbot.waitUntil(lambda: tab.chart.trend is not None and len(tab.chart.trend.points) == 3)
    assert [p.score for p in tab.chart.trend.points] == [3, 6, 10]
    assert tab.chart.chart().series()              # a line and the band thresholds are drawn
    shot(tab, "assessments_tab.png")
    dialog = tab.new_assessment()                  # deletes itself when closed
    assert dialog.instrument.id == "phq9" and len(dialog.questions) == 9
    # keyboard: the first answer of the first question, then the arrow key moves to the next answer
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    first = dialog.questions[0].buttons["not_at_all"]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert dialog.questions[0].answer() == "several_days"
    assert "1 / 27" in dialog.score.text()
    dialog.save()                                  # 8 questions unanswered: refused, nothing stored
    qtbot.waitUntil(lambda: dialog.banner.text() != "")
    assert "question 2 has no answer" in dialog.banner.text()
    assert dialog.questions[1].buttons["not_at_all"].hasFocus()     # the first unanswered question, to answer
    with practice.db.session() as s:
        assert len(s.exec(select(Assessment)).all()) == 3
    shot(dialog, "assessments_form_error.png")
    _answer(dialog, 2)
    dialog.questions[8].buttons["several_days"].setChecked(True)
    assert "Score: 17 / 27" in dialog.score.text()
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.save()
    page = dialog.result_page
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is page)
    assert [c.property("action") for c in page.checks] == ["phq9_review", "phq9_mood_need", "phq9_item9_safety"]
    shot(dialog, "assessments_result.png")
    page.checks[1].setChecked(False)               # no care plan in force: the need is left for later
    with qtbot.waitSignal(dialog.finished):
        page.accept_ticked()
    with practice.db.session() as s:
        tasks = s.exec(select(Task).where(Task.origin_type == "assessment")).all()
        assert sorted(t.priority for t in tasks) == ["asap", "urgent"]
        assert s.exec(select(CarePlanProblem)).all() == []
    qtbot.waitUntil(lambda: tab.list.rowCount() == 4)
    tab.list_view.selectRow(0)
    qtbot.waitUntil(lambda: [p.accepted for p in tab.proposed.rows] == [True, False, True])
    shot(tab, "assessments_tab_accepted.png")


def test_the_form_changes_instrument_and_a_pharmacist_only_reads(qtbot, practice, elder):
    tab = AssessmentsTab(AppSession(practice.ctx["pharmacist"]), elder)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.list.rowCount() == 3)
    assert not tab.new_button.isEnabled() and tab.new_assessment() is None
    nurse_tab = AssessmentsTab(AppSession(practice.ctx["nurse"]), elder)
    qtbot.addWidget(nurse_tab)
    dialog = nurse_tab.new_assessment()
    set_combo_value(dialog.instrument_combo, "icope_step1")
    qtbot.waitUntil(lambda: len(dialog.questions) == 9)
    assert all(len(b.findChildren(QRadioButton)) == 2 for b in dialog.questions)
    assert "0 / 6" in dialog.score.text() and "World Health Organization" in dialog.source.text()
