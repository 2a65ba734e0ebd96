"""The desktop program's top-level error handler: no traceback ever reaches a user.

``install()`` (at start-up) routes every exception nobody caught — in a slot, an event handler, a thread or a
background job without an error callback (``background``) — to ``report``: the details go to the local log
(``app.services.kernel.error_log``, without patient data) and the user reads one sentence in their language in a
message box (a coded error's own text, else the kind of error and where the log is).
"""

from __future__ import annotations

import re
import sys
import threading

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.errors import CordeeError
from app.services.kernel import error_log
from app.ui.common.errors import describe

UNEXPECTED = QT_TRANSLATE_NOOP("crash", "Cordée met an unexpected error (%1); what you were doing may not have "
                                        "been completed. The details (without patient data) were written to %2.")
NO_LOG = QT_TRANSLATE_NOOP("crash", "the log could not be written")

_shown: list[QMessageBox] = []


def message(exc: BaseException, log=None) -> str:
    """The one sentence the user reads about ``exc``."""
    if isinstance(exc, CordeeError | OSError):
        return describe(exc)
    where = str(log) if log else QCoreApplication.translate("crash", NO_LOG)
    values = {"1": type(exc).__name__, "2": where}
    return re.sub(r"%([12])", lambda m: values[m.group(1)], QCoreApplication.translate("crash", UNEXPECTED))


def report(exc: BaseException, where: str = "gui") -> None:
    """Log ``exc`` (unless it is a coded error, which says everything) and tell the user in one sentence."""
    log = None if isinstance(exc, CordeeError) else error_log.record(exc, where)
    text = message(exc, log)
    app = QApplication.instance()
    if app is None or not isinstance(app, QApplication):
        print(f"cordee: {text}", file=sys.stderr)
        return
    if threading.current_thread() is not threading.main_thread():
        QTimer.singleShot(0, app, lambda: _show(text))   # widgets only on the GUI thread
        return
    _show(text)


def _show(text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "Cordée", text, QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: _shown.remove(box) if box in _shown else None)
    _shown.append(box)
    box.open()


def _excepthook(kind, exc, tb) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    report(exc.with_traceback(tb), "gui")


def _thread_hook(args) -> None:
    if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
        report(args.exc_value, f"thread {args.thread.name if args.thread else '?'}")


def install() -> None:
    """Route uncaught exceptions of the GUI thread and of other threads to ``report``."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook
