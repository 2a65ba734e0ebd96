"""Texts of the storage codes: opening the practice's database."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "storage.practice_file": QT_TRANSLATE_NOOP("errors", "{path} is not a Cordée practice file: it must be a small "
                                                         "JSON file that names the practice's \"database\" or "
                                                         "\"server\"."),
}
