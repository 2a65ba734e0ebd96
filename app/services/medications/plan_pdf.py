"""The patient's medication plan: A4 landscape, header, the regular medication, the reserve (as-needed) medication
in a block of its own, and an eMediplan QR code.

The QR code carries the same list as a CHMED16A payload (``medications.emediplan``).
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
from app.services.medications import emediplan, observations, posology_terms, posology_text
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationRow
from app.services.medications.posology import TIME_FIELDS
from app.services.patients import records as patients
from app.services.practice import practice_record as practice
from app.services.security import records as access_records
from app.services.security.access import require

TEXTS = {
    "fr": {"title": "Plan de médication", "patient": "Patient·e", "born": "né·e le", "date": "Date",
           "author": "Établi par", "practice": "Cabinet",
           "cols": ("Médicament", "Matin", "Midi", "Soir", "Nuit", "Unité", "Du", "Au", "Instructions", "Raison"),
           "reserve": "Médicaments en réserve (si besoin)",
           "reserve_cols": ("Médicament", "Si besoin", "Du", "Au", "Instructions", "Raison"),
           "regular": "Médicaments à prendre régulièrement", "self": "automédication",
           "none": "Aucun médicament en cours.",
           "qr": "Code eMediplan (CHMED16A)", "footer": "Apportez ce plan à chaque consultation et à la pharmacie."},
    "de": {"title": "Medikationsplan", "patient": "Patient/in", "born": "geboren am", "date": "Datum",
           "author": "Erstellt von", "practice": "Praxis",
           "cols": ("Medikament", "Morgen", "Mittag", "Abend", "Nacht", "Einheit", "Von", "Bis", "Anwendung",
                    "Grund"),
           "reserve": "Reservemedikation (bei Bedarf)",
           "reserve_cols": ("Medikament", "Bei Bedarf", "Von", "Bis", "Anwendung", "Grund"),
           "regular": "Regelmässig einzunehmende Medikamente", "self": "Selbstmedikation",
           "none": "Keine laufenden Medikamente.",
           "qr": "eMediplan-Code (CHMED16A)", "footer": "Bringen Sie diesen Plan zu jedem Arztbesuch und in die "
                                                        "Apotheke mit."},
    "en": {"title": "Medication plan", "patient": "Patient", "born": "born", "date": "Date", "author": "Made by",
           "practice": "Practice",
           "cols": ("Medication", "Morning", "Noon", "Evening", "Night", "Unit", "From", "Until", "Instructions",
                    "Reason"),
           "reserve": "Reserve medication (if needed)",
           "reserve_cols": ("Medication", "If needed", "From", "Until", "Instructions", "Reason"),
           "regular": "Medication to take regularly", "self": "self-medication", "none": "No current medication.",
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
                                                      self.practice_gln, author_name=self.author))


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


_GRID = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e8ef")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
         ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")])]


def _name_cell(r: MedicationRow, lang: str, small) -> Paragraph:
    d = r.data
    name = f"<b>{text(d.product_name or d.substances)}</b>"
    if d.strength and d.strength not in (d.product_name or ""):
        name += f" {text(d.strength)}"
    if d.product_name and d.substances:
        name += f"<br/><font size=8>{text(d.substances)}</font>"
    route = posology_terms.route_label(d.posology.route, lang) or d.posology.route_text
    if route:
        name += f"<br/><font size=8>{text(route)}</font>"
    return Paragraph(name, small)


def _notes(r: MedicationRow, t: dict) -> str:
    d = r.data
    return "; ".join(x for x in (d.instructions, t["self"] if d.self_medication else None) if x)


def _day(value) -> str:
    return f"{value:%d.%m.%Y}" if value else ""


def _regular_table(rows: list[MedicationRow], t: dict, lang: str, small, bold) -> Table:
    """Times of day in four columns; any other schedule spans them in words ("15 mg once a week on Monday")."""
    data = [[Paragraph(text(c), bold) for c in t["cols"]]]
    spans = []
    for i, r in enumerate(rows, start=1):
        p = r.data.posology
        if p.kind == "times":
            doses = [posology_text.amount_text(getattr(p, f), lang) if getattr(p, f) else "" for f in TIME_FIELDS]
            unit = posology_text.unit_word(p.unit, posology_text.times_total(p), lang)
        else:
            words = posology_text.describe(p, lang) or posology_text.word("see", lang)
            doses = [Paragraph(text(words), small), "", "", ""]
            spans.append(("SPAN", (1, i), (4, i)))
            unit = ""
        data.append([_name_cell(r, lang, small), *doses, Paragraph(text(unit), small), _day(p.start_date),
                     _day(p.end_date), Paragraph(text(_notes(r, t)), small), Paragraph(text(r.data.indication), small)])
    table = Table(data, colWidths=[66 * mm, 15 * mm, 15 * mm, 15 * mm, 15 * mm, 22 * mm, 20 * mm, 20 * mm, 45 * mm,
                                   40 * mm], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (1, 1), (4, -1), "Helvetica-Bold", 12), ("ALIGN", (1, 0), (4, -1), "CENTER"),
                               ("FONT", (6, 1), (7, -1), "Helvetica", 9), *_GRID, *spans]))
    return table


def _reserve_table(rows: list[MedicationRow], t: dict, lang: str, small, bold) -> Table:
    """As-needed lines: the amount a taking and the most a day in words."""
    data = [[Paragraph(text(c), bold) for c in t["reserve_cols"]]]
    prefix = posology_text.word("if_needed", lang)
    for r in rows:
        p = r.data.posology
        words = posology_text.describe(p, lang)
        words = words[len(prefix):].lstrip(" :") if words.startswith(prefix) else words
        data.append([_name_cell(r, lang, small), Paragraph(text(words or "—"), small), _day(p.start_date),
                     _day(p.end_date), Paragraph(text(_notes(r, t)), small), Paragraph(text(r.data.indication), small)])
    table = Table(data, colWidths=[66 * mm, 70 * mm, 20 * mm, 20 * mm, 57 * mm, 40 * mm], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (2, 1), (3, -1), "Helvetica", 9), *_GRID]))
    return table


def render(plan: PlanData) -> bytes:
    """The PDF bytes: the regular lines, then the reserve (as-needed) lines in a block of their own."""
    lang = plan.patient.language if plan.patient.language in TEXTS else "fr"
    t = TEXTS[lang]
    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=9, leading=11)
    bold = small.clone("bold", fontName="Helvetica-Bold")
    heading = styles["Heading3"].clone("section", spaceBefore=2 * mm, spaceAfter=1 * mm)
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=8 * mm, rightMargin=8 * mm,
                            topMargin=8 * mm, bottomMargin=10 * mm, title=t["title"], author=plan.author)
    p = plan.patient
    header = [Paragraph(text(t["title"]), styles["Title"]),
              Paragraph(f"<b>{text(t['patient'])}:</b> {text(p.family_name.upper())} {text(p.given_names)}, "
                        f"{text(t['born'])} {p.birth_date:%d.%m.%Y}", styles["Normal"]),
              Paragraph(f"<b>{text(t['date'])}:</b> {plan.made_at:%d.%m.%Y} &nbsp; <b>{text(t['author'])}:</b> "
                        f"{text(plan.author)}", styles["Normal"]),
              Paragraph(f"<b>{text(t['practice'])}:</b> {text(plan.practice_name)}", styles["Normal"])]
    drawing = qr_code(plan.payload, 40 * mm, "L")   # eMediplan print layout: a 4 × 4 cm 2D code
    top = Table([[header, [drawing, Paragraph(text(t["qr"]), small)]]], colWidths=[230 * mm, 50 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "CENTER")]))
    story = [top, Spacer(1, 3 * mm)]
    regular = [r for r in plan.rows if not r.data.posology.as_needed]
    reserve = [r for r in plan.rows if r.data.posology.as_needed]
    if not plan.rows:
        story.append(Paragraph(text(t["none"]), styles["Normal"]))
    if regular:
        story += [Paragraph(text(t["regular"]), heading), _regular_table(regular, t, lang, small, bold)]
    if reserve:
        story += [Paragraph(text(t["reserve"]), heading), _reserve_table(reserve, t, lang, small, bold)]
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
