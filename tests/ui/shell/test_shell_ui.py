"""Shell screens: login dialog, lock (Ctrl+L and idle), unlock, menus by role (offscreen, real encrypted DB)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog

from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.practice import audit_trail, staff
from app.services.security.actor import SYSTEM
from app.ui.common import background
from app.ui.common import settings as ui_settings
from app.ui.common.app_session import AppSession
from app.ui.shell.login_dialog import LoginDialog
from app.ui.shell.main_window import MainWindow
from tests.support import PASSWORD

pytestmark = pytest.mark.gui


def login_dialog(qtbot, practice) -> LoginDialog:
    dialog = LoginDialog(practice.ctx["admin"].as_actor(SYSTEM))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def try_login(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=5000)


def make_window(qtbot, practice, role: str = "physician", **kwargs) -> MainWindow:
    window = MainWindow(AppSession(practice.ctx[role]), 10, **kwargs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.docks_installed)   # docks and feature menus come after the patient list
    activate(qtbot, window)
    return window


def activate(qtbot, widget) -> None:
    """Offscreen windows are not activated by show(); shortcuts need an active window."""
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(widget.isActiveWindow)


def add_patients(ctx, n: int = 3) -> list[int]:
    return [patients.create_patient(ctx, PatientInput(family_name=f"Patient{i}", given_names="Test",
                                                      birth_date=f"0{i % 9 + 1}.01.1950", sex="F"))
            for i in range(n)]


def test_login_success_remembers_username(qtbot, practice):
    dialog = login_dialog(qtbot, practice)
    try_login(qtbot, dialog, "physician", PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.login_result.actor.staff_id == practice.staff_ids["physician"]
    assert ui_settings.get(ui_settings.LAST_USERNAME) == "physician"
    assert login_dialog(qtbot, practice).username.text() == "physician"


def test_login_failures_then_backoff(qtbot, practice):
    dialog = login_dialog(qtbot, practice)
    for _ in range(5):
        try_login(qtbot, dialog, "nurse", "wrong password")
        assert "wrong password" in dialog.message.text()
        assert dialog.login_result is None and dialog.isVisible()
    try_login(qtbot, dialog, "nurse", PASSWORD)   # right password, but too early after five failures
    assert "wait" in dialog.message.text()
    assert dialog.login_result is None


def test_must_change_password_at_login(qtbot, practice):
    staff.reset_password(practice.ctx["admin"], practice.staff_ids["nurse"], "Temporary-Pass-77")
    dialog = login_dialog(qtbot, practice)
    try_login(qtbot, dialog, "nurse", "Temporary-Pass-77")
    assert dialog.pages.currentIndex() == 1 and dialog.login_result is None
    qtbot.keyClicks(dialog.new_password, "Brand-New-Pass-2024")
    qtbot.keyClicks(dialog.repeat_password, "Brand-New-Pass-2025")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.message.text()
    qtbot.keyClicks(dialog.repeat_password, "Brand-New-Pass-2024")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.login_result is not None, timeout=5000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    again = login_dialog(qtbot, practice)
    try_login(qtbot, again, "nurse", "Brand-New-Pass-2024")
    assert again.login_result is not None and not again.login_result.must_change_password


def test_escape_cancels_login(qtbot, practice):
    dialog = login_dialog(qtbot, practice)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.login_result is None


def test_ctrl_l_locks_and_clears_patient_views(qtbot, practice):
    ids = add_patients(practice.ctx["nurse"])
    window = make_window(qtbot, practice)
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() == 3)
    qtbot.keyClicks(window.search_panel.search_field, "patient")
    chart = window.open_patient(ids[0])
    qtbot.waitUntil(lambda: chart.row is not None)
    chart.edit()
    form = chart.form
    activate(qtbot, form)
    qtbot.keyClick(form.fields["city"], Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)   # from the dialog
    assert window.session.locked
    assert window.search_panel.model.rowCount() == 0
    assert window.search_panel.search_field.text() == ""
    assert window.chart_tabs.count() == 0 and window.charts == {}
    assert window.pages.currentWidget() is window.lock_screen
    assert not form.isVisible()
    qtbot.wait(300)   # a search still on its way must not refill the list
    assert window.search_panel.model.rowCount() == 0
    background.wait_idle()
    events = audit_trail.browse(practice.ctx["admin"], action_prefix="session.lock")
    assert events and events[0].detail == "user"


def test_ctrl_l_from_the_main_window(qtbot, practice):
    window = make_window(qtbot, practice)
    qtbot.keyClick(window.search_panel.search_field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.locked and window.pages.currentWidget() is window.lock_screen


def test_unlock_wrong_then_right_password(qtbot, practice):
    add_patients(practice.ctx["nurse"])
    window = make_window(qtbot, practice)
    window.lock("user")
    screen = window.lock_screen
    assert "Physician" in screen.user_label.text()
    qtbot.keyClicks(screen.password, "not my password")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "wrong password" in screen.message.text(), timeout=5000)
    assert window.session.locked and screen.password.text() == ""
    qtbot.keyClicks(screen.password, PASSWORD)
    with qtbot.waitSignal(screen.sig_unlocked, timeout=5000):
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not window.session.locked
    assert window.pages.currentWidget() is window.splitter and window.chart_tabs.count() == 0
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() == 3)


def test_idle_lock_uses_wall_clock(qtbot, practice):
    now = [1_000_000.0]
    window = make_window(qtbot, practice, clock=lambda: now[0])
    window.idle_watcher.check()
    assert not window.session.locked
    now[0] += 9 * 60
    window.idle_watcher.check()
    assert not window.session.locked
    now[0] += 2 * 60   # e.g. the laptop slept: 11 minutes without activity
    window.idle_watcher.check()
    assert window.session.locked and window.pages.currentWidget() is window.lock_screen


def test_shortcuts_find_new_and_close(qtbot, practice):
    ids = add_patients(practice.ctx["nurse"], 2)
    window = make_window(qtbot, practice)
    window.open_patient(ids[0])
    window.open_patient(ids[1])
    assert window.chart_tabs.count() == 2
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.chart_tabs.count() == 1 and ids[1] not in window.charts
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_panel.search_field.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    forms = [w for w in window.findChildren(QDialog) if w.isVisible()]
    assert len(forms) == 1 and forms[0].windowTitle() == "New patient"


def test_administration_menu_by_role(qtbot, practice):
    physician = make_window(qtbot, practice, "physician")
    assert not physician.admin_menu.menuAction().isVisible()
    assert physician.action_new.isVisible()
    admin = make_window(qtbot, practice, "admin")
    assert admin.admin_menu.menuAction().isVisible()
    assert set(admin.admin_actions) == {"staff.manage", "audit.read", "practice.configure", "backup.run",
                                        "catalogue.import", "break_glass.review", "exchange.partner"}
    pharmacist = make_window(qtbot, practice, "pharmacist")
    assert set(pharmacist.admin_actions) == {"catalogue.import"}
    assert not admin.action_new.isVisible()
    assert not admin.search_panel.search_field.isEnabled()   # administrators do not see the register
    qtbot.waitUntil(lambda: admin.windowTitle() == "Cordée — MSP des Tilleuls")
    assert "Admin" in " ".join(w.text() for w in admin.statusBar().findChildren(type(admin.empty_note)))


def test_administration_dialogs_open_and_lock_closes_them(qtbot, practice, monkeypatch):
    window = make_window(qtbot, practice, "admin")
    opened = []
    for action_name in ("staff.manage", "audit.read", "practice.configure", "backup.run"):
        window.admin_actions[action_name].trigger()
        dialogs = [w for w in window.findChildren(QDialog) if w.isVisible() and w not in opened]
        assert len(dialogs) == 1
        opened += dialogs
    assert [type(d).__name__ for d in opened] == ["StaffAdminDialog", "AuditBrowserDialog", "SettingsDialog",
                                                  "BackupDialog"]
    window.lock("user")
    assert not any(d.isVisible() for d in window.findChildren(QDialog))


def test_patient_list_comes_first_and_docks_locked_on_arrival_stay_locked(qtbot, practice):
    add_patients(practice.ctx["nurse"])
    window = MainWindow(AppSession(practice.ctx["nurse"]), 10)
    qtbot.addWidget(window)
    window.show()
    assert not window.docks_installed and "tasks" not in window.features
    qtbot.waitUntil(lambda: window.search_panel.results_shown == 1)
    qtbot.waitUntil(lambda: window.docks_installed)
    tasks_dock, alerts_dock = window.features["tasks"].parts["dock"], window.features["alerts"].parts["dock"]
    # a small screen (offscreen: 800 px high): the docks start collapsed to their badges, which show the counts
    assert tasks_dock.isHidden() and alerts_dock.isHidden()
    badges = window.dock_bar.buttons
    qtbot.waitUntil(lambda: badges["worklistDock"].text() == "Tasks (0)" and badges["alertInboxDock"].text() == "Alerts (0)")
    badges["worklistDock"].click()
    assert tasks_dock.isVisible() and badges["worklistDock"].isChecked() and not badges["alertInboxDock"].isChecked()
    window.close()   # the window remembers which docks are open
    again = MainWindow(AppSession(practice.ctx["nurse"]), 10)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.docks_installed)
    assert again.features["tasks"].parts["dock"].isVisible() and again.features["alerts"].parts["dock"].isHidden()

    late = MainWindow(AppSession(practice.ctx["nurse"]), 10)
    qtbot.addWidget(late)
    late.show()
    late.lock("user")           # locked before the first list arrived: its results are dropped
    late.install_docks()
    assert late.session.locked and not any(a.isEnabled() for a in late.patient_actions)
    qtbot.keyClicks(late.lock_screen.password, PASSWORD)
    with qtbot.waitSignal(late.lock_screen.sig_unlocked, timeout=5000):
        qtbot.keyClick(late.lock_screen.password, Qt.Key.Key_Return)
    assert all(a.isEnabled() for a in late.patient_actions)


def test_features_install_one_per_turn_of_the_event_loop(qtbot, practice):
    """The docks and menus come one feature at a time after the list, the window answering between them (a timer on
    the UI thread fires while only some are installed), and end as all at once would."""
    add_patients(practice.ctx["physician"])
    window = MainWindow(AppSession(practice.ctx["physician"]), 10)
    qtbot.addWidget(window)
    seen: list[int] = []
    beat = QTimer()
    beat.setInterval(0)
    beat.timeout.connect(lambda: seen.append(len(window.features)))
    beat.start()
    window.show()
    qtbot.waitUntil(lambda: window.docks_installed)
    beat.stop()
    everything = len(window.features)
    assert everything >= 5
    assert any(0 < n < everything for n in seen), "the event loop turned while the features were installed"
    assert len(window.dock_bar.buttons) == sum(len(i.docks) for i in window.features.values())


def test_daily_backup_runs_after_the_first_list(qtbot, practice, monkeypatch):
    import app.ui.shell.main_window as main_window
    from app.services.storage import backup

    monkeypatch.setattr(main_window, "AUTO_BACKUP_DELAY_MS", 0)
    window = make_window(qtbot, practice, "nurse")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Daily backup written and verified.", timeout=20000)
    [made] = backup.list_backups(backup.default_folder(practice.path))
    assert made.label == "daily"
    background.wait_idle()


def test_about_shows_the_knowledge_edition_in_use(qtbot, practice, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from app.services.medications import knowledge_update
    from tests.services.medications.ansm_files import modified_entries, shipped_pack, write

    window = make_window(qtbot, practice)

    def shown() -> str:
        window.about()
        qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)), timeout=5000)
        box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
        text = box.text()
        box.close()
        qtbot.waitUntil(lambda: not box.isVisible())
        return text

    assert "ANSM interaction thesaurus, edition 2020-10" in shown()
    entries, _ = modified_entries(shipped_pack(), remove=1, change=0)
    knowledge_update.install_ansm(practice.ctx["pharmacist"], write(tmp_path / "t.json", entries), "2023-09")
    assert "edition 2023-09" in shown()
