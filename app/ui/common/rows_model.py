"""One table model over plain service rows: columns are (title, value function), with optional highlighting.

Each list view gets its own instance (one model per view); rows are the frozen dataclasses or dicts services
return. ``ROW_ROLE`` gives the row itself, ``ROW_ID_ROLE`` its ``id``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

ROW_ROLE = Qt.ItemDataRole.UserRole + 10
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 11
HIGHLIGHT = QColor("#fdecea")


def _row_id(row: Any) -> Any:
    return row.get("id") if isinstance(row, dict) else getattr(row, "id", None)


class RowsTableModel(QAbstractTableModel):
    """Rows shown through columns; tooltips repeat the cell (long texts are elided in the view)."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any]]], parent: QObject | None = None, *,
                 highlight: Callable[[Any], bool] | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.highlight = highlight
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Any:
        """The row at position ``index``."""
        return self.rows[index]

    def row_at(self, index: QModelIndex) -> Any:
        """The row of a model index (None for an invalid index)."""
        return self.rows[index.row()] if index.isValid() else None

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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.columns[index.column()][1](row)
            return "" if value is None else str(value)
        if role == ROW_ROLE:
            return row
        if role == ROW_ID_ROLE:
            return _row_id(row)
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight and self.highlight(row):
            return QBrush(HIGHLIGHT)
        return None
