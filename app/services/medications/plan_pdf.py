"""The patient's medication plan: A4 landscape, following the eMediplan print conventions.

Every page has a running header (patient, birth date, plan date, "page N of M") and footer (the practice and
how to reach it). Page 1 holds the plan's details, the patient's allergies and intolerances, and an eMediplan
QR code; then the regular medication and the reserve (as-needed) medication in a block of its own. Each line
shows its unit, its prescriber, and no abbreviation: texts are in the patient's language (``plan_words``).

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
from reportlab.platypus import CondPageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.kernel.context import ServiceContext
from app.services.kernel.pdf_parts import paged_canvas, qr_code
from app.services.kernel.pdfa import FONT, FONT_BOLD, register_fonts, to_pdfa
from app.services.medications import emediplan, observations, plan_words, posology_terms, posology_text
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationRow
from app.services.medications.posology import TIME_FIELDS
from app.services.patients import identity
from app.services.patients import records as patients
from app.services.practice import contact as practice_contact
from app.services.practice import practice_record as practice
from app.services.security import records as access_records
from app.services.security.access import require

TEXTS = {
    "fr": {"title": "Plan de médication", "patient": "Patient·e", "born": "né·e le", "date": "Date",
           "author": "Établi par", "practice": "Cabinet", "phone": "tél.", "page": "page {n} sur {total}",
           "allergies": "Allergies et intolérances", "no_allergy": "aucune documentée",
           "cols": ("Médicament", "Matin", "Midi", "Soir", "Nuit", "Unité", "Du", "Au", "Instructions", "Raison",
                    "Prescrit par"),
           "reserve": "Médicaments en réserve (si besoin)",
           "reserve_cols": ("Médicament", "Si besoin", "Du", "Au", "Instructions", "Raison", "Prescrit par"),
           "regular": "Médicaments à prendre régulièrement", "self": "automédication",
           "none": "Aucun médicament en cours.",
           "qr": "Code eMediplan (CHMED16A)", "footer": "Apportez ce plan à chaque consultation et à la pharmacie."},
    "de": {"title": "Medikationsplan", "patient": "Patient/in", "born": "geboren am", "date": "Datum",
           "author": "Erstellt von", "practice": "Praxis", "phone": "Tel.", "page": "Seite {n} von {total}",
           "allergies": "Allergien und Unverträglichkeiten", "no_allergy": "keine dokumentiert",
           "cols": ("Medikament", "Morgen", "Mittag", "Abend", "Nacht", "Einheit", "Von", "Bis", "Anwendung",
                    "Grund", "Verordnet von"),
           "reserve": "Reservemedikation (bei Bedarf)",
           "reserve_cols": ("Medikament", "Bei Bedarf", "Von", "Bis", "Anwendung", "Grund", "Verordnet von"),
           "regular": "Regelmässig einzunehmende Medikamente", "self": "Selbstmedikation",
           "none": "Keine laufenden Medikamente.",
           "qr": "eMediplan-Code (CHMED16A)", "footer": "Bringen Sie diesen Plan zu jedem Arztbesuch und in die "
                                                        "Apotheke mit."},
    "en": {"title": "Medication plan", "patient": "Patient", "born": "born", "date": "Date", "author": "Made by",
           "practice": "Practice", "phone": "phone", "page": "page {n} of {total}",
           "allergies": "Allergies and intolerances", "no_allergy": "none recorded",
           "cols": ("Medication", "Morning", "Noon", "Evening", "Night", "Unit", "From", "Until", "Instructions",
                    "Reason", "Prescribed by"),
           "reserve": "Reserve medication (if needed)",
           "reserve_cols": ("Medication", "If needed", "From", "Until", "Instructions", "Reason", "Prescribed by"),
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
    allergies: tuple[tuple[str | None, str], ...] = ()     # (ATC code or class, label) as recorded
    practice_contact: tuple[str, ...] = ()   # address, phone … (practice.contact.contact_lines, no name)

    @property
    def payload(self) -> str:
        return emediplan.encode(emediplan.plan_object(self.patient, list(self.rows), self.made_at,
                                                      self.practice_gln, author_name=self.author))


def _plain(value) -> str:
    """Characters the standard PDF fonts lack are replaced (cp1252 covers fr/de)."""
    return (str(value or "").replace("≥", ">=").replace("≤", "<=").replace("→", "->")
            .encode("cp1252", "replace").decode("cp1252"))


def text(value) -> str:
    """Escaped for a Paragraph; characters the standard PDF fonts lack are replaced (cp1252 covers fr/de)."""
    return escape(_plain(value))


def _ins(data) -> tuple[str, str] | None:
    ins = identity.exportable_ins(data)
    return (ins.matricule, ins.oid) if ins else None


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
        values["egfr"].value if "egfr" in values else None, ins=_ins(d))
    prac = practice.get_practice(ctx)
    allergies = tuple((p.code, p.label) for p in d.problems if p.kind == "allergy")
    return PlanData(plan_patient, tuple(lines), prac.name if prac else "", prac.gln if prac else None,
                    ctx.actor.display_name, datetime.now().astimezone().replace(microsecond=0), allergies,
                    tuple(practice_contact.contact_lines(prac, lang, name=False)))


_GRID = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e8ef")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
         ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")])]


def _name_cell(r: MedicationRow, lang: str, small) -> Paragraph:
    """Product (or substances) in bold with the strength, the substances in the patient's language, the route."""
    d = r.data
    substances = plan_words.substance_names(d.atc, d.substances, lang)
    name = f"<b>{text(d.product_name or substances)}</b>"
    if d.strength and d.strength not in (d.product_name or ""):
        name += f" {text(d.strength)}"
    if d.product_name and substances:
        name += f"<br/><font size=8>{text(substances)}</font>"
    route = posology_terms.route_label(d.posology.route, lang) or d.posology.route_text
    if route:
        name += f"<br/><font size=8>{text(route)}</font>"
    return Paragraph(name, small)


