"""Turn service errors into translated messages that name the field and the problem."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.errors import (AccessDenied, AuthenticationError, CordeeError, StaleRecordError, StorageError,
                                 ValidationError)


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_label(field: str) -> str:
    """The translated label of a service field name (falls back to the name itself)."""
    base = field.split("[")[0].split(".")[0]
    label = _tr("fields", base)
    return label if label != base else field


def describe(exc: Exception) -> str:
    """One readable sentence for the user."""
    if isinstance(exc, ValidationError):
        return f"{field_label(exc.field)} : {_tr('problems', exc.problem)}"
    if isinstance(exc, StaleRecordError):
        when = exc.changed_at.astimezone().strftime("%d.%m.%Y %H:%M") if exc.changed_at else "?"
        return _tr("errors", "This record was changed by %1 at %2 since you opened it. "
                             "Reload it, then make your change again.").replace("%1", exc.changed_by) \
            .replace("%2", when)
    if isinstance(exc, AccessDenied):
        return _tr("errors", "Your role does not allow this action.")
    if isinstance(exc, AuthenticationError):
        return _tr("problems", exc.message)
    if isinstance(exc, StorageError):
        return _tr("problems", exc.message)
    if isinstance(exc, CordeeError):
        return _tr("problems", exc.message)
    return _tr("errors", "Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}")
