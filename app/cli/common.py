"""What every command shares: the argument parser that answers in one line, the database options, opening the
database named by ``--db`` and the command line's service context.

Storage modules are imported inside ``open_database``: the passphrase's Argon2 derivation starts first and runs
while they load (measured: it hides most of the key derivation in ``cordee smoke``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.services.errors import CordeeError, StorageError, ValidationError

EXIT_USAGE, EXIT_FAILED = 2, 1
SECRET_FILE_MAX_BYTES = 4096


#: Control characters and line separators, shown escaped (``\\n``) so that a message stays on one line.
_ESCAPES = {code: f"\\x{code:02x}" for code in [*range(32), 0x7F, 0x85]} | {
    ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def one_line(text: str) -> str:
    """``text`` on one line: a newline or another control character in a value the user gave (a file name, a
    search) is shown escaped, so that every error is exactly one line on stderr."""
    return str(text).translate(_ESCAPES)


class CliParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr and exit status 2."""

    def error(self, message):
        print(f"cordee: {one_line(message)}", file=sys.stderr)
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


def whole_number(option: str, low: int, high: int | None = None):
    """An argparse ``type`` for a whole number within [low, high]: a coded, translated one-line refusal naming
    the option, never an overflow further down (a 400-digit id, a seed of 10**400)."""
    def convert(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:   # not a number, or more digits than Python converts
            raise ValidationError(option, "not_a_whole_number") from None
        if value < low and high in (None, MAX_ID):   # an id: "at least 1" says it better than the 64-bit range
            raise ValidationError(option, "cli.at_least", min=low)
        if high is not None and not low <= value <= high:
            raise ValidationError(option, "out_of_range", min=low, max=high)
        return value
    return convert


#: Record ids are SQLite / PostgreSQL 64-bit integers.
MAX_ID = 2**63 - 1


def read_secret_file(path: str, option: str) -> str:
    """The first line of a small file holding a passphrase, a password or a recovery code (a pipe such as
    ``<(pass show …)`` is fine); a folder, an endless device or a large file is refused in one line."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(SECRET_FILE_MAX_BYTES + 1)
    except OSError as exc:
        raise ValidationError(option, "cli.unreadable_file", error=exc.strerror or type(exc).__name__) from None
    except ValueError:   # a NUL character in the path
        raise ValidationError(option, "cli.unreadable_file", error="NUL") from None
    if len(data) > SECRET_FILE_MAX_BYTES:
        raise ValidationError(option, "cli.file_too_large", max=SECRET_FILE_MAX_BYTES)
    try:
        return data.decode("utf-8-sig").rstrip("\r\n")
    except UnicodeDecodeError:
        raise ValidationError(option, "cli.not_text") from None


def db_options(p: argparse.ArgumentParser, required: bool = True) -> None:
    """--db and --passphrase-file, for every command that opens a database."""
    p.add_argument("--db", required=required, help="database file, or a postgresql+psycopg:// URL")
    p.add_argument("--passphrase-file", help="file holding the practice passphrase (else $CORDEE_PASSPHRASE)")


def read_passphrase(args) -> str:
    """From --passphrase-file or $CORDEE_PASSPHRASE; never from the command line itself."""
    if args.passphrase_file:
        return read_secret_file(args.passphrase_file, "--passphrase-file")
    value = os.environ.get("CORDEE_PASSPHRASE")
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("Practice passphrase: ")
    raise CordeeError("cli.no_passphrase")


def open_database(args, *, verify: bool = True):
    """Open the database named by --db (encrypted file, or PostgreSQL URL). ``verify``: the encrypted file gets
    the quick check before the command reads or writes anything (a damaged file is refused, never written to)."""
    if args.db.startswith("postgresql"):
        from app.services.storage.database import connect_postgres

        return connect_postgres(args.db)
    path = Path(args.db)
    from app.services.storage.file_checks import check_database_file

    check_database_file(path)   # a missing, empty, foreign … file is said before the passphrase is asked for
    passphrase = read_passphrase(args)
    from app.services.storage.keyslots import derive_ahead, slot_file_path

    derive_ahead(slot_file_path(path), passphrase)  # Argon2 runs while the storage layer loads
    from app.services.storage.database import check_database, open_encrypted

    db = open_encrypted(path, passphrase=passphrase, use_keyring=False)
    if verify:
        report = check_database(db)
        if not report.ok:
            db.close()
            raise StorageError("storage.damaged", path=path, detail="; ".join(report.failed))
    return db


def cli_context(db):
    """Commands act as the command line of this computer's user; the passphrase is the authority."""
    from app.services.kernel.context import ServiceContext
    from app.services.security.actor import Actor

    user = getpass.getuser()
    return ServiceContext(db, Actor(None, f"cli:{user}", f"Command line ({user})", frozenset({"system"})))


def account_options(p: argparse.ArgumentParser, role: str) -> None:
    """--user and --password-file, for the commands a named account must run (``role`` for the help)."""
    p.add_argument("--user", required=True, help=f"the account that acts ({role})")
    p.add_argument("--password-file", help="file holding the account's password (else $CORDEE_PASSWORD)")


def read_password(args) -> str:
    """The account's password from --password-file or $CORDEE_PASSWORD (or asked in a terminal)."""
    if args.password_file:
        try:
            return Path(args.password_file).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise ValidationError("--password-file", "cli.unreadable_file", error=exc.strerror or str(exc)) from None
    value = os.environ.get("CORDEE_PASSWORD")
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"Password of {args.user}: ")
    raise CordeeError("cli.no_password")


def account_context(db, args):
    """The service context of the account named by --user, after checking its password (audited login)."""
    from app.services.practice.accounts import login  # only the commands that act as an account need it

    ctx = cli_context(db)
    return ctx.as_actor(login(ctx, args.user, read_password(args)).actor)


def confirmed(args, question: str) -> bool:
    """--yes, else the answer in a terminal; without a terminal a coded error (nothing is changed)."""
    if args.yes:
        return True
    if sys.stdin is None or not sys.stdin.isatty():
        raise CordeeError("cli.confirmation_needed")
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes", "o", "oui", "j", "ja")
