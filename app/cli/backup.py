"""``cordee backup`` and ``cordee restore``: verified backups of the encrypted file from the command line.

The storage and backup modules are imported inside each command: the other commands start without them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import cli_context, db_options, open_database, read_passphrase
from app.services.errors import ValidationError


def register(sub) -> None:
    """``cordee backup`` and ``cordee restore``."""
    p = sub.add_parser("backup", help="write a verified backup of the encrypted database")
    db_options(p)
    p.add_argument("--to", help="folder for the backup (default: <database>.backups next to the database)")
    p = sub.add_parser("restore", help="restore a verified backup to a new database file")
    p.add_argument("--from", dest="source", required=True, help="the backup folder (cordee-YYYYMMDD-…)")
    p.add_argument("--to", required=True, help="the new database file (never an existing one)")
    p.add_argument("--passphrase-file", help="file holding the practice passphrase (else $CORDEE_PASSPHRASE)")
    p.add_argument("--recovery-code-file", help="file holding the printed recovery code, instead of the passphrase")


def cmd_backup(args: argparse.Namespace) -> int:
    from app.services.practice import backups

    if args.db.startswith("postgresql"):
        raise ValidationError("--db", "practice.backup_on_server")
    db = open_database(args)
    try:
        report = backups.back_up(cli_context(db), args.to)
    finally:
        db.close()
    print(f"backup verified: {report.folder} ({report.patients} patients, {report.audit_rows} audit rows)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services.practice import audit_trail
    from app.services.storage.backup import check_restored, restore_files
    from app.services.storage.database import open_encrypted
    from app.services.storage.keyslots import slot_file_path

    source, target = Path(args.source), Path(args.to)
    if args.recovery_code_file:
        try:
            secret = {"recovery_code": Path(args.recovery_code_file).read_text(encoding="utf-8").strip()}
        except OSError as exc:
            raise ValidationError("--recovery-code-file", "cli.unreadable_file", error=exc.strerror or str(exc)) from None
    else:
        secret = {"passphrase": read_passphrase(args)}
    report = restore_files(source, target)
    try:
        db = open_encrypted(target, use_keyring=False, **secret)
    except BaseException:
        # The copy is useless without the right secret; remove what this command created.
        target.unlink(missing_ok=True)
        slot_file_path(target).unlink(missing_ok=True)
        raise
    try:
        check_restored(db.engine, report)
        audit_trail.record_restore(cli_context(db), source.name)
    finally:
        db.close()
    print(f"restored {target} from {source.name} ({report.patients} patients); open it with the same passphrase")
    return 0


HANDLERS = {"backup": cmd_backup, "restore": cmd_restore}
