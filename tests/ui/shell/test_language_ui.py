"""Each user's interface language (File → Language…) and the date format of the language in the practice's
country, on screen and in date fields (offscreen, real encrypted DB)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QApplication, QDialog

from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.practice import practice_record as practice_service
from app.services.practice import preferences
from app.services.security.actor import SYSTEM
from app.ui.common import dates, i18n
from app.ui.common.app_session import AppSession
from app.ui.common.form_helpers import set_combo_value
from app.ui.coordination.events_dialog import EventDialog
from app.ui.patients.patient_form import PatientForm
from app.ui.shell import startup
from app.ui.shell.language_dialog import LanguageDialog
from app.ui.shell.login_dialog import LoginDialog
from app.ui.shell.main_window import MainWindow
from tests.support import PASSWORD
from tests.ui.screens import shot

pytestmark = pytest.mark.gui


def _login(qtbot, practice, username: str) -> MainWindow:
    """What the program does at a login: the login dialog, the user's own language, then the main window."""
    base = practice.ctx["admin"].as_actor(SYSTEM)
    dialog = LoginDialog(base)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.clear()   # (the last user's name is filled in)
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    ctx = base.as_actor(dialog.login_result.actor)
    startup.install_user_language(ctx)
    window = MainWindow(AppSession(ctx), 10)
    qtbot.addWidget(window)
    window.show()
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.docks_installed, timeout=5000)
    return window


def _shoot_with_file_menu(window: MainWindow, name: str) -> None:
    """The window at 1366×768 and its File menu (with Language…), as a user sees them."""
    shot(window, f"{name}_1366")
    menu = window.menuBar().actions()[0].menu()
    menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    shot(menu, f"{name}_file_menu")
    menu.hide()


def _menus(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def _birth_header(window: MainWindow) -> str:
    return window.search_panel.model.headerData(3, Qt.Orientation.Horizontal)


def _language_dialog(qtbot, window: MainWindow) -> LanguageDialog:
    window.action_language.trigger()
    dialog = window.language_dialog
    qtbot.waitUntil(lambda: dialog.language.isEnabled(), timeout=5000)
    return dialog


def test_a_nurse_switches_to_german_from_her_next_login_and_others_stay_french(qtbot, practice):
    patients.create_patient(practice.ctx["nurse"], PatientInput(family_name="Dupont", given_names="Hélène",
                                                                birth_date="15.03.1948", sex="F"))
    window = _login(qtbot, practice, "nurse")
    assert i18n.current() == "fr"
    assert _menus(window)[0] == "&Fichier" and _birth_header(window) == "Naissance"
    assert window.action_language.isVisible() and window.action_language.text() == "Lan&gue…"
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() == 1, timeout=5000)
    assert window.search_panel.model.index(0, 3).data() == "15/03/1948"   # a French practice: slashes
    _shoot_with_file_menu(window, "language_main_window_fr")
    dialog = _language_dialog(qtbot, window)
    assert dialog.language.currentData() is None   # the practice's language until she chooses
    shot(dialog, "language_dialog_fr")
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    notice = window.language_notice
    assert "Deutsch" in notice.text() and "prochaine connexion" in notice.text()
    shot(notice, "language_restart_notice_fr")
    # the window keeps one language until the next login: menus and tables alike
    assert i18n.current() == "fr"
    assert _menus(window)[0] == "&Fichier" and _birth_header(window) == "Naissance"
    with qtbot.waitSignal(window.sig_logout, timeout=5000):
        window.logout_now.click()
    assert window.logged_out
    # her next login speaks German, menus and tables; dates in a French practice in German: dots
    again = _login(qtbot, practice, "nurse")
    assert i18n.current() == "de"
    assert _menus(again)[0] == "&Datei" and _birth_header(again) == "Geburtsdatum"
    assert again.action_language.text() == "S&prache…"
    qtbot.waitUntil(lambda: again.search_panel.model.rowCount() == 1, timeout=5000)
    assert again.search_panel.model.index(0, 3).data() == "15.03.1948"
    _shoot_with_file_menu(again, "language_main_window_de")
    dialog = _language_dialog(qtbot, again)
    assert dialog.language.currentData() == "de"
    shot(dialog, "language_dialog_de")
    dialog.reject()
    # another user is not affected
    doctor = _login(qtbot, practice, "physician")
    assert i18n.current() == "fr" and _menus(doctor)[0] == "&Fichier" and _birth_header(doctor) == "Naissance"


