"""Texts of the security codes: the password rules (access refusals are the shared ``access_denied``), and what
verifying the audit trail finds: problems of the chain itself, and what each anchor place says about it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEXTS: dict[str, str] = {
    "security.password_too_common": QT_TRANSLATE_NOOP("errors", "is too easy to guess"),
    # the chain (security.audit.verify_chain)
    "security.audit_rows_missing": QT_TRANSLATE_NOOP("errors", "Entries {first} to {last} are missing (deleted)."),
    "security.audit_out_of_order": QT_TRANSLATE_NOOP("errors", "Entry {seq} is out of order."),
    "security.audit_not_following": QT_TRANSLATE_NOOP("errors", "Entry {seq} does not follow the entry before it "
                                                                "(inserted, or an entry before it deleted)."),
    "security.audit_row_changed": QT_TRANSLATE_NOOP("errors", "Entry {seq} was changed after it was written."),
    "security.audit_row_unreadable": QT_TRANSLATE_NOOP("errors", "Entry {seq} is damaged: its values cannot be "
                                                                 "read."),
    "security.audit_head_missing": QT_TRANSLATE_NOOP("errors", "The chain's head record is missing."),
    "security.audit_head_changed": QT_TRANSLATE_NOOP("errors", "The chain's head record was changed outside "
                                                               "Cordée."),
    "security.audit_newest_deleted": QT_TRANSLATE_NOOP("errors", "The newest entries after {last} were deleted "
                                                                 "(the head records {head})."),
    "security.audit_rows_added": QT_TRANSLATE_NOOP("errors", "Entries after {head} were added outside Cordée."),
    # the anchors (security.anchors.compare)
    "security.anchor_matches": QT_TRANSLATE_NOOP("errors", "{anchor_place} {where}: the anchor of {at} (entry "
                                                           "{seq}) matches the trail."),
    "security.anchor_beyond_chain": QT_TRANSLATE_NOOP("errors", "{anchor_place} {where}: the anchor of {at} "
                                                                "records {seq} entries, the trail has {rows}: entries "
                                                                "were deleted or an older copy of the database was "
                                                                "put in place ({count} anchors)."),
    "security.anchor_differs": QT_TRANSLATE_NOOP("errors", "{anchor_place} {where}: entry {seq} differs from the "
                                                           "anchor of {at}: the trail was rebuilt or changed "
                                                           "({count} anchors)."),
    "security.anchor_forged": QT_TRANSLATE_NOOP("errors", "{anchor_place} {where}: {count} anchors were not "
                                                          "written by Cordée for this practice (forged or "
                                                          "damaged)."),
    "security.anchor_set_back_by_restore": QT_TRANSLATE_NOOP("errors", "{anchor_place} {where}: the restore of a "
                                                                       "backup on {restore_at} set the trail back "
                                                                       "from entry {seq} (anchor of {at}) to "
                                                                       "{restore_seq}."),
    "security.anchor_place_unreadable": QT_TRANSLATE_NOOP("errors", "{anchor_place} {where} cannot be read: "
                                                                    "{reason}."),
    "security.anchor_syslog": QT_TRANSLATE_NOOP("errors", "Anchors also go to {where}: compare with an export of "
                                                          "its lines (cordee audit verify --anchors FILE)."),
    "security.anchor_none": QT_TRANSLATE_NOOP("errors", "No anchor was found outside the database: the trail can "
                                                        "only be checked against itself."),
}

ANCHOR_PLACES: dict[str, str] = {
    "key_file": QT_TRANSLATE_NOOP("errors", "Key file"),
    "backup": QT_TRANSLATE_NOOP("errors", "Backup"),
    "log": QT_TRANSLATE_NOOP("errors", "Anchor log"),
}


def _anchor_place(value: str) -> str:
    return QCoreApplication.translate("errors", ANCHOR_PLACES[value]) if value in ANCHOR_PLACES else str(value)


PARAMS = {"anchor_place": _anchor_place}
