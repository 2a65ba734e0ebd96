"""Texts of the access refusals that depend on the account or on the record (``AccessDenied.reason``); a refusal
by role alone is the shared ``access_denied``. The screens show the same texts as the reason of a disabled
button."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "access.inactive": QT_TRANSLATE_NOOP("errors", "Your account has been deactivated: ask an administrator."),
    "access.not_in_circle": QT_TRANSLATE_NOOP(
        "errors", "This patient's chart is open to their care team only (médecin traitant, care circle, a task or "
                  "an alert on the patient)."),
    "access.not_gp": QT_TRANSLATE_NOOP("errors", "Only the patient's médecin traitant can do this."),
    "access.not_recipient": QT_TRANSLATE_NOOP("errors", "Only the doctor the alert was sent to can answer it."),
    "access.not_worker": QT_TRANSLATE_NOOP(
        "errors", "Only the person the task is assigned to, its pool, its creator or a supervisor can change it."),
    "access.not_in_pool": QT_TRANSLATE_NOOP("errors", "This task is not waiting in one of your pools."),
    "access.not_responsible": QT_TRANSLATE_NOOP(
        "errors", "Only the person or role responsible for this action, or the care team, can record its progress."),
    "access.not_self": QT_TRANSLATE_NOOP("errors", "Each user changes only their own preferences."),
    "access.break_glass_read_only": QT_TRANSLATE_NOOP(
        "errors", "Your emergency access to this chart is read-only: it allows no change."),
    "access.not_author": QT_TRANSLATE_NOOP("errors", "Only the author of a message can retract it."),
    "access.restricted": QT_TRANSLATE_NOOP("errors", "This document is restricted to the people it names."),
    # a restriction being set (a field's problem)
    "access.unknown_staff": QT_TRANSLATE_NOOP("errors", "must name active members of the practice (not: {ids})"),
}
