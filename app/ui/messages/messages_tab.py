"""A patient's Messages tab: the patient's threads, the chosen thread, a new thread about the patient. The tab's
label carries the unread count ("Messages (2)")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.services.messages import inbox, threads
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.common.permissions import guard
from app.ui.messages.new_thread_dialog import NewThreadDialog
from app.ui.messages.tab_title import unread_title
from app.ui.messages.thread_list import ThreadListView
from app.ui.messages.thread_view import ThreadView


class MessagesTab(QWidget):
    sig_title = Signal(str)
    """The tab's label changed, e.g. "Messages (2)"."""

    def __init__(self, session: AppSession, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        self.banner = ErrorBanner(self)
        self.list = ThreadListView(self, with_patient=False)
        self.list.sig_thread.connect(lambda tid: self.thread.show_thread(tid))
        self.thread = ThreadView(session, self)
        self.thread.sig_changed.connect(self.reload)
        self.new_button = QPushButton(self.tr("New thread about this patient…"), self)
        self.new_button.clicked.connect(self.new_thread)
        guard(self.new_button, session, "message.post", session.patient_record(patient_id))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(self.thread)
        split.setSizes([420, 920])
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        session.sig_changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        if self.session.locked:
            return
        ctx, pid = self.session.ctx, self.patient_id
        background.run(lambda: (inbox.patient_threads(ctx, pid), inbox.patient_unread(ctx, pid)),
                       guarded(self, self._show), guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _show(self, result) -> None:
        rows, counts = result
        self.list.set_rows(rows, self.thread.thread_id)
        self.sig_title.emit(unread_title(counts.unread))

    def _patient_name(self) -> str:
        chart = self.parent()
        while chart is not None and not hasattr(chart, "row"):
            chart = chart.parent()
        row = getattr(chart, "row", None) if chart is not None else None
        return row.display_name if row is not None else ""

    def new_thread(self) -> NewThreadDialog:
        dialog = NewThreadDialog(self.session, self.patient_id, self._patient_name(), self)
        dialog.sig_saved.connect(self._started)
        dialog.open()
        return dialog

    def _started(self, thread_id: int) -> None:
        self.thread.show_thread(thread_id)
        self.reload()

    def _on_changed(self, topic: str, payload: dict) -> None:
        if topic in (threads.POSTED, threads.READ) and payload.get("patient_id") == self.patient_id \
                and not self.session.locked:
            self.reload()