def test_a_refused_language_is_shown_on_the_field_and_nothing_is_stored(qtbot, practice):
    window = _login(qtbot, practice, "pharmacist")
    dialog = _language_dialog(qtbot, window)
    dialog.language.addItem("Italiano", "it")   # a value the service does not know
    dialog.language.setCurrentIndex(dialog.language.findData("it"))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=5000)
    assert dialog.language.property("invalid") is True or "Langue" in dialog.banner.label.text()
    assert dialog.isVisible()
    assert preferences.my_locale(practice.ctx["pharmacist"]).chosen is None


def _set_country(practice, country: str) -> None:
    admin = practice.ctx["admin"]
    row = practice_service.get_practice(admin)
    practice_service.update_practice(admin, row.version, name=row.name, country=country, finess=None, gln=None,
                                     idle_lock_minutes=row.idle_lock_minutes)


@pytest.mark.parametrize("country, language, shown", [("FR", "fr", "07/12/2026"), ("CH", "fr", "07.12.2026"),
                                                      ("CH", "de", "07.12.2026")])
def test_dates_on_screen_and_in_date_fields_follow_language_and_country(qtbot, practice, country, language, shown):
    _set_country(practice, country)
    nurse = practice.ctx["nurse"]
    preferences.set_language(nurse, practice.staff_ids["nurse"], language)
    startup.install_user_language(nurse)
    assert dates.day(date(2026, 12, 7)) == shown
    session = AppSession(nurse)
    # a date field shows that format and reads what is typed in it
    events = EventDialog(session, patients.create_patient(nurse, PatientInput(
        family_name="Rochat", given_names="Odile", birth_date="02.02.1940", sex="F")))
    qtbot.addWidget(events)
    events.day.setDate(QDate(2026, 12, 7))
    assert events.day.text() == shown
    typed = "08" + shown[2:]
    assert events.day.validate(typed, len(typed))[0] == QValidator.State.Acceptable
    events.day.lineEdit().setText(typed)
    events.day.interpretText()
    assert events.day.date() == QDate(2026, 12, 8)
    # the patient form hints at the format shown and stores a birth date typed in it
    form = PatientForm(session)
    qtbot.addWidget(form)
    form.show()
    assert form.fields["birth_date"].placeholderText().count(shown[2]) == 2
    for name, value in {"family_name": "Favre", "given_names": "Anne",
                        "birth_date": shown.replace("2026", "1948")}.items():
        form.fields[name].setText(value)
    set_combo_value(form.fields["sex"], "F")
    with qtbot.waitSignal(form.sig_saved, timeout=5000) as saved:
        form.save_button.click()
        qtbot.waitUntil(lambda: not form.isVisible() or bool(form.error_text()), timeout=5000)
        assert form.error_text() == ""
    assert patients.open_patient(nurse, saved.args[0]).data.birth_date == date(1948, 12, 7)
    session.close()


def teardown_module() -> None:
    i18n.install(QApplication.instance(), "en")


def test_before_login_and_for_the_command_line_dates_keep_dots(qapp):
    i18n.install(qapp, "fr")
    assert dates.day(date(2026, 12, 7)) == "07.12.2026" and dates.qt_format() == "dd.MM.yyyy"
    i18n.install(qapp, "fr", "FR")
    assert dates.qt_format() == "dd/MM/yyyy" and dates.placeholder("jj.mm.aaaa") == "jj/mm/aaaa"
    i18n.install(qapp, "de", "FR")
    assert dates.day(date(2026, 12, 7)) == "07.12.2026"

