"""The lock screen: shown in place of every patient view until the user types their password."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.services.practice import accounts
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import guarded

BOX_WIDTH, BOX_MARGIN = 380, 24


class LockScreen(QWidget):
    sig_unlocked = Signal()
    """The password was right: the main window may show its (empty) views again."""
    sig_logout = Signal()
    """The user chose to log out instead of unlocking."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._busy = False
        box = QFrame(self)
        box.setObjectName("lockBox")
        box.setStyleSheet("#lockBox { border: 1px solid palette(mid); border-radius: 8px; }")
        box.setFixedWidth(BOX_WIDTH)
        title = QLabel(self.tr("Cordée is locked"), box)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.user_label = QLabel(box)
        self.user_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.user_label.setStyleSheet("font-weight: 600;")
        self.hint = hint = QLabel(self.tr("Type your password to continue."), box)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit(box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.message = QLabel(box)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        self.unlock_button = QPushButton(self.tr("Unlock"), box)
        self.unlock_button.setDefault(True)
        self.logout_button = QPushButton(self.tr("Log out"), box)
        self.logout_button.setFlat(True)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(BOX_MARGIN, 20, BOX_MARGIN, 20)
        inner.setSpacing(10)
        for widget in (title, self.user_label, hint, self.password, self.message, self.unlock_button,
                       self.logout_button):
            inner.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.password.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.logout_button.clicked.connect(self.sig_logout)

    def reset(self) -> None:
        """Ready for a new lock: name shown, field empty, no message."""
        self.user_label.setText(self.tr("Logged in as %1").replace("%1", self.session.actor.display_name))
        self.password.clear()
        self._say("")
        self._busy = False
        for widget in (self.hint, self.password, self.unlock_button):
            widget.show()
        self.unlock_button.setEnabled(True)
        self.password.setFocus()

    def show_revoked(self, reason: str) -> None:
        """The account was deactivated or its roles changed: say so; the only way on is to log out (and in again)."""
        self.reset()
        for widget in (self.hint, self.password, self.unlock_button):
            widget.hide()
        if reason == "inactive":
            self._say(self.tr("An administrator has deactivated your account: this session is closed."))
        else:
            self._say(self.tr("An administrator has changed your roles: log out and log in again to continue "
                              "with your new access."))
        self.logout_button.setFocus()

    def unlock(self) -> None:
        """Check the password in the background; failures are counted by the service."""
        if self._busy:
            return
        password, ctx = self.password.text(), self.session.ctx
        self.password.clear()
        self._busy = True
        self.unlock_button.setEnabled(False)
        self._say(self.tr("Checking…"))
        background.run(lambda: accounts.unlock_session(ctx, password), guarded(self, self._done),
                       guarded(self, self._failed))

    def _done(self, _result) -> None:
        self._busy = False
        self.unlock_button.setEnabled(True)
        self._say("")
        self.sig_unlocked.emit()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.unlock_button.setEnabled(True)
        self._say(describe(exc))
        self.password.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        # a wrapped message gets the height of its lines (the centred box does not ask its label for it)
        self.message.setMinimumHeight(self.message.heightForWidth(BOX_WIDTH - 2 * BOX_MARGIN) if text else 0)
