"""Alerts with their answers as a PDF, for the pharmacy's and the practice's files.

One section per alert: problem (SFPC code), medications concerned, clinical
context, the proposal (its kind with the SFPC intervention and CH EMED PADV codes, and
the change per line), urgency and reply-by, then the whole thread and the answer.
"""

from __future__ import annotations

from datetime import datetime
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.alerts import inbox as alert_inbox
from app.services.alerts import vocabulary
from app.services.alerts.inbox import AlertDetail
from app.services.alerts.line_view import AlertLine
from app.services.kernel import labels as L
from app.services.kernel.context import ServiceContext
from app.services.kernel.shared_texts import DIFFERENCE
from app.services.medications import posology, posology_text
from app.services.medications.plan_pdf import text
from app.services.patients import records as patients
from app.services.practice import contact as practice_contact
from app.services.practice import practice_record as practice
from app.services.security import records as access_records
from app.services.security.access import require

TEXTS = {
    "fr": {"problem": "Problème", "meds": "Médicaments", "free_text": "texte libre", "context": "Contexte clinique",
           "intervention": "Proposition", "urgency": "Urgence / réponse avant", "from_to": "De / à",
           "state": "État", "overdue": "en retard", "escalated": "escaladée", "answer": "Réponse",
           "alert": "Alerte n° %s du %s", "thread": "Fil de la discussion", "doc_title": "Alertes pharmaceutiques",
           "title": "Alertes médecin – pharmacien", "printed": "%s — imprimé le %s par %s",
           "none": "Aucune alerte pour ce patient.", "patient": "Patient·e : %s, né·e le %s", "before": "avant",
           "lines": "Lignes à clarifier", "waiting": "en attente de réponse"},
    "de": {"problem": "Problem", "meds": "Medikamente", "free_text": "Freitext", "context": "Klinischer Kontext",
           "intervention": "Vorschlag", "urgency": "Dringlichkeit / Frist",
           "from_to": "Von / an", "state": "Status", "overdue": "überfällig", "escalated": "eskaliert",
           "answer": "Antwort", "alert": "Meldung Nr. %s vom %s", "thread": "Verlauf der Diskussion",
           "doc_title": "Pharmazeutische Meldungen", "title": "Meldungen Arzt – Apotheke",
           "printed": "%s — gedruckt am %s von %s", "none": "Keine Meldungen für diese Patientin / diesen Patienten.",
           "patient": "Patient/in: %s, geboren am %s", "before": "vorher",
           "lines": "Zu klärende Zeilen", "waiting": "Antwort ausstehend"},
    "en": {"problem": "Problem", "meds": "Medications", "free_text": "free text", "context": "Clinical context",
           "intervention": "Proposal", "urgency": "Urgency / reply by", "from_to": "From / to",
           "state": "State", "overdue": "overdue", "escalated": "escalated", "answer": "Answer",
           "alert": "Alert no. %s of %s", "thread": "Discussion thread", "doc_title": "Pharmaceutical alerts",
           "title": "Doctor – pharmacist alerts", "printed": "%s — printed on %s by %s",
           "none": "No alert for this patient.", "patient": "Patient: %s, born %s", "before": "before",
           "lines": "Lines to clarify", "waiting": "waiting for an answer"},
}


def _local(when: datetime) -> str:
    return L.stamp(when)


def _clinical(value: dict, lang: str) -> str:
    """One value of the clinical context with its label, unit and date: "Poids : 55,1 kg (27.11.2026)"."""
    return f"{L.measured(value['code'], value['value'], value.get('unit'), lang)} ({L.day(value.get('measured_on'))})"


def _line_name(change: dict) -> str:
    return ((change.get("before") or {}).get("name") or (change.get("data") or {}).get("product_name")
            or (change.get("data") or {}).get("substances") or change.get("name") or "")


def _posology_words(values: dict | None, strength: str | None, lang: str) -> str:
    """A posology kept as a dict, as the patient reads it, after the strength when given."""
    if not values:
        return ""
    words = posology_text.describe(posology.from_dict(values), lang)
    return " ".join(x for x in (strength or "", words) if x)


