"""Texts of the security codes: the password rules (access refusals are the shared ``access_denied``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "security.password_too_common": QT_TRANSLATE_NOOP("errors", "is too easy to guess"),
}
