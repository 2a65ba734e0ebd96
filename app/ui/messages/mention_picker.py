"""A combo of the practice's active members: picking one writes ``@login`` into the message being typed."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from app.services.practice import staff as staff_service
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import guarded


class MentionPicker(QComboBox):
    """"Mention…" then the members; choosing one inserts ``@login`` at the cursor of ``editor``."""

    def __init__(self, session: AppSession, editor: QPlainTextEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.setToolTip(self.tr("Mention a member: they see the thread in their unread messages"))
        self.addItem(self.tr("Mention a member"), None)
        self.activated.connect(self._picked)
        ctx = session.ctx
        if not session.locked:
            background.run(lambda: staff_service.list_staff(ctx, include_inactive=False), guarded(self, self._fill),
                           lambda exc: None)

    def _fill(self, rows) -> None:
        for row in rows:
            if row.roles != ("admin",):
                self.addItem(f"{row.given_names} {row.family_name} (@{row.username})", row.username)

    def _picked(self, index: int) -> None:
        login = self.itemData(index)
        if login:
            self.editor.insertPlainText(f"@{login} ")
            self.editor.setFocus()
        self.setCurrentIndex(0)