def _unnamed(change: dict) -> str | None:
    """The strength of a line changed or added, unless its name says it already ("Kardégic 75 mg")."""
    strength = change.get("strength")
    return None if not strength or strength in (change.get("name") or "") else strength


def _proposed(c: dict, lang: str) -> str:
    """One proposed change: what, which line, the new posology (and the one before for a change)."""
    data, before = c.get("data") or {}, c.get("before") or {}
    out = f"{L.label(L.CHANGE, c['action'], lang)} {_line_name(c)}"
    made = _posology_words(data.get("posology"), data.get("strength") if c["action"] == "add" else None, lang)
    if made:
        was = _posology_words(before.get("posology"), None, lang) if c["action"] == "change" else ""
        out += f" — {made}" + (f" ({TEXTS[lang]['before']} {was})" if was else "")
    return out


def _line_text(line: AlertLine, lang: str, sep: str) -> str:
    """One line of a grouped alert: the difference, the proposal and its changes, the answer (or that it waits)."""
    t = TEXTS[lang]
    kind = vocabulary.kinds().get(line.proposal_kind or "")
    proposal = "; ".join(_proposed(c, lang) for c in line.proposed_changes)
    out = f"{line.position}. {line.name} ({L.label(DIFFERENCE, line.difference, lang)})"
    if kind:
        out += f" — {kind.label(lang)}" + (f"{sep}{proposal}" if proposal else "")
    answer = vocabulary.answers().get(line.answer_code or "")
    if answer is None:
        return f"{out} — {t['waiting']}"
    said = f"{answer.label(lang)}, {line.answered_by}, {_local(line.answered_at)}"
    return f"{out} — {said}" + (f"{sep}{line.answer_text}" if line.answer_text else "")


def _section(d: AlertDetail, styles, lang: str = L.DEFAULT_LANG) -> list:
    t = TEXTS[lang]
    small = styles["small"]
    problem = vocabulary.problems().get(d.row.problem_category)
    kind = vocabulary.kinds().get(d.row.proposal_kind)
    changes = "".join(f"<br/>• {text(_proposed(c, lang))}"
                      + (f" (PADV {c['padv']})" if c.get("padv") else "") for c in d.proposed_changes)
    rows = [
        (t["problem"], f"{d.row.problem_category} {problem.label(lang) if problem else ''} — {d.row.problem_text}"),
        (t["meds"], "; ".join(f"{m['name']} ({m.get('atc') or t['free_text']})" for m in d.medications) or "—"),
        (t["context"], "; ".join(_clinical(c, lang) for c in d.clinical_context) or "—"),
        (t["intervention"], f"{kind.label(lang) if kind else d.row.proposal_kind}"
                            f" (SFPC {(kind.sfpc if kind else None) or '—'}, PADV {(kind.padv if kind else None) or '—'})"
                            + (f" — {d.intervention_text}" if d.intervention_text else "")),
        (t["urgency"], f"{L.label(L.URGENCY, d.row.urgency, lang)} / {d.row.reply_by:%d.%m.%Y}"),
        (t["from_to"], f"{d.row.sender_name} → {d.row.recipient_name}"),
        (t["state"], L.label(L.ALERT_STATE, d.row.state, lang) + (f" — {t['overdue']}" if d.row.overdue else "")
         + (f" — {t['escalated']}" if d.row.escalated else "")),
    ]
    sep = " : " if lang == "fr" else ": "
    if d.lines:   # a grouped alert: each line with its proposal and its own answer
        rows.append((t["lines"], "\n".join(_line_text(ln, lang, sep) for ln in d.lines)))
    if d.answered_at and not d.lines:
        answer = vocabulary.answers().get(d.answer_code or "")
        said = f"{answer.label(lang)} — " if answer else ""
        rows.append((t["answer"], f"{said}{d.answered_by}, {_local(d.answered_at)}{sep}{d.answer_text or ''}"))
    cells = [[Paragraph(f"<b>{text(k)}</b>", small), Paragraph(text(v).replace("\n", "<br/>"), small)]
             for k, v in rows]
    if len(d.clinical_context) > 1:   # one value a line
        cells[2][1] = Paragraph("<br/>".join(text(_clinical(c, lang)) for c in d.clinical_context), small)
    if changes:   # the proposal's changes per line, already escaped
        cells[3][1] = Paragraph(text(rows[3][1]) + changes, small)
    table = Table(cells, colWidths=[50 * mm, 132 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c9d1d9"))]))
    thread = [[Paragraph(f"<b>{_local(m.at)}</b>", small), Paragraph(text(m.author_name), small),
               Paragraph(f"<b>{text(L.label(L.ALERT_EVENT, m.kind, lang))}</b> " + text(m.text or "")
                         + "".join(f"<br/>• {text(L.label(L.CHANGE, c.get('action', c.get('what', '')), lang))} "
                                   f"{text(c.get('name', c.get('atc', '')))}"
                                   + (f" — {text(_posology_words(c['posology'], _unnamed(c), lang))}"
                                      if c.get("posology") else "")
                                   + (f" (PADV {c['padv']})" if c.get("padv") else "") for c in m.changes), small)]
              for m in d.messages]
    thread_table = Table(thread, colWidths=[30 * mm, 40 * mm, 112 * mm])
    thread_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6f8fa")),
                                      ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.white)]))
    title = Paragraph(text(t["alert"] % (d.row.id, _local(d.row.created_at))), styles["Heading2"])
    return [KeepTogether([title, table]), Spacer(1, 2 * mm), Paragraph(f"<b>{text(t['thread'])}</b>", small),
            thread_table, Spacer(1, 6 * mm)]


