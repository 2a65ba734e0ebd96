"""First run: the practice, its first administrator and the encrypted database, then the recovery code.

The wizard never replaces an existing database file. Creating the database
(Argon2id, SQLCipher, schema) and the practice runs off the GUI thread, in a staging folder beside the chosen
path; the database gets its name only once the recovery code is on screen (a practice whose recovery code was
never shown cannot exist). The start-up code reads ``database``, ``actor``, ``recovery_code`` and ``language``
afterwards.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget, QWizard

from app.services.errors import ValidationError
from app.services.kernel.context import ServiceContext
from app.services.practice.practice_record import CONTACT_FIELDS, setup_practice
from app.services.practice.recovery_sheet import check_sheet_path, write_recovery_sheet
from app.services.security.actor import SYSTEM
from app.services.storage.database import NewDatabase, begin_create
from app.services.storage.keyslots import STRONG_KDF, KdfParams
from app.ui.common import background, i18n
from app.ui.common.errors import describe
from app.ui.common.form_helpers import guarded
from app.ui.shell.first_run_pages import (
    AdminPage,
    DatabasePage,
    FinishPage,
    PracticePage,
    WelcomePage,
    default_database_path,
)

PAGE_WELCOME, PAGE_PRACTICE, PAGE_ADMIN, PAGE_DATABASE, PAGE_FINISH = range(5)
ADMIN_FIELDS = {"username", "family_name", "given_names", "profession", "roles", "rpps", "adeli", "email",
                "password", "identifier"}


class FirstRunWizard(QWizard):
    """The first-run assistant; after ``exec()`` succeeds, ``database`` and ``actor`` are set."""

    def __init__(self, parent: QWidget | None = None, *, kdf: KdfParams = STRONG_KDF, use_keyring: bool = True,
                 default_path: Path | None = None, language: str = "fr"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cordée — first start"))
        self.kdf, self.use_keyring = kdf, use_keyring
        self.default_path = Path(default_path) if default_path else default_database_path()
        self.language = language
        self.database = self.actor = self.recovery_code = self.created_path = self.created_at = None
        self.pending: NewDatabase | None = None   # made, set up, not yet given its name
        self.sheet_path: Path | None = None
        self.creating = False
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.welcome_page = WelcomePage(self)
        self.setPage(PAGE_WELCOME, self.welcome_page)
        self._build_pages()
        self.resize(720, 520)

    def _build_pages(self) -> None:
        for page_id in (PAGE_PRACTICE, PAGE_ADMIN, PAGE_DATABASE, PAGE_FINISH):
            if (old := self.page(page_id)) is not None:
                self.removePage(page_id)
                old.deleteLater()
        self.practice_page, self.admin_page = PracticePage(self), AdminPage(self)
        self.database_page, self.finish_page = DatabasePage(self), FinishPage(self)
        for page_id, page in ((PAGE_PRACTICE, self.practice_page), (PAGE_ADMIN, self.admin_page),
                              (PAGE_DATABASE, self.database_page), (PAGE_FINISH, self.finish_page)):
            self.setPage(page_id, page)

    def set_language(self, code: str) -> None:
        """Apply the language at once; the later pages (still empty) are rebuilt in it."""
        self.language = i18n.install(QApplication.instance(), code)
        self.setWindowTitle(self.tr("Cordée — first start"))
        self.welcome_page.retranslate()
        self._build_pages()

    def reject(self) -> None:
        """Closing is refused while the database is being created, and before the recovery code is kept."""
        if self.creating:
            return
        if self.actor is not None and not self.finish_page.confirm.isChecked():
            self.finish_page.fail(self.tr("The recovery code cannot be shown again: save or print the recovery "
                                          "sheet and tick the box before closing."))
            return
        if self.actor is not None:  # the practice exists now: start with it
            self.accept()
            return
        if self.pending is not None:   # made but never named: nothing is left behind
            self.pending.discard()
            self.pending = None
        super().reject()

    def accept(self) -> None:
        if self.creating or self.actor is None:
            return   # still being named: Finish is pressed again in a moment
        super().accept()

    def create_practice(self) -> None:
        """Create the database (or reuse the one created a moment ago) and the practice, off the GUI thread."""
        path = self.database_page.db_path()
        passphrase = self.database_page.passphrase.text()
        practice, admin = self.practice_page, self.admin_page
        name, country = practice.name.text(), practice.country.currentData()
        finess, gln, contact = practice.finess(), practice.gln(), practice.contact()
        staff, password = admin.staff_input(), admin.password.text()
        reuse = self.pending if self.created_path == path else None
        kdf, use_keyring = self.kdf, self.use_keyring
        language = self.language   # the language chosen on the first page also writes the shared texts

        def work():
            new = reuse or begin_create(path, passphrase, kdf=kdf, use_keyring=use_keyring)
            try:
                actor = setup_practice(ServiceContext(new.db, SYSTEM), name=name, country=country, admin=staff,
                                       admin_password=password, finess=finess, gln=gln, language=language,
                                       contact=contact)
            except Exception as exc:
                exc.created = new
                raise
            return new, actor

        self.creating = True
        background.run(work, guarded(self, self._created), guarded(self, self._failed))

    def _created(self, result) -> None:
        new, actor = result
        self.pending = new
        self.recovery_code = new.recovery_code
        self.created_path = self.database_page.db_path()
        self.created_at = datetime.now(UTC)
        self.finish_page.show_created(self.recovery_code)   # on screen first, then the database gets its name
        background.run(new.publish, guarded(self, lambda db: self._published(db, actor)),
                       guarded(self, self._publish_failed))

    def _published(self, database, actor) -> None:
        self.creating = False
        self.pending = None
        self.database, self.actor = database, actor
        self.finish_page.completeChanged.emit()

    def _publish_failed(self, exc: Exception) -> None:
        self.creating = False
        self.pending = None   # discarded by publish: the chosen name is still free, or taken by someone else
        self.finish_page.fail(describe(exc))

    def _failed(self, exc: Exception) -> None:
        self.creating = False
        if getattr(exc, "created", None):  # the new database stays in its staging folder; a retry reuses it
            self.pending = exc.created
            self.created_path = self.database_page.db_path()
        field = exc.field if isinstance(exc, ValidationError) else ""
        if field in CONTACT_FIELDS:   # the administrator's account has no e-mail here: an e-mail is the practice's
            target = PAGE_PRACTICE
        elif field in ADMIN_FIELDS:
            target = PAGE_ADMIN
        elif field in ("practice_name", "country", "finess") or (field == "gln" and self.practice_page.gln()):
            target = PAGE_PRACTICE
        elif field == "gln":
            target = PAGE_ADMIN
        else:
            target = PAGE_DATABASE  # passphrase, storage problems and anything unexpected
        while self.currentId() != target and self.currentId() > PAGE_WELCOME:
            self.back()
        self.currentPage().fail_exc(exc)

    def save_recovery_sheet(self, out_path: Path, on_done=None) -> None:
        """Write the printed sheet in the background; ``on_done(path)`` when written."""
        practice = self.practice_page
        args = dict(practice_name=practice.name.text().strip(), country=practice.country.currentData(),
                    database_location=str(self.created_path), db_uuid=self.database.db_uuid,
                    recovery_code=self.recovery_code, created_at=self.created_at, lang=self.language)

        def saved(path):
            self.sheet_path = path
            self.finish_page.message.setStyleSheet("color: #1b5e20;")
            self.finish_page.message.setText(self.tr("The recovery sheet was saved to %1. Print it now, then "
                                                     "keep it offline.").replace("%1", str(path)))
            if on_done:
                on_done(path)

        def failed(exc):
            self.finish_page.fail(self.tr("The recovery sheet could not be saved: %1").replace("%1", describe(exc)))

        database_path = self.created_path

        def work():   # never beside the database or its backups: the code must not lie next to what it opens
            return write_recovery_sheet(check_sheet_path(out_path, database_path), **args)
        background.run(work, guarded(self, saved), guarded(self, failed))
