"""The audit trail as a table model of plain ``AuditRow`` values (times shown in local time)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.security.audit import AuditRow
from app.ui.admin.audit_labels import action_label, detail_text, record_label
from app.ui.common import dates
from app.ui.common.code_labels import roles_text

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the AuditRow of a line


def local_time(moment: datetime) -> str:
    """Day (the user's format) and HH:mm:ss in local time; naive values from the database are UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return dates.stamp(moment, seconds=True)


class AuditTableModel(QAbstractTableModel):
    """Columns: time, user, role, action, entity, patient id, outcome, detail."""

    COLUMNS = ("time", "user", "role", "action", "entity", "patient", "outcome", "detail")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[AuditRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Time"), self.tr("User"), self.tr("Role"), self.tr("Action"), self.tr("Record"),
                self.tr("Patient id"), self.tr("Outcome"), self.tr("Detail"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.ForegroundRole and r.outcome != "success":
            return Qt.GlobalColor.darkRed
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[index.column()] in ("detail", "action"):
            return r.detail if self.COLUMNS[index.column()] == "detail" else r.action   # the stored code
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.display(r, self.COLUMNS[index.column()])

    def display(self, r: AuditRow, column: str) -> str:
        if column == "time":
            return local_time(r.occurred_at)
        if column == "user":
            return r.user_display
        if column == "role":
            return roles_text(r.role or "")
        if column == "action":
            return action_label(r.action)
        if column == "entity":
            return f"{record_label(r.entity_type)} {r.entity_id}" if r.entity_id else record_label(r.entity_type)
        if column == "patient":
            return "" if r.patient_id is None else str(r.patient_id)
        if column == "outcome":
            return self.tr("success") if r.outcome == "success" else self.tr("failure") \
                if r.outcome == "failure" else r.outcome
        return detail_text(r.detail)
