"""The staff list as a table model of plain ``StaffRow`` values, and the translated role names."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.services.practice.staff import StaffRow
from app.ui.common.code_labels import ROLE_ORDER, role_labels, roles_text

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the StaffRow of a line
__all__ = ["ROLE_ORDER", "ROW_ROLE", "StaffListModel", "role_labels", "roles_text"]

class StaffListModel(QAbstractTableModel):
    """Columns: username, name, profession, roles, identifiers, active, locked."""

    COLUMNS = ("username", "name", "profession", "roles", "identifiers", "active", "locked")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[StaffRow] = []

    def set_rows(self, rows: list[StaffRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[StaffRow]:
        return list(self._rows)

    def row_at(self, row: int) -> StaffRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Username"), self.tr("Name"), self.tr("Profession"), self.tr("Roles"),
                self.tr("Identifiers"), self.tr("Active"), self.tr("Locked"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(r, column)
        if role == Qt.ItemDataRole.ForegroundRole and not r.active:
            return Qt.GlobalColor.gray
        return None

    def display(self, r: StaffRow, column: str) -> str:
        if column == "username":
            return r.username
        if column == "name":
            return f"{r.family_name}, {r.given_names}"
        if column == "profession":
            return r.profession
        if column == "roles":
            return roles_text(r.roles)
        if column == "identifiers":
            parts = [f"RPPS {r.rpps}" if r.rpps else "", f"ADELI {r.adeli}" if r.adeli else "",
                     f"GLN {r.gln}" if r.gln else ""]
            return " · ".join(p for p in parts if p)
        if column == "active":
            return self.tr("Yes") if r.active else self.tr("No (deactivated)")
        return self.tr("Locked") if r.locked else ""


class StaffFilterModel(QSortFilterProxyModel):
    """Hides deactivated accounts unless asked; sorts by any column."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.show_inactive = False

    def set_show_inactive(self, show: bool) -> None:
        self.beginFilterChange()
        self.show_inactive = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        return self.show_inactive or self.sourceModel().row_at(source_row).active
