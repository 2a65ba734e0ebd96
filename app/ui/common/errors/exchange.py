"""Texts of the codes of the exchange formats read from another program (the FHIR patient summary)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "exchange.unreadable_file": QT_TRANSLATE_NOOP("errors", "the file cannot be read ({error})"),
    "exchange.fhir_too_large": QT_TRANSLATE_NOOP("errors", "the FHIR file is larger than {max} bytes: nothing was "
                                                           "imported"),
    "exchange.fhir_not_json": QT_TRANSLATE_NOOP("errors", "the file is not JSON (line {line}, column {column}): "
                                                          "nothing was imported"),
    "exchange.fhir_too_deep": QT_TRANSLATE_NOOP("errors", "the FHIR file is nested more than {max} levels deep: "
                                                          "nothing was imported"),
    "exchange.fhir_too_many": QT_TRANSLATE_NOOP("errors", "{path} holds more than {max} elements: nothing was "
                                                          "imported"),
    "exchange.fhir_not_bundle": QT_TRANSLATE_NOOP("errors", "the file is not a FHIR Bundle (resourceType {found}): "
                                                            "nothing was imported"),
    "exchange.fhir_invalid": QT_TRANSLATE_NOOP("errors", "{path} is not valid FHIR R4 ({problem}): nothing was "
                                                         "imported"),
    "exchange.fhir_missing": QT_TRANSLATE_NOOP("errors", "{path} is missing: nothing was imported"),
    "exchange.fhir_out_of_range": QT_TRANSLATE_NOOP("errors", "{path} is out of the plausible range: nothing was "
                                                              "imported"),
    "exchange.fhir_too_long": QT_TRANSLATE_NOOP("errors", "{path} is longer than {max} characters: nothing was "
                                                          "imported"),
    "exchange.fhir_bad_code": QT_TRANSLATE_NOOP("errors", "{path} is not a valid code of {system}: nothing was "
                                                          "imported"),
    "exchange.fhir_patients": QT_TRANSLATE_NOOP("errors", "the bundle holds {count} patients instead of one: "
                                                          "nothing was imported"),
}
