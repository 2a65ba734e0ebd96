"""The item model of a task list (one per view) and the filterable table view built on it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.services.tasks.worklists import TaskRow
from app.ui.common import code_labels
from app.ui.common.fitting import measure_first_rows
from app.ui.common.form_helpers import format_date
from app.ui.common.sorted_rows import SourceSortedProxy, sort_rows

ROW_ROLE = Qt.ItemDataRole.UserRole + 10
COLUMNS = ("due", "priority", "patient", "title", "who", "status")
PRIORITY_RANK = {"stat": 0, "asap": 1, "urgent": 2, "routine": 3}


class TaskTableModel(QAbstractTableModel):
    """Plain ``TaskRow`` values; overdue due dates in red; sorted by the column the user chose (``sort``), also when
    new rows arrive."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[TaskRow] = []
        self.today = date.today()
        self._order: tuple[int, Qt.SortOrder] | None = None
        self._headers = (self.tr("Due"), self.tr("Priority"), self.tr("Patient"), self.tr("Task"),
                         self.tr("Assigned to"), self.tr("Status"))
        self._status = {"requested": self.tr("requested"), "accepted": self.tr("accepted"),
                        "in_progress": self.tr("in progress"), "on_hold": self.tr("on hold"),
                        "completed": self.tr("completed"), "cancelled": self.tr("cancelled"),
                        "failed": self.tr("failed")}
        self._priority = {"routine": self.tr("routine"), "urgent": self.tr("urgent"), "asap": self.tr("asap"),
                          "stat": self.tr("stat")}

    def set_rows(self, rows: list[TaskRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = date.today()
        if self._order is not None:
            column, order = self._order
            self._rows.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = (column, order)
        sort_rows(self, self._rows, self._sort_key(column), order)

    def _sort_key(self, column: int):
        name = COLUMNS[column]
        if name == "due":
            return lambda r: r.due_date.toordinal() if r.due_date else 10 ** 7
        if name == "priority":
            return lambda r: PRIORITY_RANK.get(r.priority, 9)
        return lambda r: self._display(r, name).casefold()

    def rows(self) -> list[TaskRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt name)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def status_text(self, status: str) -> str:
        return self._status.get(status, status)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "due" and r.is_overdue(self.today):
            return QBrush(QColor("#b71c1c"))
        if role == Qt.ItemDataRole.ToolTipRole and r.protocol_code:
            return f"{r.protocol_code} / {r.act or ''}"
        return None


    def _display(self, r: TaskRow, column: str) -> str:
        if column == "due":
            return format_date(r.due_date)
        if column == "priority":
            return self._priority.get(r.priority, r.priority)
        if column == "patient":
            return r.patient_name or "—"
        if column == "title":
            return r.title + (" ↻" if r.recurrence_rule else "")
        if column == "who":
            return r.assignee_name or self.tr("pool: %1").replace("%1", code_labels.pool_label(r.pool_role))
        return self.status_text(r.status) + (f" · {r.business_status}" if r.business_status else "")


class TaskTableView(QTableView):
    """A task table with a text/status filter; Enter or double-click opens the current task."""

    sig_open_task = Signal(int)
    """The user asked to open a task (its id)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.source = TaskTableModel(self)
        self.proxy = SourceSortedProxy(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        measure_first_rows(self)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        self.activated.connect(lambda _i: self._open_current())  # Enter, or double-click

    def set_rows(self, rows: list[TaskRow]) -> None:
        current = self.current_row()
        self.source.set_rows(rows)
        if current is not None:
            self.select_task(current.id)

    def set_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)

    def current_row(self) -> TaskRow | None:
        index = self.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def selected_rows(self) -> list[TaskRow]:
        return [i.data(ROW_ROLE) for i in self.selectionModel().selectedRows()]

    def select_task(self, task_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == task_id:
                self.setCurrentIndex(index)
                return

    def _open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.sig_open_task.emit(row.id)
