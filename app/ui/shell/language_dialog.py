"""File → Language…: every user chooses the language Cordée speaks to them (stored on their account).

The screens build their texts when they open, so the new language applies from the next login: the dialog says
so, and the main window offers to log out now. Until then every menu, table and dialog stays in one language.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.services.practice import preferences
from app.services.practice.preferences import UserLocale
from app.ui.common import background, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded
from app.ui.common.operations import FormOperation


class LanguageDialog(QDialog):
    """The user's own interface language: one of fr, de, en, or the practice's language."""

    sig_saved = Signal(object)
    """Stored: the ``UserLocale`` the next login will use."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.locale: UserLocale | None = None
        self.setWindowTitle(self.tr("Language"))
        layout = QVBoxLayout(self)
        self.banner = ErrorBanner(self)
        layout.addWidget(self.banner)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem(self.tr("The practice's language"), None)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setEnabled(False)   # until the stored choice is read
        form.addRow(self.tr("Interface language"), self.language)
        layout.addLayout(form)
        note = QLabel(self.tr("Menus, lists and dialogs speak this language from your next login; dates follow it "
                              "and the practice's country. Other users keep their own choice."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout.addWidget(self.buttons)
        self.operation = FormOperation(self, self.banner, {"language": self.language})
        self.setMinimumWidth(460)
        ctx = session.ctx
        background.run(lambda: preferences.my_locale(ctx), guarded(self, self._loaded),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _loaded(self, locale: UserLocale) -> None:
        self.locale = locale
        self.language.setCurrentIndex(max(0, self.language.findData(locale.chosen)))
        self.language.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def save(self) -> None:
        """Store the choice on the user's account (the service checks it is their own and audits it)."""
        ctx, staff_id, value = self.session.ctx, self.session.actor.staff_id, self.language.currentData()

        def job() -> UserLocale:
            preferences.set_language(ctx, staff_id, value)
            return preferences.my_locale(ctx)

        self.operation.run(job, self._saved)

    def _saved(self, locale: UserLocale) -> None:
        self.locale = locale
        self.accept()
        self.sig_saved.emit(locale)
