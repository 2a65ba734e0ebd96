"""Table models of the Medications tab: current lines, and the history of changes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.medications import posology_terms, posology_text
from app.services.medications.medication_list import HistoryEntry, MedicationRow
from app.ui.common import dates
from app.ui.common import settings as ui_settings
from app.ui.common.form_helpers import format_date

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The line id of a row."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
"""The whole plain row (MedicationRow or HistoryEntry)."""
FREE_TEXT_COLOUR = QColor("#8d6e00")


LINE_HEADERS = (
    QT_TRANSLATE_NOOP("MedicationModel", "Medication"), QT_TRANSLATE_NOOP("MedicationModel", "Flags"),
    QT_TRANSLATE_NOOP("MedicationModel", "Strength"), QT_TRANSLATE_NOOP("MedicationModel", "Dosage"),
    QT_TRANSLATE_NOOP("MedicationModel", "Route"), QT_TRANSLATE_NOOP("MedicationModel", "Instructions"),
    QT_TRANSLATE_NOOP("MedicationModel", "Indication"), QT_TRANSLATE_NOOP("MedicationModel", "Start"),
    QT_TRANSLATE_NOOP("MedicationModel", "Prescriber"))
HISTORY_HEADERS = (
    QT_TRANSLATE_NOOP("MedicationModel", "When"), QT_TRANSLATE_NOOP("MedicationModel", "Who"),
    QT_TRANSLATE_NOOP("MedicationModel", "Change"), QT_TRANSLATE_NOOP("MedicationModel", "Medication"),
    QT_TRANSLATE_NOOP("MedicationModel", "Schedule"), QT_TRANSLATE_NOOP("MedicationModel", "Details"))
CHANGES = {"add": QT_TRANSLATE_NOOP("MedicationModel", "added"),
           "change": QT_TRANSLATE_NOOP("MedicationModel", "changed"),
           "stop": QT_TRANSLATE_NOOP("MedicationModel", "stopped")}


def flags_text(as_needed: bool, self_medication: bool, free_text: bool, long: bool = False) -> str:
    """The flags column: as needed, self-medication, not checked (free text); ``long`` for tooltips."""
    parts = []
    if as_needed:
        parts.append(QCoreApplication.translate("MedicationModel", "as needed"))
    if self_medication:
        parts.append(QCoreApplication.translate("MedicationModel", "self-medication"))
    if free_text:
        parts.append(QCoreApplication.translate("MedicationModel", "not checked by the engine") if long
                     else QCoreApplication.translate("MedicationModel", "not checked"))
    return (", " if long else " · ").join(parts)


def posology_line(data, language: str | None = None) -> str:
    """The posology as readable text in the user's language ("1-0-1-0 comprimés", "15 mg …")."""
    return posology_text.describe(data.posology, language or ui_settings.get(ui_settings.LANGUAGE))


def route_text(data, language: str | None = None) -> str:
    """The route's EDQM term in the user's language, or the text of a route that names no code."""
    p = data.posology
    return posology_terms.route_label(p.route, language or ui_settings.get(ui_settings.LANGUAGE)) or \
        (p.route_text or "")


def name_text(data) -> str:
    """Product and substance on one line: "Kardégic (acide acétylsalicylique)"."""
    if data.product_name and data.substances and data.substances.casefold() != data.product_name.casefold():
        return f"{data.product_name} ({data.substances})"
    return data.product_name or data.substances


class MedicationTableModel(QAbstractTableModel):
    """Current medication lines: one row per line, plain MedicationRow values."""

    COLUMNS = ("name", "flags", "strength", "posology", "route", "instructions", "indication", "start", "prescriber")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[MedicationRow] = []

    def set_rows(self, rows: list[MedicationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> MedicationRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[MedicationRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt name)
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MedicationModel", LINE_HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[section] == "posology":
            return QCoreApplication.translate(
                "MedicationModel", "Morning-noon-evening-night, a cycle (every week …) or if needed, in the line's unit")
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole and column == "flags" and row.free_text:
            return QBrush(FREE_TEXT_COLOUR)
        if role == Qt.ItemDataRole.FontRole and column == "name":
            font = QFont()
            font.setBold(True)
            return font
        if role == ROW_ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def _text(self, row: MedicationRow, column: str, tooltip: bool) -> str:
        d = row.data
        if column == "name":
            text = name_text(d)
            if tooltip and d.atc:
                text += f"\nATC {d.atc}"
            return text
        if column == "posology":
            return posology_line(d)
        if column == "route":
            return route_text(d)
        if column == "start":
            return format_date(d.start_date) + (f" → {format_date(d.end_date)}" if d.end_date else "")
        if column == "flags":
            return flags_text(d.as_needed, d.self_medication, row.free_text, long=tooltip)
        return {"strength": d.strength, "instructions": d.instructions, "indication": d.indication,
                "prescriber": row.prescriber_display}.get(column) or ""


class HistoryTableModel(QAbstractTableModel):
    """Every change of every line, newest first: when, who, what happened, the line as it was."""

    COLUMNS = ("when", "who", "change", "name", "schedule", "detail")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[HistoryEntry] = []

    def set_rows(self, rows: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[HistoryEntry]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt name)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MedicationModel", HISTORY_HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole and entry.change == "stop":
            return QBrush(QColor("#8e0000"))
        if role == ROW_ID_ROLE:
            return entry.line_id
        if role == ROW_ROLE:
            return entry
        return None

    def _text(self, entry: HistoryEntry, column: str) -> str:
        d = entry.data
        if column == "when":
            return dates.stamp(entry.changed_at)
        if column == "who":
            return entry.changed_by
        if column == "change":
            text = CHANGES.get(entry.change)
            return QCoreApplication.translate("MedicationModel", text) if text else entry.change
        if column == "name":
            return " ".join(x for x in (name_text(d), d.strength or "") if x)
        if column == "schedule":
            return posology_line(d)
        if entry.change == "stop":
            return QCoreApplication.translate("MedicationModel", "stopped on %1: %2").replace(
                "%1", format_date(entry.stopped_at)).replace("%2", entry.stop_reason or "")
        return d.instructions or ""
