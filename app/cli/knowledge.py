"""``cordee knowledge report``: the coverage of the ANSM interaction thesaurus by the review engine (Markdown).

The report builds one two-drug case per thesaurus entry and says how many raise a finding, how many at the
thesaurus level, and why the others do not; ``docs/ansm-coverage.md`` is its committed copy.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli.common import CliParser


def register(sub) -> None:
    """The ``knowledge`` command and its sub-commands."""
    p = sub.add_parser("knowledge", help="the medication knowledge pack")
    knowledge_sub = p.add_subparsers(dest="knowledge_command", parser_class=CliParser, required=True)
    r = knowledge_sub.add_parser("report", help="coverage of the ANSM thesaurus by the review (Markdown)")
    r.add_argument("--output", help="write the report to this file instead of the standard output")


def cmd_knowledge(args) -> int:
    from app.services.medications.review.report import coverage, render  # only this command needs the engine
    from app.services.storage.atomic import write_export  # (likewise)

    text = render(coverage())
    if args.output:
        write_export(Path(args.output), text.encode("utf-8"), field="output")
    else:
        sys.stdout.write(text)
    return 0


HANDLERS = {"knowledge": cmd_knowledge}
