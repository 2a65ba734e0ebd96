"""The ``cordee`` command: the GUI by default, plus commands for administrators and scripts.

Every command answers bad input with one clear line on stderr and a non-zero exit, and changes nothing.
The command groups are listed once in ``COMMAND_GROUPS``; each module registers its sub-commands and names
their handlers.
"""

from __future__ import annotations

import os
import sys

from app import __version__
from app.cli import backup, commands, export, knowledge
from app.cli.common import EXIT_FAILED, CliParser
from app.services.errors import CordeeError

COMMAND_GROUPS = (commands, export, backup, knowledge)
"""Each module has ``register(subparsers)`` and ``HANDLERS`` (sub-command name → function(args) → exit code)."""


def build_parser() -> CliParser:
    parser = CliParser(prog="cordee", description="Cordée — coordinated care for group practices")
    parser.add_argument("--version", action="version", version=f"cordee {__version__}")
    parser.add_argument("--demo", action="store_true", help="start on a throwaway demo practice")
    sub = parser.add_subparsers(dest="command", parser_class=CliParser)
    for group in COMMAND_GROUPS:
        group.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from app.ui.shell.startup import run_gui  # the GUI's modules load only when the GUI starts

            return run_gui(demo=args.demo)
        handlers = {name: fn for group in COMMAND_GROUPS for name, fn in group.HANDLERS.items()}
        return handlers[args.command](args)
    except CordeeError as exc:
        report(exc)
    except KeyboardInterrupt:
        print("cordee: interrupted", file=sys.stderr)
    return EXIT_FAILED


def cli_language() -> str:
    """The command line speaks $CORDEE_LANG, else the language of the system locale (fr, de or en; else en)."""
    for name in ("CORDEE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")[:2].lower()
        if value:
            return value if value in ("fr", "de", "en") else "en"
    return "en"


def report(exc: CordeeError) -> None:
    """The error as one line on stderr, in the command line's language."""
    from PySide6.QtCore import QCoreApplication  # Qt's translations load only when there is an error to say

    from app.ui.common import errors, i18n  # (likewise)

    app = QCoreApplication.instance() or QCoreApplication([])
    before = i18n.current()
    i18n.install(app, cli_language())
    try:
        print(f"cordee: {errors.describe(exc)}", file=sys.stderr)
    finally:
        i18n.install(app, before)


if __name__ == "__main__":
    raise SystemExit(main())
