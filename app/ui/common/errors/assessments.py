"""Texts of the codes of structured assessments (answers, instruments, delegation, proposals, instrument files)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "assessments.unknown_instrument": QT_TRANSLATE_NOOP("errors", "«{value}» is not a known instrument"),
    "assessments.unknown_item": QT_TRANSLATE_NOOP("errors", "question «{item}» is not part of this instrument"),
    "assessments.missing_answer": QT_TRANSLATE_NOOP("errors", "question {number} has no answer"),
    "assessments.unknown_option": QT_TRANSLATE_NOOP("errors", "«{value}» is not an answer of question {number}"),
    "assessments.protocol_needed": QT_TRANSLATE_NOOP("errors", "your role records this instrument only under a "
                                                               "protocol that covers it ({protocols})"),
    "assessments.protocol_not_listed": QT_TRANSLATE_NOOP("errors", "protocol «{value}» does not cover this "
                                                                   "instrument (covered by: {protocols})"),
    "assessments.protocol_needs_staff": QT_TRANSLATE_NOOP("errors", "only a member of the team can work under a "
                                                                    "protocol"),
    "assessments.in_future": QT_TRANSLATE_NOOP("errors", "must not be in the future"),
    "assessments.not_proposed": QT_TRANSLATE_NOOP("errors", "«{value}» is not proposed by this result"),
    "assessments.no_plan_in_force": QT_TRANSLATE_NOOP("errors", "the patient has no care plan in force to add "
                                                                "this need to"),
    "assessments.file_unreadable": QT_TRANSLATE_NOOP("errors", "the instrument file {file} is not readable "
                                                               "({reason})"),
    "assessments.file_bad_entry": QT_TRANSLATE_NOOP("errors", "the instrument file {file} has a bad entry at "
                                                              "{key}"),
}
