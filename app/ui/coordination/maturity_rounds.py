"""The coordinator's side of the self-assessment: open a round (name, dates), close the chosen round, and read each
member's answers to the chosen round (to lead the consensus meeting)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination import maturity
from app.services.coordination.maturity import PeriodInput, PeriodRow
from app.services.coordination.maturity_grid import Grid
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.common.operations import FormOperation
from app.ui.common.rows_model import RowsTableModel
from app.ui.coordination.maturity_texts import axis_label, two_lines


class MaturityRounds(QWidget):
    sig_changed = Signal(int)
    """A round was opened or closed: its id."""

    def __init__(self, session: AppSession, grid: Grid, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.grid = session, grid
        self.period: PeriodRow | None = None
        self.banner = ErrorBanner(self)
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("e.g. 2026 — first half"))
        self.starts_on, self.ends_on = QLineEdit(self), QLineEdit(self)
        for edit in (self.starts_on, self.ends_on):
            edit.setPlaceholderText(dates.placeholder(self.tr("dd.mm.yyyy")))
        self.open_button = QPushButton(self.tr("&Open the round"), self)
        self.open_button.clicked.connect(self.open_round)
        new = QGroupBox(self.tr("New round"), self)
        form = QFormLayout(new)
        form.addRow(self.tr("Name"), self.label)
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.starts_on)
        dates_row.addWidget(self.ends_on)
        form.addRow(self.tr("From – to"), dates_row)
        form.addRow("", self.open_button)
        self.close_button = QPushButton(self.tr("&Close the chosen round"), self)
        self.close_button.clicked.connect(self.close_round)
        columns = [(self.tr("Member"), lambda v: v.staff_name)]
        for n, key in enumerate(grid.axis_keys):
            columns.append((two_lines(f"{n + 1}. {axis_label(grid, key)}"), lambda v, k=key: v.level_of(k) or "—"))
        self.model = RowsTableModel(columns, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        members = QGroupBox(self.tr("Each member's answers to the chosen round"), self)
        inner = QVBoxLayout(members)
        inner.addWidget(self.table)
        inner.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(new)
        layout.addWidget(members, 1)
        self.operation = FormOperation(self, self.banner, {"label": self.label, "starts_on": self.starts_on,
                                                           "ends_on": self.ends_on}, inputs=new)

    def show_period(self, period: PeriodRow | None) -> None:
        self.period = period
        self.close_button.setEnabled(period is not None and not period.closed)
        self.model.set_rows([])
        if period is None:
            return
        ctx, period_id = self.session.ctx, period.id
        background.run(lambda: maturity.member_answers(ctx, period_id), guarded(self, self.model.set_rows),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def open_round(self) -> None:
        ctx = self.session.ctx
        data = PeriodInput(self.label.text(), self.starts_on.text(), self.ends_on.text())
        self.operation.run(lambda: maturity.open_period(ctx, data), lambda new_id: self._done(new_id, clear=True))

    def close_round(self) -> None:
        if self.period is None:
            return
        ctx, period = self.session.ctx, self.period
        self.operation.run(lambda: maturity.close_period(ctx, period.id, period.version), lambda _r: self._done(period.id))

    def _done(self, period_id: int, clear: bool = False) -> None:
        if clear:
            for edit in (self.label, self.starts_on, self.ends_on):
                edit.clear()
        self.sig_changed.emit(period_id)
