"""The protocol of a Polymedication Check (PMC) as an A4 PDF, for the médecin traitant.

Patient, pharmacy or practice, the reviewer and the dates; the current medication; the findings with the reviewer's
annotation; the recommendations (the five of the CHMED16A Polymedication Check) with the patient's agreement; the
conclusion; signature lines for the pharmacist and the patient (the protocol is signed by both). French (default),
German or English.
"""

from __future__ import annotations

from html import unescape
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.alerts.review_report_texts import reason_text, severity_text
from app.services.kernel.pdf_parts import paged_canvas
from app.services.kernel.pdfa import FONT, FONT_BOLD, register_fonts, to_pdfa
from app.services.medications import posology_text
from app.services.medications.plan_pdf import text

TEXTS = {
    "fr": {"title": "Protocole du Polymedication Check (PMC)", "for": "Pour le médecin traitant",
           "patient": "Patient·e", "born": "né·e le", "card": "N° de carte d'assuré", "practice": "Pharmacie / cabinet",
           "author": "Pharmacien·ne", "dates": "Entretien / analyse", "eligibility": "Éligibilité",
           "medication": "Médication actuelle", "med_cols": ("Médicament", "Posologie", "Motif"),
           "no_medication": "Aucune ligne de médication en cours.",
           "findings": "Constats", "finding_cols": ("N°", "Gravité", "Constat", "Annotation / décision"),
           "no_finding": "Aucun constat.", "recommendations": "Recommandations",
           "rec_cols": ("Recommandation", "Accord du patient", "Remarque"), "no_recommendation": "Aucune recommandation.",
           "kinds": {1: "Semainier préparé par le pharmacien", 2: "Soutien renforcé à l'observance",
                     3: "Répéter le contrôle dans … mois", 4: "Transmission au médecin / à un autre spécialiste",
                     5: "Analyse nécessaire (interactions, effets indésirables, doublons …)"},
           "yes": "oui", "no": "non", "unknown": "—", "conclusion": "Conclusion",
           "signatures": "Signatures", "sign_pharmacist": "Pharmacien·ne", "sign_patient": "Patient·e",
           "sign_line": "Lieu, date, signature", "page": "Page {0} / {1}",
           "footer": "Document confidentiel — données de santé."},
    "de": {"title": "Protokoll Polymedikations-Check (PMC)", "for": "Für den Hausarzt / die Hausärztin",
           "patient": "Patient/in", "born": "geboren am", "card": "Versichertenkarte",
           "practice": "Apotheke / Praxis", "author": "Apotheker/in", "dates": "Gespräch / Analyse",
           "eligibility": "Anspruch", "medication": "Aktuelle Medikation",
           "med_cols": ("Medikament", "Dosierung", "Grund"), "no_medication": "Keine laufende Medikation.",
           "findings": "Befunde", "finding_cols": ("Nr.", "Schweregrad", "Befund", "Anmerkung / Entscheid"),
           "no_finding": "Keine Befunde.", "recommendations": "Empfehlungen",
           "rec_cols": ("Empfehlung", "Einverständnis Patient/in", "Bemerkung"),
           "no_recommendation": "Keine Empfehlung.",
           "kinds": {1: "Wochendosiersystem durch die Apotheke", 2: "Verstärkte Unterstützung der Therapietreue",
                     3: "Wiederholung des Checks in … Monaten", 4: "Weiterleitung an Arzt / andere Fachperson",
                     5: "Abklärung nötig (Interaktionen, Nebenwirkungen, Doppelverordnungen …)"},
           "yes": "ja", "no": "nein", "unknown": "—", "conclusion": "Schlussfolgerung",
           "signatures": "Unterschriften", "sign_pharmacist": "Apotheker/in", "sign_patient": "Patient/in",
           "sign_line": "Ort, Datum, Unterschrift", "page": "Seite {0} / {1}",
           "footer": "Vertrauliches Dokument — Gesundheitsdaten."},
    "en": {"title": "Polymedication Check (PMC) protocol", "for": "For the patient's regular doctor",
           "patient": "Patient", "born": "born", "card": "Insurance card number", "practice": "Pharmacy / practice",
           "author": "Pharmacist", "dates": "Interview / analysis", "eligibility": "Eligibility",
           "medication": "Current medication", "med_cols": ("Medicine", "Posology", "Reason"),
           "no_medication": "No current medication line.",
           "findings": "Findings", "finding_cols": ("No.", "Severity", "Finding", "Annotation / decision"),
           "no_finding": "No finding.", "recommendations": "Recommendations",
           "rec_cols": ("Recommendation", "Patient agrees", "Remark"), "no_recommendation": "No recommendation.",
           "kinds": {1: "Weekly dosing system by the pharmacist", 2: "Intensified compliance support",
                     3: "Repeat the check in … months", 4: "Forwarding to the doctor / another specialist",
                     5: "Analysis needed (interactions, side effects, duplications …)"},
           "yes": "yes", "no": "no", "unknown": "—", "conclusion": "Conclusion",
           "signatures": "Signatures", "sign_pharmacist": "Pharmacist", "sign_patient": "Patient",
           "sign_line": "Place, date, signature", "page": "Page {0} / {1}",
           "footer": "Confidential document — health data."},
}
GRID = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e8ef"))]


def _styles():
    register_fonts()
    base = getSampleStyleSheet()
    for name in ("Title", "Heading2", "BodyText"):
        base[name].fontName = FONT if name == "BodyText" else FONT_BOLD
    small = base["BodyText"].clone("pmc_small", fontSize=9, leading=11.5)
    return {"title": base["Title"].clone("pmc_title", fontSize=16, leading=20, spaceAfter=2 * mm),
            "h2": base["Heading2"].clone("pmc_h2", fontSize=12, leading=15, spaceBefore=4 * mm, spaceAfter=2 * mm),
            "body": base["BodyText"].clone("pmc_body", fontSize=10, leading=13), "small": small,
            "bold": small.clone("pmc_bold", fontName=FONT_BOLD)}


