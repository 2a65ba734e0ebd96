"""The patient's medication plan: A4 landscape, header, the schedule table and an eMediplan QR code.

The QR code carries the same list as a CHMED16A payload (``interop.emediplan``).
Texts follow the patient's preferred language (fr, de, en). The PDF is built in
memory; printing or saving it is an export (``patient.export``, audited).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.kernel.context import ServiceContext
from app.services.kernel.pdf_parts import qr_code
from app.services.medications import emediplan, observations
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationRow
from app.services.patients import records as patients
from app.services.practice import practice_record as practice
from app.services.security import records as access_records
from app.services.security.access import require

TEXTS = {
    "fr": {"title": "Plan de médication", "patient": "Patient·e", "born": "né·e le", "date": "Date",
           "author": "Établi par", "practice": "Cabinet", "cols": ("Médicament", "Matin", "Midi", "Soir", "Nuit",
                                                                    "Instructions", "Raison", "Depuis"),
           "as_needed": "si besoin", "self": "automédication", "none": "Aucun médicament en cours.",
           "qr": "Code eMediplan (CHMED16A)", "footer": "Apportez ce plan à chaque consultation et à la pharmacie."},
    "de": {"title": "Medikationsplan", "patient": "Patient/in", "born": "geboren am", "date": "Datum",
           "author": "Erstellt von", "practice": "Praxis", "cols": ("Medikament", "Morgen", "Mittag", "Abend",
                                                                    "Nacht", "Anwendung", "Grund", "Seit"),
           "as_needed": "bei Bedarf", "self": "Selbstmedikation", "none": "Keine laufenden Medikamente.",
           "qr": "eMediplan-Code (CHMED16A)", "footer": "Bringen Sie diesen Plan zu jedem Arztbesuch und in die "
                                                        "Apotheke mit."},
    "en": {"title": "Medication plan", "patient": "Patient", "born": "born", "date": "Date", "author": "Made by",
           "practice": "Practice", "cols": ("Medication", "Morning", "Noon", "Evening", "Night", "Instructions",
                                            "Reason", "Since"),
           "as_needed": "as needed", "self": "self-medication", "none": "No current medication.",
           "qr": "eMediplan code (CHMED16A)", "footer": "Bring this plan to every visit and to the pharmacy."},
}


@dataclass(frozen=True)
class PlanData:
    patient: emediplan.PlanPatient
    rows: tuple[MedicationRow, ...]
    practice_name: str
    practice_gln: str | None
    author: str
    made_at: datetime

    @property
    def payload(self) -> str:
        return emediplan.encode(emediplan.plan_object(self.patient, list(self.rows), self.made_at,
                                                      self.practice_gln))


def text(value) -> str:
    """Escaped for a Paragraph; characters the standard PDF fonts lack are replaced (cp1252 covers fr/de)."""
    return escape(str(value or "").replace("≥", ">=").replace("≤", "<=").replace("→", "->")
                  .encode("cp1252", "replace").decode("cp1252"))


def load_plan(ctx: ServiceContext, patient_id: int, today: date | None = None) -> PlanData:
    """Everything the plan shows (audited reads through the services)."""
    today = today or date.today()
    row = patients.open_patient(ctx, patient_id)
    lines = [r for r in medications.list_current(ctx, patient_id) if r.data.end_date is None or r.data.end_date >= today]
    values = observations.latest_values(ctx, patient_id)
    d = row.data
    lang = d.preferred_language if d.preferred_language in TEXTS else "fr"
    plan_patient = emediplan.PlanPatient(
        d.family_name, d.given_names, d.birth_date, d.sex, lang, d.address_line, d.postal_code, d.city,
        d.insurance_card_number, values["weight_kg"].value if "weight_kg" in values else None,
        values["egfr"].value if "egfr" in values else None)
    prac = practice.get_practice(ctx)
    return PlanData(plan_patient, tuple(lines), prac.name if prac else "", prac.gln if prac else None,
                    ctx.actor.display_name, datetime.now().astimezone().replace(microsecond=0))


FRACTIONS = {".5": "½", ".25": "¼", ".75": "¾"}


def _dose(value: str | None) -> str:
    """"1.5" -> "1½", "0.25" -> "¼"; other values as they are."""
    if not value or value == "0":
        return ""
    whole, dot, rest = value.partition(".")
    if dot and "." + rest in FRACTIONS:
        return ("" if whole == "0" else whole) + FRACTIONS["." + rest]
    return value


def render(plan: PlanData) -> bytes:
    """The PDF bytes."""
    t = TEXTS.get(plan.patient.language, TEXTS["fr"])
    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=9, leading=11)
    bold = small.clone("bold", fontName="Helvetica-Bold")
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=10 * mm, bottomMargin=12 * mm, title=t["title"], author=plan.author)
    p = plan.patient
    header = [Paragraph(text(t["title"]), styles["Title"]),
              Paragraph(f"<b>{text(t['patient'])}:</b> {text(p.family_name.upper())} {text(p.given_names)}, "
                        f"{text(t['born'])} {p.birth_date:%d.%m.%Y}", styles["Normal"]),
              Paragraph(f"<b>{text(t['date'])}:</b> {plan.made_at:%d.%m.%Y} &nbsp; <b>{text(t['author'])}:</b> "
                        f"{text(plan.author)}", styles["Normal"]),
              Paragraph(f"<b>{text(t['practice'])}:</b> {text(plan.practice_name)}", styles["Normal"])]
    drawing = qr_code(plan.payload, 48 * mm, "L")
    top = Table([[header, [drawing, Paragraph(text(t["qr"]), small)]]], colWidths=[215 * mm, 55 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "CENTER")]))
    story = [top, Spacer(1, 4 * mm)]
    if not plan.rows:
        story.append(Paragraph(text(t["none"]), styles["Normal"]))
    else:
        data = [[Paragraph(text(c), bold) for c in t["cols"]]]
        for r in plan.rows:
            d = r.data
            name = f"<b>{text(d.product_name or d.substances)}</b>"
            if d.strength and d.strength not in (d.product_name or ""):
                name += f" {text(d.strength)}"
            if d.product_name and d.substances:
                name += f"<br/><font size=8>{text(d.substances)}</font>"
            notes = [t["as_needed"]] if d.as_needed else []
            notes += [d.instructions] if d.instructions else []
            notes += [t["self"]] if d.self_medication else []
            doses = ["", "", "", ""] if d.as_needed else [_dose(x) for x in r.schedule]
            data.append([Paragraph(name, small), *doses, Paragraph(text("; ".join(notes)), small),
                         Paragraph(text(d.indication), small),
                         f"{d.start_date:%d.%m.%Y}" if d.start_date else ""])
        table = Table(data, colWidths=[72 * mm, 17 * mm, 17 * mm, 17 * mm, 17 * mm, 60 * mm, 50 * mm, 23 * mm],
                      repeatRows=1)
        table.setStyle(TableStyle([
            ("FONT", (1, 1), (4, -1), "Helvetica-Bold", 12), ("ALIGN", (1, 0), (4, -1), "CENTER"),
            ("FONT", (7, 1), (7, -1), "Helvetica", 9),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e8ef")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")])]))
        story.append(table)
    story += [Spacer(1, 4 * mm), Paragraph(text(t["footer"]), small)]
    doc.build(story)
    return buffer.getvalue()


def medication_plan_pdf(ctx: ServiceContext, patient_id: int, today: date | None = None) -> bytes:
    """Build the plan of a patient (an export: ``patient.export``, audited)."""
    with ctx.transaction() as session:
        require(ctx, "patient.export", access_records.patient_record(session, patient_id))
    plan = load_plan(ctx, patient_id, today)
    with ctx.transaction() as session:
        ctx.audit(session, "patient.export", entity_type="patient", entity_id=patient_id, patient_id=patient_id,
                  detail=f"medication plan PDF, {len(plan.rows)} lines")
    return render(plan)
