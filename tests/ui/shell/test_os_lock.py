"""The window locks when the operating system locks the screen or sleeps (fake signals on a private D-Bus)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QSettings

from app.ui.common import background
from app.ui.common import settings as ui_settings
from app.ui.common.app_session import AppSession
from app.ui.shell.main_window import MainWindow
from app.ui.shell.os_lock import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    OsLockWatcher,
    windows_lock_reason,
)

pytestmark = pytest.mark.gui

SIGNALS = [  # (path, interface, member, arguments, reason)
    ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", [True], "sleep"),
    ("/org/freedesktop/login1/session/_31", "org.freedesktop.login1.Session", "Lock", [], "screen_lock"),
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", [True], "screen_lock"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", [True], "screen_lock"),
]


@pytest.fixture
def private_bus():
    """A D-Bus daemon of our own; yields (listener connection, emitter connection)."""
    if shutil.which("dbus-daemon") is None:
        pytest.fail("dbus-daemon is missing: scripts/test.sh installs it (Debian package dbus-daemon)")
    from PySide6.QtDBus import QDBusConnection

    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    address = daemon.stdout.readline().strip()
    names = (f"listener{daemon.pid}", f"emitter{daemon.pid}")
    yield QDBusConnection.connectToBus(address, names[0]), QDBusConnection.connectToBus(address, names[1])
    for name in names:
        QDBusConnection.disconnectFromBus(name)
    daemon.terminate()
    daemon.wait(10)


def _emit(bus, path, interface, member, arguments):
    from PySide6.QtDBus import QDBusMessage

    message = QDBusMessage.createSignal(path, interface, member)
    message.setArguments(arguments)
    assert bus.send(message)


@pytest.mark.parametrize("path, interface, member, arguments, reason", SIGNALS)
def test_system_signal_locks_the_window(qtbot, practice, tmp_path, monkeypatch, private_bus,
                                        path, interface, member, arguments, reason):
    monkeypatch.setattr(ui_settings, "_store", lambda: QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    listener, emitter = private_bus
    window = MainWindow(AppSession(practice.ctx["nurse"]), 10)
    qtbot.addWidget(window)
    window.show()
    window.os_lock.deleteLater()
    window.os_lock = OsLockWatcher(window, session_bus=listener, system_bus=listener)
    window.os_lock.sig_lock.connect(window.lock)
    assert len(window.os_lock.listening) == 4
    with qtbot.waitSignal(window.os_lock.sig_lock, timeout=10000) as caught:   # a bound, not a speed: the first
        # message of a fresh private bus can take seconds on a loaded machine
        _emit(emitter, path, interface, member, arguments)
    assert caught.args == [reason]
    assert window.session.locked and window.pages.currentWidget() is window.lock_screen
    assert window.search_panel.model.rowCount() == 0
    background.wait_idle()


def test_waking_up_or_screen_saver_ending_does_not_lock(qtbot, private_bus):
    listener, emitter = private_bus
    watcher = OsLockWatcher(session_bus=listener, system_bus=listener)
    with qtbot.assertNotEmitted(watcher.sig_lock, wait=300):
        _emit(emitter, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", [False])
        _emit(emitter, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", [False])


@pytest.mark.parametrize("message, wparam, reason", [
    (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, "screen_lock"), (WM_WTSSESSION_CHANGE, 0x8, None),   # 0x8: unlock
    (WM_POWERBROADCAST, PBT_APMSUSPEND, "sleep"), (WM_POWERBROADCAST, 0x7, None), (0x0010, 0, None),
])
def test_windows_messages(message, wparam, reason):
    assert windows_lock_reason(message, wparam) == reason
