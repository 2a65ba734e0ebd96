"""Personal login (and the forced password change that may follow it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.kernel.context import ServiceContext
from app.services.practice import accounts
from app.services.practice.accounts import LoginResult
from app.ui.common import background, settings
from app.ui.common.errors import describe
from app.ui.common.form_helpers import guarded


class LoginDialog(QDialog):
    """Accepted once the user is logged in; ``login_result`` then holds the LoginResult."""

    def __init__(self, system_ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.system_ctx = system_ctx
        self.login_result: LoginResult | None = None
        self._password = ""
        self._pending: LoginResult | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Cordée — log in"))
        self.username = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password = QLineEdit(self)
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_password = QLineEdit(self)
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")

        login_page = QWidget(self)
        login_form = QFormLayout(login_page)
        login_form.addRow(self.tr("User name"), self.username)
        login_form.addRow(self.tr("Password"), self.password)
        change_page = QWidget(self)
        change_form = QFormLayout(change_page)
        explanation = QLabel(self.tr("You must choose a new password before you continue."), change_page)
        explanation.setWordWrap(True)
        change_form.addRow(explanation)
        change_form.addRow(self.tr("New password"), self.new_password)
        change_form.addRow(self.tr("New password again"), self.repeat_password)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(login_page)
        self.pages.addWidget(change_page)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

        last = settings.get(settings.LAST_USERNAME)
        self.username.setText(last)
        (self.password if last else self.username).setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        if self.pages.currentIndex() == 0:
            self._login()
        else:
            self._change_password()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy)
        self.message.setText(text)

    def _login(self) -> None:
        ctx, username, password = self.system_ctx, self.username.text(), self.password.text()
        self._set_busy(True, self.tr("Checking…"))
        background.run(lambda: accounts.login(ctx, username, password),
                       guarded(self, lambda result: self._logged_in(result, username, password)),
                       guarded(self, self._failed))

    def _logged_in(self, result: LoginResult, username: str, password: str) -> None:
        self._set_busy(False)
        settings.put(settings.LAST_USERNAME, username.strip().lower())
        self.password.clear()
        if result.must_change_password:
            self._pending = result
            self._password = password
            self.pages.setCurrentIndex(1)
            self.ok_button.setText(self.tr("Change password"))
            self.new_password.setFocus()
            return
        self.login_result = result
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False, describe(exc))
        self.password.clear()
        self.password.setFocus()

    def _change_password(self) -> None:
        new, again = self.new_password.text(), self.repeat_password.text()
        if new != again:
            self.message.setText(self.tr("The two new passwords differ; type the same password twice."))
            self.repeat_password.clear()
            self.repeat_password.setFocus()
            return
        ctx, old, result = self.system_ctx.as_actor(self._pending.actor), self._password, self._pending
        self._set_busy(True, self.tr("Saving…"))
        background.run(lambda: accounts.change_own_password(ctx, old, new),
                       guarded(self, lambda _none: self._changed(result)), guarded(self, self._failed_change))

    def _changed(self, result: LoginResult) -> None:
        self._set_busy(False)
        self._password = ""
        self.login_result = LoginResult(result.actor, False)
        self.accept()

    def _failed_change(self, exc: Exception) -> None:
        self._set_busy(False, describe(exc))
        self.new_password.setFocus()

    def reject(self) -> None:
        self._password = ""
        super().reject()
