"""Lock at once when the operating system locks the screen or goes to sleep.

The wall-clock idle check (idle_lock.py) still locks a laptop on resume; these signals lock it before the
lid closes, as KeePassXC learnt to (its issue #2014: records found open after a night of suspend).

- Linux (D-Bus): logind ``PrepareForSleep(true)`` and ``Session.Lock`` on the system bus; the
  freedesktop and GNOME screen savers' ``ActiveChanged(true)`` on the session bus.
- Windows: ``WM_WTSSESSION_CHANGE`` with a lock or disconnect, and ``WM_POWERBROADCAST`` with a suspend,
  delivered to the main window once it has registered for session notifications.

Any sender may emit these signals: a false one only locks the screen, which is always safe.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import SLOT, QObject, Signal, Slot

LINUX_SIGNALS = (  # (bus, interface, member, slot)
    ("session", "org.freedesktop.ScreenSaver", "ActiveChanged", "screen_saver(bool)"),
    ("session", "org.gnome.ScreenSaver", "ActiveChanged", "screen_saver(bool)"),
    ("system", "org.freedesktop.login1.Manager", "PrepareForSleep", "sleep(bool)"),
    ("system", "org.freedesktop.login1.Session", "Lock", "session_lock()"),
)

WM_WTSSESSION_CHANGE, WM_POWERBROADCAST = 0x02B1, 0x0218
WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT, WTS_SESSION_LOCK = 0x2, 0x4, 0x7
PBT_APMSUSPEND = 0x4


def windows_lock_reason(message: int, wparam: int) -> str | None:
    """What a Windows window message means for Cordée: "screen_lock", "sleep" or nothing."""
    if message == WM_WTSSESSION_CHANGE and wparam in (WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT,
                                                      WTS_REMOTE_DISCONNECT):
        return "screen_lock"
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "sleep"
    return None


class OsLockWatcher(QObject):
    sig_lock = Signal(str)
    """The system is locking its screen ("screen_lock") or going to sleep ("sleep")."""

    def __init__(self, parent: QObject | None = None, *, session_bus=None, system_bus=None):
        super().__init__(parent)
        self.listening: list[str] = []   # the signals actually subscribed to (for diagnostics and tests)
        if session_bus is not None or system_bus is not None or sys.platform.startswith("linux"):
            self._listen_dbus(session_bus, system_bus)

    def _listen_dbus(self, session_bus, system_bus) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:   # a Qt build without D-Bus: the idle check remains
            return
        buses = {"session": session_bus if session_bus is not None else QDBusConnection.sessionBus(),
                 "system": system_bus if system_bus is not None else QDBusConnection.systemBus()}
        for bus_name, interface, member, slot in LINUX_SIGNALS:
            bus = buses[bus_name]
            if bus.isConnected() and bus.connect("", "", interface, member, self, SLOT(slot)):
                self.listening.append(f"{interface}.{member}")

    @Slot(bool)
    def screen_saver(self, active: bool) -> None:
        if active:
            self.sig_lock.emit("screen_lock")

    @Slot(bool)
    def sleep(self, starting: bool) -> None:
        if starting:
            self.sig_lock.emit("sleep")

    @Slot()
    def session_lock(self) -> None:
        self.sig_lock.emit("screen_lock")

    def windows_message(self, message: int, wparam: int) -> None:
        """Feed a native Windows message (from the main window's nativeEvent)."""
        reason = windows_lock_reason(message, wparam)
        if reason:
            self.sig_lock.emit(reason)


def register_windows_session_notifications(window) -> bool:
    """Ask Windows to send ``window`` the session lock messages (no-op elsewhere)."""
    if sys.platform != "win32":
        return False
    import ctypes

    notify_for_this_session = 0
    return bool(ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(window.winId()), notify_for_this_session))


def forward_native_event(watcher: OsLockWatcher, event_type, message) -> None:
    """From a window's ``nativeEvent``: pass Windows messages on to ``watcher``."""
    if sys.platform == "win32" and bytes(event_type) == b"windows_generic_MSG":
        import ctypes.wintypes

        msg = ctypes.wintypes.MSG.from_address(int(message))
        watcher.windows_message(msg.message, msg.wParam)
