"""Texts of the codes of the directory of local resources and pathways (forms and the shared CSV file)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "directory.bad_phone": QT_TRANSLATE_NOOP("errors", "is not a telephone number (digits, spaces, + . / ( ) -)"),
    "directory.bad_email": QT_TRANSLATE_NOOP("errors", "is not an e-mail address"),
    "directory.bad_delay": QT_TRANSLATE_NOOP("errors", "must be a whole number of days from 0 to {max}"),
    "directory.no_steps": QT_TRANSLATE_NOOP("errors", "a pathway needs at least one step"),
    "directory.too_many_steps": QT_TRANSLATE_NOOP("errors", "a pathway has at most {max} steps"),
    "directory.pathway_not_of_resource": QT_TRANSLATE_NOOP("errors", "this pathway is not one of the referral's "
                                                                     "resource"),
    "directory.csv_unreadable": QT_TRANSLATE_NOOP("errors", "the file cannot be read ({error})"),
    "directory.csv_too_large": QT_TRANSLATE_NOOP("errors", "the file is larger than {max} bytes: nothing was "
                                                           "imported"),
    "directory.csv_not_utf8": QT_TRANSLATE_NOOP("errors", "the file is not UTF-8 text: nothing was imported"),
    "directory.csv_header": QT_TRANSLATE_NOOP("errors", "line {line}: the header is not that of a directory "
                                                        "export (column «{column}» expected): nothing was imported"),
    "directory.csv_cell_count": QT_TRANSLATE_NOOP("errors", "line {line}: {count} columns instead of {expected}: "
                                                            "nothing was imported"),
    "directory.csv_missing": QT_TRANSLATE_NOOP("errors", "line {line}, column «{column}»: a value is needed: "
                                                         "nothing was imported"),
    "directory.csv_bad_cell": QT_TRANSLATE_NOOP("errors", "line {line}, column «{column}»: «{value}» is not "
                                                          "accepted: nothing was imported"),
    "directory.csv_duplicate": QT_TRANSLATE_NOOP("errors", "line {line}, column «{column}»: «{value}» appears "
                                                           "twice: nothing was imported"),
    "directory.csv_unknown_ref": QT_TRANSLATE_NOOP("errors", "line {line}, column «{column}»: «{value}» is not "
                                                             "defined above in the file: nothing was imported"),
    "directory.csv_no_steps": QT_TRANSLATE_NOOP("errors", "line {line}, column «{column}»: the pathway «{value}» "
                                                          "has no step: nothing was imported"),
    "directory.csv_moved_pathway": QT_TRANSLATE_NOOP("errors", "line {line}, column «{column}»: the pathway "
                                                               "belongs to another resource in this practice: "
                                                               "nothing was imported"),
}

# the entities a "no longer exists" message names (translated through the "entities" context)
ENTITIES = (QT_TRANSLATE_NOOP("entities", "directory resource"), QT_TRANSLATE_NOOP("entities", "directory pathway"))
