"""The logged-in session as the UI sees it: the service context plus Qt signals.

Services announce changes through a plain Notifier; this adapter turns them
into ``sig_changed`` on the GUI thread so that views refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.kernel.context import ServiceContext
from app.services.security import access
from app.services.security.actor import Actor


class AppSession(QObject):
    sig_changed = Signal(str, dict)
    """A service announced a change: topic (e.g. ``patient.changed``) and payload."""
    sig_locked = Signal()
    """The screen was locked: views must drop patient data now."""
    sig_unlocked = Signal()
    """The user unlocked: views may load data again."""

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.locked = False
        self._unsubscribe = ctx.notifier.subscribe(self._relay)

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    def can(self, action: str) -> bool:
        """Whether the logged-in user's roles allow an action (the service checks again)."""
        return access.allowed(self.ctx.actor, action)

    def _relay(self, topic: str, payload: dict) -> None:
        self.sig_changed.emit(topic, dict(payload))

    def set_locked(self, locked: bool) -> None:
        if locked == self.locked:
            return
        self.locked = locked
        (self.sig_locked if locked else self.sig_unlocked).emit()

    def close(self) -> None:
        self._unsubscribe()
