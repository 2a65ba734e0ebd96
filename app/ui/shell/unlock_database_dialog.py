"""Opening the database when the keyring cannot give its key: practice passphrase or recovery code.

The dialog only ever reads the database: it never offers to delete, replace or
recreate it. A wrong secret and a damaged file get different messages (the texts of the storage codes).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from app.services.errors import StorageError
from app.services.storage.database import Database, open_encrypted
from app.ui.common import background
from app.ui.common.errors import code_text, describe
from app.ui.common.form_helpers import guarded

MODE_PASSPHRASE, MODE_RECOVERY = "passphrase", "recovery_code"


def keyring_reason(exc: StorageError) -> str:
    """Why the keyring did not give the key, from a ``storage.need_passphrase`` error ('' when it does not say)."""
    reason = exc.params.get("keyring_reason")
    return code_text(reason, error=exc.params.get("keyring_error")) if reason else ""


class UnlockDatabaseDialog(QDialog):
    """Asks for the practice passphrase or the recovery code; ``database`` is set on success."""

    def __init__(self, db_path: Path, reason: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.database: Database | None = None
        self.last_error: Exception | None = None
        self.setWindowTitle(self.tr("Open the practice database"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The key of the database could not be read from this computer's keyring. "
                               "Reason: %1. Enter the practice passphrase or the recovery code from the printed "
                               "recovery sheet to open the database.")
                       .replace("%1", reason or self.tr("no keyring is available")))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        where = QLabel(self.tr("Database file: %1").replace("%1", str(self.db_path)))
        where.setWordWrap(True)
        layout.addWidget(where)
        self.use_passphrase = QRadioButton(self.tr("Practice passphrase"))
        self.use_recovery = QRadioButton(self.tr("Recovery code"))
        self.use_passphrase.setChecked(True)
        self._modes = QButtonGroup(self)
        for button in (self.use_passphrase, self.use_recovery):
            self._modes.addButton(button)
            layout.addWidget(button)
        form = QFormLayout()
        self.secret_label = QLabel()
        self.secret = QLineEdit()
        form.addRow(self.secret_label, self.secret)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_open)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.use_recovery.toggled.connect(self._mode_changed)
        self._mode_changed()
        self.resize(560, 300)

    @property
    def mode(self) -> str:
        return MODE_RECOVERY if self.use_recovery.isChecked() else MODE_PASSPHRASE

    def _mode_changed(self) -> None:
        recovery = self.mode == MODE_RECOVERY
        self.secret_label.setText(self.tr("Recovery code") if recovery else self.tr("Passphrase"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX" if recovery else "")
        self.secret.clear()
        self.message.clear()

    def try_open(self) -> None:
        """Check the secret and open the database in the background."""
        secret = self.secret.text()
        if not secret.strip():
            self.message.setText(self.tr("Recovery code: please type the code from the recovery sheet.")
                                 if self.mode == MODE_RECOVERY else
                                 self.tr("Passphrase: please type the practice passphrase."))
            return
        self.message.setStyleSheet("color: #444;")
        self.message.setText(self.tr("Checking… This takes a few seconds."))
        self.buttons.setEnabled(False)
        path, kwargs = self.db_path, {self.mode: secret, "use_keyring": False}
        background.run(lambda: open_encrypted(path, **kwargs), lambda db: self._opened(db) if Shiboken.isValid(self)
                       else db.close(), guarded(self, self._failed))

    def _opened(self, database: Database) -> None:
        self.database = database
        self.secret.clear()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.last_error = exc
        self.buttons.setEnabled(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.setText(describe(exc))
        self.secret.selectAll()
        self.secret.setFocus()
