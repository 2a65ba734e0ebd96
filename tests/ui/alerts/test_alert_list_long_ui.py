"""A long alert list (a pharmacist's box on a large practice holds 1,700 alerts): the rows are sorted once in Python,
not by Qt's proxy, which asked the model for two cells at each of the n·log n comparisons — 0.4 s on the UI thread at
each refresh of the inbox. The chosen order holds for new rows, the selection follows its alert, the state filter
still applies."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from app.services.alerts.inbox import AlertRow
from app.ui.alerts import alert_model
from app.ui.alerts.alert_model import COLUMNS, ROW_ROLE, AlertFilterProxy, AlertTableModel

pytestmark = pytest.mark.gui
ROWS = 3000


def _rows(n: int) -> list[AlertRow]:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    return [AlertRow(id=i, version=1, patient_id=i, patient_name=f"PATIENT {(i * 7919) % n:05d}",
                     state=("open", "read", "answered", "closed")[i % 4], urgency=("routine", "urgent")[i % 2],
                     reply_by=date(2026, 2, 1) + timedelta(days=(i * 13) % 90), problem_category="interaction",
                     problem_text=f"Problème {i}", proposal_kind="stop", sender_name="Ph. Bernard",
                     recipient_staff_id=1, recipient_name="Dr Martin", created_at=start,
                     updated_at=start + timedelta(minutes=(i * 37) % 5000), escalated=False, overdue=i % 5 == 0,
                     finding_rule=None, reopened_count=0)
            for i in range(n)]


@pytest.fixture
def view(qtbot):
    model = AlertTableModel()
    proxy = AlertFilterProxy()
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    qtbot.addWidget(table)
    table.resize(1200, 600)
    table.show()
    table.keep = (model, proxy)
    return table


def _column(view, name: str) -> list:
    return [view.model().index(r, COLUMNS.index(name)).data() for r in range(view.model().rowCount())]


def test_a_long_alert_list_is_shown_with_a_few_cells_asked_per_row(qtbot, view, monkeypatch):
    calls = {"n": 0}
    original = AlertTableModel.data

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        calls["n"] += 1
        return original(self, index, role)
    monkeypatch.setattr(alert_model.AlertTableModel, "data", data)
    view.sortByColumn(COLUMNS.index("updated"), Qt.SortOrder.DescendingOrder)
    model, _proxy = view.keep
    calls["n"] = 0
    model.set_rows(_rows(ROWS))
    qtbot.wait(10)
    assert calls["n"] < 2 * ROWS, f"{calls['n']} cells asked for {ROWS} rows"
    stamps = [view.model().index(r, 0).data(ROW_ROLE).updated_at for r in range(ROWS)]
    assert stamps == sorted(stamps, reverse=True), "newest step first, as the header shows"


def test_sorting_keeps_the_selected_alert_applies_to_new_rows_and_to_the_filtered_list(qtbot, view):
    model, proxy = view.keep
    model.set_rows(_rows(400))
    target = next(r for r in range(400) if view.model().index(r, 0).data(ROW_ROLE).id == 123)
    view.selectionModel().setCurrentIndex(view.model().index(target, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
    view.sortByColumn(COLUMNS.index("patient"), Qt.SortOrder.AscendingOrder)
    names = _column(view, "patient")
    assert names == sorted(names, key=str.casefold)
    assert view.currentIndex().data(ROW_ROLE).id == 123, "the selection follows its alert"
    model.set_rows(list(reversed(_rows(400))))
    assert _column(view, "patient") == names, "new rows in the chosen order"
    view.sortByColumn(COLUMNS.index("reply_by"), Qt.SortOrder.AscendingOrder)
    dues = [view.model().index(r, 0).data(ROW_ROLE).reply_by for r in range(400)]
    assert dues == sorted(dues)
    proxy.set_state("overdue")
    shown = [view.model().index(r, 0).data(ROW_ROLE) for r in range(view.model().rowCount())]
    assert len(shown) == 80 and all(row.overdue for row in shown)
    assert [row.reply_by for row in shown] == sorted(row.reply_by for row in shown), "filtered, still in order"
