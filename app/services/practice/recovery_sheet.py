"""The printed recovery sheet: the recovery code of a practice database on one A4 page.

The sheet is written once, at set-up, for the practice to print and keep offline.
The recovery code is never logged. The file is written through the export writer (temp file,
fsync, rename; readable by its owner only) so that a half-written sheet never replaces a good one,
and never beside the database or its backups (``check_sheet_path``): the code that opens the
encrypted file must not lie next to it or to its copies.
"""

from __future__ import annotations

import os
from datetime import datetime
from io import BytesIO
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.errors import ValidationError
from app.services.kernel.pdf_parts import markup, qr_code
from app.services.storage.atomic import check_export_path, write_export
from app.services.storage.backup import default_folder

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Feuille de récupération Cordée",
        "practice": "Cabinet", "country": "Pays", "location": "Fichier de la base de données",
        "db_id": "Identifiant de la base", "created": "Créée le",
        "code": "Code de récupération",
        "intro": "Ce code ouvre la base de données du cabinet si la phrase de passe est oubliée ou si le "
                 "trousseau de clés de l'ordinateur est perdu (réinstallation, panne, nouvel ordinateur).",
        "steps": ["Imprimez cette feuille et supprimez le fichier PDF de l'ordinateur.",
                  "Rangez-la hors ligne, dans un endroit sûr et fermé à clé (coffre, armoire fermée), "
                  "loin de l'ordinateur.",
                  "Ne la photographiez pas, ne l'envoyez pas par e-mail et ne la copiez pas dans un nuage.",
                  "Pour vous en servir : au démarrage de Cordée, choisissez « Code de récupération » et "
                  "saisissez le code ci-dessus (les tirets et les espaces ne comptent pas)."],
        "warning": "Attention : toute personne qui détient ce code peut ouvrir les dossiers des patients. "
                   "Traitez-le comme la clé du cabinet.",
        "qr": "Le même code en QR code",
    },
    "de": {
        "title": "Cordée-Wiederherstellungsblatt",
        "practice": "Praxis", "country": "Land", "location": "Datenbankdatei",
        "db_id": "Datenbank-ID", "created": "Erstellt am",
        "code": "Wiederherstellungscode",
        "intro": "Dieser Code öffnet die Datenbank der Praxis, wenn die Passphrase vergessen wurde oder der "
                 "Schlüsselbund des Computers verloren ist (Neuinstallation, Defekt, neuer Computer).",
        "steps": ["Drucken Sie dieses Blatt aus und löschen Sie die PDF-Datei vom Computer.",
                  "Bewahren Sie es offline an einem sicheren, verschlossenen Ort auf (Tresor, abschliessbarer "
                  "Schrank), nicht beim Computer.",
                  "Nicht fotografieren, nicht per E-Mail versenden und nicht in eine Cloud kopieren.",
                  "Verwendung: Wählen Sie beim Start von Cordée «Wiederherstellungscode» und geben Sie den "
                  "obigen Code ein (Bindestriche und Leerzeichen zählen nicht)."],
        "warning": "Achtung: Wer diesen Code besitzt, kann die Patientendossiers öffnen. Behandeln Sie ihn "
                   "wie den Schlüssel der Praxis.",
        "qr": "Derselbe Code als QR-Code",
    },
    "en": {
        "title": "Cordée recovery sheet",
        "practice": "Practice", "country": "Country", "location": "Database file",
        "db_id": "Database id", "created": "Created on",
        "code": "Recovery code",
        "intro": "This code opens the practice database if the passphrase is forgotten or the computer's "
                 "keyring is lost (reinstallation, breakdown, new computer).",
        "steps": ["Print this sheet, then delete the PDF file from the computer.",
                  "Keep it offline in a safe, locked place (safe, locked cabinet), away from the computer.",
                  "Do not photograph it, e-mail it or copy it to a cloud service.",
                  "To use it: when Cordée starts, choose \"Recovery code\" and type the code above "
                  "(dashes and spaces do not matter)."],
        "warning": "Warning: anyone holding this code can open the patient records. Treat it like the key "
                   "to the practice.",
        "qr": "The same code as a QR code",
    },
}


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("title", parent=base["Title"], fontSize=20, leading=24, spaceAfter=8 * mm),
        "body": ParagraphStyle("body", parent=base["BodyText"], fontSize=10.5, leading=14),
        "label": ParagraphStyle("label", parent=base["BodyText"], fontName="Helvetica-Bold", fontSize=10,
                                leading=13),
        "code_label": ParagraphStyle("code_label", parent=base["Heading2"], alignment=1, spaceAfter=2 * mm),
        "code": ParagraphStyle("code", fontName="Courier-Bold", fontSize=22, leading=28, alignment=1),
        "warning": ParagraphStyle("warning", parent=base["BodyText"], fontName="Helvetica-Bold", fontSize=10.5,
                                  leading=14, textColor=colors.HexColor("#8a1c1c")),
        "small": ParagraphStyle("small", parent=base["BodyText"], fontSize=9, alignment=1),
    }


