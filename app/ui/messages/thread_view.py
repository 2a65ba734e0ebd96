"""One thread: its messages (urgent ones highlighted, retracted ones with their trace, who has read each), the
composer (text, urgent, mentions) and what one can do with the selected message: retract it, or turn it into a
task, an alert or a care-plan revision."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.messages import threads
from app.services.messages.message_input import MessageInput
from app.services.security.relations import Record
from app.ui.common import dates
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import ErrorBanner
from app.ui.common.operations import FormOperation
from app.ui.common.permissions import guard
from app.ui.common.rows_model import RowsTableModel
from app.ui.messages.mention_picker import MentionPicker


class ThreadView(QWidget):
    sig_changed = Signal()
    """A message was posted or retracted here (the lists around reload)."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.thread_id: int | None = None
        self.detail: threads.ThreadDetail | None = None
        self.banner = ErrorBanner(self)
        self.title = QLabel(self.tr("Choose a thread"), self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setMinimumWidth(80)
        self.model = RowsTableModel([
            (self.tr("When"), lambda m: dates.stamp(m.created_at)),
            (self.tr("From"), lambda m: m.author_name),
            (self.tr("Message"), self._text),
            (self.tr("Read by"), lambda m: ", ".join(m.read_by)),
        ], self, highlight=lambda m: m.urgent and not m.retracted)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)   # the readers' names: elided, tooltip
        header.resizeSection(3, 150)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr("Write a message… (@login mentions a member)"))
        self.body.setMaximumHeight(70)
        self.body.setMinimumHeight(30)
        self.view.setMinimumHeight(40)
        self.urgent = QCheckBox(self.tr("Urgent"), self)
        self.mention = MentionPicker(session, self.body, self)
        self.send_button = QPushButton(self.tr("&Send"), self)
        self.send_button.clicked.connect(self.send)
        self.retract_button = QPushButton(self.tr("Retract…"), self)
        self.retract_button.clicked.connect(self.retract)
        self.task_button = QPushButton(self.tr("Make a task…"), self)
        self.task_button.clicked.connect(lambda: self._convert("task"))
        self.alert_button = QPushButton(self.tr("Raise an alert…"), self)
        self.alert_button.clicked.connect(lambda: self._convert("alert"))
        self.plan_button = QPushButton(self.tr("Add to the care plan…"), self)
        self.plan_button.clicked.connect(lambda: self._convert("plan"))
        self.operation = FormOperation(self, self.banner, {"body": self.body, "mentions": self.mention,
                                                           "retracted_reason": self.retract_button})
        # Compact rows, so that the dock stays low on a 1366×768 screen: the subject beside the actions, the
        # urgent flag, the mention picker and the send button beside the text.
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for button in (self.task_button, self.alert_button, self.plan_button, self.retract_button):
            top.addWidget(button)
        side = QHBoxLayout()
        side.addWidget(self.urgent)
        side.addWidget(self.send_button)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addLayout(side)
        column.addWidget(self.mention)
        compose = QHBoxLayout()
        compose.addWidget(self.body, 1)
        compose.addLayout(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(compose)
        session.sig_changed.connect(self._on_changed)
        self._update_buttons()

    def _text(self, m: threads.MessageRow) -> str:
        if m.retracted:
            return self.tr("Retracted by {name} on {when}: {reason}").format(
                name=m.retracted_by, when=dates.stamp(m.retracted_at), reason=m.retracted_reason)
        prefix = self.tr("URGENT") + " — " if m.urgent else ""
        made = [self._link_text(kind, target) for kind, target in m.links]
        return prefix + m.body + (" [" + "; ".join(made) + "]" if made else "")

    def _link_text(self, kind: str, target: int) -> str:
        if kind == "task":
            return self.tr("task {id}").format(id=target)
        if kind == "alert":
            return self.tr("alert {id}").format(id=target)
        return self.tr("care plan {id}").format(id=target)

    def show_thread(self, thread_id: int | None) -> None:
        """Open a thread (None: nothing shown); opening it marks it read."""
        self.thread_id = thread_id
        self.reload()

    def reload(self) -> None:
        if self.session.locked or self.thread_id is None:
            self.detail = None
            self.model.set_rows([])
            self.title.setText(self.tr("Choose a thread"))
            self._update_buttons()
            return
        ctx, tid = self.session.ctx, self.thread_id
        self.operation.run(lambda: threads.open_thread(ctx, tid), self._show)

    def _show(self, detail: threads.ThreadDetail) -> None:
        kept = self.selected() if self.detail is not None and self.detail.id == detail.id else None
        self.detail = detail
        self.title.setText(detail.subject + (f" — {detail.patient_name}" if detail.patient_name else ""))
        self.model.set_rows(list(detail.messages))
        self.view.resizeRowsToContents()
        rows = [i for i, m in enumerate(detail.messages) if kept is not None and m.id == kept.id]
        if rows:   # the same message stays selected when the thread reloads
            self.view.selectRow(rows[0])
        else:
            self.view.scrollToBottom()
        self._update_buttons()

    def selected(self) -> threads.MessageRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        detail, message = self.detail, self.selected()
        record = detail.record if detail is not None else None
        usable = message is not None and not message.retracted
        guard(self.send_button, self.session, "message.post", record, enabled=detail is not None)
        self.body.setEnabled(self.send_button.isEnabled())
        author = Record("team_message", message.id if message else None, record.patient if record else None,
                        author_id=message.author_staff_id if message else None)
        guard(self.retract_button, self.session, "message.retract", author if message else None, enabled=usable)
        on_patient = detail is not None and detail.patient_id is not None
        guard(self.task_button, self.session, "task.create", record, enabled=usable)
        guard(self.alert_button, self.session, "alert.raise", record, shown=on_patient or detail is None,
              enabled=usable and on_patient)
        guard(self.plan_button, self.session, "care_plan.edit", record, shown=on_patient or detail is None,
              enabled=usable and on_patient)

    def send(self) -> None:
        if self.thread_id is None:
            return
        ctx, tid = self.session.ctx, self.thread_id
        data = MessageInput(self.body.toPlainText(), self.urgent.isChecked())
        self.operation.run(lambda: threads.post(ctx, tid, data), lambda _id: self._sent())

    def _sent(self) -> None:
        self.body.clear()
        self.urgent.setChecked(False)
        self.reload()
        self.sig_changed.emit()

    def retract(self) -> None:
        message = self.selected()
        if message is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Retract a message"),
                                          self.tr("Why is this message retracted? It stays in the thread with "
                                                  "your name and the reason."))
        if not ok:
            return
        ctx = self.session.ctx
        self.operation.run(lambda: threads.retract(ctx, message.id, reason), lambda _r: self._sent())

    def _convert(self, kind: str):
        message, detail = self.selected(), self.detail
        if message is None or detail is None:
            return None
        # The conversion dialogs load their choices from the database: imported when first used.
        from app.ui.messages.convert_dialogs import dialog_for

        dialog = dialog_for(kind, self.session, detail, message, self)
        dialog.sig_saved.connect(lambda _id: (self.reload(), self.sig_changed.emit()))
        dialog.open()
        return dialog

    def _on_changed(self, topic: str, payload: dict) -> None:
        if topic == threads.POSTED and payload.get("thread_id") == self.thread_id and not self.session.locked \
                and not self.operation.running:
            self.reload()
