"""Render a service error as one sentence in the user's language.

The text of a code is looked up in ``ERROR_TEXTS`` (English source text of the ``errors`` translation context),
translated, and its ``{param}`` placeholders filled with the error's parameters: dates in the user's format,
record kinds and other vocabularies through ``PARAM_LABELS``. A ``ValidationError`` is "field: problem".
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services.errors import CordeeError, ValidationError
from app.services.storage.failures import from_os_error
from app.ui.common import dates
from app.ui.common.errors import (
    access,
    alerts,
    assessments,
    break_glass,
    care_plans,
    cli,
    coordination,
    deprescribing,
    directory,
    due_care,
    exchange,
    exports,
    intake,
    medications,
    messages,
    patients,
    practice,
    security,
    shared,
    storage,
    tasks,
)
from app.ui.common.field_labels import FIELD_LABELS, PART_LABELS, ROW_LABELS, ROW_PART_TEMPLATE

_MODULES = (
    shared,
    access,
    alerts,
    assessments,
    break_glass,
    care_plans,
    cli,
    coordination,
    deprescribing,
    directory,
    due_care,
    exchange,
    exports,
    intake,
    medications,
    messages,
    patients,
    practice,
    security,
    storage,
    tasks,
)


def _merge_params(*modules) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for module in modules:
        for name, show in getattr(module, "PARAMS", {}).items():
            assert name not in merged, f"parameter {name} is formatted twice"
            merged[name] = show
    return merged


def _merge(*modules) -> dict[str, str]:
    merged: dict[str, str] = {}
    for module in modules:
        prefix = module.__name__.rsplit(".", 1)[-1]
        for code, text in module.TEXTS.items():
            assert code not in merged, f"error code {code} is defined twice"
            assert ("." not in code) if prefix == "shared" else code.startswith(prefix + "."), code
            merged[code] = text
    return merged


ERROR_TEXTS: dict[str, str] = _merge(*_MODULES)
"""Every error code → its English source text (context ``errors``)."""
PARAM_LABELS = _merge_params(*_MODULES)
"""Parameter name → function(value) → the value as the user reads it (a module's ``PARAMS``: e.g. a task status
code shown as the translated status word)."""

_ROW_FIELD = re.compile(r"(?P<base>\w+)\[(?P<row>\d+)\](?:\.(?P<part>\w+))?")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _fill(template: str, *values: str) -> str:
    """Qt-style ``%1`` … substitution in one pass (a value that contains ``%2`` stays as it is)."""
    return re.sub(r"%(\d+)", lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), template)


def field_label(field: str) -> str:
    """The translated, readable label of a service field name: ``birth_date`` → "Birth date" / "Date de naissance",
    ``problems[2].code`` → "Problem 2 — code". An unknown name is shown made readable ("some_field" → "Some field")."""
    if field in FIELD_LABELS:
        return QCoreApplication.translate("fields", FIELD_LABELS[field])
    m = _ROW_FIELD.fullmatch(field)
    if m and m["base"] in ROW_LABELS:
        row = _fill(QCoreApplication.translate("fields", ROW_LABELS[m["base"]]), m["row"])
        if not m["part"]:
            return row
        if m["part"] in PART_LABELS:
            part = QCoreApplication.translate("fields", PART_LABELS[m["part"]])
        elif m["part"] in FIELD_LABELS:  # "changes[1].dose_morning": a field of the medication form
            part = QCoreApplication.translate("fields", FIELD_LABELS[m["part"]])
        else:
            part = m["part"].replace("_", " ")
        return _fill(QCoreApplication.translate("fields", ROW_PART_TEMPLATE), row, part)
    readable = field.replace("_", " ").strip()
    return readable[:1].upper() + readable[1:] if readable else field


def _show(name: str, value: Any) -> str:
    """One parameter as the user reads it."""
    if name in PARAM_LABELS and value is not None:
        return PARAM_LABELS[name](value)
    if isinstance(value, datetime):
        return dates.stamp(value)
    if isinstance(value, date):
        return dates.day(value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(_show(name, v) for v in value)
    if name == "entity":
        return QCoreApplication.translate("entities", str(value).replace("_", " "))
    if name == "field":
        return field_label(str(value))
    return "" if value is None else str(value)


def code_text(code: str, **params: Any) -> str:
    """The translated text of a code, its placeholders filled with ``params`` (also for a code that is not the
    error's own: the keyring's reason carried by ``storage.need_passphrase``)."""
    template = ERROR_TEXTS.get(code)
    if template is None:   # tests/architecture/test_error_codes.py keeps this from happening
        return code
    return _PLACEHOLDER.sub(lambda m: _show(m.group(1), params.get(m.group(1))),
                            QCoreApplication.translate("errors", template))


def problem_text(exc: CordeeError) -> str:
    """The translated text of an error's code, its placeholders filled."""
    return code_text(exc.code, **exc.params)


def describe(exc: Exception) -> str:
    """One readable sentence for the user (an operating-system error by its failure class: a full disk, a
    read-only folder …; anything else by its kind, the details being in the log)."""
    if isinstance(exc, ValidationError):
        return _fill(QCoreApplication.translate("errors", "%1: %2"), field_label(exc.field), problem_text(exc))
    if isinstance(exc, CordeeError):
        return problem_text(exc)
    if isinstance(exc, OSError):
        return problem_text(from_os_error(exc, exc.filename))
    return _fill(QCoreApplication.translate("errors", "Unexpected error: %1"), type(exc).__name__)
