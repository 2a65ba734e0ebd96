"""Building blocks of the Care plan tab: a small form dialog built from
field specs that saves through a service call in the background (errors name the field; Esc closes)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.common import background, dates
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, guarded, set_combo_value, set_invalid
from app.ui.common.rows_model import ROW_ID_ROLE


@dataclass
class Field:
    """One form field: ``kind`` is line, text, date, choice, check or multi (a checkable list of choices)."""

    name: str
    label: str
    kind: str = "line"
    choices: Sequence[tuple[Any, str]] = ()


class FormDialog(QDialog):
    """A form over ``fields``; OK calls ``submit(values)`` in the background and closes when it succeeds."""

    sig_saved = Signal(object)
    """The service call succeeded: its result."""

    def __init__(self, parent: QWidget, title: str, fields: Sequence[Field], values: dict,
                 submit: Callable[[dict], Any]):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.fields = list(fields)
        self.submit = submit
        self.widgets: dict[str, QWidget] = {}
        self.banner = ErrorBanner(self)
        form = QFormLayout()
        for f in self.fields:
            widget = self._widget(f, values.get(f.name))
            self.widgets[f.name] = widget
            form.addRow(f.label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _widget(self, f: Field, value) -> QWidget:
        if f.kind == "text":
            w = QPlainTextEdit(self)
            w.setPlainText(value or "")
            w.setFixedHeight(70)
        elif f.kind == "choice":
            w = choice_combo(f.choices, self)
            set_combo_value(w, value)
        elif f.kind == "check":
            w = QCheckBox(self)
            w.setChecked(bool(value))
        elif f.kind == "multi":
            w = QListView(self)
            model = QStandardItemModel(w)
            for key, label in f.choices:
                item = QStandardItem(label)
                item.setCheckable(True)
                item.setData(key, ROW_ID_ROLE)
                item.setCheckState(Qt.CheckState.Checked if key in (value or []) else Qt.CheckState.Unchecked)
                model.appendRow(item)
            w.setModel(model)
            w.setFixedHeight(80)
        else:
            w = QLineEdit(self)
            if f.kind == "date":
                w.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
                value = dates.day(value) if hasattr(value, "strftime") else value
            w.setText("" if value is None else str(value))
        return w

    def values(self) -> dict:
        out = {}
        for f in self.fields:
            w = self.widgets[f.name]
            if f.kind == "text":
                out[f.name] = w.toPlainText()
            elif f.kind == "choice":
                out[f.name] = combo_value(w)
            elif f.kind == "check":
                out[f.name] = w.isChecked()
            elif f.kind == "multi":
                model = w.model()
                out[f.name] = [model.item(i).data(ROW_ID_ROLE) for i in range(model.rowCount())
                               if model.item(i).checkState() == Qt.CheckState.Checked]
            else:
                out[f.name] = w.text()
        return out

    def save(self) -> None:
        values = self.values()
        self.buttons.setEnabled(False)
        background.run(lambda: self.submit(values), guarded(self, self._saved), guarded(self, self._failed))

    def _saved(self, result) -> None:
        self.sig_saved.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.banner.show_message(describe(exc))
        for name, w in self.widgets.items():
            set_invalid(w, name == getattr(exc, "field", None))
