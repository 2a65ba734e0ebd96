"""Texts of the codes of the medications capability (so far: a broken or inconsistent knowledge pack file)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "medications.knowledge_invalid": QT_TRANSLATE_NOOP(
        "errors", "the medication knowledge file {file} is not valid (entry {entry}): {problem}"),
}
