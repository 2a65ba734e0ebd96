"""The ``cordee`` command: the GUI by default, plus commands for administrators and scripts.

Every command answers bad input with one clear line on stderr and a non-zero exit, and changes nothing. No
traceback reaches the user: ``main`` is the top-level handler — a coded error is said in the user's language, an
operating-system error by its failure class (``storage.failures``), and anything unexpected in one line naming
the log file that holds the details (``kernel.error_log``, without patient data).
The command groups are listed once in ``COMMAND_GROUPS``; each module registers its sub-commands and names
their handlers.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app import __version__
from app.cli import backup, catalogue, commands, directory, due_care, exchange, export, knowledge, server
from app.cli.common import EXIT_FAILED, CliParser, cli_translations, one_line
from app.services.errors import CordeeError
from app.services.storage.practice_file import is_practice_file

COMMAND_GROUPS = (commands, export, exchange, backup, knowledge, catalogue, server, due_care, directory)
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
    for stream in (sys.stdout, sys.stderr):   # a path in undecodable bytes is printed, not a UnicodeEncodeError
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    command = "gui"
    try:
        if len(argv) == 1 and is_practice_file(argv[0]):   # a double-click on a practice file (.cordee)
            from app.ui.shell.startup import run_gui  # the GUI's modules load only when the GUI starts

            return run_gui(practice_file=Path(argv[0]))
        args = build_parser().parse_args(argv)
        if args.command is None:
            from app.ui.shell.startup import run_gui  # the GUI's modules load only when the GUI starts

            return run_gui(demo=args.demo)
        command = " ".join(a for a in (args.command, getattr(args, "audit_command", None),
                                       getattr(args, "export_kind", None), getattr(args, "import_kind", None)) if a)
        handlers = {name: fn for group in COMMAND_GROUPS for name, fn in group.HANDLERS.items()}
        return handlers[args.command](args)
    except CordeeError as exc:
        report(exc)
    except OSError as exc:   # a path the command did not expect to fail: its failure class, in one line
        from app.services.storage.failures import from_os_error  # (loaded only when there is an error to say)

        _log(exc, f"cli {command}")
        report(from_os_error(exc, exc.filename))
    except KeyboardInterrupt:
        print("cordee: interrupted", file=sys.stderr)
    except Exception as exc:  # the top-level handler: one line, the details in the log
        report_unexpected(exc, _log(exc, f"cli {command}"))
    return EXIT_FAILED


def report(exc: CordeeError) -> None:
    """The error as one line on stderr, in the command line's language."""
    try:
        from app.ui.common import errors  # the screens' texts load only when there is an error to say

        with cli_translations():
            print(f"cordee: {one_line(errors.describe(exc))}", file=sys.stderr)
    except Exception as failed:  # the texts could not be loaded: the code still says what happened
        _log(failed, "cli report")
        print(f"cordee: {one_line(exc)}", file=sys.stderr)


def _log(exc: BaseException, where: str) -> Path | None:
    from app.services.kernel import error_log  # logging loads only when there is something to log

    return error_log.record(exc, where)


def report_unexpected(exc: BaseException, log: Path | None) -> None:
    """An error no code describes: one line naming its kind and where the details are."""
    report(CordeeError("cli.unexpected", kind=type(exc).__name__, log=str(log) if log else "-"))


if __name__ == "__main__":
    raise SystemExit(main())
