"""The one-page sheet for the patient and the external caregivers (home nurse, family): the goals in plain
words, who to call, the next appointments, the current medications and, when given, a QR code with the
medication-plan payload. Long lists are cut and the page shrinks to fit: it always stays one page.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.care_plans.plan_pdf import GRID, day, esc, styles
from app.services.care_plans.plans import PlanView
from app.services.kernel import labels as L
from app.services.kernel.pdf_parts import qr_code
from app.services.practice import contact as practice_contact
from app.services.tasks import recurrence

MAX_ROWS = 8
TEXTS = {
    "fr": {"title": "Mon plan de soins — %s", "agreed": "Établi avec votre équipe de soins · prochain bilan le %s",
           "goals": "Nos objectifs ensemble", "by": "d'ici le %s", "no_goal": "Pas encore d'objectif.",
           "call": "Qui appeler", "if": "En cas de problème :", "referent": "%s (votre référent)",
           "practice": "votre cabinet",
           "trusted": "personne de confiance", "contact_cols": ["Qui", "Rôle", "Téléphone / e-mail"],
           "more": "… et %d autres", "next": "Prochains rendez-vous", "next_cols": ["Date", "Quoi", "Qui"],
           "no_next": "Aucun rendez-vous prévu.", "meds": "Mes médicaments aujourd'hui",
           "ask": "Demandez votre plan de médication à votre médecin ou à votre pharmacien.",
           "med_cols": ["Médicament", "Matin – midi – soir – nuit", "Comment"],
           "more_meds": "… et %d autres (voir le plan de médication)", "no_med": "Aucun médicament en cours enregistré.",
           "qr_title": "Plan de médication (eMediplan)",
           "qr_text": "Faites scanner ce code à la pharmacie ou à l'hôpital pour lire votre plan de médication.",
           "printed": "Imprimé par %s le %s. Gardez cette feuille à la maison et montrez-la à chaque soignant.",
           "as_needed": "si besoin"},
    "de": {"title": "Mein Betreuungsplan — %s",
           "agreed": "Mit Ihrem Behandlungsteam vereinbart · nächste Überprüfung am %s",
           "goals": "Unsere gemeinsamen Ziele", "by": "bis %s", "no_goal": "Noch kein Ziel.", "call": "Wen anrufen",
           "practice": "Ihre Praxis",
           "if": "Wenn etwas passiert:", "referent": "%s (Ihre Bezugsperson)", "trusted": "Vertrauensperson",
           "contact_cols": ["Wer", "Funktion", "Telefon / E-Mail"], "more": "… und %d weitere",
           "next": "Nächste Termine", "next_cols": ["Datum", "Was", "Wer"], "no_next": "Kein Termin geplant.",
           "meds": "Meine Medikamente heute",
           "ask": "Fragen Sie Ihre Ärztin, Ihren Arzt oder Ihre Apotheke nach Ihrem Medikationsplan.",
           "med_cols": ["Medikament", "Morgen – Mittag – Abend – Nacht", "Wie"],
           "more_meds": "… und %d weitere (siehe Medikationsplan)", "no_med": "Keine laufenden Medikamente erfasst.",
           "qr_title": "Medikationsplan (eMediplan)",
           "qr_text": "Lassen Sie diesen Code in der Apotheke oder im Spital scannen, um Ihren Medikationsplan "
                      "zu lesen.",
           "printed": "Gedruckt von %s am %s. Bewahren Sie dieses Blatt zu Hause auf und zeigen Sie es allen "
                      "Betreuenden.", "as_needed": "bei Bedarf"},
    "en": {"title": "My care plan — %s", "agreed": "Agreed with your care team · next review on %s",
           "goals": "Our goals together", "by": "by %s", "no_goal": "No goal yet.", "call": "Who to call",
           "practice": "your practice",
           "if": "If something happens:", "referent": "%s (your référent)", "trusted": "trusted person",
           "contact_cols": ["Who", "Role", "Phone / e-mail"], "more": "… and %d more", "next": "Next appointments",
           "next_cols": ["Date", "What", "Who"], "no_next": "No appointment planned.", "meds": "My medications today",
           "ask": "Ask your doctor or pharmacist for your medication plan.",
           "med_cols": ["Medication", "Morning – noon – evening – night", "How"],
           "more_meds": "… and %d more (see the medication plan)", "no_med": "No current medication recorded.",
           "qr_title": "Medication plan (eMediplan)",
           "qr_text": "Scan this code at the pharmacy or the hospital to read your medication plan.",
           "printed": "Printed by %s on %s. Keep this sheet at home; show it to every caregiver.",
           "as_needed": "if needed"},
}


def next_appointments(view: PlanView, today: date, limit: int = MAX_ROWS) -> list[tuple[date, str, str]]:
    """Upcoming action dates (the next occurrence of a recurring one), soonest first: (date, what, who)."""
    out = []
    for a in view.actions:
        if a["status"] in ("done", "not_done", "cancelled") or not a.get("due_date"):
            continue
        due = date.fromisoformat(a["due_date"])
        if a.get("recurrence_rule") and due < today:
            nxt = recurrence.next_occurrence(a["recurrence_rule"], datetime.combine(due, datetime.min.time()),
                                             datetime.combine(today - timedelta(days=1), datetime.max.time()))
            if nxt is None:
                continue
            due = nxt.date()
        if due >= today:
            out.append((due, a["description"], a["responsible"]))
    return sorted(out)[:limit]


def _cut(rows: list, more: str) -> list:
    if len(rows) <= MAX_ROWS:
        return rows
    return rows[:MAX_ROWS - 1] + [[more % (len(rows) - MAX_ROWS + 1)] + [""] * (len(rows[0]) - 1)]


def render(view: PlanView, medications: list[tuple[str, str, str]] | None, qr_payload: str | None,
           printed_by: str, today: date | None = None, lang: str = L.DEFAULT_LANG, practice=None) -> bytes:
    """``medications``: (name, dose schedule, instructions) lines, None when the printing person may not read
    them; ``qr_payload``: the medication plan's QR text (eMediplan), or None; ``lang``: fr, de or en (the
    patient's preferred language, see ``care_plan_export.patient_sheet``); ``practice``: the practice's row
    (its phone heads "Who to call", its name, address and phone close the page), or None."""
    today = today or recurrence.today_local()
    t = TEXTS[L.lang_of(lang)]
    st = styles()
    big = st["body"].clone("big", fontSize=10.5, leading=13.5)
    cell = st["cell"].clone("cell2", fontSize=9.5, leading=11.5)
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=13 * mm,
                            bottomMargin=13 * mm, title=t["title"] % view.patient_name)
    width = A4[0] - 30 * mm

    def table(header, rows, widths, empty):
        if not rows:
            return Paragraph(f"<i>{esc(empty)}</i>", big)
        tb = Table([[Paragraph(f"<b>{esc(h)}</b>", cell) for h in header]] + [[Paragraph(esc(c), cell) for c in r]
                                                                              for r in rows],
                   colWidths=[x * mm for x in widths])
        tb.setStyle(TableStyle(GRID + [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5)]))
        return tb
    d = view.data
    story = [Paragraph(esc(t["title"] % view.patient_name), st["title"]),
             Paragraph(esc(t["agreed"] % (day(d.review_date) or "—")), big)]
    story.append(Paragraph(esc(t["goals"]), st["h"]))
    goals = [g for g in view.goals if g["status"] == "in_progress"] or view.goals
    items = [f"• {g['objective']}" + (" — " + t["by"] % day(g["target_date"]) if g.get("target_date") else "")
             for g in goals[:MAX_ROWS]]
    story += [Paragraph(esc(x), big) for x in items] or [Paragraph(f"<i>{esc(t['no_goal'])}</i>", big)]
    story.append(Paragraph(esc(t["call"]), st["h"]))
    if d.alert_procedure:
        story.append(Paragraph(f"<b>{esc(t['if'])}</b> " + esc(d.alert_procedure), big))
        story.append(Spacer(1, 2 * mm))
    office = [[practice.name, t["practice"], practice.phone or practice.email or ""]] if practice else []
    contacts = office + [[t["referent"] % view.referent_name, "", ""]] + [
        [m["name"], m.get("role") or "", m.get("phone") or m.get("email") or ""] for m in view.members
        if not m.get("end_date") or date.fromisoformat(m["end_date"]) >= today]
    if d.trusted_person_name:
        contacts.append([d.trusted_person_name, t["trusted"], d.trusted_person_contact or ""])
    story.append(table(t["contact_cols"], _cut(contacts, t["more"]), [70, 60, 50], ""))
    story.append(Paragraph(esc(t["next"]), st["h"]))
    story.append(table(t["next_cols"], [[day(a), b, L.label(L.ROLE, c, lang) if c in L.ROLE else c]
                                        for a, b, c in next_appointments(view, today)],
                       [24, 106, 50], t["no_next"]))
    story.append(Paragraph(esc(t["meds"]), st["h"]))
    if medications is None:
        story.append(Paragraph(f"<i>{esc(t['ask'])}</i>", big))
    else:
        story.append(table(t["med_cols"], _cut([list(m) for m in medications], t["more_meds"]),
                           [64, 60, 56], t["no_med"]))
    content = KeepInFrame(width, A4[1] - 26 * mm - (48 * mm if qr_payload else 8 * mm), story, mode="shrink")
    final = [content]
    address = practice_contact.contact_line(practice, lang, email=False)
    printed = esc(t["printed"] % (printed_by, day(today)))
    footer = Paragraph(f"<b>{esc(address)}</b><br/>{printed}" if address else printed, st["cell"])
    if qr_payload:
        qr = Table([[qr_code(qr_payload, 42 * mm), Paragraph(f"<b>{esc(t['qr_title'])}</b><br/>{esc(t['qr_text'])}", big)]],
                   colWidths=[46 * mm, width - 46 * mm])
        qr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa5b1"))]))
        final += [Spacer(1, 3 * mm), qr]
    final += [Spacer(1, 2 * mm), footer]
    doc.build(final)
    return buffer.getvalue()
