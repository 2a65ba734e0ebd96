"""Long lists sorted once in Python instead of by Qt's proxy, which asks the model for two cells at each of the
n·log n comparisons: a worklist of 30,000 tasks then held the UI thread for seconds at each refresh.

A model that keeps its rows in a Python list sorts them with ``sort_rows`` (one key per row, the selection kept);
``SourceSortedProxy`` filters like Qt's proxy and passes a click on a column header to that model.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt


def sort_rows(model: QAbstractItemModel, rows: list, key: Callable[[Any], Any], order: Qt.SortOrder) -> None:
    """Sort ``rows`` (the model's own list) in place by ``key``; the views' selection and current row follow their
    rows (persistent indexes are moved), as after a sort by Qt's proxy."""
    model.layoutAboutToBeChanged.emit()   # first: a proxy makes its persistent indexes on the source here
    persistent = model.persistentIndexList()
    held = [(rows[index.row()], index.column()) for index in persistent]
    rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
    position = {id(row): n for n, row in enumerate(rows)}
    model.changePersistentIndexList(persistent, [model.index(position[id(row)], column) for row, column in held])
    model.layoutChanged.emit()


class SourceSortedProxy(QSortFilterProxyModel):
    """Filters like ``QSortFilterProxyModel``; sorting is the source model's own ``sort`` (the proxy keeps the
    source's order)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
