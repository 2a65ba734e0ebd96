"""A form's service call, done one way everywhere.

``FormOperation.run(job, on_done)`` runs ``job`` (a service call) on the database worker; meanwhile the form's
inputs are disabled so that nothing is typed into a form being saved. When the call fails, the error is shown
in the form's banner in the user's language; a ``ValidationError`` marks the field it names and puts the focus
there; a stale record offers "Reload". The form is enabled again in every case.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from app.services.errors import StaleRecordError, ValidationError
from app.ui.common import background
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded, set_invalid

FieldLocator = Callable[[str], QWidget | None]


class FormOperation(QObject):
    """Runs a form's service calls, one at a time."""

    sig_failed = Signal(object)
    """The call failed: the exception (already shown in the banner)."""
    sig_reload = Signal()
    """The user asked to reload a record someone else changed (the banner's "Reload")."""

    def __init__(self, form: QWidget, banner: ErrorBanner,
                 fields: Mapping[str, QWidget] | FieldLocator | None = None,
                 inputs: QWidget | None = None):
        super().__init__(form)
        self.form, self.banner = form, banner
        self.inputs = inputs or form
        self.locate: FieldLocator = fields if callable(fields) else (lambda name, f=fields or {}: f.get(name))
        self.running = False
        self._marked: list[QWidget] = []
        banner.sig_action.connect(self.sig_reload)

    def run(self, job: Callable[[], Any], on_done: Callable[[Any], None] | None = None) -> bool:
        """Start ``job`` unless one is running; returns whether it started."""
        if self.running:
            return False
        self.clear()
        self.running = True
        self.inputs.setEnabled(False)
        background.run(job, guarded(self.form, lambda result: self._finished(result, on_done)),
                       guarded(self.form, self._failed))
        return True

    def clear(self) -> None:
        """Hide the last error and unmark its field."""
        self.banner.clear()
        for widget in self._marked:
            set_invalid(widget, False)
        self._marked.clear()

    def _finished(self, result: Any, on_done: Callable[[Any], None] | None) -> None:
        self.running = False
        self.inputs.setEnabled(True)
        if on_done is not None:
            on_done(result)

    def _failed(self, exc: Exception) -> None:
        self.running = False
        self.inputs.setEnabled(True)
        if isinstance(exc, StaleRecordError):
            self.banner.show_message(describe(exc), QCoreApplication.translate("FormOperation", "Reload"))
        else:
            self.banner.show_message(describe(exc))
        if isinstance(exc, ValidationError):
            widget = self.locate(exc.field)
            if widget is not None:
                set_invalid(widget, True)
                self._marked.append(widget)
                widget.setFocus()
        self.sig_failed.emit(exc)
