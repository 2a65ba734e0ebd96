"""``cordee import fhir FILE [--confirm]``: a FHIR R4 patient summary into the practice's record;
``cordee import package FILE.zip [--confirm]``: the documents of a received IHE XDM package attached to their patient,
or a Cordée package from a partner (an alert, an answer, or directory entries: ``--take-theirs ID`` for a conflict
whose partner's version is wanted).

Without ``--confirm`` the command prints what would change (the patient found or new, identity differences, new
allergies, problems, medications and values) and stores nothing; with it, the same items are written in one
transaction and audited as an import. A bad bundle is one line naming the element, and nothing is stored.
"""

from __future__ import annotations

from pathlib import Path

from app.cli.common import CliParser, cli_context, db_options, open_database
from app.services.errors import CordeeError, NotFoundError, ValidationError
from app.services.storage.atomic import check_export_path, write_export


def register(sub) -> None:
    """The ``import`` command (``fhir``, ``package``) and the ``exchange`` command."""
    register_partners(sub)
    p = sub.add_parser("import", help="read a record exchanged with another program")
    kinds = p.add_subparsers(dest="import_kind", parser_class=CliParser, required=True)
    q = kinds.add_parser("fhir", help="a FHIR R4 patient summary (Bundle, JSON)")
    q.add_argument("file", metavar="FILE", help="the bundle (JSON)")
    q.add_argument("--confirm", action="store_true", help="write the changes (without it: show them only)")
    db_options(q)
    q = kinds.add_parser("package", help="an IHE XDM package received by secure mail (IHE_XDM.ZIP)")
    q.add_argument("file", metavar="FILE", help="the package (zip): IHE XDM, or a Cordée package from a partner")
    q.add_argument("--confirm", action="store_true", help="attach the documents (without it: show them only)")
    q.add_argument("--take-theirs", metavar="ID", action="append", default=[],
                   help="a directory package: take the partner's version of this conflict (its id as the preview "
                        "shows it; repeat it); without it, every conflict keeps this practice's version")
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
        return _run(args, cli_context(db), data, preview, apply, show, unit)
    finally:
        db.close()


def _run(args, ctx, data, preview, apply, show, unit: str, patient: bool = True) -> int:
    if not args.confirm:
        seen = preview(ctx, data)
        show(seen)
        print(f"{seen.changes} {unit}; nothing stored (add --confirm to import)")
        return 0
    done = apply(ctx, data)
    show(done)
    print(f"imported: {done.changes} {unit}" + (f" for patient {done.patient_id}" if patient else ""))
    return 0


def print_peer(preview) -> None:
    """A Cordée package: what it is, from whom, for which patient (tab-separated)."""
    print(f"{preview.kind}\tfrom {preview.partner}\t{'encrypted' if preview.encrypted else 'signed'}")
    print(f"patient\t{preview.patient_id}\t{preview.patient_name}")
    print(f"content\t{preview.summary}")


def print_directory(preview) -> None:
    """A directory package: from whom, then one line per record (tab-separated), conflicts with their
    differences."""
    print(f"directory\tfrom {preview.partner}\t{'encrypted' if preview.encrypted else 'signed'}")
    for c in preview.items:
        taken = " (theirs taken)" if c.external_id in preview.taken else ""
        where = "" if c.is_resource else f"\t{c.resource_name}"
        print(f"{c.action}{taken}\t{c.record}\t{c.external_id}\t{c.name}{where}")
        if c.action == "conflict" and not c.can_take:
            print("\t\tattached to another resource here: kept")
        for d in c.differences if c.action in ("update", "conflict") else ():
            local, incoming = (" | ".join((v or "").splitlines()) for v in (d.local, d.incoming))
            print(f"\t{d.field}\there: {local}\tpartner: {incoming}")


def _package(args, ctx, data: bytes) -> int:
    """A received package: a Cordée package (an alert or answer, or directory entries) or an IHE XDM package."""
    from app.services.exchange import (  # only this command reads packages
        peer_directory,
        peer_import,
        peer_package,
        xdm_import,
    )

    if data and not peer_package.is_peer_package(data):
        return _run(args, ctx, data, xdm_import.preview_package, xdm_import.apply_package, print_package,
                    "documents")
    try:
        kind = peer_import.package_kind(ctx, data)
    except CordeeError:
        kind = None          # the import says why, in the same words
    if kind == "directory":
        take = list(args.take_theirs)
        return _run(args, ctx, data, peer_directory.preview_package,
                    lambda c, d: peer_directory.apply_package(c, d, take), print_directory, "records written",
                    patient=False)
    return _run(args, ctx, data, peer_import.preview_package, peer_import.apply_package, print_peer, "package")


