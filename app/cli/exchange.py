"""``cordee import fhir FILE [--confirm]``: a FHIR R4 patient summary into the practice's record;
``cordee import package FILE.zip [--confirm]``: the documents of a received IHE XDM package attached to their patient.

Without ``--confirm`` the command prints what would change (the patient found or new, identity differences, new
allergies, problems, medications and values) and stores nothing; with it, the same items are written in one
transaction and audited as an import. A bad bundle is one line naming the element, and nothing is stored.
"""

from __future__ import annotations

from app.cli.common import CliParser, cli_context, db_options, open_database


def register(sub) -> None:
    """The ``import`` command and its ``fhir`` sub-command."""
    p = sub.add_parser("import", help="read a record exchanged with another program")
    kinds = p.add_subparsers(dest="import_kind", parser_class=CliParser, required=True)
    q = kinds.add_parser("fhir", help="a FHIR R4 patient summary (Bundle, JSON)")
    q.add_argument("file", metavar="FILE", help="the bundle (JSON)")
    q.add_argument("--confirm", action="store_true", help="write the changes (without it: show them only)")
    db_options(q)
    q = kinds.add_parser("package", help="an IHE XDM package received by secure mail (IHE_XDM.ZIP)")
    q.add_argument("file", metavar="FILE", help="the package (zip)")
    q.add_argument("--confirm", action="store_true", help="attach the documents (without it: show them only)")
    db_options(q)


def print_preview(preview) -> None:
    """The patient, then one line per difference (tab-separated)."""
    if preview.new_patient:
        print(f"patient\tnew\t{preview.patient_name}" + (f"\t{preview.patient_id}" if preview.patient_id else ""))
    else:
        print(f"patient\t{preview.patient_id}\t{preview.patient_name}\tfound by {preview.matched_by}")
    for name, local, incoming in preview.identity_differences:
        print(f"identity differs (kept)\t{name}\t{local}\t{incoming}")
    for p in preview.new_problems:
        print(f"new {'allergy' if p.kind == 'allergy' else 'problem'}\t{p.label}\t{p.code or ''}")
    for m in preview.new_medications:
        print(f"new medication\t{m.product_name or m.substances}\t{m.atc or 'free text'}")
    for code, value, day in preview.new_values:
        print(f"new value\t{code}\t{value:g}\t{day}")
    if preview.care_plan_resources:
        print(f"care plan\t{preview.care_plan_resources} resources, not imported")


def print_package(preview) -> None:
    """The patient found, then one line per document (tab-separated)."""
    print(f"patient\t{preview.patient_id}\t{preview.patient_name}\tfound by {preview.matched_by}")
    for title, filename, media_type, size, type_code in preview.documents:
        print(f"document\t{title}\t{filename}\t{media_type}\t{size}\t{type_code or ''}")
    if preview.hospital_letters:
        print(f"hospital letters\t{preview.hospital_letters}")


def _preview_or_apply(args, data, preview, apply, show, unit: str) -> int:
    """Without --confirm, show what the file would change and store nothing; with it, apply it in one step."""
    db = open_database(args)
    try:
        ctx = cli_context(db)
        if not args.confirm:
            seen = preview(ctx, data)
            show(seen)
            print(f"{seen.changes} {unit}; nothing stored (add --confirm to import)")
            return 0
        done = apply(ctx, data)
        show(done)
        print(f"imported: {done.changes} {unit} for patient {done.patient_id}")
    finally:
        db.close()
    return 0


def cmd_import(args) -> int:
    if args.import_kind == "package":
        from app.services.exchange import xdm_import, xdm_read  # only this command reads XDM packages

        return _preview_or_apply(args, xdm_read.read_file(args.file), xdm_import.preview_package,
                                 xdm_import.apply_package, print_package, "documents")
    from app.services.exchange import summary_import, summary_read  # only this command reads the FHIR models

    return _preview_or_apply(args, summary_read.read_file(args.file), summary_import.preview_import,
                             summary_import.apply_import, print_preview, "changes")


HANDLERS = {"import": cmd_import}
