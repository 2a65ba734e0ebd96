"""Texts of the codes of team messages: mentions, retraction, and turning a message into another record."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "messages.unknown_login": QT_TRANSLATE_NOOP("errors", "names no active member of the practice: {logins}"),
    "messages.too_many_mentions": QT_TRANSLATE_NOOP("errors", "at most {max} members can be mentioned"),
    "messages.mention_outside_circle": QT_TRANSLATE_NOOP(
        "errors", "{names} may not read this patient's chart: they cannot be mentioned in this thread"),
    "messages.not_a_patient": QT_TRANSLATE_NOOP("errors", "is not a patient of the practice"),
    "messages.already_retracted": QT_TRANSLATE_NOOP("errors", "this message was already retracted on {day}"),
    "messages.retracted_message": QT_TRANSLATE_NOOP("errors", "a retracted message cannot be turned into a record"),
    "messages.no_patient": QT_TRANSLATE_NOOP("errors", "this thread is about no patient"),
    "messages.no_plan_in_force": QT_TRANSLATE_NOOP("errors", "the patient has no care plan in force: start one "
                                                             "first"),
}

ENTITIES = (
    # the records of this capability an error can name ("This record no longer exists (team message 4).")
    QT_TRANSLATE_NOOP("entities", "message thread"), QT_TRANSLATE_NOOP("entities", "team message"),
)
