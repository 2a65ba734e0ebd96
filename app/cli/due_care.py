"""``cordee due-care``: the follow-up and prevention items of every patient.

* ``recompute`` — recompute every patient's items from the schedules (after an update of ``resources/due_care``,
  or nightly from a scheduler); audited;
* ``counts`` — the overdue and due-soon counts of each condition and prevention group (tab-separated).
"""

from __future__ import annotations

import time

from app.cli.common import CliParser, cli_context, db_options, open_database


def register(sub) -> None:
    """The ``due-care`` command and its sub-commands."""
    p = sub.add_parser("due-care", help="follow-up, screening and vaccination items of every patient")
    due_sub = p.add_subparsers(dest="due_care_command", parser_class=CliParser, required=True)
    db_options(due_sub.add_parser("recompute", help="recompute every patient's items from the schedules"),
               required=True)
    db_options(due_sub.add_parser("counts", help="overdue and due-soon counts per condition and prevention group"),
               required=True)


def cmd_due_care(args) -> int:
    from app.services.due_care import worklist  # only this command needs it

    db = open_database(args)
    try:
        ctx = cli_context(db)
        if args.due_care_command == "recompute":
            started = time.perf_counter()
            total = worklist.recompute_all(ctx)
            print(f"{total} due items computed in {time.perf_counter() - started:.1f} s")
        else:
            for c in worklist.group_counts(ctx, "en"):
                print(f"{c.group_key}\t{c.overdue}\t{c.due}")
    finally:
        db.close()
    return 0


HANDLERS = {"due-care": cmd_due_care}
