"""Texts of the codes of due care (recorded acts, the overdue lists, the schedule files)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "due_care.unknown_act": QT_TRANSLATE_NOOP("errors", "«{value}» is not an act of the follow-up schedules"),
    "due_care.bad_source": QT_TRANSLATE_NOOP("errors", "must be «by hand» or «hospital letter» (not «{value}»)"),
    "due_care.in_future": QT_TRANSLATE_NOOP("errors", "must not be in the future"),
    "due_care.before_1900": QT_TRANSLATE_NOOP("errors", "must not be before 1900"),
    "due_care.unknown_group": QT_TRANSLATE_NOOP("errors", "«{value}» is not a condition or prevention schedule"),
    "due_care.schedule_unreadable": QT_TRANSLATE_NOOP("errors", "the schedule file {file} is not readable "
                                                                "({reason})"),
    "due_care.schedule_bad_item": QT_TRANSLATE_NOOP("errors", "the schedule file {file} has a bad entry at {key}"),
}
