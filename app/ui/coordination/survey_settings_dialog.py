"""The practice's patient survey settings: the address of the form it hosts (printed as a QR code on the paper
questionnaire) and its own questionnaire, loaded from a JSON file (checked by the service; empty: the default)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.coordination import survey
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded


class SurveySettingsDialog(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.definition: str | None = None
        self.setWindowTitle(self.tr("Patient survey settings"))
        self.banner = ErrorBanner(self)
        self.url = QLineEdit(self)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        load = QPushButton(self.tr("&Load a questionnaire file…"), self)
        load.clicked.connect(lambda: self.load())
        default = QPushButton(self.tr("Use the &default questionnaire"), self)
        default.clicked.connect(self.use_default)
        row = QHBoxLayout()
        row.addWidget(load)
        row.addWidget(default)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Address of the online &form"), self.url)
        form.addRow(self.tr("Questionnaire"), self.source)
        form.addRow("", row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 260)
        ctx = session.ctx
        background.run(lambda: survey.settings(ctx), guarded(self, self._loaded),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _loaded(self, values: tuple[str | None, str | None]) -> None:
        url, self.definition = values
        self.url.setText(url or "")
        self._describe()

    def _describe(self) -> None:
        self.source.setText(self.tr("The practice's own questionnaire") if self.definition
                            else self.tr("The default questionnaire of Cordée"))

    def load(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Questionnaire file"), "", "JSON (*.json)")
        if not path:
            return
        try:   # not UTF-8: the replaced characters make the service's check name the problem
            self.definition = Path(path).read_bytes().decode("utf-8", errors="replace")
        except OSError as exc:
            self.banner.show_message(describe(exc))
            return
        self.source.setText(self.tr("From the file %1 (checked when saved)").replace("%1", Path(path).name))

    def use_default(self) -> None:
        self.definition = None
        self._describe()

    def save(self) -> None:
        ctx, url, definition = self.session.ctx, self.url.text(), self.definition
        self.banner.clear()
        background.run(lambda: survey.configure(ctx, form_url=url, definition=definition),
                       guarded(self, lambda _r: self.accept()),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))
