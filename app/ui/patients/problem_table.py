"""The problem list editor of the patient form: conditions, allergies and ALD, each with a code and a label."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.patients.records import ProblemEntry

KINDS = ("condition", "allergy", "ald")


KIND_LABELS = {"condition": QT_TRANSLATE_NOOP("ProblemTable", "Condition"),
               "allergy": QT_TRANSLATE_NOOP("ProblemTable", "Allergy"),
               "ald": QT_TRANSLATE_NOOP("ProblemTable", "Long-term condition (ALD)")}
HEADERS = (QT_TRANSLATE_NOOP("ProblemTable", "Kind"), QT_TRANSLATE_NOOP("ProblemTable", "Code (ICD-10 or ATC)"),
           QT_TRANSLATE_NOOP("ProblemTable", "Label"))


def kind_label(kind: str) -> str:
    text = KIND_LABELS.get(kind)
    return QCoreApplication.translate("ProblemTable", text) if text else kind


class ProblemTableModel(QAbstractTableModel):
    """Editable rows of [kind, code, label]."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[list[str]] = []

    def set_problems(self, problems: list[ProblemEntry]) -> None:
        self.beginResetModel()
        self._rows = [[p.kind, p.code or "", p.label] for p in problems]
        self.endResetModel()

    def problems(self) -> list[ProblemEntry]:
        """The rows as entries; wholly empty rows are left out."""
        return [ProblemEntry(kind, label, code or None) for kind, code, label in self._rows
                if code.strip() or label.strip()]

    def add_row(self, kind: str = "condition", code: str = "", label: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([kind, code, label])
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt name)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProblemTable", HEADERS[section])
        return None

    def flags(self, index: QModelIndex):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return kind_label(value) if index.column() == 0 else value
        if role == Qt.ItemDataRole.EditRole:
            return value
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][index.column()] = str(value or "")
        self.dataChanged.emit(index, index)
        return True


class KindDelegate(QStyledItemDelegate):
    """A combo box to choose the kind of a problem."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt name)
        combo = QComboBox(parent)
        for kind in KINDS:
            combo.addItem(kind_label(kind), kind)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802 (Qt name)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor, model, index):  # noqa: N802 (Qt name)
        model.setData(index, editor.currentData())


class ProblemEditor(QWidget):
    """The table with Add and Remove buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ProblemTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(0, KindDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        metrics = self.fontMetrics()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, max(metrics.horizontalAdvance(kind_label(k)) for k in KINDS) + 40)
        header.resizeSection(1, metrics.horizontalAdvance(self.model.headerData(1, Qt.Orientation.Horizontal)) + 24)
        header.setStretchLastSection(True)
        self.view.setMinimumHeight(110)
        self.add_button = QPushButton(self.tr("Add problem"), self)
        self.remove_button = QPushButton(self.tr("Remove problem"), self)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def select_row(self, row: int, column: int = 1) -> None:
        """Put the cursor on a row (the one an error names)."""
        if 0 <= row < self.model.rowCount():
            self.view.setFocus()
            self.view.setCurrentIndex(self.model.index(row, column))
            self.view.selectRow(row)

    def _add(self) -> None:
        row = self.model.add_row()
        self.view.setFocus()
        self.view.setCurrentIndex(self.model.index(row, 1))
        self.view.edit(self.model.index(row, 1))

    def _remove(self) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            self.model.remove_row(current.row())
