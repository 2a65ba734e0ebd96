"""Texts of the storage codes: opening, creating, backing up and restoring the practice database.

Each text says what went wrong and what helps (a wrong passphrase is not a damaged file; a missing key file is
restored from the backup …).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEXTS: dict[str, str] = {
    # opening or creating the encrypted file
    "storage.exists": QT_TRANSLATE_NOOP("errors", "{path} already exists; Cordée never replaces a database."),
    "storage.no_folder": QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
    "storage.not_a_folder": QT_TRANSLATE_NOOP("errors", "{path} is a file, not a folder: choose a folder."),
    "storage.missing": QT_TRANSLATE_NOOP("errors", "No database at {path}: check that the disk or the folder is "
                                                   "available."),
    "storage.need_passphrase": QT_TRANSLATE_NOOP("errors", "The key of the database could not be read from this "
                                                           "computer's keyring: enter the practice passphrase or the "
                                                           "recovery code."),
    "storage.wrong_passphrase": QT_TRANSLATE_NOOP("errors", "Wrong passphrase for this database. Check Caps Lock "
                                                            "and the keyboard layout, then try again. The database "
                                                            "was not changed."),
    "storage.wrong_recovery_code": QT_TRANSLATE_NOOP("errors", "Wrong recovery code for this database. Compare it "
                                                               "with the recovery sheet of this database and try "
                                                               "again. The database was not changed."),
    "storage.damaged": QT_TRANSLATE_NOOP("errors", "The database file {path} is damaged: some of its pages cannot "
                                                   "be read. Nothing more is written to it. Restore the database "
                                                   "from a backup and keep the damaged file for analysis."),
    "storage.empty_file": QT_TRANSLATE_NOOP("errors", "{path} is empty (0 bytes): it holds no practice, and Cordée "
                                                      "does not turn it into a new one. If it should hold your "
                                                      "records, restore the database from a backup; to start a new "
                                                      "practice, choose another file name."),
    "storage.other_practice": QT_TRANSLATE_NOOP("errors", "The database file {path} does not belong to the key file "
                                                          "beside it ({key_file}): they come from two different "
                                                          "practices. Nothing was changed. Put this database's own "
                                                          "key file beside it (from the backup it came with), or open "
                                                          "the other practice's database."),
    "storage.key_file_mismatch": QT_TRANSLATE_NOOP("errors", "The passphrase does not open the key file {key_file}, "
                                                             "and that key file was made for another database file "
                                                             "than {path}: it may belong to another practice. Put "
                                                             "this database's own key file beside it (from its "
                                                             "backup), or check the passphrase. Nothing was "
                                                             "changed."),
    "storage.wal_missing": QT_TRANSLATE_NOOP("errors", "The log file of {path} (its -wal file) is missing, yet it "
                                                       "held the newest saved changes ({frames} pages). Nothing was "
                                                       "opened or changed: put the -wal file back beside the "
                                                       "database if you have it, else restore the database from a "
                                                       "backup. Keep the files for analysis."),
    "storage.wal_damaged": QT_TRANSLATE_NOOP("errors", "The log file of {path} (its -wal file), which holds the "
                                                       "newest changes, is damaged: opening the database now would "
                                                       "lose changes that were saved. Nothing was opened or changed. "
                                                       "Restore the database from a backup and keep the database "
                                                       "with its -wal and -shm files for analysis."),
    "storage.plaintext": QT_TRANSLATE_NOOP("errors", "{path} is not encrypted. Cordée refuses to use an unencrypted "
                                                     "database."),
    "storage.not_sqlcipher": QT_TRANSLATE_NOOP("errors", "The SQLite library in use is not SQLCipher: this "
                                                         "installation of Cordée cannot open encrypted files. "
                                                         "Reinstall Cordée."),
    "storage.network_share": QT_TRANSLATE_NOOP("errors", "{path} is on a network share; the encrypted file must stay "
                                                         "on this computer's disk. For several workstations use a "
                                                         "PostgreSQL server."),
    "storage.schema_too_new": QT_TRANSLATE_NOOP("errors", "This database has schema {revision}, newer than this "
                                                          "version of Cordée knows. Install the newer version of "
                                                          "Cordée to open it; the database was not changed."),
    # what the operating system said: one code per failure class, each with what helps
    "storage.is_folder": QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a file: give the path of the file "
                                                     "itself (for example …/practice.db)."),
    "storage.not_a_file": QT_TRANSLATE_NOOP("errors", "{path} is not an ordinary file (a device, a pipe or a "
                                                      "socket): give the path of the file itself."),
    "storage.not_readable": QT_TRANSLATE_NOOP("errors", "This user account may not read {path}: work with the "
                                                        "account that owns the practice files, or ask the "
                                                        "administrator to give it access to the file and its "
                                                        "folder."),
    "storage.not_writable": QT_TRANSLATE_NOOP("errors", "This user account may not write to {path} (read-only for "
                                                        "it): ask the administrator for write access, or use a "
                                                        "folder of your own. Nothing was changed."),
    "storage.read_only_disk": QT_TRANSLATE_NOOP("errors", "{path} is on a read-only disk (or a write-protected "
                                                          "medium): Cordée cannot save there. Copy the files to a "
                                                          "writable disk and use the copy. Nothing was changed."),
    "storage.disk_full": QT_TRANSLATE_NOOP("errors", "The disk that holds {path} is full: what was being written was "
                                                     "not saved (what was saved before is intact). Free space on "
                                                     "that disk or choose another place, then try again."),
    "storage.io_error": QT_TRANSLATE_NOOP("errors", "The disk could not read or write {path} (input/output error): "
                                                    "it may be failing or have been removed. Nothing more was "
                                                    "written. Check the disk; if the error comes back, restore the "
                                                    "database from a backup onto a sound disk."),
    "storage.busy": QT_TRANSLATE_NOOP("errors", "{path} is in use by another program and did not become free in "
                                                "time: close it there, then try again."),
    "storage.bad_path": QT_TRANSLATE_NOOP("errors", "{path} is not a usable path (too long, a loop of links or a "
                                                    "forbidden character)."),
    "storage.os_error": QT_TRANSLATE_NOOP("errors", "Cannot use {path}: {error}."),
    # the key file next to the database
    "storage.no_key_file": QT_TRANSLATE_NOOP("errors", "The key file {path} that belongs to this database is "
                                                       "missing. Without it the database cannot be opened: restore "
                                                       "the key file from the backup."),
    "storage.damaged_key_file": QT_TRANSLATE_NOOP("errors", "The key file {path} that belongs to this database is "
                                                            "damaged. Restore the key file from the backup; the "
                                                            "database itself was not changed."),
    "storage.key_file_kdf": QT_TRANSLATE_NOOP("errors", "The key file {path} asks for key-derivation settings "
                                                        "outside the allowed range ({param} = {value}; allowed "
                                                        "{min} to {max}): it was not written by Cordée or it is "
                                                        "damaged. Restore the key file from the backup."),
    "storage.key_file_too_new": QT_TRANSLATE_NOOP("errors", "The key file {path} was written by a newer version of "
                                                            "Cordée. Install that version."),
    "storage.key_file_exists": QT_TRANSLATE_NOOP("errors", "{path} already exists; it is never replaced."),
    "storage.wrong_key": QT_TRANSLATE_NOOP("errors", "The key does not belong to this database; nothing was "
                                                     "changed."),
    # why the keyring could not give the key (the reason shown when the passphrase is asked for)
    "storage.keyring_none_allowed": QT_TRANSLATE_NOOP("errors", "no allowed keyring backend on this computer"),
    "storage.keyring_timeout": QT_TRANSLATE_NOOP("errors", "the keyring did not answer in time"),
    "storage.keyring_error": QT_TRANSLATE_NOOP("errors", "keyring error: {error}"),
    "storage.keyring_backend_refused": QT_TRANSLATE_NOOP("errors", "the recorded keyring backend is not allowed"),
    "storage.keyring_unavailable": QT_TRANSLATE_NOOP("errors", "the keyring that holds the key is not available "
                                                               "(keystore changed)"),
    "storage.keyring_empty": QT_TRANSLATE_NOOP("errors", "the keyring holds no key for this database"),
    "storage.keyring_mismatch": QT_TRANSLATE_NOOP("errors", "the key in the keyring does not match this database"),
    "storage.keyring_bad_value": QT_TRANSLATE_NOOP("errors", "the keyring holds a value for this database that is "
                                                             "not a key"),
    # the PostgreSQL server
    "storage.url_scheme": QT_TRANSLATE_NOOP("errors", "must start with postgresql:// or postgresql+psycopg://"),
    "storage.url_needs_tls": QT_TRANSLATE_NOOP("errors", "the server {host} is not on this computer: add "
                                                         "?sslmode=verify-full (TLS is required)"),
    "storage.url_has_password": QT_TRANSLATE_NOOP("errors", "must not contain a password: put it in a .pgpass file"),
    "storage.bad_url": QT_TRANSLATE_NOOP("errors", "The address of the PostgreSQL server must start with "
                                                   "postgresql:// or postgresql+psycopg://."),
    "storage.tls_required": QT_TRANSLATE_NOOP("errors", "The PostgreSQL server {host} is not on this computer: add "
                                                        "?sslmode=verify-full to its address (TLS is required outside "
                                                        "this computer)."),
    "storage.unreachable": QT_TRANSLATE_NOOP("errors", "Cannot use the PostgreSQL server: {error}"),
    # backups and restoring
    "storage.backup_folder": QT_TRANSLATE_NOOP("errors", "Cannot write a backup in {folder}: {error}"),
    "storage.backup_failed": QT_TRANSLATE_NOOP("errors", "The backup could not be written ({error}); the database "
                                                         "itself is untouched."),
    "storage.backup_unverified": QT_TRANSLATE_NOOP("errors", "The backup could not be verified ({backup_check}); "
                                                             "the database itself is untouched."),
    "storage.backup_incomplete": QT_TRANSLATE_NOOP("errors", "The backup {backup} lacks {file}; use another "
                                                             "backup."),
    "storage.backup_damaged": QT_TRANSLATE_NOOP("errors", "{file} in the backup {backup} has changed since it was "
                                                          "written; use another backup."),
    "storage.manifest_damaged": QT_TRANSLATE_NOOP("errors", "The manifest of the backup {backup} is damaged; use "
                                                            "another backup."),
    "storage.not_a_backup": QT_TRANSLATE_NOOP("errors", "{folder} is not a Cordée backup (no manifest.json)."),
    "storage.restore_target_exists": QT_TRANSLATE_NOOP("errors", "{path} already exists; Cordée never replaces a "
                                                                 "database (restore to a new name)."),
    "storage.restore_failed": QT_TRANSLATE_NOOP("errors", "The restored database does not hold what the backup "
                                                          "recorded: do not use it; restore another backup."),
    # a .cordee practice file (double-clicked or given to ``cordee FILE.cordee``)
    "storage.practice_file": QT_TRANSLATE_NOOP("errors", "{path} is not a Cordée practice file: it must be a small "
                                                         "JSON file that names the practice's \"database\" or "
                                                         "\"server\"."),
    "storage.concurrent_change": QT_TRANSLATE_NOOP("errors", "Another workstation changed the same records at "
                                                             "the same moment; nothing was saved. Reload and try "
                                                             "again."),
    # the anchor sink of the audit trail (cordee audit sink)
    "storage.anchor_sink_format": QT_TRANSLATE_NOOP("errors", "must be file:/path, syslog, syslog:/socket, "
                                                              "syslog:host:port or syslog+tcp:host:port"),
    "storage.anchor_sink_absolute": QT_TRANSLATE_NOOP("errors", "the file must be given with its full path "
                                                                "(file:/var/log/cordee/anchors.log)"),
    "storage.anchor_sink_no_folder": QT_TRANSLATE_NOOP("errors", "the folder {folder} does not exist"),
    "storage.anchor_sink_is_folder": QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a file"),
    "storage.anchor_sink_unwritable": QT_TRANSLATE_NOOP("errors", "cannot write to {sink} ({error}); the setting "
                                                                  "is unchanged"),
}

BACKUP_CHECKS: dict[str, str] = {
    # the check of a new backup that failed ("The backup could not be verified (foreign keys) …")
    "unreadable": QT_TRANSLATE_NOOP("errors", "the copy cannot be read"),
    "encrypted_pages": QT_TRANSLATE_NOOP("errors", "encrypted pages"),
    "integrity": QT_TRANSLATE_NOOP("errors", "integrity check"),
    "foreign_keys": QT_TRANSLATE_NOOP("errors", "foreign keys"),
    "row_counts": QT_TRANSLATE_NOOP("errors", "the row counts differ"),
    "audit_trail": QT_TRANSLATE_NOOP("errors", "audit trail"),
}


def _backup_check(value: str) -> str:
    return QCoreApplication.translate("errors", BACKUP_CHECKS[value]) if value in BACKUP_CHECKS else str(value)


PARAMS = {"backup_check": _backup_check}
