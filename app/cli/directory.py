"""``cordee directory``: the directory of local resources and pathways as a CSV file, to share it between the
practices of a CPTS.

* ``export --out FILE.csv`` — every resource with its pathways and steps (UTF-8 with a byte-order mark);
* ``import FILE.csv [--confirm]`` — what the file would add and update; with ``--confirm`` it is done (all or
  nothing). A bad file is refused in one line naming its line and column.
* ``send --partner ID [--resource ID …] [--signed-only] --out FILE.zip`` — the directory (or the resources named)
  with their pathways as a Cordée package for a partner installation, signed and encrypted to it. A package
  received is read by ``cordee import package FILE.zip`` (its preview shows additions, updates and conflicts).
"""

from __future__ import annotations

from pathlib import Path

from app.cli.common import MAX_ID, CliParser, cli_context, db_options, open_database, whole_number
from app.services.errors import ValidationError
from app.services.storage.atomic import check_export_path, write_export


def register(sub) -> None:
    """The ``directory`` command and its sub-commands."""
    p = sub.add_parser("directory", help="the directory of local resources and pathways (CSV)")
    directory_sub = p.add_subparsers(dest="directory_command", parser_class=CliParser, required=True)
    export = directory_sub.add_parser("export", help="write the directory to a CSV file")
    db_options(export)
    export.add_argument("--out", required=True, help="file to write")
    imp = directory_sub.add_parser("import", help="read a directory CSV file (shown first; --confirm to store it)")
    db_options(imp)
    imp.add_argument("file", help="the CSV file")
    imp.add_argument("--confirm", action="store_true", help="store what the file adds and updates")
    send = directory_sub.add_parser("send", help="the directory as a Cordée package for a partner installation "
                                                 "(read there by `cordee import package`)")
    db_options(send)
    send.add_argument("--partner", type=whole_number("--partner", 1, MAX_ID), required=True,
                      help="the partner (see `cordee exchange partner list`)")
    send.add_argument("--resource", type=whole_number("--resource", 1, MAX_ID), action="append",
                      help="a resource to send (repeat it; without it: the whole directory)")
    send.add_argument("--signed-only", action="store_true",
                      help="sign but do not encrypt (only inside a secure-mail space)")
    send.add_argument("--out", required=True, help="the package to write (.zip)")


def _print_plan(plan, done: bool) -> None:
    verb = ("added", "updated") if done else ("to add", "to update")
    for label, names in ((f"resources {verb[0]}", plan.resources_added), (f"resources {verb[1]}",
                                                                         plan.resources_updated),
                         (f"pathways {verb[0]}", plan.pathways_added), (f"pathways {verb[1]}", plan.pathways_updated)):
        print(f"{label}: {len(names)}")
        for name in names:
            print(f"  {name}")
    print(f"unchanged: {plan.unchanged}")


def _send(ctx, args, out: Path) -> None:
    from app.services.exchange import peer_directory  # the signed package (joserfc) only when used

    write_export(out, peer_directory.export_package(ctx, args.partner, args.resource,
                                                    encrypt=not args.signed_only), "--out")
    print(f"wrote {out}")


def cmd_directory(args) -> int:
    from app.services.directory import directory_csv  # only this command needs it

    if args.directory_command in ("export", "send"):
        out = check_export_path(Path(args.out), "--out")
        if args.directory_command == "send" and out.suffix.lower() != ".zip":
            raise ValidationError("--out", "cli.package_zip")
    else:
        parsed = directory_csv.parse_csv(directory_csv.read_file(args.file))   # a bad file: before the database
    db = open_database(args)
    try:
        ctx = cli_context(db)
        if args.directory_command == "send":
            _send(ctx, args, out)
        elif args.directory_command == "export":
            write_export(out, directory_csv.export_csv(ctx), "--out")
            print(f"wrote {out}")
        elif args.confirm:
            _print_plan(directory_csv.apply_import(ctx, parsed), True)
        else:
            _print_plan(directory_csv.plan_import(ctx, parsed), False)
            print("nothing stored: run again with --confirm to import")
    finally:
        db.close()
    return 0


HANDLERS = {"directory": cmd_directory}
