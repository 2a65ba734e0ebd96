"""The ``cordee`` command: the GUI by default, plus commands for administrators and scripts.

Every command answers bad input with one clear line on stderr and a non-zero
exit, and changes nothing.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app import __version__
from app.services.errors import CordeeError, StorageError, ValidationError

EXIT_USAGE, EXIT_FAILED = 2, 1


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one clear line, exit 2
        print(f"cordee: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _db_options(p: argparse.ArgumentParser, required: bool = True) -> None:
    p.add_argument("--db", required=required, help="database file, or a postgresql+psycopg:// URL")
    p.add_argument("--passphrase-file", help="file holding the practice passphrase (else $CORDEE_PASSPHRASE)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="cordee", description="Cordée — coordinated care for group practices")
    parser.add_argument("--version", action="version", version=f"cordee {__version__}")
    parser.add_argument("--demo", action="store_true", help="start on a throwaway demo practice")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("init", help="create a practice database")
    _db_options(p)
    p.add_argument("--practice-name", default="Cabinet médical")
    p.add_argument("--country", default="FR", choices=["FR", "CH"])
    p.add_argument("--language", default="fr", choices=["fr", "de", "en"],
                   help="language of the texts Cordée writes into shared records (task titles, alert texts)")
    p.add_argument("--admin-user", default="admin")
    p.add_argument("--admin-password-file", help="file holding the first administrator's password")

    p = sub.add_parser("demo-data", help="add generated patients")
    _db_options(p)
    p.add_argument("--patients", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)

    p = sub.add_parser("audit", help="audit trail")
    audit_sub = p.add_subparsers(dest="audit_command", parser_class=_Parser, required=True)
    _db_options(audit_sub.add_parser("verify", help="verify the hash chain"))

    p = sub.add_parser("patients", help="list matching patients (tab-separated)")
    _db_options(p)
    p.add_argument("--search", default="")
    p.add_argument("--limit", type=int, default=100)

    p = sub.add_parser("smoke", help="open the main window offscreen and report readiness")
    _db_options(p)

    p = sub.add_parser("review", help="medication review of JSON / JSON Lines cases")
    p.add_argument("--input", required=True)
    p.add_argument("--output")
    for extra in COMMAND_EXTENSIONS:
        extra(sub, _db_options)
    return parser


# Later capabilities register extra sub-commands: function(subparsers, add_db_options).
COMMAND_EXTENSIONS: list = []
HANDLERS: dict = {}

from app.cli import backup as commands_backup, export as commands_export  # noqa: E402  (command groups; they import app.cli lazily)

COMMAND_EXTENSIONS += [commands_export.register, commands_backup.register]
HANDLERS.update(export=commands_export.cmd_export, backup=commands_backup.cmd_backup,
                restore=commands_backup.cmd_restore)


def read_passphrase(args) -> str:
    """From --passphrase-file or $CORDEE_PASSPHRASE; never from the command line itself."""
    if args.passphrase_file:
        try:
            return Path(args.passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise CordeeError(f"cannot read the passphrase file: {exc.strerror}") from None
    value = os.environ.get("CORDEE_PASSPHRASE")
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("Practice passphrase: ")
    raise CordeeError("no passphrase: use --passphrase-file FILE or set CORDEE_PASSPHRASE")


def open_database(args):
    """Open the database named by --db (encrypted file, or PostgreSQL URL)."""
    if args.db.startswith("postgresql"):
        from app.services.storage.database import connect_postgres

        return connect_postgres(args.db)
    path = Path(args.db)
    if not path.exists():
        raise StorageError("missing", f"no database at {path}")
    passphrase = read_passphrase(args)
    from app.services.storage.keyslots import derive_ahead, slot_file_path

    derive_ahead(slot_file_path(path), passphrase)  # Argon2 runs while the storage layer loads
    from app.services.storage.database import open_encrypted

    return open_encrypted(path, passphrase=passphrase, use_keyring=False)


def cli_context(db):
    """Commands act as the command line of this computer's user; the passphrase is the authority."""
    from app.services.kernel.context import ServiceContext
    from app.services.kernel.actor import Actor

    user = getpass.getuser()
    return ServiceContext(db, Actor(None, f"cli:{user}", f"Command line ({user})", frozenset({"system"})))


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from app.ui.shell.startup import run_gui

            return run_gui(demo=args.demo)
        from app.cli import commands

        handler = HANDLERS.get(args.command) or getattr(commands, "cmd_" + args.command.replace("-", "_"))
        return handler(args)
    except ValidationError as exc:
        print(f"cordee: {exc}", file=sys.stderr)
    except CordeeError as exc:
        print(f"cordee: {exc.message}", file=sys.stderr)
    except KeyboardInterrupt:
        print("cordee: interrupted", file=sys.stderr)
    return EXIT_FAILED


if __name__ == "__main__":
    raise SystemExit(main())

