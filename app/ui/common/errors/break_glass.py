"""Texts of the emergency (break-glass) access codes: asking for an access, its policy and its review."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "break_glass.reason_too_short": QT_TRANSLATE_NOOP(
        "errors", "must say why, in at least {min} characters (e.g. \"unconscious patient brought in, no médecin "
                  "traitant reachable\")"),
    "break_glass.charts_open": QT_TRANSLATE_NOOP(
        "errors", "Charts are open to every clinician of the practice: no emergency access is needed."),
    "break_glass.already_open": QT_TRANSLATE_NOOP(
        "errors", "You can already read this chart: no emergency access is needed."),
    "break_glass.duration_range": QT_TRANSLATE_NOOP("errors", "must be between {min} and {max} minutes"),
    "break_glass.already_acknowledged": QT_TRANSLATE_NOOP("errors", "was already acknowledged by {by}"),
}
ENTITIES = (QT_TRANSLATE_NOOP("entities", "emergency access"),)
