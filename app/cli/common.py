"""What every command shares: the argument parser that answers in one line, the database options, opening the
database named by ``--db`` and the command line's service context.

Storage modules are imported inside ``open_database``: the passphrase's Argon2 derivation starts first and runs
while they load (measured: it hides most of the key derivation in ``cordee smoke``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.services.errors import CordeeError, StorageError, ValidationError

EXIT_USAGE, EXIT_FAILED = 2, 1


class CliParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr and exit status 2."""

    def error(self, message):
        print(f"cordee: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def cli_language() -> str:
    """The command line speaks $CORDEE_LANG, else the language of the system locale (fr, de or en; else en)."""
    for name in ("CORDEE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")[:2].lower()
        if value:
            return value if value in ("fr", "de", "en") else "en"
    return "en"


@contextmanager
def cli_translations() -> Iterator[None]:
    """Qt's translations in the command line's language while the block runs (to say errors)."""
    from PySide6.QtCore import QCoreApplication  # Qt's translations load only when there is something to say

    from app.ui.common import i18n  # (likewise)

    app = QCoreApplication.instance() or QCoreApplication([])
    before = i18n.current()
    i18n.install(app, cli_language())
    try:
        yield
    finally:
        i18n.install(app, before)


def db_options(p: argparse.ArgumentParser, required: bool = True) -> None:
    """--db and --passphrase-file, for every command that opens a database."""
    p.add_argument("--db", required=required, help="database file, or a postgresql+psycopg:// URL")
    p.add_argument("--passphrase-file", help="file holding the practice passphrase (else $CORDEE_PASSPHRASE)")


def read_passphrase(args) -> str:
    """From --passphrase-file or $CORDEE_PASSPHRASE; never from the command line itself."""
    if args.passphrase_file:
        try:
            return Path(args.passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise ValidationError("--passphrase-file", "cli.unreadable_file", error=exc.strerror or str(exc)) from None
    value = os.environ.get("CORDEE_PASSPHRASE")
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("Practice passphrase: ")
    raise CordeeError("cli.no_passphrase")


def check_database_path(path: Path) -> None:
    """A database path that is missing, a folder, a device or pipe, or unreadable is refused in one sentence."""
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        raise StorageError("storage.missing", path=path) from None
    except OSError as exc:   # too long a name, a loop of links, no permission on a folder on the way
        raise ValidationError("--db", "cli.db_unreadable", path=path, error=exc.strerror or str(exc)) from None
    if stat.S_ISDIR(mode):
        raise ValidationError("--db", "cli.db_is_folder", path=path)
    if not stat.S_ISREG(mode):
        raise ValidationError("--db", "cli.db_not_a_file", path=path)
    try:
        with path.open("rb") as f:
            f.read(16)
    except OSError as exc:
        raise ValidationError("--db", "cli.db_unreadable", path=path, error=exc.strerror or str(exc)) from None


def open_database(args):
    """Open the database named by --db (encrypted file, or PostgreSQL URL)."""
    if args.db.startswith("postgresql"):
        from app.services.storage.database import connect_postgres

        return connect_postgres(args.db)
    path = Path(args.db)
    check_database_path(path)
    passphrase = read_passphrase(args)
    from app.services.storage.keyslots import derive_ahead, slot_file_path

    derive_ahead(slot_file_path(path), passphrase)  # Argon2 runs while the storage layer loads
    from app.services.storage.database import open_encrypted

    return open_encrypted(path, passphrase=passphrase, use_keyring=False)


def cli_context(db):
    """Commands act as the command line of this computer's user; the passphrase is the authority."""
    from app.services.kernel.context import ServiceContext
    from app.services.security.actor import Actor

    user = getpass.getuser()
    return ServiceContext(db, Actor(None, f"cli:{user}", f"Command line ({user})", frozenset({"system"})))
