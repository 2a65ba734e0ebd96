"""A worklist of thousands of tasks (a pool or the overdue list of a large practice): the rows are sorted once in
Python and the columns measured on the first rows, so that a refresh asks the model for a few cells per row, not
for two cells at each of the n·log n comparisons of Qt's proxy (which held the UI thread for seconds)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.services.tasks.worklists import TaskRow
from app.ui.tasks import worklist_model
from app.ui.tasks.worklist_model import TaskTableModel, TaskTableView

pytestmark = pytest.mark.gui
ROWS = 5000


def _rows(n: int) -> list[TaskRow]:
    start = date(2026, 1, 1)
    return [TaskRow(id=i, version=1, title=f"Suivi {i % 97:02d}", task_type="follow_up", patient_id=i,
                    patient_name=f"PATIENT {(i * 7919) % n:05d}", protocol_code=None, act=None,
                    assignee_staff_id=None, assignee_name=None, pool_role="nurse",
                    priority=("routine", "urgent", "asap", "stat")[i % 4], due_date=start + timedelta(days=(i * 31) % 400),
                    due_at=None, status="requested", business_status=None, recurrence_rule=None, escalated=False)
            for i in range(n)]


@pytest.fixture
def counted(monkeypatch):
    calls = {"n": 0}
    original = TaskTableModel.data

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        calls["n"] += 1
        return original(self, index, role)

    monkeypatch.setattr(worklist_model.TaskTableModel, "data", data)
    return calls


def test_a_long_worklist_is_shown_with_a_few_cells_asked_per_row(qtbot, counted):
    view = TaskTableView()
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    rows = _rows(ROWS)
    counted["n"] = 0
    view.set_rows(rows)
    qtbot.wait(10)
    # Qt's proxy asked two cells per comparison: about 2·n·log2(n) = 120,000 here
    assert counted["n"] < 2 * ROWS, f"{counted['n']} cells asked for {ROWS} rows"
    dues = [view.model().index(r, 0).data(worklist_model.ROW_ROLE).due_date for r in range(ROWS)]
    assert dues == sorted(dues), "sorted by due date, as the header shows"


def test_sorting_by_a_column_keeps_the_selected_task_and_applies_to_new_rows(qtbot):
    view = TaskTableView()
    qtbot.addWidget(view)
    view.show()
    view.set_rows(_rows(300))
    view.select_task(123)
    view.sortByColumn(worklist_model.COLUMNS.index("patient"), Qt.SortOrder.DescendingOrder)
    names = [view.model().index(r, 2).data() for r in range(300)]
    assert names == sorted(names, key=str.casefold, reverse=True)
    assert view.current_row().id == 123, "the selection follows its task"
    view.set_rows(list(reversed(_rows(300))))
    assert [view.model().index(r, 2).data() for r in range(300)] == names, "new rows in the chosen order"
    assert view.current_row().id == 123
    view.sortByColumn(worklist_model.COLUMNS.index("priority"), Qt.SortOrder.AscendingOrder)
    ranks = [worklist_model.PRIORITY_RANK[view.model().index(r, 0).data(worklist_model.ROW_ROLE).priority]
             for r in range(300)]
    assert ranks == sorted(ranks), "stat first, routine last"
    view.set_filter("PATIENT 0001")
    assert 0 < view.model().rowCount() < 300
