"""Staff accounts for administrators: list, create, edit, deactivate, reset passwords, unlock.

Accounts are never deleted (the audit trail refers to them): there is no delete
action anywhere, only deactivation.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.practice import staff as staff_service
from app.services.practice.staff import StaffRow
from app.ui.admin.staff_form import StaffForm
from app.ui.admin.staff_model import StaffFilterModel, StaffListModel
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.fitting import measure_first_rows
from app.ui.common.form_helpers import guarded


class TemporaryPasswordDialog(QDialog):
    """Asks twice for the temporary password of a reset."""

    def __init__(self, row: StaffRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reset the password of %1").replace("%1", row.display_name))
        layout = QFormLayout(self)
        self.first, self.second = QLineEdit(), QLineEdit()
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addRow(QLabel(self.tr("The user must choose a new password at the next login.")))
        layout.addRow(self.tr("Temporary password"), self.first)
        layout.addRow(self.tr("Temporary password again"), self.second)
        self.message = QLabel()
        layout.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def _check(self) -> None:
        if self.first.text() != self.second.text():
            self.message.setText(self.tr("Temporary password again: the two passwords are not the same."))
            return
        self.accept()


class StaffAdminDialog(QDialog):
    """The staff list with its administrator actions."""

    sig_loaded = Signal()
    """The list was (re)loaded from the service."""
    sig_done = Signal(str)
    """An action finished; carries the message shown to the user (success or the problem)."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Staff accounts"))
        self.model = StaffListModel(self)
        self.proxy = StaffFilterModel(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        self.show_inactive = QCheckBox(self.tr("Show deactivated accounts"))
        self.show_inactive.toggled.connect(self.proxy.set_show_inactive)
        layout.addWidget(self.show_inactive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        measure_first_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.new_button = self._button(row, self.tr("New…"), self.new)
        self.edit_button = self._button(row, self.tr("Edit…"), self.edit)
        self.active_button = self._button(row, self.tr("Deactivate"), self.toggle_active)
        self.reset_button = self._button(row, self.tr("Reset password…"), self.reset_password)
        self.unlock_button = self._button(row, self.tr("Unlock"), self.unlock)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        session.sig_changed.connect(self._changed)
        self.resize(980, 480)
        self._update_buttons()
        self.reload()

    def _button(self, layout: QHBoxLayout, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: slot())
        layout.addWidget(button)
        return button

    def reload(self) -> None:
        ctx = self.session.ctx
        background.run(lambda: staff_service.list_staff(ctx, include_inactive=True), guarded(self, self._loaded),
                       guarded(self, self._report))

    def _loaded(self, rows: list[StaffRow]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()
        self.sig_loaded.emit()

    def _changed(self, topic: str, _payload: dict) -> None:
        if topic == "staff.changed":
            self.reload()

    def selected(self) -> StaffRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def select(self, staff_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            if self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).id == staff_id:
                self.table.selectRow(r)
                return True
        return False

    def _update_buttons(self) -> None:
        manage = self.session.can("staff.manage")
        row = self.selected()
        self.new_button.setEnabled(manage)
        for button in (self.edit_button, self.active_button, self.reset_button):
            button.setEnabled(manage and row is not None)
        self.unlock_button.setEnabled(manage and row is not None and row.locked)
        self.active_button.setText(self.tr("Reactivate") if row is not None and not row.active
                                   else self.tr("Deactivate"))

    # --- actions -------------------------------------------------------------------------------

    def open_form(self, row: StaffRow | None = None) -> StaffForm:
        """The create/edit form, not yet shown (tests drive it directly)."""
        form = StaffForm(self.session, row, self)
        form.sig_saved.connect(lambda sid: (self.reload(), self._say(self.tr("The account was saved."))))
        return form

    def new(self) -> None:
        self.open_form().open()

    def edit(self) -> None:
        if (row := self.selected()) is not None:
            self.open_form(row).open()

    def ask_confirmation(self, text: str) -> bool:
        return QMessageBox.question(self, self.windowTitle(), text) == QMessageBox.StandardButton.Yes

    def ask_temporary_password(self, row: StaffRow) -> str | None:
        dialog = TemporaryPasswordDialog(row, self)
        return dialog.first.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        activate = not row.active
        question = (self.tr("Reactivate the account of %1?") if activate else
                    self.tr("Deactivate the account of %1? The person can no longer log in; the account and its "
                            "history are kept.")).replace("%1", row.display_name)
        if self.ask_confirmation(question):
            done = self.tr("The account of %1 was reactivated.") if activate else \
                self.tr("The account of %1 was deactivated.")
            self._run(lambda ctx: staff_service.set_active(ctx, row.id, activate), done.replace("%1", row.display_name))

    def reset_password(self) -> None:
        row = self.selected()
        if row is None or not (password := self.ask_temporary_password(row)):
            return
        self._run(lambda ctx: staff_service.reset_password(ctx, row.id, password),
                  self.tr("The password of %1 was reset. They must choose a new one at the next login.")
                  .replace("%1", row.display_name))

    def unlock(self) -> None:
        if (row := self.selected()) is not None:
            self._run(lambda ctx: staff_service.unlock(ctx, row.id),
                      self.tr("The account of %1 was unlocked.").replace("%1", row.display_name))

    def _run(self, action: Callable, success: str) -> None:
        ctx = self.session.ctx
        background.run(lambda: action(ctx), guarded(self, lambda _r: (self._say(success), self.reload())),
                       guarded(self, self._report))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if error else "color: #1b5e20;")
        self.message.setText(text)
        self.sig_done.emit(text)

    def _report(self, exc: Exception) -> None:
        self._say(describe(exc), error=True)
