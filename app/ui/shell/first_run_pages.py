"""The pages of the first-run assistant (see ``first_run_wizard``): forms that check their own input.

Each page's Next checks its fields with the same service rules as the set-up
itself and shows a message that names the field; nothing is stored here.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.services.errors import ValidationError
from app.services.kernel import identifiers
from app.services.practice.practice_record import PracticeContact, checked_contact
from app.services.practice.staff import USERNAME, StaffInput
from app.services.security import passwords
from app.services.storage.atomic import private_folder
from app.services.storage.database import check_passphrase_strength
from app.services.storage.failures import from_os_error
from app.services.storage.keyslots import slot_file_path
from app.ui.common import i18n
from app.ui.common.errors import describe


def default_database_path() -> Path:
    return Path(user_data_dir("Cordee", "Cordee")) / "practice.db"


class _Page(QWizardPage):
    """A form page with a red message line; ``fail`` shows a problem and keeps the user here."""

    def __init__(self):
        super().__init__()
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        outer.addStretch(1)

    def fail(self, text: str, widget: QWidget | None = None) -> bool:
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.setText(text)
        if widget is not None:
            widget.setFocus()
        return False

    def fail_exc(self, exc: Exception, widget: QWidget | None = None) -> bool:
        return self.fail(describe(exc), widget)

    def line(self, label: str, echo_password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        if echo_password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(QLabel(label), edit)
        return edit


class WelcomePage(_Page):
    def __init__(self, wizard: QWizard):
        super().__init__()
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(wizard.language)))
        self.form.addRow(QLabel(), self.language)
        self.language.currentIndexChanged.connect(lambda _i: wizard.set_language(self.language.currentData()))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Cordée"))
        self.setSubTitle(self.tr("This assistant sets up your practice: its name, the first administrator and "
                                 "the encrypted database that will hold the patient records."))
        self.form.labelForField(self.language).setText(self.tr("Language"))


class PracticePage(_Page):
    def __init__(self, wizard: QWizard):
        super().__init__()
        self.setTitle(self.tr("Your practice"))
        self.setSubTitle(self.tr("The name, address and phone are printed on the documents handed to patients; "
                                 "the address and phone can be added later in the settings."))
        self.name = self.line(self.tr("Practice name"))
        self.country = QComboBox()
        self.country.addItem(self.tr("France"), "FR")
        self.country.addItem(self.tr("Switzerland"), "CH")
        self.form.addRow(self.tr("Country"), self.country)
        self.identifier = self.line("")
        self.address_line = self.line(self.tr("Address"))
        self.postal_code, self.city = QLineEdit(), QLineEdit()
        self.postal_code.setMaxLength(10)
        self.postal_code.setMaximumWidth(90)
        self.postal_code.setAccessibleName(self.tr("Postal code"))
        self.city.setAccessibleName(self.tr("City"))
        town = QHBoxLayout()
        town.addWidget(self.postal_code)
        town.addWidget(self.city, 1)
        town_label = QLabel(self.tr("Postal code and city"))
        town_label.setBuddy(self.postal_code)
        self.form.addRow(town_label, town)
        self.phone = self.line(self.tr("Phone"))
        self.phone.setPlaceholderText("04 78 00 00 00")
        self.email = self.line(self.tr("E-mail (optional)"))
        self.country.currentIndexChanged.connect(self._country_changed)
        self._country_changed()

    def _country_changed(self) -> None:
        label = self.form.labelForField(self.identifier)
        label.setText(self.tr("FINESS number (optional)") if self.country.currentData() == "FR"
                      else self.tr("GLN of the practice (optional)"))
        self.postal_code.setPlaceholderText("69003" if self.country.currentData() == "FR" else "1003")

    def finess(self) -> str | None:
        return self.identifier.text().strip() or None if self.country.currentData() == "FR" else None

    def gln(self) -> str | None:
        return self.identifier.text().strip() or None if self.country.currentData() == "CH" else None

    def contact(self) -> PracticeContact:
        return PracticeContact(phone=self.phone.text(), email=self.email.text(),
                               address_line=self.address_line.text(), postal_code=self.postal_code.text(),
                               city=self.city.text())

    def contact_widget(self, field: str) -> QWidget | None:
        """The edit of a contact part named by a refusal."""
        return {"phone": self.phone, "email": self.email, "address_line": self.address_line,
                "postal_code": self.postal_code, "city": self.city}.get(field)

    def validatePage(self) -> bool:  # noqa: N802 (Qt name)
        if not self.name.text().strip():
            return self.fail(self.tr("Practice name: please enter the name of the practice."), self.name)
        try:
            if self.finess():
                identifiers.normalise_finess(self.finess())
            if self.gln():
                identifiers.normalise_gln(self.gln())
        except ValidationError as exc:
            return self.fail_exc(exc, self.identifier)
        try:
            checked_contact(self.contact(), self.country.currentData())
        except ValidationError as exc:
            return self.fail_exc(exc, self.contact_widget(exc.field))
        return self.fail("") or True


class AdminPage(_Page):
    def __init__(self, wizard: QWizard):
        super().__init__()
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(self.tr("This personal account manages staff accounts and settings. "
                                 "Every person in the practice will get their own account later."))
        self.username = self.line(self.tr("Username"))
        self.family_name = self.line(self.tr("Family name"))
        self.given_names = self.line(self.tr("Given names"))
        self.profession = QComboBox()
        self.profession.setEditable(True)
        self.profession.addItems([self.tr("General practitioner"), self.tr("Nurse"), self.tr("Pharmacist"),
                                  self.tr("Medical assistant"), self.tr("Practice coordinator")])
        self.form.addRow(self.tr("Profession"), self.profession)
        self.identifier = self.line("")
        self.password = self.line(self.tr("Password (at least 12 characters)"), echo_password=True)
        self.password2 = self.line(self.tr("Password again"), echo_password=True)

    def initializePage(self) -> None:  # noqa: N802 (Qt name)
        fr = self.wizard().practice_page.country.currentData() == "FR"
        self.form.labelForField(self.identifier).setText(
            self.tr("RPPS or ADELI number (optional)") if fr else self.tr("GLN (optional)"))

    def staff_input(self) -> StaffInput:
        data = StaffInput(username=self.username.text().strip().lower(), family_name=self.family_name.text(),
                          given_names=self.given_names.text(), profession=self.profession.currentText(),
                          roles=["admin"])
        ident = self.identifier.text().strip()
        if ident and self.wizard().practice_page.country.currentData() == "CH":
            data.gln = ident
        elif ident:
            digits = "".join(ch for ch in ident if ch.isdigit())
            data.adeli, data.rpps = (ident, None) if len(digits) == 9 else (None, ident)
        return data

    def validatePage(self) -> bool:  # noqa: N802 (Qt name)
        data = self.staff_input()
        if not USERNAME.match(data.username):
            return self.fail(self.tr("Username: use 2 to 64 lower-case letters, digits, dots, dashes or "
                                     "underscores, starting with a letter."), self.username)
        for edit, label in ((self.family_name, self.tr("Family name")), (self.given_names, self.tr("Given names"))):
            if not edit.text().strip():
                return self.fail(self.tr("%1: this field is required.").replace("%1", label), edit)
        if not data.profession.strip():
            return self.fail(self.tr("Profession: this field is required."), self.profession)
        try:
            if data.gln:
                identifiers.normalise_gln(data.gln)
            if data.rpps:
                identifiers.normalise_rpps(data.rpps)
            if data.adeli:
                identifiers.normalise_adeli(data.adeli)
        except ValidationError as exc:
            return self.fail_exc(exc, self.identifier)
        try:
            passwords.check_password_rules(self.password.text())
        except ValidationError as exc:
            return self.fail_exc(exc, self.password)
        if self.password.text() != self.password2.text():
            return self.fail(self.tr("Password again: the two passwords are not the same."), self.password2)
        return self.fail("") or True


class DatabasePage(_Page):
    def __init__(self, wizard: QWizard):
        super().__init__()
        self.setTitle(self.tr("Encrypted database"))
        self.setSubTitle(self.tr("All records are kept in one encrypted file on this computer. The practice "
                                 "passphrase protects every record: it is needed whenever the computer's "
                                 "keyring is not available. Choose a long sentence that you can remember."))
        self.path = QLineEdit(str(wizard.default_path))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.form.addRow(self.tr("Database file"), row)
        self.passphrase = self.line(self.tr("Practice passphrase (at least 12 characters)"), echo_password=True)
        self.passphrase2 = self.line(self.tr("Passphrase again"), echo_password=True)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the database"))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Location of the new database"), self.path.text(),
                                              self.tr("Cordée database (*.db)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.path.setText(name)

    def db_path(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def validatePage(self) -> bool:  # noqa: N802 (Qt name)
        wizard = self.wizard()
        path = self.db_path()
        if not self.path.text().strip():
            return self.fail(self.tr("Database file: please choose where to store the database."), self.path)
        if (path.exists() or slot_file_path(path).exists()) and path != wizard.created_path:
            return self.fail(self.tr("Database file: %1 already exists. Cordée never replaces a database; choose "
                                     "another file name, or close this assistant and open the existing "
                                     "database.").replace("%1", str(path)), self.path)
        try:
            check_passphrase_strength(self.passphrase.text())
        except ValidationError as exc:
            return self.fail_exc(exc, self.passphrase)
        if self.passphrase.text() != self.passphrase2.text():
            return self.fail(self.tr("Passphrase again: the two passphrases are not the same."), self.passphrase2)
        try:
            private_folder(path.parent)   # folders Cordée creates are the user's only; existing ones stay as they are
        except OSError as exc:
            return self.fail_exc(from_os_error(exc, path.parent, writing=True), self.path)
        return self.fail("") or True


class FinishPage(_Page):
    def __init__(self, wizard: QWizard):
        super().__init__()
        self.setTitle(self.tr("Recovery code"))
        self.setSubTitle(self.tr("The recovery code is shown only once, on this page."))
        self.status = QLabel(self.tr("Creating the encrypted database… This takes a few seconds."))
        self.status.setWordWrap(True)
        self.form.addRow(self.status)
        self.code = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(18)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setStyleSheet("border: 2px solid #333; padding: 12px; background: #f6f6f6;")
        self.form.addRow(self.code)
        self.save = QPushButton(self.tr("Save recovery sheet (PDF)…"))
        self.save.clicked.connect(self._save_clicked)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save)
        save_row.addStretch(1)
        self.form.addRow(save_row)
        self.confirm = QCheckBox(self.tr("I have printed or saved the recovery sheet and will keep it offline"))
        self.confirm.toggled.connect(self.completeChanged)
        self.form.addRow(self.confirm)
        self._show(False)

    def _show(self, created: bool) -> None:
        for w in (self.code, self.save, self.confirm):
            w.setVisible(created)

    def initializePage(self) -> None:  # noqa: N802 (Qt name)
        self.message.setText("")
        self._show(False)
        self.status.setText(self.tr("Creating the encrypted database… This takes a few seconds."))
        self.wizard().create_practice()

    def show_created(self, code: str) -> None:
        self.status.setText(self.tr("The database is ready. This recovery code opens it if the passphrase is "
                                    "forgotten or the keyring is lost. It is shown only now: save the recovery "
                                    "sheet, print it and keep it offline in a safe place. Anyone holding it "
                                    "can open the records."))
        self.code.setText(code)
        self._show(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        return self.wizard() is not None and self.wizard().actor is not None and self.confirm.isChecked()

    def _save_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save recovery sheet"),
                                              str(Path.home() / "cordee-recovery-sheet.pdf"), self.tr("PDF (*.pdf)"))
        if name:
            self.wizard().save_recovery_sheet(Path(name))
