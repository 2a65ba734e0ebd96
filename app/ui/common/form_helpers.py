"""Small builders for labelled forms: choice combos, an error banner, field highlighting."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from app.ui.common import dates

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
INVALID_STYLE = "border: 2px solid #c62828; border-radius: 3px;"


def format_date(value: date | None) -> str:
    """A date as the user reads it (``dates.day``: 07/12/2026 in France, 07.12.2026 in Switzerland)."""
    return dates.day(value)


def guarded(widget: QObject, fn: Callable[..., Any]) -> Callable[..., None]:
    """Wrap a background callback so it does nothing once the widget has been deleted (e.g. after a lock)."""
    def call(*args):
        if Shiboken.isValid(widget):
            fn(*args)
    return call


class ChoiceModel(QAbstractListModel):
    """A fixed list of (value, label) pairs for a combo box; the value is under VALUE_ROLE."""

    def __init__(self, choices: Sequence[tuple[Any, str]] = (), parent: QObject | None = None):
        super().__init__(parent)
        self._choices = list(choices)
        self._disabled: dict[Any, str] = {}

    def set_disabled(self, reasons: dict[Any, str]) -> None:
        """Grey the choices whose value is a key of ``reasons`` (the reason is their tooltip); the others are
        enabled again."""
        self._disabled = dict(reasons)
        if self._choices:
            self.dataChanged.emit(self.index(0), self.index(len(self._choices) - 1))

    def is_enabled(self, value: Any) -> bool:
        return value not in self._disabled

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._choices[index.row()][0] in self._disabled:
            flags &= ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return flags

    def set_choices(self, choices: Sequence[tuple[Any, str]]) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value, label = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._disabled.get(value)
        return None

    def row_of(self, value: Any) -> int:
        for row, (v, _label) in enumerate(self._choices):
            if v == value:
                return row
        return -1


def choice_combo(choices: Sequence[tuple[Any, str]], parent: QWidget | None = None) -> QComboBox:
    """A combo over a ChoiceModel."""
    combo = QComboBox(parent)
    combo.setModel(ChoiceModel(choices, combo))
    return combo


def combo_value(combo: QComboBox) -> Any:
    return combo.currentData(VALUE_ROLE)


def set_combo_value(combo: QComboBox, value: Any) -> None:
    model = combo.model()
    row = model.row_of(value) if isinstance(model, ChoiceModel) else combo.findData(value, VALUE_ROLE)
    combo.setCurrentIndex(max(row, 0))


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field as the one the last error named (red border) or clear the mark."""
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet(INVALID_STYLE if invalid else "")


class ErrorBanner(QFrame):
    """A red message at the top of a form, with an optional action button (e.g. Reload)."""

    sig_action = Signal()
    """The user clicked the banner's action button."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setStyleSheet("#errorBanner { background: #fdecea; border: 1px solid #c62828; border-radius: 4px; }"
                           "#errorBanner QLabel { color: #8e0000; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.sig_action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_message(self, text: str, action_text: str | None = None) -> None:
        self.label.setText(text)
        self.button.setVisible(bool(action_text))
        self.button.setText(action_text or "")
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()


def save_cancel_frame(dialog: QDialog, form: QLayout, save: Callable[[], None]) -> tuple[ErrorBanner, QDialogButtonBox]:
    """Lay a form dialog out as every form is: the error banner, the form, Save and Cancel (Save calls ``save``,
    Cancel rejects); returns the banner and the buttons."""
    banner = ErrorBanner(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(banner)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return banner, buttons
