"""``cordee backup`` and ``cordee restore``: verified backups of the encrypted file from the command line.

The storage and backup modules are imported inside each command: the other commands start without them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import cli_context, db_options, open_database, read_passphrase, read_secret_file
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
    db = open_database(args, verify=False)   # the backup checks the whole file first (the full form)
    try:
        report = backups.back_up(cli_context(db), args.to)
    finally:
        db.close()
    for name, size in report.cleaned:
        print(f"removed the unfinished backup {name} ({size / 1e6:.1f} MB), left by an interrupted run")
    print(f"backup verified: {report.folder} ({report.patients} patients, {report.audit_rows} audit rows)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services.practice import audit_trail
    from app.services.storage.database import restore_backup
    from app.services.storage.staging import clean_interrupted

    source, target = Path(args.source), Path(args.to)
    if args.recovery_code_file:
        secret = {"recovery_code": read_secret_file(args.recovery_code_file, "--recovery-code-file")}
    else:
        secret = {"passphrase": read_passphrase(args)}
    if target.parent.is_dir():
        for name in clean_interrupted(target.parent):
            print(f"removed {name}, left by an interrupted run")
    # Copied beside the target, opened and checked there, the restore recorded in the copy (the restore anchor: see
    # audit verify), and only then given its name: a run killed at any moment leaves all of it or nothing.
    report = restore_backup(source, target, **secret,
                            before_publish=lambda db: audit_trail.record_restore(cli_context(db), source.name))
    print(f"restored {target} from {source.name} ({report.patients} patients); open it with the same passphrase")
    return 0


HANDLERS = {"backup": cmd_backup, "restore": cmd_restore}
