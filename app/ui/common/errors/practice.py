"""Texts of the practice codes: logging in, one's own password, the practice settings, staff accounts, backups."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    # logging in and unlocking the screen (the same text for an unknown user and a wrong password)
    "practice.login_failed": QT_TRANSLATE_NOOP("errors", "Unknown user or wrong password."),
    "practice.login_backoff": QT_TRANSLATE_NOOP("errors", "Too many failed logins: wait {wait_seconds} s before "
                                                          "trying again."),
    "practice.account_locked": QT_TRANSLATE_NOOP("errors", "This account is locked after too many failed logins; "
                                                           "ask an administrator to unlock it."),
    # one's own password
    "practice.password_unchanged": QT_TRANSLATE_NOOP("errors", "must differ from the current password"),
    "practice.wrong_current_password": QT_TRANSLATE_NOOP("errors", "is not your current password"),
    # the practice
    "practice.already_set_up": QT_TRANSLATE_NOOP("errors", "this database already holds a practice"),
    "practice.phone_format": QT_TRANSLATE_NOOP("errors", "must be {min} to {max} digits, with only spaces and "
                                                         "+ . - between them"),
    "practice.idle_lock_range": QT_TRANSLATE_NOOP("errors", "must be between {min} and {max} minutes"),
    "practice.backup_on_server": QT_TRANSLATE_NOOP("errors", "a PostgreSQL server is backed up on the server "
                                                             "(pg_dump), not by Cordée"),
    "practice.recovery_sheet_beside_database": QT_TRANSLATE_NOOP(
        "errors", "must not be in {folder}: the recovery code must never lie beside the encrypted database or its "
                  "backups; choose a folder elsewhere (a USB stick to print from, your documents)"),
    # staff accounts
    "practice.username_format": QT_TRANSLATE_NOOP("errors", "must be 2-64 characters: lower-case letters, digits, "
                                                            ". _ -, starting with a letter"),
    "practice.username_taken": QT_TRANSLATE_NOOP("errors", "is already used by another account"),
    "practice.no_role": QT_TRANSLATE_NOOP("errors", "choose at least one role"),
    "practice.unknown_role": QT_TRANSLATE_NOOP("errors", "unknown role {role}"),
    "practice.kiosk_alone": QT_TRANSLATE_NOOP("errors", "a survey kiosk account has no other role"),
    "practice.not_an_email": QT_TRANSLATE_NOOP("errors", "is not an e-mail address"),
    "practice.own_admin_role": QT_TRANSLATE_NOOP("errors", "you cannot remove your own administrator role"),
    "practice.own_account": QT_TRANSLATE_NOOP("errors", "you cannot deactivate your own account"),
    # the audit browser's search
    "practice.audit_name_words": QT_TRANSLATE_NOOP("errors", "type letters of the patient's name"),
    "practice.audit_period_reversed": QT_TRANSLATE_NOOP("errors", "must not be before the start of the period"),
}
