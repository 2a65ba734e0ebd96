"""Texts of the command line's own checks (its options, the files it reads and writes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    # after the option's name: "--limit: must be at least 1"
    "cli.at_least": QT_TRANSLATE_NOOP("errors", "must be at least {min}"),
    "cli.unreadable_file": QT_TRANSLATE_NOOP("errors", "the file cannot be read ({error})"),
    "cli.no_folder": QT_TRANSLATE_NOOP("errors", "the folder {folder} does not exist"),
    "cli.out_is_folder": QT_TRANSLATE_NOOP("errors", "{path} is a folder, give a file name"),
    "cli.db_is_folder": QT_TRANSLATE_NOOP("errors", "{path} is a folder: give the database file in it (….db) or a "
                                                    "postgresql+psycopg:// address"),
    "cli.db_not_a_file": QT_TRANSLATE_NOOP("errors", "{path} is not a file (a device or a pipe): give the database "
                                                     "file"),
    "cli.db_unreadable": QT_TRANSLATE_NOOP("errors", "{path} cannot be read ({error})"),
    # whole sentences
    "cli.path_failed": QT_TRANSLATE_NOOP("errors", "The file {path} could not be used ({error})."),
    "cli.no_passphrase": QT_TRANSLATE_NOOP("errors", "No passphrase: use --passphrase-file FILE or set "
                                                     "CORDEE_PASSPHRASE."),
}
