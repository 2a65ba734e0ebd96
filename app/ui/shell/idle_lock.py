"""Inactivity lock measured in wall-clock time, so a laptop that slept is locked on resume."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                   QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    sig_idle = Signal()
    """No keyboard or mouse activity for the configured number of minutes (wall clock)."""

    def __init__(self, app, minutes: int, parent: QObject | None = None, clock=time.time):
        super().__init__(parent)
        self._clock = clock
        self.minutes = minutes
        self.last_activity = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(5000)
        self._timer.timeout.connect(self.check)
        app.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() in ACTIVITY_EVENTS:
            self.last_activity = self._clock()
        return False

    def reset(self) -> None:
        self.last_activity = self._clock()

    def check(self) -> None:
        """Compare wall-clock time, not timer ticks: suspended time counts."""
        if self._clock() - self.last_activity >= self.minutes * 60:
            self.last_activity = self._clock()
            self.sig_idle.emit()
