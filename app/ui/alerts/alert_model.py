"""The table model of alert lists (inbox and a patient's Alerts tab) and its filter proxy."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.alerts.inbox import OPEN_STATES, AlertRow
from app.ui.alerts.alert_texts import STATE_COLOURS, problem_label, state_label, urgency_label
from app.ui.common import dates
from app.ui.common.form_helpers import format_date
from app.ui.common.sorted_rows import SourceSortedProxy, sort_rows

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The AlertRow of a line."""
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The state of a line, "overdue" added when the reply-by date has passed."""
COLUMNS = ("state", "urgency", "patient", "problem", "sender", "recipient", "reply_by", "updated")


class AlertTableModel(QAbstractTableModel):
    """Rows of AlertRow (plain values); one model per list view."""

    def __init__(self, parent: QObject | None = None, with_patient: bool = True):
        super().__init__(parent)
        self._rows: list[AlertRow] = []
        self.columns = COLUMNS if with_patient else tuple(c for c in COLUMNS if c != "patient")
        self._order: tuple[int, Qt.SortOrder] | None = None
        """The column the user sorted by, kept when the rows are read again."""

    def set_rows(self, rows: list[AlertRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._order is not None:
            column, order = self._order
            self._rows.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort once in Python (``sorted_rows``): Qt's proxy asked for two cells at each comparison, 0.4 s on the
        UI thread for a pharmacist's 1,700 alerts at each refresh."""
        if not 0 <= column < len(self.columns):
            return
        self._order = (column, order)
        sort_rows(self, self._rows, self._sort_key(column), order)

    def _sort_key(self, column: int):
        name = self.columns[column]
        if name == "reply_by":
            return lambda r: r.reply_by.toordinal() if r.reply_by else 10 ** 7
        if name == "updated":
            return lambda r: r.updated_at
        return lambda r: self._text(r, name).casefold()

    def rows(self) -> list[AlertRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt name)
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {"state": self.tr("State"), "urgency": self.tr("Urgency"), "patient": self.tr("Patient"),
                "problem": self.tr("Problem"), "sender": self.tr("From"), "recipient": self.tr("To"),
                "reply_by": self.tr("Reply by"), "updated": self.tr("Last step")}[self.columns[section]]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ROW_ROLE:
            return row
        if role == STATE_ROLE:
            return row.state
        if role == Qt.ItemDataRole.ToolTipRole and column == "problem":
            return row.problem_text
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "state":
                return QBrush(QColor(STATE_COLOURS.get(row.state, "#000000")))
            if column == "reply_by" and row.overdue:
                return QBrush(QColor("#b71c1c"))
        if role == Qt.ItemDataRole.FontRole and (row.state == "open" or (column == "urgency" and
                                                                         row.urgency == "urgent")):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: AlertRow, column: str) -> str:
        if column == "state":
            extra = [state_label("overdue")] if row.overdue else []
            extra += [state_label("escalated")] if row.escalated else []
            return state_label(row.state) + (f" · {' · '.join(extra)}" if extra else "")
        if column == "urgency":
            return urgency_label(row.urgency)
        if column == "patient":
            return row.patient_name
        if column == "problem":
            first = row.problem_text.splitlines()[0] if row.problem_text else ""
            return f"{problem_label(row.problem_category)} — {first}"
        if column == "sender":
            return row.sender_name
        if column == "recipient":
            return row.recipient_name
        if column == "reply_by":
            return format_date(row.reply_by)
        return dates.stamp(row.updated_at)


class AlertFilterProxy(SourceSortedProxy):
    """Keeps the lines of one state ("" = all; "overdue", "escalated" and "waiting" are derived); a click on a
    column sorts the model itself."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.state = ""

    def set_state(self, state: str) -> None:
        self.state = state or ""
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802 (Qt name)
        if not self.state:
            return True
        row: AlertRow = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if self.state == "overdue":
            return row.overdue
        if self.state == "escalated":
            return row.escalated
        if self.state == "waiting":
            return row.state in OPEN_STATES
        return row.state == self.state
