"""Due care → Overdue lists: each condition and prevention schedule with its overdue and due-soon counts; the
patients of the one chosen; "Create recall tasks" (once per patient and item); double-click opens the chart."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.due_care import recall, worklist
from app.ui.common import background, dates, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, guarded
from app.ui.common.permissions import guard
from app.ui.common.rows_model import RowsTableModel
from app.ui.due_care.due_care_tab import table
from app.ui.due_care.words import Words


class DueCareListsDialog(QDialog):
    """The overdue lists that feed recall campaigns and delegated tasks."""

    sig_open_patient = Signal(int)
    """Open this patient's chart."""
    sig_loaded = Signal(int)
    """A list was loaded: how many rows in all."""
    sig_recalled = Signal(object)
    """Recall tasks were created: the ``RecallResult``."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Due care — follow-up and prevention"))
        self.resize(1180, 620)
        self.words = Words(self)
        self.banner = ErrorBanner(self)
        self.groups = RowsTableModel([
            (self.tr("Condition or prevention"), lambda r: r.label), (self.tr("Overdue"), lambda r: self._n(r.overdue)),
            (self.tr("Due soon"), lambda r: self._n(r.due))], self)
        self.group_view = table(self.groups, self)
        self.group_view.selectionModel().currentRowChanged.connect(lambda *_a: self.load_list())
        self.kind = choice_combo([(k, self.words.kind[k]) for k in worklist.KINDS], self)
        self.kind.currentIndexChanged.connect(lambda _i: self.load_list())
        self.rows = RowsTableModel([
            (self.tr("Patient"), lambda r: r.patient_name), (self.tr("Born"), lambda r: dates.day(r.birth_date)),
            (self.tr("Act"), lambda r: r.act_label),
            (self.tr("Due on"), lambda r: dates.day(r.due_on) if r.due_on else self.tr("never done")),
            (self.tr("Last done"), lambda r: dates.day(r.last_done_on) if r.last_done_on else self.tr("never"))],
            self)
        self.row_view = table(self.rows, self)
        self.row_view.doubleClicked.connect(lambda i: self.sig_open_patient.emit(self.rows.row(i.row()).patient_id))
        self.count = QLabel(self)
        self.recall_button = QPushButton(self.tr("Create &recall tasks"), self)
        self.recall_button.clicked.connect(self.create_recalls)
        guard(self.recall_button, session, "recall.run")
        self.recompute_button = QPushButton(self.tr("Recompute &all"), self)
        self.recompute_button.clicked.connect(self.recompute)
        right = QWidget(self)
        inner = QVBoxLayout(right)
        inner.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show"), right))
        top.addWidget(self.kind)
        top.addWidget(self.count, 1)
        inner.addLayout(top)
        inner.addWidget(self.row_view, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.group_view)
        split.addWidget(right)
        split.setSizes([460, 720])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.recall_button)
        bottom.addWidget(self.recompute_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        session.sig_changed.connect(self._on_changed)
        self.load_groups()

    def _n(self, count: int) -> str:
        return self.tr("> %1").replace("%1", str(worklist.COUNT_CAP)) if count > worklist.COUNT_CAP else str(count)

    def _error(self, exc: Exception) -> None:
        self.banner.show_message(describe(exc))

    def current_group(self) -> str | None:
        row = self.groups.row_at(self.group_view.currentIndex())
        return row.group_key if row else None

    def load_groups(self) -> None:
        ctx, lang, keep = self.session.ctx, i18n.current(), self.current_group()
        background.run(lambda: worklist.group_counts(ctx, lang), guarded(self, lambda rows: self._groups(rows, keep)),
                       guarded(self, self._error))

    def _groups(self, rows, keep: str | None) -> None:
        self.groups.set_rows(rows)
        self.group_view.resizeColumnsToContents()
        keys = [r.group_key for r in rows]
        if rows:
            self.group_view.selectRow(keys.index(keep) if keep in keys else 0)

    def load_list(self) -> None:
        group = self.current_group()
        if group is None:
            return
        ctx, lang, kind = self.session.ctx, i18n.current(), combo_value(self.kind)
        background.run(lambda: worklist.work_list(ctx, group, kind, lang), guarded(self, self._list),
                       guarded(self, self._error))

    def _list(self, result) -> None:
        self.banner.clear()
        self.rows.set_rows(result.rows)
        self.row_view.resizeColumnsToContents()
        if result.capped:
            text = self.tr("more than %1 items (the first %2 shown)").replace("%2", str(len(result.rows)))
        elif result.total > len(result.rows):
            text = self.tr("%1 items (the first %2 shown)").replace("%2", str(len(result.rows)))
        else:
            text = self.tr("%1 items")
        self.count.setText(text.replace("%1", str(result.total)))
        self.sig_loaded.emit(result.total)

    def create_recalls(self, confirm: bool = True) -> None:
        group, kind = self.current_group(), combo_value(self.kind)
        if group is None:
            return
        if confirm and QMessageBox.question(
                self, self.windowTitle(),
                self.tr("Create a recall task for each patient and item of this list that has none yet?")
        ) != QMessageBox.StandardButton.Yes:
            return
        ctx, lang = self.session.ctx, i18n.current()
        self.recall_button.setEnabled(False)

        def done(result) -> None:
            self.recall_button.setEnabled(True)
            self.count.setText(self.tr("%1 recall tasks created (%2 under the Asalée protocol), %3 already recalled")
                               .replace("%1", str(result.created)).replace("%2", str(result.delegated))
                               .replace("%3", str(result.skipped)))
            self.sig_recalled.emit(result)

        def failed(exc) -> None:
            self.recall_button.setEnabled(True)
            self._error(exc)

        background.run(lambda: recall.create_recall_tasks(ctx, group, kind, lang), guarded(self, done),
                       guarded(self, failed))

    def recompute(self) -> None:
        ctx = self.session.ctx
        self.recompute_button.setEnabled(False)

        def done(_total) -> None:
            self.recompute_button.setEnabled(True)
            self.load_groups()

        def failed(exc) -> None:
            self.recompute_button.setEnabled(True)
            self._error(exc)

        background.run_long(lambda: worklist.recompute_all(ctx), guarded(self, done), guarded(self, failed))

    def _on_changed(self, topic: str, _payload: dict) -> None:
        if topic == "due_care.changed" and not self.session.locked:
            self.load_groups()
