"""The English problem texts that services raise, marked for translation in the ``problems`` context.

``PROBLEMS`` holds the fixed texts (``ValidationError.problem``, ``AuthenticationError.message``,
``StorageError.message``, ``NotFoundError.message``); ``TEMPLATES`` turns the texts that carry a value
(a length, a file name, a number of seconds …) into a translatable template: each regular expression must match
the whole English text, and its groups become ``%1``, ``%2`` … in the template, in order.
``messages.problem_text`` does the lookup. Add the text here when a service raises a new one
(``tests/ui/test_i18n.py`` checks that every literal raised in ``app/services`` is covered).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

PROBLEMS: tuple[str, ...] = (
    # any field
    QT_TRANSLATE_NOOP("problems", "is required"),
    QT_TRANSLATE_NOOP("problems", "contains a forbidden character"),
    QT_TRANSLATE_NOOP("problems", "must be FR or CH"),
    # identifiers
    QT_TRANSLATE_NOOP("problems", "must be 15 characters: 13 for the number and 2 for the key"),
    QT_TRANSLATE_NOOP("problems", "the control key does not match the number"),
    QT_TRANSLATE_NOOP("problems", "must be 13 digits starting with 756 (756.XXXX.XXXX.XX)"),
    QT_TRANSLATE_NOOP("problems", "the check digit is wrong"),
    QT_TRANSLATE_NOOP("problems", "must be 10 to 20 digits"),
    QT_TRANSLATE_NOOP("problems", "must be 13 digits"),
    QT_TRANSLATE_NOOP("problems", "must be 11 digits"),
    QT_TRANSLATE_NOOP("problems", "must be 9 digits"),
    QT_TRANSLATE_NOOP("problems", "must be 9 characters (department + 7 digits)"),
    # practice
    QT_TRANSLATE_NOOP("problems", "this database already holds a practice"),
    # staff accounts and passwords
    QT_TRANSLATE_NOOP("problems", "must be 2-64 characters: lower-case letters, digits, . _ -, starting with a letter"),
    QT_TRANSLATE_NOOP("problems", "choose at least one role"),
    QT_TRANSLATE_NOOP("problems", "is not an e-mail address"),
    QT_TRANSLATE_NOOP("problems", "is already used by another account"),
    QT_TRANSLATE_NOOP("problems", "you cannot remove your own administrator role"),
    QT_TRANSLATE_NOOP("problems", "you cannot deactivate your own account"),
    QT_TRANSLATE_NOOP("problems", "is too easy to guess"),
    QT_TRANSLATE_NOOP("problems", "must differ from the current password"),
    QT_TRANSLATE_NOOP("problems", "is not your current password"),
    # patients
    QT_TRANSLATE_NOOP("problems", "must be a date like 31.12.1950 or 31/12/1950"),
    QT_TRANSLATE_NOOP("problems", "is not a real calendar date"),
    QT_TRANSLATE_NOOP("problems", "must not be in the future"),
    QT_TRANSLATE_NOOP("problems", "must be after 1900"),
    QT_TRANSLATE_NOOP("problems", "must be F, M, X (other) or U (unknown)"),
    QT_TRANSLATE_NOOP("problems", "must be one of fr, de, en, it"),
    QT_TRANSLATE_NOOP("problems", "must contain only digits, spaces and + . ( ) -"),
    QT_TRANSLATE_NOOP("problems", "must be an active physician of the practice"),
    QT_TRANSLATE_NOOP("problems", "must be PROV, RECUP, VALI or QUAL when an INS is given"),
    QT_TRANSLATE_NOOP("problems", "needs an INS number"),
    QT_TRANSLATE_NOOP("problems", "kind must be condition, allergy or ald"),
    QT_TRANSLATE_NOOP("problems", "must be an ATC code or class (e.g. J01C)"),
    QT_TRANSLATE_NOOP("problems", "must be an ICD-10 code (e.g. I50.9)"),
    # login
    QT_TRANSLATE_NOOP("problems", "unknown user or wrong password"),
    QT_TRANSLATE_NOOP("problems", "this account is locked after too many failed logins; "
                                  "ask an administrator to unlock it"),
    # the database and its key
    QT_TRANSLATE_NOOP("problems", "the key does not belong to this database"),
    QT_TRANSLATE_NOOP("problems", "the SQLite library in use is not SQLCipher"),
    QT_TRANSLATE_NOOP("problems", "wrong passphrase for this database"),
    QT_TRANSLATE_NOOP("problems", "wrong recovery code for this database"),
    QT_TRANSLATE_NOOP("problems", "enter the practice passphrase or the recovery code"),
    QT_TRANSLATE_NOOP("problems", "the database URL must start with postgresql+psycopg://"),
    # why the operating system's keyring could not be used (shown as the reason to type the passphrase)
    QT_TRANSLATE_NOOP("problems", "no allowed keyring backend on this computer"),
    QT_TRANSLATE_NOOP("problems", "the keyring did not answer in time"),
    QT_TRANSLATE_NOOP("problems", "the recorded keyring backend is not allowed"),
    QT_TRANSLATE_NOOP("problems", "the keyring that holds the key is not available (keystore changed)"),
    QT_TRANSLATE_NOOP("problems", "the keyring holds no key for this database"),
    # medications
    QT_TRANSLATE_NOOP("problems", "must be a number of units like 1, 0.5 or 1/2"),
    QT_TRANSLATE_NOOP("problems", "must be at most 100 units"),
    QT_TRANSLATE_NOOP("problems", "is not a plausible date"),
    QT_TRANSLATE_NOOP("problems", "must be a number"),
    QT_TRANSLATE_NOOP("problems", "must be a complete ATC code like B01AA03"),
    QT_TRANSLATE_NOOP("problems", "a substance or a product name is required"),
    QT_TRANSLATE_NOOP("problems", "must not be before the start date"),
    QT_TRANSLATE_NOOP("problems", "must be at most 12 months after the start"),
    QT_TRANSLATE_NOOP("problems", "must be an active member of the practice"),
    # delegation protocols
    QT_TRANSLATE_NOOP("problems", "is not a known protocol"),
    QT_TRANSLATE_NOOP("problems", "must be a past date after 1990"),
    QT_TRANSLATE_NOOP("problems", "must be oral, written or electronic"),
    QT_TRANSLATE_NOOP("problems", "must be patient or representative"),
    QT_TRANSLATE_NOOP("problems", "is not a patient of the practice"),
    QT_TRANSLATE_NOOP("problems", "is required (at most 200 characters)"),
    # tasks and recurrences
    QT_TRANSLATE_NOOP("problems", "must be a time like 08:30"),
    QT_TRANSLATE_NOOP("problems", "must be 2–40 lower-case letters, digits or underscores"),
    QT_TRANSLATE_NOOP("problems", "must be routine, urgent, asap or stat"),
    QT_TRANSLATE_NOOP("problems", "choose either a person or a pool (one of the two)"),
    QT_TRANSLATE_NOOP("problems", "must be an active clinical or front-desk member of the practice"),
    QT_TRANSLATE_NOOP("problems", "needs a due date"),
    QT_TRANSLATE_NOOP("problems", "needs a due date to start the series"),
    QT_TRANSLATE_NOOP("problems", "needs an origin type and a positive id"),
    QT_TRANSLATE_NOOP("problems", "an act is only recorded for a protocol-bound task"),
    QT_TRANSLATE_NOOP("problems", "is not a task status"),
    QT_TRANSLATE_NOOP("problems", "this task is not in one of your pools"),
    QT_TRANSLATE_NOOP("problems", "must be an iCalendar rule like FREQ=MONTHLY;INTERVAL=3"),
    QT_TRANSLATE_NOOP("problems", "must not contain DTSTART (the due date starts the series)"),
    QT_TRANSLATE_NOOP("problems", "must set FREQ to DAILY, WEEKLY, MONTHLY or YEARLY"),
    # the PostgreSQL server address
    QT_TRANSLATE_NOOP("problems", "must start with postgresql:// or postgresql+psycopg://"),
    QT_TRANSLATE_NOOP("problems", "the server is not on this computer: add ?sslmode=verify-full (TLS is required)"),
    QT_TRANSLATE_NOOP("problems", "must not contain a password: put it in a .pgpass file"),
    # absences and escalation
    QT_TRANSLATE_NOOP("problems", "an absence lasts at most one year"),
    QT_TRANSLATE_NOOP("problems", "select at least one task"),
    QT_TRANSLATE_NOOP("problems", "must be a whole number of days"),
)

TEMPLATES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern, re.DOTALL), template) for pattern, template in (
    (r"is too long \(at most (\d+) characters\)",
     QT_TRANSLATE_NOOP("problems", "is too long (at most %1 characters)")),
    (r"must be at least (\d+) characters long",
     QT_TRANSLATE_NOOP("problems", "must be at least %1 characters long")),
    (r"must be between (\d+) and (\d+) minutes",
     QT_TRANSLATE_NOOP("problems", "must be between %1 and %2 minutes")),
    (r"unknown role (.+)",
     QT_TRANSLATE_NOOP("problems", "unknown role %1")),
    (r"too many failed logins: wait (\d+) s before trying again",
     QT_TRANSLATE_NOOP("problems", "too many failed logins: wait %1 s before trying again")),
    (r"staff member (\d+) does not exist",
     QT_TRANSLATE_NOOP("problems", "staff member %1 does not exist")),
    (r"patient (\d+) does not exist",
     QT_TRANSLATE_NOOP("problems", "patient %1 does not exist")),
    (r"(.+) was written by a newer version of Cordée",
     QT_TRANSLATE_NOOP("problems", "%1 was written by a newer version of Cordée")),
    (r"the key file (.+) is missing: the database cannot be unlocked without it \(restore it from the backup\)",
     QT_TRANSLATE_NOOP("problems", "the key file %1 is missing: the database cannot be unlocked without it "
                                   "(restore it from the backup)")),
    (r"the key file (.+) is damaged \((.*)\)",
     QT_TRANSLATE_NOOP("problems", "the key file %1 is damaged (%2)")),
    (r"(.+) already exists; it is never replaced",
     QT_TRANSLATE_NOOP("problems", "%1 already exists; it is never replaced")),
    (r"(.+) already exists; Cordée never replaces a database",
     QT_TRANSLATE_NOOP("problems", "%1 already exists; Cordée never replaces a database")),
    (r"(.+) is an unencrypted database; Cordée refuses to use it",
     QT_TRANSLATE_NOOP("problems", "%1 is an unencrypted database; Cordée refuses to use it")),
    (r"(.+) cannot be read although the key is right: the file is damaged \((.*)\)\. Restore it from a backup\.",
     QT_TRANSLATE_NOOP("problems", "%1 cannot be read although the key is right: the file is damaged (%2). "
                                   "Restore it from a backup.")),
    (r"the folder (.+) does not exist",
     QT_TRANSLATE_NOOP("problems", "the folder %1 does not exist")),
    (r"no database at (.+)",
     QT_TRANSLATE_NOOP("problems", "no database at %1")),
    (r"keyring error: (.+)",
     QT_TRANSLATE_NOOP("problems", "keyring error: %1")),
    (r"(.+) is not on this computer: add \?sslmode=verify-full \(TLS is required outside loopback\)",
     QT_TRANSLATE_NOOP("problems", "%1 is not on this computer: add ?sslmode=verify-full "
                                   "(TLS is required outside loopback)")),
    (r"cannot use the PostgreSQL server: (.*)",
     QT_TRANSLATE_NOOP("problems", "cannot use the PostgreSQL server: %1")),
    (r"this database has schema (.+), newer than this version of Cordée knows; install the newer version of Cordée",
     QT_TRANSLATE_NOOP("problems", "this database has schema %1, newer than this version of Cordée knows; "
                                   "install the newer version of Cordée")),
    (r"must be more than (\S+) and at most (\S+)",
     QT_TRANSLATE_NOOP("problems", "must be more than %1 and at most %2")),
    (r"must be between (\S+) and (\S+)",
     QT_TRANSLATE_NOOP("problems", "must be between %1 and %2")),
    (r"must be between (\S+) and (\S+) days",
     QT_TRANSLATE_NOOP("problems", "must be between %1 and %2 days")),
    (r"task (\d+) does not exist",
     QT_TRANSLATE_NOOP("problems", "task %1 does not exist")),
    (r"absence (\d+) does not exist",
     QT_TRANSLATE_NOOP("problems", "absence %1 does not exist")),
    (r"must be one of (.+)",
     QT_TRANSLATE_NOOP("problems", "must be one of %1")),
    (r"medication line (\d+) does not exist",
     QT_TRANSLATE_NOOP("problems", "medication line %1 does not exist")),
    (r"enrolment (\d+) does not exist",
     QT_TRANSLATE_NOOP("problems", "enrolment %1 does not exist")),
    (r"staff (\S+) does not adhere to (.+)",
     QT_TRANSLATE_NOOP("problems", "staff %1 does not adhere to %2")),
    (r"(.+) is not of a profession this protocol delegates to \((.*)\)",
     QT_TRANSLATE_NOOP("problems", "%1 is not of a profession this protocol delegates to (%2)")),
    (r"is not a valid iCalendar rule \((.*)\)",
     QT_TRANSLATE_NOOP("problems", "is not a valid iCalendar rule (%1)")),
    (r"(.+) is on a network share; the encrypted file must stay on this computer's disk\. For several workstations "
     r"use a PostgreSQL server\.",
     QT_TRANSLATE_NOOP("problems", "%1 is on a network share; the encrypted file must stay on this computer's disk. "
                                   "For several workstations use a PostgreSQL server.")),
))
