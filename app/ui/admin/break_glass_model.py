"""The emergency accesses as a table model of plain ``GrantRow`` values (the administrator's review list)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.services.break_glass.grants import GrantRow
from app.ui.common import dates

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the GrantRow of a line


class BreakGlassModel(QAbstractTableModel):
    """Columns: started, ends, clinician, patient, reason, access, review."""

    COLUMNS = ("started", "ends", "staff", "patient", "reason", "access", "review")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[GrantRow] = []

    def set_rows(self, rows: list[GrantRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> GrantRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Opened"), self.tr("Ends"), self.tr("Clinician"), self.tr("Patient"), self.tr("Reason"),
                self.tr("Access"), self.tr("Review"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ROW_ROLE:
            return r
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(r, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "review" and r.acknowledged_at is None:
            return QColor("#b3261e")
        return None

    def display(self, r: GrantRow, column: str) -> str:
        if column == "started":
            return dates.stamp(r.started_at)
        if column == "ends":
            return dates.stamp(r.expires_at) + ("" if not r.active() else " " + self.tr("(in progress)"))
        if column == "staff":
            return r.staff_name
        if column == "patient":
            return r.patient_name
        if column == "reason":
            return r.reason
        if column == "access":
            return self.tr("read only") if r.read_only else self.tr("read and change")
        if r.acknowledged_at is None:
            return self.tr("to review")
        done = self.tr("acknowledged by %1 on %2").replace("%1", r.acknowledged_by or "").replace(
            "%2", dates.stamp(r.acknowledged_at))
        return f"{done} — {r.review_note}" if r.review_note else done