def _table(head, rows, widths, s) -> Table:
    table = Table([[Paragraph(text(h), s["bold"]) for h in head]] +
                  [[Paragraph(c, s["small"]) for c in row] for row in rows], colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), *GRID]))
    return table


def _multiline(value) -> str:
    return text(value).replace("\n", "<br/>")


def _facts(data, t: dict, s: dict, lang: str) -> Table:
    p, sheet = data.plan.patient, data.sheet
    days = " / ".join(f"{d:%d.%m.%Y}" if d else "—" for d in (sheet.steps.get("interview_on"),
                                                            sheet.steps.get("analysis_on")))
    rows = [(t["patient"], f"<b>{text(p.family_name.upper())} {text(p.given_names)}</b>, {text(t['born'])} "
                           f"{p.birth_date:%d.%m.%Y}" if p.birth_date else text(p.family_name)),
            (t["card"], text(p.insurance_card_number or "—")),
            (t["practice"], "<br/>".join(text(x) for x in (data.plan.practice_name, *data.plan.practice_contact)
                                         if x) or "—"),
            (t["author"], text(sheet.author_name) + (f" (GLN {text(data.author_gln)})" if data.author_gln else "")),
            (t["dates"], days),
            (t["eligibility"], text(reason_text(sheet.eligibility_reason, lang)))]
    table = Table([[Paragraph(f"<b>{text(k)}</b>", s["small"]), Paragraph(v, s["body"])] for k, v in rows],
                  colWidths=[42 * mm, 140 * mm])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c9d1d9"))]))
    return table


def _signatures(data, t: dict, s: dict) -> Table:
    cell = [[Paragraph(f"<b>{text(who)}</b>", s["small"]), Paragraph(text(name), s["small"]), Spacer(1, 16 * mm),
             Paragraph("_" * 44, s["small"]), Paragraph(text(t["sign_line"]), s["small"])]
            for who, name in ((t["sign_pharmacist"], data.sheet.author_name),
                              (t["sign_patient"], f"{data.plan.patient.given_names} "
                                                  f"{data.plan.patient.family_name}"))]
    table = Table([cell], colWidths=[91 * mm, 91 * mm])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOX", (0, 0), (0, 0), 0.6, colors.HexColor("#57606a")),
                               ("BOX", (1, 0), (1, 0), 0.6, colors.HexColor("#57606a"))]))
    return table


def story(data, lang: str = "fr") -> list:
    """The flowables of the protocol."""
    t, s = TEXTS[lang], _styles()
    out = [Paragraph(text(t["title"]), s["title"]), Paragraph(f"<i>{text(t['for'])}</i>", s["body"]),
           Spacer(1, 2 * mm), _facts(data, t, s, lang), Paragraph(text(t["medication"]), s["h2"])]
    meds = [(f"<b>{text(r.display_name)}</b>", text(posology_text.describe(r.data.posology, lang)),
             text(r.data.indication or "")) for r in data.plan.rows]
    out.append(_table(t["med_cols"], meds, [70 * mm, 72 * mm, 40 * mm], s) if meds
               else Paragraph(text(t["no_medication"]), s["body"]))
    out.append(Paragraph(text(t["findings"]), s["h2"]))
    findings = [(str(i), text(severity_text(f.get("severity", ""), lang)),
                 text(f.get("message")) + (f"<br/><i>{text(f['recommendation'])}</i>" if f.get("recommendation")
                                           else ""), _multiline(f.get("annotation")) or "—")
                for i, f in enumerate(data.sheet.findings, 1)]
    out.append(_table(t["finding_cols"], findings, [10 * mm, 28 * mm, 88 * mm, 56 * mm], s) if findings
               else Paragraph(text(t["no_finding"]), s["body"]))
    out.append(Paragraph(text(t["recommendations"]), s["h2"]))
    recs = [(f"{r.kind} — {text(t['kinds'][r.kind])}",
             text(t["unknown"] if r.agreed is None else t["yes"] if r.agreed else t["no"]), _multiline(r.remark or ""))
            for r in data.recommendations]
    out.append(_table(t["rec_cols"], recs, [80 * mm, 32 * mm, 70 * mm], s) if recs
               else Paragraph(text(t["no_recommendation"]), s["body"]))
    out.append(KeepTogether([Paragraph(text(t["conclusion"]), s["h2"]),
                             Paragraph(_multiline(data.sheet.conclusion), s["body"])]))
    out.append(KeepTogether([Paragraph(text(t["signatures"]), s["h2"]), _signatures(data, t, s)]))
    return out


def render(data, lang: str = "fr") -> bytes:
    """The PDF bytes of the protocol (``data``: ``review_check.CheckData``)."""
    lang = lang if lang in TEXTS else "fr"
    t = TEXTS[lang]
    p = data.plan.patient
    footer = f"{p.family_name.upper()} {p.given_names} — {data.made_at:%d.%m.%Y} — {t['footer']}"

    def draw_page(canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor("#57606a"))
        canvas.drawString(14 * mm, 8 * mm, unescape(text(footer)))
        canvas.drawRightString(A4[0] - 14 * mm, 8 * mm, t["page"].format(page, pages))
        canvas.restoreState()

    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm,
                            bottomMargin=16 * mm, title=t["title"], author=data.sheet.author_name)
    doc.build(story(data, lang), canvasmaker=paged_canvas(draw_page, FONT))
    return to_pdfa(buffer.getvalue(), title=t["title"], author=data.sheet.author_name, language=lang)
