"""A table model over plain service rows: columns are (title, value function); optional highlighting.

Each list view gets its own instance (one model per view); rows are the frozen dataclasses services return.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

ROW_ROLE = Qt.ItemDataRole.UserRole + 10
HIGHLIGHT = QColor("#fdecea")


class RowsTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any]]],
                 highlight: Callable[[Any], bool] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.highlight = highlight
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.columns[index.column()][1](row)
            return "" if value is None else str(value)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight and self.highlight(row):
            return QBrush(HIGHLIGHT)
        return None

    def row_at(self, index: QModelIndex):
        return self.rows[index.row()] if index.isValid() else None
