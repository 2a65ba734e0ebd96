"""A patient's Tasks tab: the patient's tasks, results written to the chart, new task, protocol enrolment."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.tasks import worklists as task_lists
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.common.permissions import guard
from app.ui.tasks.protocols_dialog import ProtocolsDialog
from app.ui.tasks.task_dialog import TaskDialog
from app.ui.tasks.worklist_model import TaskTableView


class TaskTab(QWidget):
    def __init__(self, session: AppSession, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        self.banner = ErrorBanner(self)
        self.view = TaskTableView(self)
        self.view.sig_open_task.connect(self.open_task)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New task for this patient…"), self)
        self.new_button.clicked.connect(self.new_task)
        self.enrol_button = QPushButton(self.tr("Protocol enrolment…"), self)
        self.enrol_button.clicked.connect(self.enrol)
        patient = session.patient_record(patient_id)
        guard(self.new_button, session, "task.create", patient)
        guard(self.enrol_button, session, "protocol.enrol", patient)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.enrol_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(QLabel(self.tr("Results written to the chart")))
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        session.sig_changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        if self.session.locked:
            return
        ctx, pid = self.session.ctx, self.patient_id
        background.run(lambda: (task_lists.patient_tasks(ctx, pid), task_lists.chart_notes(ctx, pid)),
                       guarded(self, self._show), guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _show(self, result) -> None:
        rows, notes = result
        self.view.set_rows(rows)
        self.notes.setText("\n".join(f"{dates.day(n.written_at)} — {n.written_by}: {n.text}"
                                     for n in notes[:8]) or self.tr("none yet"))

    def _on_changed(self, topic: str, payload: dict) -> None:
        if topic in ("task.changed", "protocol.changed") and not self.session.locked and \
                payload.get("patient_id") in (None, self.patient_id):
            self.reload()

    def _patient_name(self) -> str | None:
        chart = self.parent()
        while chart is not None and not hasattr(chart, "row"):
            chart = chart.parent()
        return chart.row.display_name if chart is not None and getattr(chart, "row", None) else None

    def new_task(self) -> TaskDialog:
        dialog = TaskDialog(self.session, patient_id=self.patient_id, patient_name=self._patient_name(), parent=self)
        dialog.sig_saved.connect(lambda _id: self.reload())
        dialog.open()
        return dialog

    def open_task(self, task_id: int) -> TaskDialog:
        dialog = TaskDialog(self.session, task_id, parent=self)
        dialog.sig_saved.connect(lambda _id: self.reload())
        dialog.open()
        return dialog

    def enrol(self):
        dialog = ProtocolsDialog(self.session, patient_id=self.patient_id, parent=self)
        dialog.open()
        return dialog
