"""The form to create or edit one staff account (administrators)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ValidationError
from app.services.practice import staff as staff_service
from app.services.practice.staff import StaffInput, StaffRow
from app.ui.admin.staff_model import ROLE_ORDER, role_labels
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe, problem_text
from app.ui.common.form_helpers import guarded


class StaffForm(QDialog):
    """New account when ``row`` is None, else an edit of that row (optimistic locking on its version)."""

    sig_saved = Signal(int)
    """The account was stored; carries its staff id."""
    sig_failed = Signal(str)
    """The service refused the input; carries the message shown (nothing was stored)."""

    def __init__(self, session: AppSession, row: StaffRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.row = session, row
        self.setWindowTitle(self.tr("New staff account") if row is None else
                            self.tr("Edit the account of %1").replace("%1", row.display_name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username, self.family_name = QLineEdit(), QLineEdit()
        self.given_names, self.profession = QLineEdit(), QLineEdit()
        self.rpps, self.adeli, self.gln, self.email = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = {"username": self.tr("Username"), "family_name": self.tr("Family name"),
                       "given_names": self.tr("Given names"), "profession": self.tr("Profession"),
                       "roles": self.tr("Roles"), "rpps": self.tr("RPPS number"), "adeli": self.tr("ADELI number"),
                       "gln": self.tr("GLN"), "email": self.tr("E-mail"),
                       "password": self.tr("Initial password")}
        self.fields = {"username": self.username, "family_name": self.family_name,
                       "given_names": self.given_names, "profession": self.profession, "rpps": self.rpps,
                       "adeli": self.adeli, "gln": self.gln, "email": self.email, "password": self.password}
        for name in ("username", "family_name", "given_names", "profession"):
            form.addRow(self.labels[name], self.fields[name])
        roles_box = QWidget()
        grid = QGridLayout(roles_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.role_boxes: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate((c, role_labels()[c]) for c in ROLE_ORDER):
            self.role_boxes[code] = QCheckBox(label)
            grid.addWidget(self.role_boxes[code], i // 2, i % 2)
        form.addRow(self.labels["roles"], roles_box)
        for name in ("rpps", "adeli", "gln", "email"):
            form.addRow(self.labels[name], self.fields[name])
        if row is None:
            form.addRow(self.labels["password"], self.password)
            self.password.setPlaceholderText(self.tr("at least 12 characters; to be changed at first login"))
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if row is not None:
            self._load(row)

    def _load(self, r: StaffRow) -> None:
        for name in ("username", "family_name", "given_names", "profession", "rpps", "adeli", "gln", "email"):
            self.fields[name].setText(getattr(r, name) or "")
        for code, box in self.role_boxes.items():
            box.setChecked(code in r.roles)

    def staff_input(self) -> StaffInput:
        return StaffInput(username=self.username.text(), family_name=self.family_name.text(),
                          given_names=self.given_names.text(), profession=self.profession.text(),
                          roles=[c for c, box in self.role_boxes.items() if box.isChecked()],
                          rpps=self.rpps.text(), adeli=self.adeli.text(), gln=self.gln.text(), email=self.email.text())

    def save(self) -> None:
        """Store through the service in the background; the dialog closes only on success."""
        data, ctx, row = self.staff_input(), self.session.ctx, self.row
        if row is None:
            password = self.password.text()
            work = lambda: staff_service.create_staff(ctx, data, password)  # noqa: E731
        else:
            work = lambda: (staff_service.update_staff(ctx, row.id, row.version, data), row.id)[1]  # noqa: E731
        self.buttons.setEnabled(False)
        self.message.clear()
        background.run(work, guarded(self, self._saved), guarded(self, self._failed))

    def _saved(self, staff_id: int) -> None:
        self.buttons.setEnabled(True)
        self.sig_saved.emit(staff_id)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        name = exc.field.split("[")[0] if isinstance(exc, ValidationError) else ""
        if name in self.labels:
            problem = problem_text(exc)
            text = self.tr("%1: %2").replace("%1", self.labels[name]).replace("%2", problem)
            (self.fields.get(name) or self.role_boxes[ROLE_ORDER[0]]).setFocus()
        else:
            text = describe(exc)
        self.message.setText(text)
        self.sig_failed.emit(text)
