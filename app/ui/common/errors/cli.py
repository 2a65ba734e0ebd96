"""Texts of the command line's own checks (its options, the files it reads and writes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    # after the option's name: "--limit: must be at least 1"
    "cli.at_least": QT_TRANSLATE_NOOP("errors", "must be at least {min}"),
    "cli.unreadable_file": QT_TRANSLATE_NOOP("errors", "the file cannot be read ({error})"),
    "cli.card_format": QT_TRANSLATE_NOOP("errors", "the card is written as .json or .pdf"),
    "cli.package_zip": QT_TRANSLATE_NOOP("errors", "the package is written as .zip"),
    "cli.no_folder": QT_TRANSLATE_NOOP("errors", "the folder {folder} does not exist"),
    "cli.out_is_folder": QT_TRANSLATE_NOOP("errors", "{path} is a folder, give a file name"),
    "cli.file_too_large": QT_TRANSLATE_NOOP("errors", "the file is larger than {max} bytes: give a file that holds "
                                                      "only the secret"),
    "cli.not_text": QT_TRANSLATE_NOOP("errors", "the file is not UTF-8 text"),
    "cli.check_needs_file": QT_TRANSLATE_NOOP("errors", "must be a database file (a PostgreSQL server is checked on "
                                                        "the server)"),
    "cli.recovery_sheet_needs_file": QT_TRANSLATE_NOOP("errors", "only with a database file (a PostgreSQL server "
                                                                 "has no recovery code)"),
    # whole sentences
    "cli.no_passphrase": QT_TRANSLATE_NOOP("errors", "No passphrase: use --passphrase-file FILE or set "
                                                     "CORDEE_PASSPHRASE."),
    "cli.no_password": QT_TRANSLATE_NOOP("errors", "No password: use --password-file FILE or set CORDEE_PASSWORD."),
    "cli.confirmation_needed": QT_TRANSLATE_NOOP(
        "errors", "Nothing installed: confirm with --yes when the command does not run in a terminal."),
    "cli.unexpected": QT_TRANSLATE_NOOP("errors", "Unexpected error ({kind}); the command stopped. The details "
                                                  "(without patient data) are in {log}."),
}
