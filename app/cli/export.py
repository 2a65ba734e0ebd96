"""``cordee export …``: documents written from the command line (each one an audited export).

Each document is one entry ``EXPORTERS[name] = Exporter(help, run, add_arguments)``;
``run(ctx, args)`` returns the bytes written to ``--out``.

Each document's service module is imported inside its exporter: an export loads only what it prints (reportlab
and the printouts stay out of the other commands).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.cli.common import MAX_ID, CliParser, cli_context, db_options, open_database, whole_number
from app.services.errors import CordeeError, ValidationError
from app.services.storage.atomic import check_export_path, write_export


@dataclass(frozen=True)
class Exporter:
    help: str
    run: Callable[[object, argparse.Namespace], bytes]
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = None


def patient_arguments(p: argparse.ArgumentParser) -> None:
    """--patient ID (the common case)."""
    p.add_argument("--patient", type=whole_number("--patient", 1, MAX_ID), required=True,
                   help="patient id (see `cordee patients`)")


def lang_argument(p: argparse.ArgumentParser, default: str | None = "fr") -> None:
    """--lang fr|de|en: the language of the printed document."""
    p.add_argument("--lang", choices=["fr", "de", "en"], default=default,
                   help="language of the document (default: " + (default or "the patient's language") + ")")


def _patient_lang_arguments(p: argparse.ArgumentParser) -> None:
    patient_arguments(p)
    lang_argument(p)


def _medication_plan(ctx, args) -> bytes:
    from app.services.medications import plan_pdf as medication_plan_pdf
    return medication_plan_pdf.medication_plan_pdf(ctx, args.patient)


def _alerts(ctx, args) -> bytes:
    from app.services.alerts import alert_pdf
    return alert_pdf.alerts_pdf(ctx, args.patient, lang=getattr(args, "lang", None) or "fr")


EXPORTERS: dict[str, Exporter] = {
    "medication-plan": Exporter("the patient's medication plan (PDF with eMediplan QR code)", _medication_plan,
                                patient_arguments),
    "alerts": Exporter("the patient's doctor-pharmacist alerts with their answers (PDF)", _alerts,
                       _patient_lang_arguments),
}


def _care_plan(ctx, args) -> bytes:
    from app.services.care_plans import export as care_plan_export
    return care_plan_export.export_for_patient(ctx, args.patient, args.format, getattr(args, "lang", None))


def _care_plan_arguments(p: argparse.ArgumentParser) -> None:
    patient_arguments(p)
    p.add_argument("--format", choices=["pdf", "sheet", "fhir"], default="pdf",
                   help="pdf: the whole plan for the team; sheet: the patient's one-page sheet; fhir: FHIR R4 JSON")
    lang_argument(p, None)   # the team PDF: French; the sheet: the patient's language


EXPORTERS["care-plan"] = Exporter("the patient's shared care plan (PDF, patient sheet or FHIR R4 bundle)",
                                  _care_plan, _care_plan_arguments)


def _indicators(ctx, args) -> bytes:
    from app.services.coordination import indicator_export
    return indicator_export.export(ctx, args.date_from, args.date_to, args.format, getattr(args, "lang", None) or "fr")


def _indicator_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", required=True, help="first day of the period (dd.mm.yyyy)")
    p.add_argument("--to", dest="date_to", required=True, help="last day of the period (dd.mm.yyyy)")
    p.add_argument("--format", choices=["pdf", "csv"], default="pdf", help="pdf report or csv table")
    lang_argument(p)


EXPORTERS["indicators"] = Exporter("team indicators for a period (PDF report or CSV)", _indicators,
                                   _indicator_arguments)


def _review_check(ctx, args) -> bytes:
    from app.services.alerts import review_check
    fmt = Path(args.out).suffix.lower().lstrip(".")
    if fmt not in review_check.FORMATS:
        raise ValidationError("--out", "alerts.bad_check_format")
    return review_check.export_check(ctx, args.patient, fmt, getattr(args, "lang", None) or "fr")


def _review_check_arguments(p: argparse.ArgumentParser) -> None:
    patient_arguments(p)
    p.add_argument("--lang", choices=["fr", "de", "en"], default="fr", help="language of the PDF protocol")


EXPORTERS["review-check"] = Exporter(
    "the patient's latest finished Polymedication Check: --out FILE.json (CHMED16A object, MedType 2) or FILE.pdf "
    "(protocol with signature lines)", _review_check, _review_check_arguments)


def _advice(ctx, args) -> bytes:
    from app.services.alerts import advice_fhir
    if Path(args.out).suffix.lower() != ".json":
        raise ValidationError("--out", "alerts.bad_advice_format")
    bundle = advice_fhir.export_advice(ctx, args.alert, args.line, args.lang)
    return json.dumps(bundle, ensure_ascii=False, indent=1).encode("utf-8")


def _advice_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--alert", type=whole_number("--alert", 1, MAX_ID), required=True, help="alert id")
    p.add_argument("--line", type=whole_number("--line", 1, MAX_ID),
                   help="the medication line, when the answer concerns several (one document per line)")
    lang_argument(p, None)


EXPORTERS["advice"] = Exporter(
    "the doctor's answer to an alert as a CH EMED Pharmaceutical Advice document (FHIR R4 JSON, one line)",
    _advice, _advice_arguments)


def _fhir_summary(ctx, args) -> bytes:
    from app.services.exchange import summary_export
    return summary_export.export_summary_json(ctx, args.patient)


EXPORTERS["fhir"] = Exporter("the patient's summary as a FHIR R4 Bundle (identity, allergies, problems, medications, "
                             "values, care plan; JSON)", _fhir_summary, patient_arguments)


def _package(ctx, args) -> bytes:
    if args.what in ("alert", "answer"):
        from app.services.exchange import peer_send  # the signed package (joserfc) only when used

        if args.alert is None:
            raise ValidationError("--alert", "required")
        suffix = Path(args.out).suffix.lower()
        if suffix not in (".zip", ".eml"):
            raise ValidationError("--out", "exchange.xdm_bad_format")
        container = "eml" if suffix == ".eml" else "xdm" if args.signed_only else "cordee"
        return peer_send.export_package(ctx, args.patient, args.what, args.alert, args.partner,
                                        encrypt=not args.signed_only, container=container)
    from app.services.exchange import xdm_package
    fmt = Path(args.out).suffix.lower().lstrip(".")
    if fmt not in xdm_package.FORMATS:
        raise ValidationError("--out", "exchange.xdm_bad_format")
    return xdm_package.export_package(ctx, args.patient, args.what, fmt)


def _package_arguments(p: argparse.ArgumentParser) -> None:
    patient_arguments(p)
    p.add_argument("--what", choices=["care-plan", "review", "alerts", "alert", "answer"], required=True,
                   help="care-plan: the shared care plan; review: the latest finished medication review; alerts: "
                        "the doctor-pharmacist alerts with their answers; alert / answer: one alert, or the answer "
                        "to an alert received, as a signed package for a partner Cordée installation")
    p.add_argument("--alert", type=int, help="the alert (with --what alert or answer)")
    p.add_argument("--partner", type=int, help="the partner the alert is sent to (with --what alert)")
    p.add_argument("--signed-only", action="store_true",
                   help="alert / answer: sign but do not encrypt, for a secure-mail space: FILE.zip is then an "
                        "IHE_XDM.ZIP carrying the readable document and the signed message (without it, FILE.zip "
                        "is the encrypted Cordée package alone, for a USB key or a shared folder); FILE.eml is a "
                        "mail draft carrying the IHE_XDM.ZIP either way")


EXPORTERS["package"] = Exporter(
    "a document as an IHE XDM package for secure mail (CDA R2 with the PDF): --out FILE.zip (IHE_XDM.ZIP) or "
    "FILE.eml (a draft to open in the MSSanté / HIN mail client)", _package, _package_arguments)


def register(sub) -> None:
    """Add ``export`` and one sub-command per exporter."""
    p = sub.add_parser("export", help="write a document of the record to a file")
    kinds = p.add_subparsers(dest="export_kind", parser_class=CliParser, required=True)
    for name, exporter in EXPORTERS.items():
        q = kinds.add_parser(name, help=exporter.help)
        db_options(q)
        if exporter.add_arguments:
            exporter.add_arguments(q)
        q.add_argument("--out", required=True, help="file to write")


def cmd_export(args) -> int:
    """Write the document to ``--out``: the path is checked before anything is generated (a folder, a device or a
    link is refused, never followed), the file written atomically and readable by its owner only; the service
    audits the export, and a file that could not be written is audited as such."""
    from app.services.practice import audit_trail

    exporter = EXPORTERS[args.export_kind]
    out = check_export_path(Path(args.out), "--out")
    db = open_database(args)
    try:
        ctx = cli_context(db)
        data = exporter.run(ctx, args)   # a NotFoundError is said by main.report, with its params
        try:
            write_export(out, data, "--out")
        except CordeeError as exc:
            audit_trail.record_unwritten_export(ctx, args.export_kind, exc.code)
            raise
    finally:
        db.close()
    print(f"wrote {out}")
    return 0


HANDLERS = {"export": cmd_export}
