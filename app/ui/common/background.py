"""One background-task helper for the whole program.

``run(fn, on_done, on_error)`` runs a service call on the one database worker (a single thread: the program's
reads and writes reach the database one at a time, in the order the user asked for them) and delivers the
result or the exception to a callback on the GUI thread. ``run_long`` is for work that takes seconds (a
backup, a batch review, a big printout): it runs beside the database worker so that the screens stay quick.
A worker never touches a widget. Forms use ``app.ui.common.operations`` on top of this.

An error that is not a coded one (a bug, an operating-system error) is written to the local log as it happens;
a job without an error callback hands its error to the top-level handler (``crash.report``): a message box, never
a traceback.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.services.errors import CordeeError
from app.services.kernel import error_log


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
            if not isinstance(exc, CordeeError):
                error_log.record(exc, f"background {getattr(self.fn, '__qualname__', '?')}")
            self.relay.sig_failed.emit(exc)
        else:
            self.relay.sig_done.emit(result)


_alive: set[_Relay] = set()


_pools: dict[str, QThreadPool] = {}


def pool(kind: str = "database") -> QThreadPool:
    """The database worker (one thread) or the pool of long jobs."""
    if kind not in _pools:
        created = QThreadPool()
        created.setMaxThreadCount(1 if kind == "database" else 2)
        created.setExpiryTimeout(-1 if kind == "database" else 30000)
        _pools[kind] = created
    return _pools[kind]


def run(fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None) -> None:
    """Run a service call on the database worker; callbacks run on the GUI thread."""
    _start(pool("database"), fn, on_done, on_error)


def run_long(fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[Exception], None] | None = None) -> None:
    """Run work that takes seconds beside the database worker; callbacks run on the GUI thread."""
    _start(pool("long"), fn, on_done, on_error)


def _start(target: QThreadPool, fn: Callable[[], Any], on_done: Callable[[Any], None] | None,
           on_error: Callable[[Exception], None] | None) -> None:
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
            from app.ui.common import crash  # (imported here: crash imports the error texts, which import Qt widgets)

            crash.report(exc, "background")

    relay.sig_done.connect(finished_ok)
    relay.sig_failed.connect(finished_bad)
    target.start(_Job(fn, relay))


def wait_idle(msecs: int = 5000) -> bool:
    """Wait for background jobs of both kinds (used at shutdown and in tests)."""
    return all([pool(kind).waitForDone(msecs) for kind in ("database", "long")])
