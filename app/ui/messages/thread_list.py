"""The list of threads: subject, patient, last message, what waits unread (urgent ones highlighted)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.services.messages.inbox import ThreadRow
from app.ui.common import dates
from app.ui.common.rows_model import RowsTableModel


def unread_text(row: ThreadRow) -> str:
    """"3", "3 (1 urgent)", "3 (@)" …: the unread messages, the urgent ones, a mention of the reader."""
    if not row.unread:
        return ""
    parts = []
    if row.urgent_unread:
        parts.append(QCoreApplication.translate("ThreadList", "{n} urgent").format(n=row.urgent_unread))
    if row.mentions_me:
        parts.append("@")
    return f"{row.unread}" + (f" ({', '.join(parts)})" if parts else "")


class ThreadListView(QTableView):
    sig_thread = Signal(int)
    """The user chose a thread: its id."""

    def __init__(self, parent: QWidget | None = None, *, with_patient: bool = True):
        super().__init__(parent)
        columns = [(self.tr("Subject"), lambda r: r.subject)]
        if with_patient:
            columns.append((self.tr("Patient"), lambda r: r.patient_name or self.tr("Team")))
        columns += [(self.tr("Last message"), lambda r: dates.stamp(r.last_message_at)),
                    (self.tr("Unread"), unread_text)]
        self.rows_model = RowsTableModel(columns, self, highlight=lambda r: r.urgent_unread > 0)
        self.setModel(self.rows_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.setWordWrap(False)
        self.setMinimumHeight(40)
        self.selectionModel().currentRowChanged.connect(self._current)

    def set_rows(self, rows: list[ThreadRow], keep: int | None = None) -> None:
        """Show ``rows``, keeping the thread ``keep`` selected when it is still there."""
        self.selectionModel().blockSignals(True)
        self.rows_model.set_rows(rows)
        for i, row in enumerate(rows):
            if row.id == keep:
                self.selectRow(i)
        self.selectionModel().blockSignals(False)

    def _current(self, current, _previous) -> None:
        row = self.rows_model.row_at(current)
        if row is not None:
            self.sig_thread.emit(row.id)
