"""The pathway part of a resource's form: choose one of its pathways (or a new one), its name and its ordered
steps (what is done, by which role's pool, how many days after the start), one row of fields per step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.directory.resource_input import MAX_DELAY_DAYS, MAX_STEPS, PathwayInput, StepInput
from app.ui.common.code_labels import pool_labels
from app.ui.common.form_helpers import choice_combo, combo_value, set_combo_value, set_invalid


class StepRowWidgets:
    """The fields of one step."""

    def __init__(self, parent: QWidget, remove_text: str):
        self.label = QLineEdit(parent)
        self.role = choice_combo(list(pool_labels().items()), parent)
        set_combo_value(self.role, "coordinator")
        self.delay = QSpinBox(parent)
        self.delay.setRange(0, MAX_DELAY_DAYS)
        self.delay.setMaximumWidth(90)
        self.label.setMinimumWidth(150)
        self.role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role.setMinimumContentsLength(14)
        self.remove = QPushButton(remove_text, parent)

    def widgets(self) -> list[QWidget]:
        return [self.label, self.role, self.delay, self.remove]


class PathwayEditor(QWidget):
    sig_save = Signal()
    """The user asks to save the pathway shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.pathways: list = []
        self.choice = QComboBox(self)
        self.choice.currentIndexChanged.connect(self._show_choice)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Refer to the DAC"))
        self.steps_box = QWidget(self)
        self.grid = QGridLayout(self.steps_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for column, text in enumerate((self.tr("Step"), self.tr("Done by"), self.tr("Days after start"))):
            self.grid.addWidget(QLabel(text, self.steps_box), 0, column)
        self.grid.setColumnStretch(0, 1)
        self.grid.setRowStretch(MAX_STEPS + 1, 1)   # the rows stay at the top, the space below them
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.steps_box)
        scroll.setMinimumHeight(120)
        self.rows: list[StepRowWidgets] = []
        self.add_button = QPushButton(self.tr("Add a step"), self)
        self.add_button.clicked.connect(lambda: self.add_step().label.setFocus())
        self.save_button = QPushButton(self.tr("Save the pathway"), self)
        self.save_button.clicked.connect(self.sig_save.emit)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pathway"), self))
        top.addWidget(self.choice, 1)
        top.addWidget(QLabel(self.tr("Name"), self))
        top.addWidget(self.name, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.set_pathways([])

    def set_pathways(self, pathways, current_id: int | None = None) -> None:
        """The resource's pathways (``PathwayRow``); shows ``current_id`` or the first, else a new one."""
        self.pathways = list(pathways)
        self.choice.blockSignals(True)
        self.choice.clear()
        for p in self.pathways:
            self.choice.addItem(p.name, p.id)
        self.choice.addItem(self.tr("New pathway"), None)
        index = next((i for i, p in enumerate(self.pathways) if p.id == current_id), 0)
        self.choice.setCurrentIndex(index)
        self.choice.blockSignals(False)
        self._show_choice()

    def current(self):
        """The pathway shown (None for a new one)."""
        i = self.choice.currentIndex()
        return self.pathways[i] if 0 <= i < len(self.pathways) else None

    def _show_choice(self) -> None:
        p = self.current()
        self.name.setText(p.name if p else "")
        for row in self.rows:
            for w in row.widgets():
                w.deleteLater()
        self.rows = []
        for s in (p.steps if p else ()):
            row = self.add_step()
            row.label.setText(s.label)
            row.label.setCursorPosition(0)
            set_combo_value(row.role, s.pool_role)
            row.delay.setValue(s.delay_days)
        if not self.rows:
            self.add_step()

    def add_step(self) -> StepRowWidgets:
        row = StepRowWidgets(self.steps_box, self.tr("Remove"))
        line = len(self.rows) + 1
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, line, column)
        row.remove.clicked.connect(lambda _c=False, r=row: self._remove(r))
        self.rows.append(row)
        self.add_button.setEnabled(len(self.rows) < MAX_STEPS)
        return row

    def _remove(self, row: StepRowWidgets) -> None:
        steps = [self.step_input(r) for r in self.rows if r is not row]
        for r in self.rows:
            for w in r.widgets():
                w.deleteLater()
        self.rows = []
        for s in steps:
            new = self.add_step()
            new.label.setText(s.label)
            set_combo_value(new.role, s.pool_role)
            new.delay.setValue(int(s.delay_days))
        self.add_button.setEnabled(len(self.rows) < MAX_STEPS)

    @staticmethod
    def step_input(row: StepRowWidgets) -> StepInput:
        return StepInput(row.label.text(), combo_value(row.role), row.delay.value())

    def values(self) -> PathwayInput:
        """The pathway as typed (empty step rows left out)."""
        return PathwayInput(self.name.text(), [self.step_input(r) for r in self.rows if r.label.text().strip()])

    def mark_invalid(self, field_name: str | None) -> QWidget | None:
        """Mark the field a refusal names (and return it for the focus); None when it is not one of this part."""
        for row in self.rows:
            for w in (row.label, row.role, row.delay):
                set_invalid(w, False)
        set_invalid(self.name, False)
        targets = {"pathway_name": self.name}
        if self.rows:
            targets |= {"step_label": self.rows[0].label, "steps": self.rows[0].label, "step_role": self.rows[0].role,
                        "step_delay_days": self.rows[0].delay}
        widget = targets.get(field_name or "")
        if widget is not None:
            set_invalid(widget, True)
        return widget
