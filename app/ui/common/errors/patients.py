"""Texts of the patients codes: checks of a patient's record and of its problem list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "patients.born_before_1900": QT_TRANSLATE_NOOP("errors", "must be after 1900"),
    "patients.sex": QT_TRANSLATE_NOOP("errors", "must be F, M, X (other) or U (unknown)"),
    "patients.phone_format": QT_TRANSLATE_NOOP("errors", "must contain only digits, spaces and + . ( ) -"),
    "patients.gp_not_physician": QT_TRANSLATE_NOOP("errors", "must be an active physician of the practice"),
    "patients.ins_status": QT_TRANSLATE_NOOP("errors", "must be PROV, RECUP, VALI or QUAL when an INS is given"),
    "patients.ins_status_without_ins": QT_TRANSLATE_NOOP("errors", "needs an INS number"),
    # the problem list
    "patients.problem_kind": QT_TRANSLATE_NOOP("errors", "kind must be condition, allergy or ald"),
    "patients.allergy_code": QT_TRANSLATE_NOOP("errors", "must be an ATC code or class (e.g. J01C)"),
    "patients.condition_code": QT_TRANSLATE_NOOP("errors", "must be an ICD-10 code (e.g. I50.9)"),
}
