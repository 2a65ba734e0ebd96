"""Start a thread: about the patient whose chart is open, or a general team thread; subject, first message,
urgent, mentions."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.messages import threads
from app.services.messages.message_input import MAX_SUBJECT, MessageInput
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import ErrorBanner
from app.ui.common.operations import FormOperation
from app.ui.messages.mention_picker import MentionPicker


class NewThreadDialog(QDialog):
    sig_saved = Signal(int)
    """The thread was started: its id."""

    def __init__(self, session: AppSession, patient_id: int | None = None, patient_name: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        self.setWindowTitle(self.tr("New thread about {name}").format(name=patient_name) if patient_id is not None
                            else self.tr("New team thread"))
        self.banner = ErrorBanner(self)
        self.subject = QLineEdit(self)
        self.subject.setMaxLength(MAX_SUBJECT + 50)   # a longer subject is refused with its reason, not cut
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr("Write a message… (@login mentions a member)"))
        self.urgent = QCheckBox(self.tr("Urgent"), self)
        self.mention = MentionPicker(session, self.body, self)
        form = QFormLayout()
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Message"), self.body)
        form.addRow("", self.urgent)
        form.addRow(self.tr("Mention"), self.mention)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.operation = FormOperation(self, self.banner, {"subject": self.subject, "body": self.body,
                                                           "mentions": self.mention})
        self.resize(620, 380)

    def save(self) -> None:
        ctx, pid = self.session.ctx, self.patient_id
        subject, data = self.subject.text(), MessageInput(self.body.toPlainText(), self.urgent.isChecked())
        self.operation.run(lambda: threads.start_thread(ctx, subject=subject, message=data, patient_id=pid),
                           self._saved)

    def _saved(self, thread_id: int) -> None:
        self.sig_saved.emit(thread_id)
        self.accept()
