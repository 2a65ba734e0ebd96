"""Staff administration, audit browser and settings, driven offscreen on a real encrypted practice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from app.models.base import utcnow
from app.services.errors import AuthenticationError, ValidationError
from app.services.practice import accounts
from app.services.practice import practice_record as practice_service
from app.services.practice import staff as staff_service
from app.ui.admin.audit_browser import AuditBrowserDialog
from app.ui.admin.settings_dialog import SettingsDialog, validate_database_url
from app.ui.admin.staff_admin import StaffAdminDialog
from app.ui.common import background, i18n, settings
from app.ui.common.app_session import AppSession
from tests.conftest import PASSWORD
from tests.ui.screens import shot

NEW_PASSWORD = "Temporary-Pass-2025-x"


@pytest.fixture
def session(practice):
    s = AppSession(practice.ctx["admin"])
    yield s
    background.wait_idle()
    s.close()


@pytest.fixture
def admin_dialog(qtbot, session):
    dialog = StaffAdminDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10000)
    return dialog


def usernames(practice):
    return {r.username for r in staff_service.list_staff(practice.ctx["admin"])}


def fill_form(form, username="jdupont", rpps="10001234567", roles=("nurse",), password=PASSWORD):
    form.username.setText(username)
    form.family_name.setText("Dupont")
    form.given_names.setText("Jeanne")
    form.profession.setText("Infirmière")
    form.rpps.setText(rpps)
    for role in roles:
        form.role_boxes[role].setChecked(True)
    form.password.setText(password)


def select(qtbot, dialog, practice, role):
    assert dialog.select(practice.staff_ids[role])
    return dialog.selected()


def test_create_staff_member(qtbot, admin_dialog, practice):
    form = admin_dialog.open_form()
    qtbot.addWidget(form)
    form.show()
    fill_form(form, roles=("nurse", "coordinator"))
    shot(form, "staff_form_new")
    with qtbot.waitSignal(form.sig_saved, timeout=10000):
        form.save()
    qtbot.waitUntil(lambda: "jdupont" in {r.username for r in admin_dialog.model.rows()}, timeout=10000)
    row = next(r for r in admin_dialog.model.rows() if r.username == "jdupont")
    assert set(row.roles) == {"nurse", "coordinator"} and row.rpps == "10001234567"
    shown = [admin_dialog.model.display(row, c) for c in admin_dialog.model.COLUMNS]
    assert "Nurse" in shown[3] and "Coordinator" in shown[3] and "RPPS 10001234567" in shown[4]
    admin_dialog.select(row.id)
    shot(admin_dialog, "staff_admin")


@pytest.mark.parametrize("change, label", [
    ({"rpps": "12345"}, "RPPS number"),
    ({"roles": ()}, "Roles"),
    ({"username": "admin"}, "Username"),
    ({"password": "short"}, "Initial password"),
])
def test_bad_staff_input_names_the_field_and_stores_nothing(qtbot, admin_dialog, practice, change, label):
    before = usernames(practice)
    form = admin_dialog.open_form()
    qtbot.addWidget(form)
    form.show()
    fill_form(form, **change)
    with qtbot.waitSignal(form.sig_failed, timeout=10000) as failed:
        form.save()
    assert failed.args[0].startswith(label + ":")
    assert form.message.text() == failed.args[0]
    assert form.isVisible()
    assert usernames(practice) == before
    if label == "RPPS number":
        shot(form, "staff_form_error")


def test_no_delete_action_anywhere(admin_dialog):
    from PySide6.QtWidgets import QPushButton

    texts = [b.text().lower() for b in admin_dialog.findChildren(QPushButton)]
    assert not [t for t in texts if "delete" in t or "remove" in t]


def test_deactivate_then_reactivate(qtbot, admin_dialog, practice):
    admin_dialog.ask_confirmation = lambda _text: True
    select(qtbot, admin_dialog, practice, "physician")
    assert admin_dialog.active_button.text() == "Deactivate"
    with qtbot.waitSignal(admin_dialog.sig_done, timeout=10000):
        admin_dialog.active_button.click()
    pid = practice.staff_ids["physician"]
    assert not next(r for r in staff_service.list_staff(practice.ctx["admin"]) if r.id == pid).active
    qtbot.waitUntil(lambda: not next(r for r in admin_dialog.model.rows() if r.id == pid).active, timeout=10000)
    assert not admin_dialog.select(pid)  # hidden while "show deactivated" is off
    admin_dialog.show_inactive.setChecked(True)
    select(qtbot, admin_dialog, practice, "physician")
    assert admin_dialog.active_button.text() == "Reactivate"
    with qtbot.waitSignal(admin_dialog.sig_done, timeout=10000):
        admin_dialog.active_button.click()
    assert next(r for r in staff_service.list_staff(practice.ctx["admin"]) if r.id == pid).active


def test_reset_password_forces_change_at_next_login(qtbot, admin_dialog, practice):
    admin_dialog.ask_temporary_password = lambda _row: NEW_PASSWORD
    select(qtbot, admin_dialog, practice, "nurse")
    with qtbot.waitSignal(admin_dialog.sig_done, timeout=10000) as done:
        admin_dialog.reset_button.click()
    assert "next login" in done.args[0]
    result = accounts.login(practice.ctx["admin"], "nurse", NEW_PASSWORD)
    assert result.must_change_password is True


def test_unlock_a_locked_account(qtbot, admin_dialog, practice):
    start = utcnow()
    for i in range(accounts.LOCK_AT):
        with pytest.raises(AuthenticationError):
            accounts.login(practice.ctx["admin"], "nurse", "wrong password!", now=start + timedelta(hours=i))
    with pytest.raises(AuthenticationError, match="locked"):
        accounts.login(practice.ctx["admin"], "nurse", PASSWORD, now=start + timedelta(days=1))
    admin_dialog.reload()
    nid = practice.staff_ids["nurse"]
    qtbot.waitUntil(lambda: next(r for r in admin_dialog.model.rows() if r.id == nid).locked, timeout=10000)
    select(qtbot, admin_dialog, practice, "nurse")
    assert admin_dialog.unlock_button.isEnabled()
    with qtbot.waitSignal(admin_dialog.sig_done, timeout=10000):
        admin_dialog.unlock_button.click()
    assert accounts.login(practice.ctx["admin"], "nurse", PASSWORD, now=start + timedelta(days=2)).actor.username == \
        "nurse"


def test_non_admin_cannot_manage(qtbot, practice):
    dialog = StaffAdminDialog(AppSession(practice.ctx["nurse"]))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10000)
    dialog.table.selectRow(0)
    assert not any(b.isEnabled() for b in (dialog.new_button, dialog.edit_button, dialog.active_button,
                                           dialog.reset_button, dialog.unlock_button))


# --- audit browser --------------------------------------------------------------------------------

@pytest.fixture
def audit_dialog(qtbot, session):
    dialog = AuditBrowserDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10000)
    return dialog


def test_audit_browser_shows_and_filters(qtbot, audit_dialog, practice):
    actions = {r.action for r in audit_dialog.model.rows()}
    assert {"practice.setup", "staff.create"} <= actions
    assert audit_dialog.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)[2] == "."  # dd.MM.yyyy …
    qtbot.waitUntil(lambda: audit_dialog.user.count() > 1, timeout=10000)
    audit_dialog.action.setCurrentIndex(audit_dialog.action.findData("staff"))
    with qtbot.waitSignal(audit_dialog.sig_loaded, timeout=10000):
        audit_dialog.search()
    rows = audit_dialog.model.rows()
    assert rows and all(r.action.startswith("staff.") for r in rows)
    shot(audit_dialog, "audit_browser")
    audit_dialog.action.setCurrentIndex(0)
    audit_dialog.user.setCurrentIndex(audit_dialog.user.findData(practice.staff_ids["admin"]))
    audit_dialog.use_dates.setChecked(True)
    with qtbot.waitSignal(audit_dialog.sig_loaded, timeout=10000):
        audit_dialog.search()
    assert audit_dialog.model.rows()
    assert {r.user_display for r in audit_dialog.model.rows()} == {"Alice Admin"}


def test_verify_chain_ok_then_tampered(qtbot, audit_dialog, practice):
    with qtbot.waitSignal(audit_dialog.sig_verified, timeout=20000) as verified:
        audit_dialog.verify_button.click()
    assert verified.args[0].ok
    assert "intact" in audit_dialog.verify_result.text()
    with practice.db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_no_update")
        conn.exec_driver_sql("UPDATE audit_event SET detail='x' WHERE seq=2")
    with qtbot.waitSignal(audit_dialog.sig_verified, timeout=20000) as verified:
        audit_dialog.verify_button.click()
    assert not verified.args[0].ok
    assert [p.code for p in verified.args[0].problems] == ["security.audit_row_changed"]
    assert "Entry 2 was changed" in audit_dialog.verify_result.text()
    assert "changed outside" in audit_dialog.verify_result.text()
    shot(audit_dialog, "audit_browser_tampered")


# --- settings ------------------------------------------------------------------------------------

def settings_dialog(qtbot, ctx):
    dialog = SettingsDialog(AppSession(ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.practice is not None, timeout=10000)
    return dialog


def test_settings_admin_changes_practice_and_language(qtbot, practice):
    dialog = settings_dialog(qtbot, practice.ctx["admin"])
    assert dialog.name.text() == "MSP des Tilleuls" and dialog.idle.isEnabled()
    dialog.idle.setValue(15)
    assert dialog.shared_language.currentData() == "fr" and dialog.shared_language.isEnabled()
    dialog.shared_language.setCurrentIndex(dialog.shared_language.findData("de"))
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.database_url.setText("postgresql://cordee@db.cabinet.example/cordee?sslmode=verify-full")
    shot(dialog, "settings")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.save()
    stored = practice_service.get_practice(practice.ctx["admin"])
    assert stored.idle_lock_minutes == 15 and stored.language == "de"
    assert settings.get(settings.LANGUAGE) == "de"
    # the login screen's language from the next start: the running window never mixes two languages
    assert i18n.current() == "en"
    assert settings.get(settings.DATABASE_URL).endswith("sslmode=verify-full")


def test_settings_admin_enters_the_practice_contact_by_keyboard(qtbot, practice):
    dialog = settings_dialog(qtbot, practice.ctx["admin"])
    dialog.address_line.setFocus()
    qtbot.keyClicks(dialog.address_line, "12 rue des Lilas")
    for edit, text in ((dialog.postal_code, "69003"), (dialog.city, "Lyon"), (dialog.phone, "04 78 00 00 00")):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)   # the next part of the address, in reading order
        assert dialog.focusWidget() is edit
        qtbot.keyClicks(edit, text)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.save()
    stored = practice_service.get_practice(practice.ctx["admin"])
    assert (stored.address_line, stored.postal_code, stored.city, stored.phone, stored.email) == (
        "12 rue des Lilas", "69003", "Lyon", "04 78 00 00 00", None)
    again = settings_dialog(qtbot, practice.ctx["admin"])
    assert (again.postal_code.text(), again.phone.text()) == ("69003", "04 78 00 00 00")


@pytest.mark.parametrize("edit,text,message", [
    ("postal_code", "6900", "Postal code: must be 5 digits"),
    ("phone", "04 78 / 00", "Phone: must be 6 to 15 digits"),
    ("email", "msp.tilleuls", "E-mail: is not an e-mail address"),
])
def test_settings_refuses_a_bad_contact_part_and_stores_nothing(qtbot, practice, edit, text, message):
    before = practice_service.get_practice(practice.ctx["admin"])
    dialog = settings_dialog(qtbot, practice.ctx["admin"])
    getattr(dialog, edit).setText(text)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10000)
    assert dialog.message.text().startswith(message) and dialog.isVisible()
    assert dialog.focusWidget() is getattr(dialog, edit)
    assert practice_service.get_practice(practice.ctx["admin"]) == before


def test_settings_refuses_bad_url_and_stores_nothing(qtbot, practice):
    dialog = settings_dialog(qtbot, practice.ctx["admin"])
    dialog.database_url.setText("postgresql://cordee@db.cabinet.example/cordee")
    dialog.save()
    assert dialog.message.text().startswith("PostgreSQL server:")
    assert dialog.isVisible() and settings.get(settings.DATABASE_URL) == ""


def test_settings_practice_values_are_admin_only(qtbot, practice):
    dialog = settings_dialog(qtbot, practice.ctx["nurse"])
    assert not dialog.idle.isEnabled() and not dialog.name.isEnabled() and not dialog.shared_language.isEnabled()
    assert "administrator" in dialog.admin_note.text()
    shot(dialog, "settings_non_admin")


@pytest.mark.parametrize("url, ok", [
    ("", True), ("postgresql://cordee@localhost/cordee", True), ("postgresql+psycopg://c@127.0.0.1/x", True),
    ("postgresql://c@srv/x?sslmode=require", True), ("postgresql://c@srv/x?sslmode=disable", False),
    ("mysql://c@localhost/x", False), ("postgresql://c:secret@localhost/x", False),
])
def test_validate_database_url(url, ok):
    if ok:
        validate_database_url(url)
    else:
        with pytest.raises(ValidationError):
            validate_database_url(url)


# --- backups ---------------------------------------------------------------------------------------

def test_backup_dialog_writes_a_verified_backup_and_lists_it(qtbot, practice, tmp_path):
    from app.ui.admin.backup_dialog import BackupDialog

    dialog = BackupDialog(AppSession(practice.ctx["admin"]))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.folder.text() == str(practice.path) + ".backups" and dialog.run_button.isEnabled()
    dialog.folder.setText(str(tmp_path / "usb"))
    with qtbot.waitSignal(dialog.sig_done, timeout=20000):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Backup written and verified: ")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.last_report.folder.parent == tmp_path / "usb"
    shot(dialog, "backup_dialog")


def test_backup_dialog_names_the_problem_and_writes_nothing(qtbot, practice, tmp_path):
    from app.ui.admin.backup_dialog import BackupDialog

    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    dialog = BackupDialog(AppSession(practice.ctx["admin"]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(blocker))
    dialog.back_up()
    qtbot.waitUntil(lambda: dialog.run_button.isEnabled(), timeout=10000)
    assert dialog.message.text() == f"{blocker} is a file, not a folder: choose a folder."
    assert blocker.read_text() == "not a folder" and dialog.last_report is None


def test_settings_lists_for_older_people_default_by_country_and_choice(qtbot, practice):
    dialog = settings_dialog(qtbot, practice.ctx["admin"])
    ticked = lambda: tuple(lid for lid, box in dialog.pim_lists.items() if box.isChecked())  # noqa: E731
    assert ticked() == ("EU7-PIM", "STOPP-V3", "LAROCHE", "BEERS-2023")          # France
    assert all(box.isEnabled() for box in dialog.pim_lists.values())
    dialog.country.setCurrentIndex(dialog.country.findData("CH"))                 # kept the default: follows
    assert ticked() == ("EU7-PIM", "PRISCUS-2", "STOPP-V3", "BEERS-2023")
    dialog.pim_lists["BEERS-2023"].setChecked(False)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.save()
    stored = practice_service.get_practice(practice.ctx["admin"])
    assert stored.country == "CH" and stored.pim_lists == ("EU7-PIM", "PRISCUS-2", "STOPP-V3")


def test_settings_lists_read_only_for_a_non_administrator(qtbot, practice):
    dialog = settings_dialog(qtbot, practice.ctx["physician"])
    assert not any(box.isEnabled() for box in dialog.pim_lists.values())