def _story(t: dict, s: dict, *, practice_name: str, country: str, database_location: str, db_uuid: str,
           recovery_code: str, created_at: datetime) -> list:
    facts = [(t["practice"], practice_name), (t["country"], country), (t["location"], database_location),
             (t["db_id"], db_uuid), (t["created"], created_at.astimezone().strftime("%d.%m.%Y %H:%M"))]
    facts_table = Table([[Paragraph(markup(k), s["label"]), Paragraph(markup(v), s["body"])] for k, v in facts],
                        colWidths=[50 * mm, 120 * mm])
    facts_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    code_box = Table([[Paragraph(markup(t["code"]), s["code_label"])],
                      [Paragraph(markup(recovery_code), s["code"])]], colWidths=[170 * mm])
    code_box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 2, colors.black),
                                  ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f3f3")),
                                  ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
                                  ("BOTTOMPADDING", (0, -1), (-1, -1), 5 * mm)]))
    steps = [Paragraph(f"{i}. {markup(step)}", s["body"]) for i, step in enumerate(t["steps"], 1)]
    qr_block = KeepTogether([Spacer(1, 6 * mm), Paragraph(markup(t["qr"]), s["small"]), Spacer(1, 2 * mm),
                             Table([[qr_code(recovery_code, 42 * mm)]], colWidths=[170 * mm],
                                   style=[("ALIGN", (0, 0), (-1, -1), "CENTER")])])
    return [Paragraph(markup(t["title"]), s["title"]), facts_table, Spacer(1, 8 * mm), code_box, Spacer(1, 8 * mm),
            Paragraph(markup(t["intro"]), s["body"]), Spacer(1, 3 * mm), *steps, Spacer(1, 4 * mm),
            Paragraph(markup(t["warning"]), s["warning"]), qr_block]


def check_sheet_path(out_path: Path | str, database_path: Path | str, field: str = "out_path") -> Path:
    """``out_path`` if the sheet may be written there: a file name in an existing folder (see
    ``check_export_path``) outside the database's folder and outside the folder of its backups, else a coded
    refusal naming ``field``. Folders are compared as the same folder on disk (links, letter case)."""
    out_path = check_export_path(Path(out_path), field)   # never into a folder, a device or through a link
    database = Path(database_path).absolute()
    guarded = [database.parent, default_folder(database)]
    folder = out_path.absolute().parent
    for level in (folder, *folder.parents):
        for place in guarded:
            if level.exists() and place.exists() and os.path.samefile(level, place):
                raise ValidationError(field, "practice.recovery_sheet_beside_database", folder=str(place))
    return out_path


def write_recovery_sheet(out_path: Path | str, *, practice_name: str, country: str, database_location: str,
                         db_uuid: str, recovery_code: str, created_at: datetime, lang: str = "fr",
                         field: str = "out_path") -> Path:
    """Write the A4 recovery sheet as PDF (French by default; ``de`` and ``en`` available), readable by its owner
    only; a refusal of the path names ``field``."""
    out_path = check_export_path(Path(out_path), field)
    texts = TEXTS.get(lang, TEXTS["fr"])
    buffer = BytesIO()   # the code stays in memory until the one atomic write
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=texts["title"], author="Cordée")
    doc.build(_story(texts, _styles(), practice_name=practice_name, country=country,
                     database_location=database_location, db_uuid=db_uuid, recovery_code=recovery_code,
                     created_at=created_at))
    return write_export(out_path, buffer.getvalue(), field)
