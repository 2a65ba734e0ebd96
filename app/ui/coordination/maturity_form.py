"""The member's self-assessment form: for each axis of the grid, the level (radio buttons 1 … 4, each explained)
and an optional comment; saved all at once through the operation helper (a refused field is marked)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination import maturity
from app.services.coordination.maturity import AnswerInput, AnswerSetView
from app.services.coordination.maturity_grid import Grid
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import ErrorBanner
from app.ui.common.operations import FormOperation
from app.ui.coordination.maturity_texts import axis_hint, axis_label, level_description, level_label


class MaturityForm(QWidget):
    """One member's answers for one period."""

    sig_saved = Signal(int)
    """The answers were stored: the answer set's new version."""

    def __init__(self, session: AppSession, grid: Grid, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.grid = session, grid
        self.period_id: int | None = None
        self.version: int | None = None
        self.banner = ErrorBanner(self)
        self.groups: dict[str, QButtonGroup] = {}
        self.first_button: dict[str, QRadioButton] = {}
        self.comments: dict[str, QLineEdit] = {}
        self.inputs = QWidget(self)
        grid_layout = QGridLayout(self.inputs)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        for n, axis in enumerate(grid.axes):
            box = QGroupBox(f"{n + 1}. {axis_label(grid, axis.key)}", self.inputs)
            hint = QLabel(axis_hint(grid, axis.key), box)
            hint.setWordWrap(True)
            group = QButtonGroup(box)
            row = QHBoxLayout()
            for level in grid.levels:
                button = QRadioButton(f"{level.level} — {level_label(grid, level.level)}", box)
                button.setToolTip(level_description(grid, level.level))
                group.addButton(button, level.level)
                row.addWidget(button)
                self.first_button.setdefault(axis.key, button)
            row.addStretch(1)
            comment = QLineEdit(box)
            comment.setPlaceholderText(self.tr("Comment (optional)"))
            comment.setMaxLength(maturity.MAX_COMMENT)
            inner = QVBoxLayout(box)
            inner.addWidget(hint)
            inner.addLayout(row)
            inner.addWidget(comment)
            grid_layout.addWidget(box, n // 2, n % 2)
            self.groups[axis.key], self.comments[axis.key] = group, comment
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.inputs)
        layout.addWidget(self.status)
        self.inputs.setEnabled(False)        # until the member's answers for a round are shown
        self.operation = FormOperation(self, self.banner, self._field, inputs=self.inputs)

    def _field(self, name: str) -> QWidget | None:
        keys = self.grid.axis_keys
        if name.startswith("answers[") and "]" in name:
            n = int(name[8:name.index("]")]) - 1
            if 0 <= n < len(keys):
                return self.comments[keys[n]] if name.endswith(".comment") else self.first_button[keys[n]]
        return self.first_button[keys[0]] if name == "answers" else None

    def show_answers(self, period_id: int | None, view: AnswerSetView | None, editable: bool) -> None:
        """Fill the form with the member's answers (empty: not answered yet) for ``period_id``."""
        self.operation.clear()
        self.period_id, self.version = period_id, view.version if view else None
        for key, group in self.groups.items():
            level = view.level_of(key) if view else None
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(group.id(button) == level)
            group.setExclusive(True)
            comment = next((a.comment for a in view.answers if a.axis == key), None) if view else None
            self.comments[key].setText(comment or "")
        self.inputs.setEnabled(editable and period_id is not None)
        self.status.setText(self.tr("Saved (version %1).").replace("%1", str(self.version)) if view
                            else self.tr("Not answered yet."))

    def answers(self) -> list[AnswerInput]:
        return [AnswerInput(key, group.checkedId() if group.checkedId() > 0 else None,
                            self.comments[key].text()) for key, group in self.groups.items()]

    def save(self) -> None:
        if self.period_id is None:
            return
        ctx, period_id, answers, version = self.session.ctx, self.period_id, self.answers(), self.version
        self.operation.run(lambda: maturity.submit_answers(ctx, period_id, answers, version), self._saved)

    def _saved(self, version: int) -> None:
        self.version = version
        self.status.setText(self.tr("Saved (version %1).").replace("%1", str(version)))
        self.sig_saved.emit(version)
