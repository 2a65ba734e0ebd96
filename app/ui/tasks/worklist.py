"""The worklist: tabs My tasks / Pool / Overdue / (coordinator) Escalated and Absences; badges with counts;
filter; keyboard navigation; the day's list printed as PDF."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.tasks import task_flow as tasks
from app.services.tasks import worklists as task_lists
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.documents import save_document
from app.ui.common.errors import describe
from app.ui.common.fitting import scrolling
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.common.permissions import guard
from app.ui.tasks.absences_panel import AbsencesPage
from app.ui.tasks.task_dialog import TaskDialog
from app.ui.tasks.worklist_model import TaskTableView


class WorklistPanel(QWidget):
    sig_title = Signal(str)
    """The badge title changed, e.g. "Tasks (3)"."""
    sig_open_patient = Signal(int)
    """The user asked to open the chart of a task's patient."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.banner = ErrorBanner(self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter (patient, task, status…)"))
        self.filter.setClearButtonEnabled(True)
        self.show_closed = QCheckBox(self.tr("Show closed"), self)
        self.tabs = QTabWidget(self)
        self.views: dict[str, TaskTableView] = {}
        self.titles = {"mine": self.tr("My tasks"), "pool": self.tr("Pool"), "overdue": self.tr("Overdue"),
                       "escalated": self.tr("Escalated")}
        keys = ["mine", "pool", "overdue"] + (["escalated"] if session.can("task.supervise") else [])
        for key in keys:
            view = TaskTableView(self)
            view.sig_open_task.connect(self.open_task)
            self.views[key] = view
            self.tabs.addTab(view, self.titles[key])
        if session.can("absence.manage"):
            self.absences = AbsencesPage(session, self)
            self.tabs.addTab(scrolling(self.absences, self), self.tr("Absences"))
        self.filter.textChanged.connect(lambda text: [v.set_filter(text) for v in self.views.values()])
        self.show_closed.toggled.connect(lambda _on: self.reload())
        self.new_button = QPushButton(self.tr("&New task…"), self)
        self.new_button.clicked.connect(self.new_task)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(lambda: self._current() and self.open_task(self._current().id))
        self.claim_button = QPushButton(self.tr("&Claim"), self)
        self.claim_button.clicked.connect(self.claim_selected)
        self.chart_button = QPushButton(self.tr("C&hart"), self)
        self.chart_button.clicked.connect(self._open_chart)
        self.print_button = QPushButton(self.tr("&Print today…"), self)
        self.print_button.clicked.connect(self.print_day)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_closed)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.claim_button, self.chart_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        for view in self.views.values():
            view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed(focus=True))
        session.sig_changed.connect(self._on_changed)
        session.sig_locked.connect(self.clear)
        session.sig_unlocked.connect(self.reload)
        self._tab_changed()
        self.reload()

    # -- loading ----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.session.locked:
            return
        ctx, closed, supervise = self.session.ctx, self.show_closed.isChecked(), "escalated" in self.views

        def load():
            lists = {"mine": task_lists.my_tasks(ctx, include_closed=closed), "pool": task_lists.pool_tasks(ctx),
                     "overdue": task_lists.overdue_tasks(ctx)}
            if supervise:
                lists["escalated"] = task_lists.escalated_tasks(ctx)
            return lists, task_lists.counts(ctx)
        background.run(load, guarded(self, self._show), guarded(self, self._failed))

    def _show(self, result) -> None:
        if self.session.locked:
            return
        lists, counts = result
        for key, rows in lists.items():
            self.views[key].set_rows(rows)
        self._tab_changed()
        numbers = {"mine": counts.mine, "pool": counts.pool, "overdue": counts.overdue, "escalated": counts.escalated}
        for key, view in self.views.items():
            n = numbers[key]
            self.tabs.setTabText(self.tabs.indexOf(view), f"{self.titles[key]} ({n})" if n else self.titles[key])
        self.counts = counts
        self.sig_title.emit(self.tr("Tasks (%1)").replace("%1", str(counts.mine)))

    def _failed(self, exc: Exception) -> None:
        self.banner.show_message(describe(exc))

    def clear(self) -> None:
        """Drop every patient datum (the screen was locked)."""
        for view in self.views.values():
            view.set_rows([])
        self.banner.clear()
        self._update_buttons()

    def _on_changed(self, topic: str, _payload: dict) -> None:
        if topic in ("task.changed", "protocol.changed", "access.changed") and not self.session.locked:
            self.reload()

    # -- actions ----------------------------------------------------------------------------------------------
    def current_view(self) -> TaskTableView | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, TaskTableView) else None

    def _current(self):
        view = self.current_view()
        return view.current_row() if view else None

    def _tab_changed(self, focus: bool = False) -> None:
        view = self.current_view()
        if view is not None:
            if focus:
                view.setFocus()
            if not view.currentIndex().isValid() and view.model().rowCount():
                view.setCurrentIndex(view.model().index(0, 0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        """The buttons follow the access decision on the selected task and its patient."""
        view, row = self.current_view(), self._current()
        guard(self.new_button, self.session, "task.create")
        guard(self.open_button, self.session, "task.read", row.record if row else None, enabled=row is not None)
        guard(self.claim_button, self.session, "task.claim", row.record if row else None,
              shown=view is self.views.get("pool"), enabled=row is not None)
        guard(self.chart_button, self.session, "patient.read", row.patient_record if row else None,
              enabled=row is not None and row.patient_id is not None)
        guard(self.print_button, self.session, "task.read")

    def new_task(self) -> TaskDialog:
        dialog = TaskDialog(self.session, parent=self)
        dialog.sig_saved.connect(lambda _id: self.reload())
        dialog.open()
        return dialog

    def open_task(self, task_id: int) -> TaskDialog:
        dialog = TaskDialog(self.session, task_id, parent=self)
        dialog.sig_saved.connect(lambda _id: self.reload())
        dialog.open()
        return dialog

    def claim_selected(self) -> None:
        view = self.views["pool"]
        rows = view.selected_rows() or ([view.current_row()] if view.current_row() else [])
        rows = [r for r in rows if self.session.can("task.claim", r.record)]
        ctx = self.session.ctx
        background.run(lambda: [tasks.claim_task(ctx, r.id, r.version) for r in rows],
                       guarded(self, lambda _r: self.reload()), guarded(self, self._failed))

    def _open_chart(self) -> None:
        row = self._current()
        if row is not None and row.patient_id is not None and self.session.can("patient.read", row.patient_record):
            self.sig_open_patient.emit(row.patient_id)

    def print_day(self, path: str | None = None) -> None:
        """Ask where to save today's list, then write the PDF off the GUI thread and open it."""
        if path is None:
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the day's worklist"),
                                                   self.tr("worklist-%1.pdf").replace("%1", f"{date.today():%Y-%m-%d}"), "PDF (*.pdf)")
        if not path:
            return
        ctx = self.session.ctx
        labels = {"title": self.tr("Worklist of %1 — %2").replace("%1", "%s").replace("%2", "%s"),
                  "printed": self.tr("Printed by %1").replace("%1", "%s"), "empty": self.tr("No task due."),
                  "columns": (self.tr("Due"), self.tr("Priority"), self.tr("Patient"), self.tr("Task"),
                              self.tr("Protocol / act"), self.tr("Status"), self.tr("Done"))}

        from app.services.tasks import worklist_pdf  # reportlab loads only when someone prints

        save_document(self, lambda: worklist_pdf.day_worklist_pdf(ctx, date.today(), labels), path, self._printed,
                      self._failed)

    def _printed(self, path: str) -> None:
        self.last_pdf = path
        if not getattr(self, "quiet", False):
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
