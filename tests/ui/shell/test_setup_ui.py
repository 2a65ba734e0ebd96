"""First-run wizard and unlock dialog, driven offscreen on real encrypted files in tmp_path."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QLabel, QWizard

from app.services.errors import StorageError
from app.services.kernel.context import ServiceContext
from app.services.practice import practice_record as practice_service
from app.services.practice import staff as staff_service
from app.services.security.actor import SYSTEM
from app.services.storage.database import open_encrypted
from app.services.storage.keyslots import KeySlotFile, slot_file_path
from app.ui.common import background, i18n
from app.ui.shell.first_run_wizard import PAGE_ADMIN, PAGE_DATABASE, PAGE_FINISH, PAGE_PRACTICE, FirstRunWizard
from app.ui.shell.unlock_database_dialog import UnlockDatabaseDialog, keyring_reason
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF
from tests.ui.screens import shot

GOOD_GLN = "7601000000002"  # GS1 check digit is right


@pytest.fixture
def wizard(qtbot, tmp_path):
    w = FirstRunWizard(kdf=TEST_KDF, use_keyring=False, default_path=tmp_path / "practice.db")
    qtbot.addWidget(w)
    w.show()
    yield w
    background.wait_idle()
    if w.database is not None:
        w.database.close()


def fill_practice(w, name="Cabinet du Lac", country="CH", ident=GOOD_GLN, postal_code="1003"):
    p = w.practice_page
    p.name.setText(name)
    p.country.setCurrentIndex(p.country.findData(country))
    p.identifier.setText(ident)
    p.address_line.setText("Rue du Lac 4")
    p.postal_code.setText(postal_code)
    p.city.setText("Lausanne")
    p.phone.setText("021 600 00 00")


def fill_admin(w, password=PASSWORD, password2=None):
    a = w.admin_page
    a.username.setText("mmuller")
    a.family_name.setText("Muller")
    a.given_names.setText("Marie")
    a.profession.setCurrentText("Médecin généraliste")
    a.password.setText(password)
    a.password2.setText(password if password2 is None else password2)


def fill_database(w, passphrase=PASSPHRASE, passphrase2=None):
    w.database_page.passphrase.setText(passphrase)
    w.database_page.passphrase2.setText(passphrase if passphrase2 is None else passphrase2)


def go_to(w, page_id, qtbot=None):
    steps = {PAGE_PRACTICE: [], PAGE_ADMIN: [fill_practice], PAGE_DATABASE: [fill_practice, fill_admin]}[page_id]
    w.next()
    for fill in steps:
        fill(w)
        w.next()
    assert w.currentId() == page_id


def test_wizard_creates_encrypted_practice(qtbot, wizard, tmp_path, tmp_path_factory):
    shot(wizard, "wizard_1_welcome")
    wizard.next()
    fill_practice(wizard)
    shot(wizard, "wizard_2_practice")
    wizard.next()
    fill_admin(wizard)
    wizard.admin_page.identifier.setText(GOOD_GLN)
    shot(wizard, "wizard_3_admin")
    wizard.next()
    fill_database(wizard)
    shot(wizard, "wizard_4_database")
    assert not wizard.finish_page.isComplete()
    wizard.next()
    assert wizard.currentId() == PAGE_FINISH
    qtbot.waitUntil(lambda: wizard.actor is not None, timeout=30000)
    assert not wizard.finish_page.isComplete()  # the checkbox is required
    wizard.reject()  # closing before the recovery code is kept is refused
    assert wizard.isVisible() and "cannot be shown again" in wizard.finish_page.message.text()
    wizard.finish_page.confirm.setChecked(True)
    assert wizard.finish_page.isComplete()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    beside = tmp_path / "sheet.pdf"
    wizard.save_recovery_sheet(beside)   # the code never lies beside the database it opens
    qtbot.waitUntil(lambda: "must not be in" in wizard.finish_page.message.text(), timeout=20000)
    assert not beside.exists()
    sheet = tmp_path_factory.mktemp("usb") / "sheet.pdf"
    with qtbot.waitCallback(timeout=20000) as saved:
        wizard.save_recovery_sheet(sheet, on_done=saved)
    assert sheet.read_bytes().startswith(b"%PDF")
    shot(wizard, "wizard_5_finish")

    path = tmp_path / "practice.db"
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    ctx = ServiceContext(wizard.database, SYSTEM)
    row = practice_service.get_practice(ctx)
    assert (row.name, row.country, row.gln) == ("Cabinet du Lac", "CH", GOOD_GLN)
    assert (row.address_line, row.postal_code, row.city, row.phone, row.email) == (
        "Rue du Lac 4", "1003", "Lausanne", "021 600 00 00", None)
    admins = staff_service.list_staff(ctx.as_actor(wizard.actor))
    assert [(s.username, s.gln, "admin" in s.roles) for s in admins] == [("mmuller", GOOD_GLN, True)]
    assert wizard.finish_page.code.text() == wizard.recovery_code
    code = wizard.recovery_code
    wizard.database.close()
    wizard.database = None
    reopened = open_encrypted(path, recovery_code=code, use_keyring=False)
    assert practice_service.get_practice(ServiceContext(reopened, SYSTEM)).name == "Cabinet du Lac"
    reopened.close()


@pytest.mark.parametrize("language, titles", [
    ("de", ("Ihre Praxis", "Erste Administratorin / erster Administrator", "Verschlüsselte Datenbank")),
    ("fr", ("Votre cabinet", "Premier administrateur", "Base de données chiffrée")),
])
def test_every_page_speaks_the_chosen_language(wizard, language, titles):
    from PySide6.QtWidgets import QApplication

    from app.ui.common import i18n

    try:
        for code in ("en", language):   # (French is the wizard's first choice: pick another one first)
            wizard.welcome_page.language.setCurrentIndex(wizard.welcome_page.language.findData(code))
        assert (wizard.practice_page.title(), wizard.admin_page.title(), wizard.database_page.title()) == titles
        go_to(wizard, PAGE_PRACTICE)
        shot(wizard, f"first_run_practice_{language}")
    finally:
        i18n.install(QApplication.instance(), "en")


def test_empty_practice_name_blocks_next(wizard):
    wizard.next()
    fill_practice(wizard, name="  ")
    wizard.next()
    assert wizard.currentId() == PAGE_PRACTICE
    assert "Practice name" in wizard.practice_page.message.text()


def test_bad_gln_blocks_next(wizard):
    wizard.next()
    fill_practice(wizard, ident="7601000000006")
    wizard.next()
    assert wizard.currentId() == PAGE_PRACTICE
    assert "gln" in wizard.practice_page.message.text().lower()
    assert "check digit" in wizard.practice_page.message.text()


@pytest.mark.parametrize("change,label,problem", [
    ({"postal_code": "10030"}, "Postal code", "must be 4 digits"),
    ({"phone": "021 600 ab"}, "Phone", "digits"),
    ({"email": "cabinet.lac"}, "E-mail", "is not an e-mail address"),
])
def test_a_bad_contact_part_blocks_next_and_takes_the_focus(wizard, qtbot, change, label, problem):
    wizard.next()
    fill_practice(wizard)
    page = wizard.practice_page
    for field, value in change.items():
        page.contact_widget(field).setText(value)
    wizard.next()
    assert wizard.currentId() == PAGE_PRACTICE
    assert page.message.text().startswith(label + ":") and problem in page.message.text()
    qtbot.waitUntil(lambda: page.contact_widget(next(iter(change))).hasFocus())


def test_mismatched_passwords_block_next(wizard):
    go_to(wizard, PAGE_ADMIN)
    fill_admin(wizard, password2=PASSWORD + "x")
    wizard.next()
    assert wizard.currentId() == PAGE_ADMIN
    assert "Password again" in wizard.admin_page.message.text()


def test_weak_password_blocks_next(wizard):
    go_to(wizard, PAGE_ADMIN)
    fill_admin(wizard, password="short")
    wizard.next()
    assert wizard.currentId() == PAGE_ADMIN
    assert "password" in wizard.admin_page.message.text().lower()


def test_short_or_mismatched_passphrase_blocks_next(wizard, tmp_path):
    go_to(wizard, PAGE_DATABASE)
    fill_database(wizard, passphrase="too short")
    wizard.next()
    assert wizard.currentId() == PAGE_DATABASE
    assert "passphrase" in wizard.database_page.message.text()
    fill_database(wizard, passphrase2=PASSPHRASE + "!")
    wizard.next()
    assert wizard.currentId() == PAGE_DATABASE
    assert "Passphrase again" in wizard.database_page.message.text()
    assert not (tmp_path / "practice.db").exists()


def test_existing_database_is_never_replaced(wizard, tmp_path):
    existing = tmp_path / "existing.db"
    existing.write_bytes(b"precious records")
    go_to(wizard, PAGE_DATABASE)
    wizard.database_page.path.setText(str(existing))
    fill_database(wizard)
    wizard.next()
    assert wizard.currentId() == PAGE_DATABASE
    assert "already exists" in wizard.database_page.message.text()
    assert existing.read_bytes() == b"precious records"
    assert not slot_file_path(existing).exists()


# --- unlock dialog -------------------------------------------------------------------------------

def _open_with(qtbot, dialog, mode_button, secret):
    mode_button.setChecked(True)
    dialog.secret.setText(secret)
    dialog.try_open()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled() or dialog.database is not None, timeout=20000)


@pytest.fixture
def closed_db(new_db):
    db, path, recovery = new_db
    db.close()
    return path, recovery


def test_unlock_wrong_passphrase_then_recovery_code(qtbot, closed_db):
    path, recovery = closed_db
    dialog = UnlockDatabaseDialog(path, "the keyring is locked")
    qtbot.addWidget(dialog)
    dialog.show()
    _open_with(qtbot, dialog, dialog.use_passphrase, "not the passphrase at all")
    assert dialog.database is None
    assert dialog.last_error.code == "storage.wrong_passphrase"
    assert dialog.message.text().startswith("Wrong passphrase for this database. Check Caps Lock")
    shot(dialog, "unlock_wrong_passphrase")
    _open_with(qtbot, dialog, dialog.use_recovery, recovery.lower().replace("-", " "))
    assert dialog.database is not None
    dialog.database.close()


def test_the_keyring_reason_reaches_the_unlock_dialog_in_the_users_language(qtbot, qapp, closed_db):
    path, _ = closed_db
    slots = KeySlotFile.read(slot_file_path(path))   # the key is said to be in a keyring Cordée does not allow
    slots.record_os_slot("keyrings.alt.file.PlaintextKeyring", "cordee/x", "dek-v1")
    slots.write(slot_file_path(path))
    with pytest.raises(StorageError) as err:
        open_encrypted(path, use_keyring=True)
    assert err.value.code == "storage.need_passphrase"
    assert err.value.params["keyring_reason"] == "storage.keyring_backend_refused"
    assert keyring_reason(err.value) == "the recorded keyring backend is not allowed"
    i18n.install(qapp, "fr")
    try:
        dialog = UnlockDatabaseDialog(path, keyring_reason(err.value))
        qtbot.addWidget(dialog)
        assert "Motif\u00a0: le trousseau de clés enregistré n'est pas autorisé." in dialog.findChild(QLabel).text()
    finally:
        i18n.install(qapp, "en")


def test_unlock_wrong_recovery_code(qtbot, closed_db):
    path, _ = closed_db
    dialog = UnlockDatabaseDialog(path, "")
    qtbot.addWidget(dialog)
    _open_with(qtbot, dialog, dialog.use_recovery, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    assert dialog.last_error.code == "storage.wrong_recovery_code"
    assert dialog.message.text().startswith("Wrong recovery code for this database. Compare it with the recovery")


def test_unlock_damaged_file_is_reported_and_left_untouched(qtbot, closed_db, tmp_path):
    path, _ = closed_db
    copy = tmp_path / "copy" / "practice.db"
    copy.parent.mkdir()
    shutil.copy(path, copy)
    shutil.copy(slot_file_path(path), slot_file_path(copy))
    data = bytearray(copy.read_bytes())
    data[100:4096] = bytes((b ^ 0x5A) for b in data[100:4096])
    copy.write_bytes(bytes(data))
    dialog = UnlockDatabaseDialog(copy, "the keyring is not available")
    qtbot.addWidget(dialog)
    _open_with(qtbot, dialog, dialog.use_passphrase, PASSPHRASE)
    assert dialog.database is None
    assert dialog.last_error.code == "storage.damaged"
    assert dialog.message.text().startswith(f"The database file {copy} is damaged")
    assert "Restore the database from a backup" in dialog.message.text()
    assert copy.read_bytes() == bytes(data)
    assert sorted(p.name for p in copy.parent.iterdir()) == ["practice.db", "practice.db.cordee-keys.json"]
    shot(dialog, "unlock_damaged")
