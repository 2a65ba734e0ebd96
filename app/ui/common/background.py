"""One background-task helper for the whole program.

``run(fn, on_done, on_error)`` runs ``fn`` on the thread pool and delivers the
result or the exception to a callback on the GUI thread. A worker never
touches a widget.
"""

from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    sig_done = Signal(object)
    """Emitted on the GUI thread with the function's result."""
    sig_failed = Signal(object)
    """Emitted on the GUI thread with the exception raised."""


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn = fn
        self.relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the GUI, never swallowed
            exc.__cordee_traceback__ = traceback.format_exc()
            self.relay.sig_failed.emit(exc)
        else:
            self.relay.sig_done.emit(result)


_alive: set[_Relay] = set()


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def run(fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None) -> None:
    """Run ``fn`` off the GUI thread; callbacks run on the GUI thread."""
    relay = _Relay()
    _alive.add(relay)

    def finished_ok(result):
        _alive.discard(relay)
        if on_done is not None:
            on_done(result)

    def finished_bad(exc):
        _alive.discard(relay)
        if on_error is not None:
            on_error(exc)
        else:
            raise exc

    relay.sig_done.connect(finished_ok)
    relay.sig_failed.connect(finished_bad)
    pool().start(_Job(fn, relay))


def wait_idle(msecs: int = 5000) -> bool:
    """Wait for background jobs (used at shutdown and in tests)."""
    return pool().waitForDone(msecs)
