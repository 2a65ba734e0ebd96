"""The table model behind the patient search list: plain PatientSummary rows."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from app.services.patients.records import PatientSummary
from app.ui.common.form_helpers import format_date

PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The patient's id, for any column."""

COLUMNS = ("family_name", "given_names", "birth_name", "birth_date", "sex", "city")


HEADERS = (QT_TRANSLATE_NOOP("PatientListModel", "Name"), QT_TRANSLATE_NOOP("PatientListModel", "Given names"),
           QT_TRANSLATE_NOOP("PatientListModel", "Birth name"), QT_TRANSLATE_NOOP("PatientListModel", "Birth date"),
           QT_TRANSLATE_NOOP("PatientListModel", "Sex"), QT_TRANSLATE_NOOP("PatientListModel", "City"))


class PatientListModel(QAbstractTableModel):
    """Search results, one patient per row, read-only."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[PatientSummary] = []

    def set_rows(self, rows: list[PatientSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (the screen is being locked)."""
        self.set_rows([])

    def patient_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, patient_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == patient_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PatientListModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == PATIENT_ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            name = COLUMNS[index.column()]
            if name == "family_name":
                return row.family_name.upper()
            if name == "birth_date":
                return format_date(row.birth_date)
            return getattr(row, name) or ""
        return None
