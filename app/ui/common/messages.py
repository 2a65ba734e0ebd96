"""Turn service errors into translated messages that name the field and the problem."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.services.errors import (
    AccessDenied,
    AuthenticationError,
    CordeeError,
    StaleRecordError,
    StorageError,
    ValidationError,
)
from app.ui.common.field_labels import FIELD_LABELS, PART_LABELS, ROW_LABELS, ROW_PART_TEMPLATE
from app.ui.common.problem_texts import TEMPLATES

_ROW_FIELD = re.compile(r"(?P<base>\w+)\[(?P<row>\d+)\](?:\.(?P<part>\w+))?")


def _tr(context: str, text: str) -> str:
    """Translate a text marked elsewhere (``QT_TRANSLATE_NOOP``); literal texts call ``QCoreApplication.translate``
    directly so that lupdate finds them."""
    return QCoreApplication.translate(context, text)


def _fill(template: str, *values: str) -> str:
    """Qt-style ``%1`` … substitution in one pass (a value that contains ``%2`` stays as it is)."""
    return re.sub(r"%(\d+)", lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), template)


def field_label(field: str) -> str:
    """The translated, readable label of a service field name: ``birth_date`` → "Birth date" / "Date de naissance",
    ``problems[2].code`` → "Problem 2 — code". An unknown name is shown made readable ("some_field" → "Some field")."""
    if field in FIELD_LABELS:
        return _tr("fields", FIELD_LABELS[field])
    m = _ROW_FIELD.fullmatch(field)
    if m and m["base"] in ROW_LABELS:
        row = _fill(_tr("fields", ROW_LABELS[m["base"]]), m["row"])
        if not m["part"]:
            return row
        if m["part"] in PART_LABELS:
            part = _tr("fields", PART_LABELS[m["part"]])
        elif m["part"] in FIELD_LABELS:  # "changes[1].dose_morning": a field of the medication form
            part = _tr("fields", FIELD_LABELS[m["part"]])
        else:
            part = m["part"].replace("_", " ")
        return _fill(_tr("fields", ROW_PART_TEMPLATE), row, part)
    readable = field.replace("_", " ").strip()
    return readable[:1].upper() + readable[1:] if readable else field


def problem_text(problem: str) -> str:
    """The translated text of a problem raised by a service (fixed text, or a template with values)."""
    translated = _tr("problems", problem)
    if translated != problem:
        return translated
    for pattern, template in TEMPLATES:
        m = pattern.fullmatch(problem)
        if m:
            return _fill(_tr("problems", template), *m.groups())
    return problem


def describe(exc: Exception) -> str:
    """One readable sentence for the user."""
    if isinstance(exc, ValidationError):
        return _fill(QCoreApplication.translate("errors", "%1: %2"), field_label(exc.field), problem_text(exc.problem))
    if isinstance(exc, StaleRecordError):
        when = exc.changed_at.astimezone().strftime("%d.%m.%Y %H:%M") if exc.changed_at else "?"
        return _fill(QCoreApplication.translate("errors", "This record was changed by %1 at %2 since you opened it. "
                                                     "Reload it, then make your change again."), exc.changed_by, when)
    if isinstance(exc, AccessDenied):
        return QCoreApplication.translate("errors", "Your role does not allow this action.")
    if isinstance(exc, (AuthenticationError, StorageError, CordeeError)):
        return problem_text(exc.message)
    return _fill(QCoreApplication.translate("errors", "Unexpected error: %1"), f"{type(exc).__name__}: {exc}")
