"""The maturity self-assessment screens (offscreen, real encrypted DB): a member answers with the keyboard, a bad
answer is refused with the axis named and nothing stored, a closed round is read-only; the coordinator sees the
team's results per axis over two rounds (table and chart), each member's answers, opens and closes rounds, and
exports the PDF; a nurse sees only their own answers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlmodel import func, select

from app.models.maturity import MaturityAnswer
from app.services.coordination import maturity
from app.services.coordination.maturity import PeriodInput
from app.ui.common.app_session import AppSession
from app.ui.coordination.maturity_window import MaturityWindow
from tests.services.coordination.test_maturity import answers
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


@pytest.fixture
def rounds(practice):
    coord = practice.ctx["coordinator"]
    first = maturity.open_period(coord, PeriodInput("2026 S1", "01.01.2026", "30.06.2026"))
    second = maturity.open_period(coord, PeriodInput("2026 S2", "01.07.2026", "31.12.2026"))
    maturity.submit_answers(practice.ctx["physician"], first, answers(1, 2, 3, 1))
    maturity.submit_answers(practice.ctx["nurse"], first, answers(2, 2, 4, 2))
    maturity.close_period(coord, first, 1)
    maturity.submit_answers(practice.ctx["physician"], second, answers(2, 3, 3, 2))
    return first, second


def _answers_stored(practice) -> int:
    with practice.db.session() as s:
        return s.exec(select(func.count()).select_from(MaturityAnswer)).one()


def _open(qtbot, practice, role) -> MaturityWindow:
    window = MaturityWindow(AppSession(practice.ctx[role]))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.period_combo.count() == 2)
    return window


def test_a_member_answers_with_the_keyboard_and_sees_only_their_own(qtbot, practice, rounds):
    window = _open(qtbot, practice, "nurse")
    assert window.tabs.count() == 1                         # no team results, no rounds for a nurse
    assert window.current_period().label == "2026 S2"       # the open round is chosen
    qtbot.waitUntil(lambda: window.form.inputs.isEnabled())
    assert window.form.status.text() == "Not answered yet."
    for n, key in enumerate(window.grid.axis_keys):
        button = window.form.groups[key].button(n % 4 + 1)
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.keyClicks(window.form.comments["team_work"], "Reunions mensuelles")
    assert "Routine" in window.form.groups["patient_involvement"].button(4).text()
    assert window.form.groups["team_work"].button(1).toolTip()       # each level explained
    window.save_button.click()
    qtbot.waitUntil(lambda: window.form.status.text() == "Saved (version 1).")
    mine = maturity.my_answers(practice.ctx["nurse"], rounds[1])
    assert [a.level for a in mine.answers] == [1, 2, 3, 4] and mine.answers[1].comment == "Reunions mensuelles"
    # the closed round: the earlier answers shown, nothing editable
    window.period_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.form.status.text() == "Saved (version 1)."
                    and window.form.groups["information_system"].checkedId() == 4)
    assert not window.form.inputs.isEnabled() and not window.save_button.isEnabled()


def test_a_missing_level_is_refused_with_the_axis_named_and_nothing_stored(qtbot, practice, rounds):
    window = _open(qtbot, practice, "nurse")
    qtbot.waitUntil(lambda: window.form.inputs.isEnabled())
    window.form.groups["health_project"].button(2).setChecked(True)
    before = _answers_stored(practice)
    window.save_button.click()
    qtbot.waitUntil(lambda: window.form.banner.text() != "")
    assert window.form.banner.text() == "Axis 2 — level: is required"
    assert window.form.first_button["team_work"].property("invalid") is True
    assert window.form.first_button["team_work"].hasFocus()
    assert _answers_stored(practice) == before
    shot(window, "maturity_refused.png")


def test_the_coordinator_sees_the_results_each_members_answers_and_exports(qtbot, practice, rounds, tmp_path):
    window = _open(qtbot, practice, "coordinator")
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["&My answers", "&Team results",
                                                                             "R&ounds"]
    qtbot.waitUntil(lambda: window.results.results is not None)
    model = window.results.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Axis", "2026 S1", "2026 S2"]
    cells = [[model.data(model.index(r, c)) for c in range(3)] for r in range(4)]
    assert cells[0][1:] == ["1.5 (1–2), n = 2", "2.0 (2–2), n = 1"]
    assert cells[2][1:] == ["3.5 (3–4), n = 2", "3.0 (3–3), n = 1"]
    chart = window.results.chart.chart()
    assert [s.label() for s in chart.series()[0].barSets()] == ["2026 S1", "2026 S2"]
    assert list(chart.series()[0].barSets()[0].at(i) for i in range(4)) == [1.5, 2.0, 3.5, 1.5]
    window.tabs.setCurrentIndex(1)
    shot(window, "maturity_results.png")
    window.results.export(str(tmp_path / "m.pdf"))
    qtbot.waitUntil(lambda: "Written to" in window.results.status.text())
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    # each member's answers to the chosen (open) round, then the round is closed
    window.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: window.rounds.model.rowCount() == 1)
    assert window.rounds.model.row(0).level_of("team_work") == 3
    window.rounds.close_button.click()
    qtbot.waitUntil(lambda: "closed" in window.period_combo.itemText(1) and not window.rounds.operation.running)
    assert maturity.list_periods(practice.ctx["coordinator"])[1].closed
    assert not window.save_button.isEnabled()
    # a new round: the dates in the wrong order are refused with the field named
    qtbot.keyClicks(window.rounds.label, "2027 S1")
    qtbot.keyClicks(window.rounds.starts_on, "30.06.2027")
    qtbot.keyClicks(window.rounds.ends_on, "01.01.2027")
    window.rounds.open_button.click()
    qtbot.waitUntil(lambda: window.rounds.banner.text() != "")
    assert window.rounds.banner.text() == "End: must not be before the start of the period"
    window.rounds.ends_on.clear()
    qtbot.keyClicks(window.rounds.ends_on, "31.12.2027")
    window.rounds.open_button.click()
    qtbot.waitUntil(lambda: window.period_combo.count() == 3)
    assert window.current_period().label == "2027 S1"
    shot(window, "maturity_rounds.png")