def cmd_import(args) -> int:
    if args.import_kind == "package":
        from app.services.exchange import xdm_read  # its checked file reader

        data = xdm_read.read_file(args.file)
        db = open_database(args)
        try:
            return _package(args, cli_context(db), data)
        finally:
            db.close()
    from app.services.exchange import summary_import, summary_read  # only this command reads the FHIR models

    return _preview_or_apply(args, summary_read.read_file(args.file), summary_import.preview_import,
                             summary_import.apply_import, print_preview, "changes")


def register_partners(sub) -> None:
    """The ``exchange`` command: our card, partners."""
    p = sub.add_parser("exchange", help="this installation's exchange card and its partner installations")
    kinds = p.add_subparsers(dest="exchange_kind", parser_class=CliParser, required=True)
    q = kinds.add_parser("card", help="write this installation's exchange card (FILE.json, or FILE.pdf to print)")
    q.add_argument("--out", required=True, help="file to write (.json or .pdf)")
    q.add_argument("--lang", choices=["fr", "de", "en"], default="fr", help="language of the printed card")
    db_options(q)
    q = kinds.add_parser("partner", help="partner installations: add (from their card), list, revoke")
    acts = q.add_subparsers(dest="partner_action", parser_class=CliParser, required=True)
    r = acts.add_parser("add", help="add a partner from their card file")
    r.add_argument("file", metavar="FILE", help="the partner's card (JSON)")
    r.add_argument("--fingerprint", help="the fingerprint as printed on the partner's card (without it: the card "
                                         "is shown and nothing stored)")
    db_options(r)
    r = acts.add_parser("list", help="list the partners")
    db_options(r)
    r = acts.add_parser("revoke", help="revoke a partner (its packages are refused from now on)")
    r.add_argument("partner", type=int, metavar="ID")
    db_options(r)


def _card(ctx, args) -> None:
    from app.services.exchange import peer_card_pdf, peer_identity  # the card (and reportlab) only when used

    out = check_export_path(Path(args.out), "--out")
    if out.suffix.lower() == ".pdf":
        data = peer_card_pdf.card_pdf(ctx, args.lang)
    elif out.suffix.lower() == ".json":
        data = peer_identity.card_json(ctx)
    else:
        raise ValidationError("--out", "cli.card_format")
    write_export(out, data, "--out")
    print(f"fingerprint\t{peer_identity.identity(ctx).fingerprint}")
    print(f"wrote {out}")


def _partner(ctx, args) -> None:
    from app.services.exchange import peer_identity  # the keys (joserfc) only when used

    if args.partner_action == "list":
        for p in peer_identity.partners(ctx):
            print(f"{p.id}\t{p.status}\t{p.practice_name}\t{p.fingerprint}")
    elif args.partner_action == "revoke":
        found = next((p for p in peer_identity.partners(ctx) if p.id == args.partner), None)
        if found is None:
            raise NotFoundError("exchange_partner", args.partner)
        peer_identity.revoke_partner(ctx, found.id, found.version)
        print(f"revoked\t{found.id}\t{found.practice_name}")
    else:
        data = Path(args.file).read_bytes() if Path(args.file).is_file() else b""
        seen = peer_identity.preview_card(ctx, data)
        print(f"partner\t{seen.practice_name}\t{seen.identity_id}")
        print(f"fingerprint\t{seen.fingerprint}")
        if seen.known_as:
            print(f"already a partner\t{seen.known_as}")
        if not args.fingerprint:
            print("compare this fingerprint with the partner's printed card, then add --fingerprint; nothing stored")
            return
        partner_id = peer_identity.add_partner(ctx, data, args.fingerprint)
        print(f"added\t{partner_id}\t{seen.practice_name}")


def cmd_exchange(args) -> int:
    db = open_database(args)
    try:
        ctx = cli_context(db)
        (_card if args.exchange_kind == "card" else _partner)(ctx, args)
    finally:
        db.close()
    return 0


HANDLERS = {"import": cmd_import, "exchange": cmd_exchange}
