"""Texts of the codes every capability uses (kernel validation, records, access)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    # a field's value (shown after the field's label: "Birth date: is required")
    "required": QT_TRANSLATE_NOOP("errors", "is required"),
    "forbidden_character": QT_TRANSLATE_NOOP("errors", "contains a forbidden character"),
    "too_long": QT_TRANSLATE_NOOP("errors", "is too long (at most {max} characters)"),
    "not_a_date": QT_TRANSLATE_NOOP("errors", "must be a date like 31.12.1950 or 31/12/1950"),
    "not_a_calendar_date": QT_TRANSLATE_NOOP("errors", "is not a real calendar date"),
    "not_a_number": QT_TRANSLATE_NOOP("errors", "must be a number"),
    "not_a_whole_number": QT_TRANSLATE_NOOP("errors", "must be a whole number"),
    "out_of_range": QT_TRANSLATE_NOOP("errors", "must be between {min} and {max}"),
    "one_of": QT_TRANSLATE_NOOP("errors", "must be one of {allowed}"),
    # records (whole sentences)
    "not_found": QT_TRANSLATE_NOOP("errors", "This record no longer exists ({entity} {entity_id})."),
    "stale": QT_TRANSLATE_NOOP("errors", "This record was changed by {changed_by} at {changed_at} since you opened it. "
                                         "Reload it, then make your change again."),
    "access_denied": QT_TRANSLATE_NOOP("errors", "Your role does not allow this action."),
    "error": QT_TRANSLATE_NOOP("errors", "The action could not be done."),
    "invalid": QT_TRANSLATE_NOOP("errors", "is not valid"),
}

ENTITIES = (
    # the kinds of record an error can name ("This record no longer exists (patient 12).")
    QT_TRANSLATE_NOOP("entities", "patient"), QT_TRANSLATE_NOOP("entities", "staff member"),
    QT_TRANSLATE_NOOP("entities", "medication line"), QT_TRANSLATE_NOOP("entities", "alert"),
    QT_TRANSLATE_NOOP("entities", "care plan"), QT_TRANSLATE_NOOP("entities", "task"),
)
