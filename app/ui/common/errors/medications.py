"""Texts of the medication codes (the list, the posology of a line)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    # a field's value (shown after the field's label)
    "medications.atc_format": QT_TRANSLATE_NOOP("errors", "must be a complete ATC code like B01AA03"),
    "medications.name_required": QT_TRANSLATE_NOOP("errors", "a substance or a product name is required"),
    "medications.date_implausible": QT_TRANSLATE_NOOP("errors", "is not a plausible date"),
    "medications.end_before_start": QT_TRANSLATE_NOOP("errors", "must not be before the start date"),
    "medications.stop_before_start": QT_TRANSLATE_NOOP("errors", "must not be before the start date"),
    "medications.renewal_before_start": QT_TRANSLATE_NOOP("errors", "must not be before the start date"),
    "medications.renewal_too_late": QT_TRANSLATE_NOOP("errors", "must be at most {months} months after the start"),
    "medications.prescriber_not_active": QT_TRANSLATE_NOOP("errors", "must be an active member of the practice"),
    # the posology
    "medications.amount_not_a_number": QT_TRANSLATE_NOOP("errors", "must be an amount like 1, 0.5 or 1/2"),
    "medications.amount_too_large": QT_TRANSLATE_NOOP("errors", "must be at most {max}"),
    "medications.no_amount": QT_TRANSLATE_NOOP("errors",
                                               "give at least one amount (morning, noon, evening or night)"),
    "medications.no_taking": QT_TRANSLATE_NOOP("errors", "give at least one day with its amount"),
    "medications.too_many_takings": QT_TRANSLATE_NOOP("errors", "at most {max} takings"),
    "medications.taking_twice": QT_TRANSLATE_NOOP("errors", "this day and time are given twice"),
    "medications.not_a_time": QT_TRANSLATE_NOOP("errors", "must be a time like 08:00"),
    "medications.not_used_by_schedule": QT_TRANSLATE_NOOP("errors", "is not used by this schedule: leave it empty"),
    "medications.max_below_amount": QT_TRANSLATE_NOOP("errors", "must not be less than the amount per taking"),
    "medications.max_without_amount": QT_TRANSLATE_NOOP("errors", "is needed when a maximum a day is given"),
    "medications.unknown_unit": QT_TRANSLATE_NOOP("errors", "is not a unit of the list"),
    "medications.unknown_route": QT_TRANSLATE_NOOP("errors", "is not a route of the EDQM list"),
    "medications.route_twice": QT_TRANSLATE_NOOP("errors", "give a coded route or a text, not both"),
    # eMediplan
    "medications.emediplan_unreadable": QT_TRANSLATE_NOOP("errors", "is not a readable CHMED16A payload"),
    "medications.emediplan_prefix": QT_TRANSLATE_NOOP("errors", "must start with CHMED16A1 (or CHMED16A0)"),
}
