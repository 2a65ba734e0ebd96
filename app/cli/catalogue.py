"""``cordee catalogue import --bdpm FOLDER | --swiss FILE``: products into the practice's drug catalogue.

The command reads the whole source first (a bad line stops it: file, line and column named, nothing stored),
prints what would change (added, changed, unchanged), then imports on confirmation (``--yes`` in scripts);
``--dry-run`` stops after the preview. A pharmacist or an administrator runs it (``--user``).
"""

from __future__ import annotations

from app.cli.common import CliParser, account_context, account_options, confirmed, db_options, open_database


def register(sub) -> None:
    """The ``catalogue`` command and its sub-commands."""
    p = sub.add_parser("catalogue", help="the practice's drug catalogue")
    catalogue_sub = p.add_subparsers(dest="catalogue_command", parser_class=CliParser, required=True)
    c = catalogue_sub.add_parser("import", help="import a BDPM folder or a Swiss product list")
    source = c.add_mutually_exclusive_group(required=True)
    source.add_argument("--bdpm", metavar="FOLDER",
                        help="folder with CIS_bdpm.txt, CIS_COMPO_bdpm.txt, CIS_CIP_bdpm.txt and a cip13;atc file")
    source.add_argument("--swiss", metavar="FILE", help="Swiss product list (CSV: product;gtin;atc)")
    c.add_argument("--dry-run", action="store_true", help="show what would change and store nothing")
    c.add_argument("--yes", action="store_true", help="import without asking (scripts)")
    db_options(c)
    account_options(c, "a pharmacist or an administrator")


def print_preview(preview) -> None:
    """The counts, then a few names of each kind."""
    print(f"{preview.rows} products read: {preview.added} added, {preview.changed} changed, "
          f"{preview.unchanged} unchanged ({preview.without_atc} without ATC code, not searchable by substance)")
    for name in preview.examples_added:
        print(f"added\t{name}")
    for name in preview.examples_changed:
        print(f"changed\t{name}")


def cmd_catalogue(args) -> int:
    from app.services.medications.catalogue import practice_import  # only this command reads the importers

    source, path = ("bdpm", args.bdpm) if args.bdpm else ("swiss", args.swiss)
    db = open_database(args)
    try:
        ctx = account_context(db, args)
        preview = practice_import.preview_import(ctx, source, path)
        print_preview(preview)
        if args.dry_run:
            print("dry run: nothing stored")
            return 0
        if not preview.added and not preview.changed:
            print("nothing to import")
            return 0
        if not confirmed(args, "Import these products into the practice's catalogue?"):
            print("nothing stored")
            return 1
        done = practice_import.import_catalogue(ctx, source, path)
        print(f"imported: {done.added} added, {done.changed} changed")
    finally:
        db.close()
    return 0


HANDLERS = {"catalogue": cmd_catalogue}
