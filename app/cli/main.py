"""The ``cordee`` command: the GUI by default, plus commands for administrators and scripts.

Every command answers bad input with one clear line on stderr and a non-zero exit, and changes nothing.
The command groups are listed once in ``COMMAND_GROUPS``; each module registers its sub-commands and names
their handlers.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app import __version__
from app.cli import backup, commands, export, knowledge
from app.cli.common import EXIT_FAILED, CliParser, cli_translations
from app.services.errors import CordeeError
from app.services.storage.practice_file import is_practice_file

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
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) == 1 and is_practice_file(argv[0]):   # a double-click on a practice file (.cordee)
        from app.ui.shell.startup import run_gui  # the GUI's modules load only when the GUI starts

        try:
            return run_gui(practice_file=Path(argv[0]))
        except CordeeError as exc:
            report(exc)
            return EXIT_FAILED
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from app.ui.shell.startup import run_gui  # the GUI's modules load only when the GUI starts

            return run_gui(demo=args.demo)
        handlers = {name: fn for group in COMMAND_GROUPS for name, fn in group.HANDLERS.items()}
        return handlers[args.command](args)
    except CordeeError as exc:
        report(exc)
    except OSError as exc:   # a path no check foresaw (a disk that went away …): one line, never a traceback
        report(CordeeError("cli.path_failed", path=exc.filename or "", error=exc.strerror or str(exc)))
    except KeyboardInterrupt:
        print("cordee: interrupted", file=sys.stderr)
    return EXIT_FAILED


def report(exc: CordeeError) -> None:
    """The error as one line on stderr, in the command line's language."""
    from app.ui.common import errors  # the screens' texts load only when there is an error to say

    with cli_translations():
        print(f"cordee: {errors.describe(exc)}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
