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
    "patients.ins_status_doubtful": QT_TRANSLATE_NOOP(
        "errors", "must stay provisional while the identity is marked doubtful"),
    "patients.ins_status_fictitious": QT_TRANSLATE_NOOP(
        "errors", "must stay provisional while the identity is marked fictitious"),
    "patients.ins_oid_without_ins": QT_TRANSLATE_NOOP("errors", "needs an INS number"),
    "patients.ins_qual_needs": QT_TRANSLATE_NOOP("errors", "is needed for a qualified identity (INS trait)"),
    "patients.ins_qual_sex": QT_TRANSLATE_NOOP("errors", "must be female or male for a qualified identity"),
    "patients.birth_place_code": QT_TRANSLATE_NOOP(
        "errors", "must be the 5-character INSEE code of the commune (99 and the country code when born abroad)"),
    "patients.sharing_objection": QT_TRANSLATE_NOOP(
        "errors", "The patient has objected to sharing their data: nothing is sent to others."),
    # the problem list
    "patients.problem_kind": QT_TRANSLATE_NOOP("errors", "kind must be condition, allergy or ald"),
    "patients.allergy_code": QT_TRANSLATE_NOOP("errors", "must be an ATC code or class (e.g. J01C)"),
    "patients.condition_code": QT_TRANSLATE_NOOP("errors", "must be an ICD-10 code (e.g. I50.9)"),
}
