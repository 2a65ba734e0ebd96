"""One line of a hospital discharge list, entered by hand: catalogue search (or free text), strength, posology.

The lines are kept in a ``DischargeLinesModel`` until the reconciliation is started; checking them is the
reconciliation service's (a wrong dose is reported with the number of its line).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.medications.catalogue.search import SearchResult
from app.services.medications.medication_list import MedicationInput, Posology
from app.ui.common.form_helpers import ErrorBanner
from app.ui.medications.catalogue_picker import CataloguePicker
from app.ui.medications.medication_model import posology_line
from app.ui.medications.posology_editor import PosologyEditor

TEXT_FIELDS = ("product_name", "substances", "strength")


class DischargeLinesModel(QAbstractTableModel):
    """The discharge lines entered so far (plain MedicationInput values)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lines: list[MedicationInput] = []

    def lines(self) -> list[MedicationInput]:
        return list(self._lines)

    def add(self, line: MedicationInput) -> None:
        self.beginInsertRows(QModelIndex(), len(self._lines), len(self._lines))
        self._lines.append(line)
        self.endInsertRows()

    def replace_line(self, row: int, line: MedicationInput) -> None:
        self._lines[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._lines = []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt name)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Medication"), self.tr("Strength"), self.tr("Dosage"), self.tr("Instructions"))[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self._lines[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return f"ATC {d.atc}" if d.atc else self.tr("Free text: not checked by the engine")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        name = d.product_name or d.substances
        if d.product_name and d.substances:
            name += f" ({d.substances})"
        return (name, d.strength or "", posology_line(d), d.instructions or "")[index.column()]


class DischargeLineDialog(QDialog):
    """Enter (``line`` None) or change one discharge line; ``value()`` once accepted."""

    def __init__(self, language: str = "fr", line: MedicationInput | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change a discharge line") if line else self.tr("Add a discharge line"))
        self.atc: str | None = None
        self.catalogue_ref: str | None = None
        self._line = line or MedicationInput(posology=Posology(schedule="times"))
        self.banner = ErrorBanner(self)
        self.picker = CataloguePicker(language, self)
        self.picker.sig_chosen.connect(self.choose)
        self.fields = {name: QLineEdit(self) for name in TEXT_FIELDS}
        self.posology = PosologyEditor(language, self)
        self.fields["strength"].textChanged.connect(self.posology.set_strength)
        self.coded = QLabel(self)
        self.coded.setWordWrap(True)
        free = QPushButton(self.tr("Keep as free text (not checked)"), self)
        free.setAutoDefault(False)
        free.clicked.connect(self.use_free_text)
        coded_row = QHBoxLayout()
        coded_row.addWidget(self.coded, 1)
        coded_row.addWidget(free)
        form = QFormLayout()
        form.addRow(self.picker)
        form.addRow(coded_row)
        form.addRow(self.tr("Product name"), self.fields["product_name"])
        form.addRow(self.tr("Substance(s)"), self.fields["substances"])
        form.addRow(self.tr("Strength"), self.fields["strength"])
        form.addRow(self.posology)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept_line)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.load(self._line)
        self.picker.field.setFocus()

    def choose(self, result: SearchResult) -> None:
        """Fill the names and the ATC code from a catalogue entry."""
        self.atc = result.atc
        self.catalogue_ref = f"{result.kind}:{result.atc if result.kind == 'substance' else result.display_name}"
        self.fields["product_name"].setText("" if result.kind == "substance" else result.display_name)
        self.fields["substances"].setText(result.display_name if result.kind == "substance"
                                          else result.substance_name)
        self._show_coding()
        self.fields["strength"].setFocus()

    def use_free_text(self) -> None:
        """No catalogue entry: the typed name is kept, not checked by the engine."""
        self.atc = self.catalogue_ref = None
        if not self.fields["product_name"].text() and not self.fields["substances"].text():
            self.fields["product_name"].setText(self.picker.field.text().strip())
        self._show_coding()
        self.fields["product_name"].setFocus()

    def _show_coding(self) -> None:
        if self.atc:
            self.coded.setText(self.tr("ATC %1 — checked by the review engine").replace("%1", self.atc))
        elif self.fields["product_name"].text() or self.fields["substances"].text():
            self.coded.setText(self.tr("Free text: not checked by the engine"))
        else:
            self.coded.setText(self.tr("Choose a catalogue entry (Enter) or keep free text."))

    def load(self, line: MedicationInput) -> None:
        self.atc, self.catalogue_ref = line.atc, line.catalogue_ref
        for name in TEXT_FIELDS:
            self.fields[name].setText(str(getattr(line, name) or ""))
        self.posology.set_strength(line.strength)
        self.posology.load(line.posology)
        self._show_coding()

    def value(self) -> MedicationInput:
        """The line as the reconciliation service expects it (other fields of a changed line are kept)."""
        texts = {name: self.fields[name].text().strip() or None for name in TEXT_FIELDS}
        texts["substances"] = texts["substances"] or ""
        p = self._line.posology
        return replace(self._line, atc=self.atc, catalogue_ref=self.catalogue_ref,
                       posology=self.posology.with_dates(p.start_date, p.end_date), **texts)

    def accept_line(self) -> None:
        if not self.fields["product_name"].text().strip() and not self.fields["substances"].text().strip():
            self.banner.show_message(self.tr("Choose a catalogue entry or type a product or substance name."))
            self.picker.field.setFocus()
            return
        self.accept()
