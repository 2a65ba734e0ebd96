"""The version history of a care plan with the differences between two versions, and the coordinator's list of
plans to review (review date past or within 7 days)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.care_plans import action_tasks as care_plan_tasks
from app.services.care_plans import lifecycle as life
from app.ui.care_plans.plan_fields import Words
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, format_date, guarded
from app.ui.common.rows_model import RowsTableModel


def _table(model, parent) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


class HistoryDialog(QDialog):
    """Every kept version; select one to see what changed since the previous one, or two to compare them."""

    sig_diff = Signal(list)
    """A difference was shown: its lines."""

    def __init__(self, session: AppSession, plan_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.plan_id = session, plan_id
        self.setWindowTitle(self.tr("Care plan history"))
        self.resize(900, 560)
        words = Words(self)
        self.model = RowsTableModel([
            (self.tr("Saved"), lambda r: dates.stamp(r["saved_at"])),
            (self.tr("By"), lambda r: r["saved_by"]), (self.tr("Plan version"), lambda r: f"v{r['revision']}"),
            (self.tr("Status"), lambda r: words.status[r["status"]]), (self.tr("Change"), lambda r: r["change"])],
            self)
        self.table = _table(self.model, self)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(self.compare)
        self.diff = QPlainTextEdit(self)
        self.diff.setReadOnly(True)
        self.banner = ErrorBanner(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.diff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(QLabel(self.tr("Select a version to see what it changed, or two versions to compare them.")))
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        ctx = session.ctx
        background.run(lambda: life.history(ctx, plan_id), guarded(self, self._show),
                       guarded(self, lambda e: self.banner.show_message(describe(e))))

    def _show(self, rows) -> None:
        self.model.set_rows([vars(r) | {"id": r.version} for r in rows])
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()

    def compare(self, *_args) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        versions = [self.model.row(r)["version"] for r in rows]
        if len(versions) == 1:
            versions = [versions[0] - 1, versions[0]] if versions[0] > 1 else []
        if len(versions) != 2:
            self.diff.setPlainText("")
            return
        ctx, plan_id = self.session.ctx, self.plan_id
        background.run(lambda: life.diff(ctx, plan_id, versions[0], versions[-1]), guarded(self, self._diff),
                       guarded(self, lambda e: self.banner.show_message(describe(e))))

    def _diff(self, lines: list[str]) -> None:
        self.diff.setPlainText("\n".join(lines) or self.tr("No difference."))
        self.sig_diff.emit(lines)


class PlansToReviewDialog(QDialog):
    """The coordinator's list: open plans whose review date is past or within 7 days; double-click opens the
    chart."""

    sig_open_patient = Signal(int)
    """Open this patient's chart."""
    sig_loaded = Signal(int)
    """The list was loaded: how many plans."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Care plans to review"))
        self.resize(820, 420)
        words = Words(self)
        self.model = RowsTableModel([
            (self.tr("Review date"), lambda r: format_date(r["review_date"])),
            (self.tr("Due"), lambda r: self.tr("%n day(s) late", "", -r["days_left"])
             if r["days_left"] < 0 else self.tr("in %1 days").replace("%1", str(r["days_left"]))),
            (self.tr("Patient"), lambda r: r["patient_name"]), (self.tr("Status"), lambda r: words.status[r["status"]]),
            (self.tr("Référent"), lambda r: r["referent_name"])], self)
        self.table = _table(self.model, self)
        self.table.doubleClicked.connect(lambda i: self.sig_open_patient.emit(self.model.row(i.row())["patient_id"]))
        self.banner = ErrorBanner(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        ctx = session.ctx
        background.run(lambda: care_plan_tasks.plans_to_review(ctx), guarded(self, self._show),
                       guarded(self, lambda e: self.banner.show_message(describe(e))))

    def _show(self, rows) -> None:
        self.model.set_rows([vars(r) | {"id": r.plan_id} for r in rows])
        self.sig_loaded.emit(len(rows))
