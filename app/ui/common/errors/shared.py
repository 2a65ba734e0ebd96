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
    "too_short": QT_TRANSLATE_NOOP("errors", "must be at least {min} characters long"),
    "future_date": QT_TRANSLATE_NOOP("errors", "must not be in the future"),
    "implausible_date": QT_TRANSLATE_NOOP("errors", "is not a plausible date"),
    "not_a_patient": QT_TRANSLATE_NOOP("errors", "is not a patient of the practice"),
    # national identifiers (kernel/identifiers: patients, staff, the practice)
    "ins_format": QT_TRANSLATE_NOOP("errors", "must be 15 characters: 13 for the number and 2 for the key"),
    "ins_key_mismatch": QT_TRANSLATE_NOOP("errors", "the control key does not match the number"),
    "avs_format": QT_TRANSLATE_NOOP("errors", "must be 13 digits starting with 756 (756.XXXX.XXXX.XX)"),
    "check_digit": QT_TRANSLATE_NOOP("errors", "the check digit is wrong"),
    "digit_count": QT_TRANSLATE_NOOP("errors", "must be {count} digits"),
    "digit_count_between": QT_TRANSLATE_NOOP("errors", "must be {min} to {max} digits"),
    "finess_format": QT_TRANSLATE_NOOP("errors", "must be 9 characters (department + 7 digits)"),
    # records (whole sentences)
    "not_found": QT_TRANSLATE_NOOP("errors", "This record no longer exists ({entity} {entity_id})."),
    "stale": QT_TRANSLATE_NOOP("errors", "This record was changed by {changed_by} at {changed_at} since you opened it. "
                                         "Reload it, then make your change again."),
    "access_denied": QT_TRANSLATE_NOOP("errors", "Your role does not allow this action."),
    "cannot_write": QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {error}"),
    "error": QT_TRANSLATE_NOOP("errors", "The action could not be done."),
    "invalid": QT_TRANSLATE_NOOP("errors", "is not valid"),
}

ENTITIES = (
    # the kinds of record an error can name ("This record no longer exists (patient 12).")
    QT_TRANSLATE_NOOP("entities", "patient"), QT_TRANSLATE_NOOP("entities", "staff member"),
    QT_TRANSLATE_NOOP("entities", "medication line"), QT_TRANSLATE_NOOP("entities", "alert"),
    QT_TRANSLATE_NOOP("entities", "care plan"), QT_TRANSLATE_NOOP("entities", "task"),
)