def _prescriber(r: MedicationRow, plan: PlanData, t: dict) -> str:
    """The line's prescriber; self-medication says so; a line with neither shows a dash (the person printing the
    plan did not necessarily prescribe it)."""
    if r.prescriber_display:
        return r.prescriber_display
    return t["self"] if r.data.self_medication else "—"


def _words(value: str | None, lang: str, small) -> Paragraph:
    return Paragraph(text(plan_words.expand(value, lang)), small)


def _day(value) -> str:
    return f"{value:%d.%m.%Y}" if value else ""


def _regular_table(rows: list[MedicationRow], plan: PlanData, lang: str, small, bold) -> Table:
    """Times of day in four columns; any other schedule spans them in words ("15 mg once a week on Monday")."""
    t = TEXTS[lang]
    data = [[Paragraph(text(c), bold) for c in t["cols"]]]
    spans = []
    for i, r in enumerate(rows, start=1):
        p = plan_words.with_line_unit(r.data.posology, r.data.product_name)
        if p.kind == "times":
            doses = [posology_text.amount_text(getattr(p, f), lang) if getattr(p, f) else "" for f in TIME_FIELDS]
            unit = posology_text.unit_word(p.unit, posology_text.times_total(p), lang)
        else:
            words = posology_text.describe(p, lang) or (posology_text.word("see", lang) if r.data.instructions
                                                        else "—")
            doses = [Paragraph(text(words), small), "", "", ""]
            spans.append(("SPAN", (1, i), (4, i)))
            unit = posology_text.unit_word(p.unit, 2, lang) if p.kind != "text" else ""
        data.append([_name_cell(r, lang, small), *doses, Paragraph(text(unit), small), _day(p.start_date),
                     _day(p.end_date), _words(r.data.instructions, lang, small), Paragraph(text(plan_words.indication_words(r.data.indication, lang)), small),
                     Paragraph(text(_prescriber(r, plan, t)), small)])
    data[0][1:5] = [Paragraph(text(c), small.clone("time", fontName=FONT_BOLD, fontSize=8, alignment=1))
                    for c in t["cols"][1:5]]
    table = Table(data, colWidths=[56 * mm, 15 * mm, 15 * mm, 15 * mm, 15 * mm, 20 * mm, 18 * mm, 18 * mm, 33 * mm,
                                   42 * mm, 34 * mm], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), ("FONT", (1, 1), (4, -1), FONT_BOLD, 12), ("ALIGN", (1, 0), (4, -1), "CENTER"),
                               ("LEFTPADDING", (1, 0), (4, 0), 1), ("RIGHTPADDING", (1, 0), (4, 0), 1),
                               ("FONT", (6, 1), (7, -1), FONT, 8), ("LEFTPADDING", (6, 1), (7, -1), 2),
                               ("RIGHTPADDING", (6, 1), (7, -1), 2), *_GRID, *spans]))
    return table


def _reserve_table(rows: list[MedicationRow], plan: PlanData, lang: str, small, bold) -> Table:
    """As-needed lines: the amount a taking and the most a day in words."""
    t = TEXTS[lang]
    data = [[Paragraph(text(c), bold) for c in t["reserve_cols"]]]
    prefix = posology_text.word("if_needed", lang)
    for r in rows:
        p = plan_words.with_line_unit(r.data.posology, r.data.product_name)
        words = posology_text.describe(p, lang)
        words = words[len(prefix):].lstrip(" :") if words.startswith(prefix) else words
        data.append([_name_cell(r, lang, small), Paragraph(text(words or "—"), small), _day(p.start_date),
                     _day(p.end_date), _words(r.data.instructions, lang, small), Paragraph(text(plan_words.indication_words(r.data.indication, lang)), small),
                     Paragraph(text(_prescriber(r, plan, t)), small)])
    table = Table(data, colWidths=[56 * mm, 64 * mm, 18 * mm, 18 * mm, 47 * mm, 42 * mm, 34 * mm], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), ("FONT", (2, 1), (3, -1), FONT, 8), ("LEFTPADDING", (2, 1), (3, -1), 2),
                               ("RIGHTPADDING", (2, 1), (3, -1), 2), *_GRID]))
    return table


