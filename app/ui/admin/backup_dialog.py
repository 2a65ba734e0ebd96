"""Administration → Backups: write a verified backup now, see the recent ones."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.practice import backups
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.fitting import measure_first_rows
from app.ui.common.form_helpers import guarded
from app.ui.common.rows_model import RowsTableModel


class BackupDialog(QDialog):
    """The folder, a button that backs up and verifies, and the backups already in the folder."""

    sig_done = Signal(object)
    """A backup was written and verified; carries its BackupReport."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.last_report = None
        self.setWindowTitle(self.tr("Backups"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A backup is an encrypted copy of the whole practice database, checked after it is "
                               "written (integrity, every table's row count, the audit trail). It opens with the "
                               "practice passphrase or the recovery code. Keep copies on a medium stored away from "
                               "this computer."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        default = backups.backup_folder(session.ctx)
        self.folder = QLineEdit(str(default) if default else "")
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.clicked.connect(self._choose)
        row.addWidget(QLabel(self.tr("Folder")))
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        layout.addLayout(row)
        self.run_button = QPushButton(self.tr("Back up now"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.back_up)
        layout.addWidget(self.run_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.model = RowsTableModel([(self.tr("Written on"), lambda r: dates.stamp(
                                 datetime.fromisoformat(r["created_at"]))),
                                (self.tr("Patients"), lambda r: str(r["patients"])),
                                (self.tr("Audit events"), lambda r: str(r["audit_rows"])),
                                (self.tr("Folder"), lambda r: r["name"])], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        measure_first_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)
        if default is None:   # PostgreSQL: the server is backed up where it runs
            self.run_button.setEnabled(False)
            self.choose.setEnabled(False)
            self.message.setText(self.tr("This practice works on a PostgreSQL server: it is backed up on the "
                                         "server (pg_dump), by the server's administrator."))
        else:
            self.reload()

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)
            self.reload()

    def reload(self) -> None:
        ctx, folder = self.session.ctx, self.folder.text().strip() or None
        background.run(lambda: backups.recent_backups(ctx, folder), guarded(self, self._show),
                       guarded(self, self._failed))

    def _show(self, reports) -> None:
        self.model.set_rows([{"created_at": r.created_at, "patients": r.patients, "audit_rows": r.audit_rows,
                              "name": r.folder.name} for r in reports])

    def back_up(self) -> None:
        ctx, folder = self.session.ctx, self.folder.text().strip() or None
        self.run_button.setEnabled(False)
        self.message.setText(self.tr("Writing and checking the backup…"))
        background.run(lambda: backups.back_up(ctx, folder), guarded(self, self._done), guarded(self, self._failed))

    def _done(self, report) -> None:
        self.last_report = report
        self.run_button.setEnabled(True)
        self.message.setText(self.tr("Backup written and verified: %1 (%2 patients).")
                             .replace("%1", str(Path(report.folder))).replace("%2", str(report.patients)))
        self.reload()
        self.sig_done.emit(report)

    def _failed(self, exc: Exception) -> None:
        self.run_button.setEnabled(True)
        self.message.setText(describe(exc))
