"""The lines of a grouped alert (one reconciliation's lines to clarify) as a table: the difference, the line before
the stay and at discharge, the proposal in the alert vocabulary's words (its changes in the tooltip) and each line's
answer."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.alerts.line_view import AlertLine
from app.ui.alerts.alert_texts import answer_label, kind_label, line_change_label
from app.ui.alerts.reconciliation_dialog import schedule_words

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The reconciliation item id of a row."""
ANSWERED_ROLE = Qt.ItemDataRole.UserRole + 2
"""True when the row's line has its answer."""
ANSWER_COLOURS = {"accept": "#2e7d32", "modify": "#2e7d32", "refuse": "#b71c1c"}


class AlertLineModel(QAbstractTableModel):
    """One row per line of a grouped alert."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[AlertLine] = []

    def set_lines(self, lines) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt name)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Line"), self.tr("Difference"), self.tr("Before the stay"), self.tr("At discharge"),
                    self.tr("Proposal"), self.tr("Answer"))[section]
        return None

    def _difference(self, code: str) -> str:
        return {"added": self.tr("Added"), "stopped": self.tr("Stopped"), "dose_changed": self.tr("Dose changed"),
                "substituted": self.tr("Substituted"), "unchanged": self.tr("Unchanged")}.get(code, code)

    @staticmethod
    def _changes(line: AlertLine) -> str:
        """What accepting the line amounts to, change by change ("Stop oméprazole; Add apixaban 5 mg …")."""
        return "; ".join(line_change_label(c) for c in line.proposed_changes)

    def _answer(self, line: AlertLine) -> str:
        if not line.answered:
            return self.tr("Waiting")
        return answer_label(line.answer_code) + (f" — {line.answer_text}" if line.answer_text else "")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == ITEM_ID_ROLE:
            return line.item_id
        if role == ANSWERED_ROLE:
            return line.answered
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 5 and line.answered:
            return QBrush(QColor(ANSWER_COLOURS.get(line.answer_code, "#000000")))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return self._changes(line)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (f"{line.position}. {line.name}", self._difference(line.difference), schedule_words(line.current),
                schedule_words(line.discharge), kind_label(line.proposal_kind) if line.proposal_kind else "—",
                self._answer(line))[index.column()]