def _allergies(plan: PlanData, lang: str, small) -> Table:
    """The allergies and intolerances on record, in a box of their own ("none recorded" when there are none)."""
    t = TEXTS[lang]
    listed = "; ".join(plan_words.allergy_label(code, label, lang) for code, label in plan.allergies)
    box = Table([[Paragraph(f"<b>{text(t['allergies'])}:</b> {text(listed or t['no_allergy'])}", small)]],
                colWidths=[281 * mm])
    box.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#b42318") if plan.allergies
                              else colors.HexColor("#9aa5b1")),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fdecea") if plan.allergies
                              else colors.white)]))
    return box


def _running_parts(plan: PlanData, lang: str):
    """What every page carries: patient, birth date, plan date and "page N of M" above; the practice below."""
    t = TEXTS[lang]
    p = plan.patient
    who = (f"{t['title']} — {p.family_name.upper()} {p.given_names}, {t['born']} {p.birth_date:%d.%m.%Y} — "
           f"{t['date']} {plan.made_at:%d.%m.%Y}")
    practice_line = " · ".join(x for x in (plan.practice_name, *plan.practice_contact) if x)
    width, height = landscape(A4)

    def draw(canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawString(8 * mm, height - 8 * mm, _plain(who))
        canvas.drawRightString(width - 8 * mm, height - 8 * mm, _plain(t["page"].format(n=page, total=total)))
        canvas.setStrokeColor(colors.HexColor("#9aa5b1"))
        canvas.line(8 * mm, height - 9.5 * mm, width - 8 * mm, height - 9.5 * mm)
        canvas.setFont(FONT, 8)
        canvas.drawString(8 * mm, 5 * mm, _plain(practice_line))
        canvas.drawRightString(width - 8 * mm, 5 * mm, _plain(t["footer"]))
        canvas.restoreState()

    return draw


def render(plan: PlanData) -> bytes:
    """The PDF bytes: the regular lines, then the reserve (as-needed) lines in a block of their own."""
    lang = plan.patient.language if plan.patient.language in TEXTS else "fr"
    t = TEXTS[lang]
    register_fonts()
    styles = getSampleStyleSheet()
    for name in ("Title", "Normal", "BodyText", "Heading3"):
        styles[name].fontName = FONT_BOLD if name in ("Title", "Heading3") else FONT
    small = styles["BodyText"].clone("small", fontSize=9, leading=11)
    bold = small.clone("bold", fontName=FONT_BOLD)
    heading = styles["Heading3"].clone("section", spaceBefore=2 * mm, spaceAfter=1 * mm)
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=8 * mm, rightMargin=8 * mm,
                            topMargin=12 * mm, bottomMargin=10 * mm, title=t["title"], author=plan.author)
    p = plan.patient
    practice_words = ", ".join(text(x) for x in (plan.practice_name, *plan.practice_contact) if x)
    header = [Paragraph(text(t["title"]), styles["Title"]),
              Paragraph(f"<b>{text(t['patient'])}:</b> {text(p.family_name.upper())} {text(p.given_names)}, "
                        f"{text(t['born'])} {p.birth_date:%d.%m.%Y}", styles["Normal"]),
              Paragraph(f"<b>{text(t['date'])}:</b> {plan.made_at:%d.%m.%Y} &nbsp; <b>{text(t['author'])}:</b> "
                        f"{text(plan.author)}", styles["Normal"]),
              Paragraph(f"<b>{text(t['practice'])}:</b> {practice_words}", styles["Normal"])]
    drawing = qr_code(plan.payload, 40 * mm, "L", FONT)   # eMediplan print layout: a 4 × 4 cm 2D code
    top = Table([[header, [drawing, Paragraph(text(t["qr"]), small)]]], colWidths=[230 * mm, 50 * mm])
    top.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "CENTER")]))
    story = [top, Spacer(1, 2 * mm), _allergies(plan, lang, small), Spacer(1, 2 * mm)]
    regular = [r for r in plan.rows if not r.data.posology.as_needed]
    reserve = [r for r in plan.rows if r.data.posology.as_needed]
    if not plan.rows:
        story.append(Paragraph(text(t["none"]), styles["Normal"]))
    if regular:
        story += [CondPageBreak(35 * mm), Paragraph(text(t["regular"]), heading), _regular_table(regular, plan, lang, small, bold)]
    if reserve:
        story += [CondPageBreak(35 * mm), Paragraph(text(t["reserve"]), heading), _reserve_table(reserve, plan, lang, small, bold)]
    doc.build(story, canvasmaker=paged_canvas(_running_parts(plan, lang), FONT))
    return to_pdfa(buffer.getvalue(), title=t["title"], author=plan.author, language=lang)


def medication_plan_pdf(ctx: ServiceContext, patient_id: int, today: date | None = None) -> bytes:
    """Build the plan of a patient (an export: ``patient.export``, audited)."""
    with ctx.transaction() as session:
        require(ctx, "patient.export", access_records.patient_record(session, patient_id))
    plan = load_plan(ctx, patient_id, today)
    with ctx.transaction() as session:
        ctx.audit(session, "patient.export", entity_type="patient", entity_id=patient_id, patient_id=patient_id,
                  detail=f"medication plan PDF, {len(plan.rows)} lines")
    return render(plan)
