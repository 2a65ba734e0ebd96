"""The Messages dock: the threads the user may read (all, unread, mentioning them, team threads), search, a new
team thread, and the chosen thread beside the list. Its title carries the unread count: "Messages (3)"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.services.messages import inbox, threads
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, guarded
from app.ui.common.permissions import guard
from app.ui.messages.new_thread_dialog import NewThreadDialog
from app.ui.messages.thread_list import ThreadListView
from app.ui.messages.thread_view import ThreadView

TOPICS = (threads.POSTED, threads.READ, "access.changed")


class MessagesPanel(QWidget):
    sig_title = Signal(str)
    """The dock's title changed, e.g. "Messages (3)"."""
    sig_open_patient = Signal(int)
    """The user asked to open the chart of a thread's patient."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.banner = ErrorBanner(self)
        self.which = choice_combo([("all", self.tr("All threads")), ("unread", self.tr("Unread")),
                                   ("mentions", self.tr("Mentioning me")), ("team", self.tr("Team threads"))], self)
        self.which.currentIndexChanged.connect(lambda _i: self.reload())
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the messages…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.reload)
        self.search.textChanged.connect(lambda text: self.reload() if not text else None)
        self.new_button = QPushButton(self.tr("New team thread…"), self)
        self.new_button.clicked.connect(self.new_thread)
        guard(self.new_button, session, "message.post")
        self.chart_button = QPushButton(self.tr("Open the chart"), self)
        self.chart_button.clicked.connect(self._open_chart)
        self.list = ThreadListView(self)
        self.list.sig_thread.connect(self._chosen)
        self.thread = ThreadView(session, self)
        self.thread.sig_changed.connect(self.reload)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(self.thread)
        split.setSizes([470, 870])
        top = QHBoxLayout()
        top.addWidget(self.which)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.chart_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.rows: list[inbox.ThreadRow] = []
        self._update_chart_button()
        session.sig_changed.connect(self._on_changed)
        session.sig_locked.connect(self._locked)
        session.sig_unlocked.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        if self.session.locked:
            return
        ctx, which, text = self.session.ctx, combo_value(self.which), self.search.text().strip()
        rows = (lambda: inbox.search(ctx, text)) if text else (lambda: inbox.threads(ctx, which))
        background.run(lambda: (rows(), inbox.unread_counts(ctx)), guarded(self, self._show),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _show(self, result) -> None:
        self.rows, counts = result
        self.banner.clear()
        self.list.set_rows(self.rows, self.thread.thread_id)
        self._update_chart_button()
        self.sig_title.emit(self.title_for(counts))

    def title_for(self, counts: inbox.UnreadCounts) -> str:
        if not counts.unread:
            return self.tr("Messages")
        if counts.urgent:
            return self.tr("Messages ({n}, {urgent} urgent)").format(n=counts.unread, urgent=counts.urgent)
        return self.tr("Messages ({n})").format(n=counts.unread)

    def _chosen(self, thread_id: int) -> None:
        self.thread.show_thread(thread_id)
        self._update_chart_button()

    def _current_row(self) -> inbox.ThreadRow | None:
        return next((r for r in self.rows if r.id == self.thread.thread_id), None)

    def _update_chart_button(self) -> None:
        row = self._current_row()
        self.chart_button.setEnabled(row is not None and row.patient_id is not None)

    def _open_chart(self) -> None:
        row = self._current_row()
        if row is not None and row.patient_id is not None:
            self.sig_open_patient.emit(row.patient_id)

    def new_thread(self) -> NewThreadDialog:
        dialog = NewThreadDialog(self.session, parent=self)
        dialog.sig_saved.connect(self._started)
        dialog.open()
        return dialog

    def _started(self, thread_id: int) -> None:
        self.thread.show_thread(thread_id)
        self.reload()

    def _on_changed(self, topic: str, payload: dict) -> None:
        if topic in TOPICS and not self.session.locked:
            self.reload()

    def _locked(self) -> None:
        self.rows = []
        self.list.set_rows([])
        self.thread.show_thread(None)