def render(details: list[AlertDetail], patient_line: str, practice_name: str, printed_by: str,
           lang: str = L.DEFAULT_LANG, contact: str = "") -> bytes:
    """The PDF bytes, in ``lang`` (fr, de, en; French by default); ``contact``: the practice's address and phone on
    one line (``practice.contact.contact_line``), under the title."""
    lang = L.lang_of(lang)
    t = TEXTS[lang]
    styles = getSampleStyleSheet()
    styles.add(styles["BodyText"].clone("small", fontSize=9, leading=11.5))
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=12 * mm,
                            bottomMargin=12 * mm, title=t["doc_title"])
    story = [Paragraph(text(t["title"]), styles["Title"])]
    if contact:
        story.append(Paragraph(text(contact), styles["small"]))
    story += [Paragraph(text(patient_line), styles["Normal"]),
             Paragraph(text(t["printed"] % (practice_name, f"{datetime.now():%d.%m.%Y}", printed_by)),
                       styles["Normal"]), Spacer(1, 5 * mm)]
    if not details:
        story.append(Paragraph(text(t["none"]), styles["Normal"]))
    for d in details:
        story += _section(d, styles, lang)
    doc.build(story)
    return buffer.getvalue()


def alerts_pdf(ctx: ServiceContext, patient_id: int, alert_id: int | None = None, lang: str = L.DEFAULT_LANG) -> bytes:
    """The patient's alerts (or one of them) with their answers, in ``lang`` (fr, de, en); an export
    (``patient.export``, audited)."""
    with ctx.reading() as session:
        record = access_records.patient_record(session, patient_id)
        require(ctx, "patient.export", record)
        require(ctx, "alert.read", record)
    lang = L.lang_of(lang)
    row = patients.open_patient(ctx, patient_id)
    details = alert_inbox.patient_details(ctx, patient_id)
    if alert_id is not None:
        details = [d for d in details if d.row.id == alert_id]
    prac = practice.get_practice(ctx)
    with ctx.transaction() as session:
        ctx.audit(session, "patient.export", entity_type="patient", entity_id=patient_id, patient_id=patient_id,
                  detail=f"alerts PDF, {len(details)} alerts")
    line = TEXTS[lang]["patient"] % (row.display_name, f"{row.data.birth_date:%d.%m.%Y}")
    return render(details, line, prac.name if prac else "", ctx.actor.display_name, lang,
                  practice_contact.contact_line(prac, lang))
